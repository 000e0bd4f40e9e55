/* ka-online-source.c — online tiles that say when they fail
 *
 * libshumate drops a failed download silently; the atlas must tell the
 * user why the map stays empty, so this source forwards every request to
 * the network source and reports each failure with the "tile-failed"
 * signal.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-online-source"

#include "config.h"

#include "ka-online-source.h"

struct _KaOnlineSource
{
  ShumateMapSource parent_instance;

  /* Owned */
  ShumateMapSource *network_source;
};

G_DEFINE_FINAL_TYPE (KaOnlineSource, ka_online_source, SHUMATE_TYPE_MAP_SOURCE)

enum {
  TILE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_network_tile_filled (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  KaOnlineSource *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;

  if (!shumate_map_source_fill_tile_finish (SHUMATE_MAP_SOURCE (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_signal_emit (self, signals[TILE_FAILED], 0, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
ka_online_source_fill_tile_async (ShumateMapSource    *source,
                                  ShumateTile         *tile,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  KaOnlineSource *self = KA_ONLINE_SOURCE (source);
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, ka_online_source_fill_tile_async);
  shumate_map_source_fill_tile_async (self->network_source, tile, cancellable,
                                      on_network_tile_filled, task);
}

static gboolean
ka_online_source_fill_tile_finish (ShumateMapSource  *source,
                                   GAsyncResult      *result,
                                   GError           **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
ka_online_source_finalize (GObject *object)
{
  KaOnlineSource *self = (KaOnlineSource *)object;

  g_clear_object (&self->network_source);

  G_OBJECT_CLASS (ka_online_source_parent_class)->finalize (object);
}

static void
ka_online_source_class_init (KaOnlineSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->finalize = ka_online_source_finalize;

  source_class->fill_tile_async = ka_online_source_fill_tile_async;
  source_class->fill_tile_finish = ka_online_source_fill_tile_finish;

  /**
   * KaOnlineSource::tile-failed:
   * @error: why the tile could not be downloaded
   */
  signals[TILE_FAILED] =
    g_signal_new ("tile-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
ka_online_source_init (KaOnlineSource *self)
{
}

KaOnlineSource *
ka_online_source_new (ShumateMapSource *network_source)
{
  KaOnlineSource *self;

  g_return_val_if_fail (SHUMATE_IS_MAP_SOURCE (network_source), NULL);

  self = g_object_new (KA_TYPE_ONLINE_SOURCE,
                       "id", shumate_map_source_get_id (network_source),
                       "name", shumate_map_source_get_name (network_source),
                       "license", shumate_map_source_get_license (network_source),
                       "license-uri", shumate_map_source_get_license_uri (network_source),
                       "min-zoom-level", shumate_map_source_get_min_zoom_level (network_source),
                       "max-zoom-level", shumate_map_source_get_max_zoom_level (network_source),
                       "tile-size", shumate_map_source_get_tile_size (network_source),
                       "projection", shumate_map_source_get_projection (network_source),
                       NULL);
  self->network_source = g_object_ref (network_source);

  return self;
}
