/* ka-land-source.c — the offline basemap: tiles drawn from the coastline in worker threads
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-land-source"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-land-source.h"
#include "ka-surface-paintable.h"

#define TILE_SIZE 256

struct _KaLandSource
{
  ShumateMapSource parent_instance;

  /* Owned */
  KaTileRenderer *renderer;
  KaTileCache *cache;

  gboolean dark;
  gboolean high_contrast;
  guint scale_factor;
  gboolean cairo_renderer;

  /* How many tiles were asked for, and how many are still being drawn:
   * libshumate 1.0 does not say when a map is complete, so the atlas
   * tells from these. */
  guint n_requested;
  guint n_pending;
};

G_DEFINE_FINAL_TYPE (KaLandSource, ka_land_source, SHUMATE_TYPE_MAP_SOURCE)

typedef struct
{
  KaLandSource *source;
  KaTileRenderer *renderer;
  const KaMapStyle *style;
  ShumateTile *tile;
  KaTileKey key;
  gboolean cairo_renderer;
} RenderJob;

static void
render_job_free (gpointer data)
{
  RenderJob *job = data;

  g_atomic_int_dec_and_test (&job->source->n_pending);
  g_clear_object (&job->source);
  g_clear_pointer (&job->renderer, ka_tile_renderer_unref);
  g_clear_object (&job->tile);
  g_free (job);
}

static void
shumate_tile_take_paintable (ShumateTile  *tile,
                             GdkPaintable *paintable)
{
  /* Tiles are drawn here, not downloaded: fading them in only delays the
   * first complete frame. */
  shumate_tile_set_fade_in (tile, FALSE);
  shumate_tile_set_paintable (tile, paintable);
  shumate_tile_set_state (tile, SHUMATE_STATE_DONE);
}

static void
render_tile_in_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  RenderJob *job = task_data;
  guint pixels = TILE_SIZE * job->key.scale;
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  GdkPaintable *paintable;

  if (g_task_return_error_if_cancelled (task))
    return;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixels, pixels);
  cr = cairo_create (surface);
  ka_tile_renderer_draw (job->renderer, cr, job->style,
                         job->key.zoom, job->key.x, job->key.y,
                         TILE_SIZE, job->key.scale);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (job->cairo_renderer)
    {
      paintable = GDK_PAINTABLE (ka_surface_paintable_new (surface, TILE_SIZE, TILE_SIZE));
      cairo_surface_destroy (surface);
    }
  else
    {
      /* Hand the pixels to GDK without a PNG round trip; cairo's ARGB32 is
       * GDK's default premultiplied BGRA on little-endian machines. */
      bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                          (gsize) cairo_image_surface_get_stride (surface) * pixels,
                                          (GDestroyNotify) cairo_surface_destroy,
                                          surface);
      paintable = GDK_PAINTABLE (gdk_memory_texture_new (pixels, pixels, GDK_MEMORY_DEFAULT,
                                                         bytes, cairo_image_surface_get_stride (surface)));
    }

  g_task_return_pointer (task, paintable, g_object_unref);
}

static void
ka_land_source_fill_tile_async (ShumateMapSource    *source,
                                ShumateTile         *tile,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  KaLandSource *self = KA_LAND_SOURCE (source);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GdkPaintable) cached = NULL;
  RenderJob *job;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ka_land_source_fill_tile_async);

  job = g_new0 (RenderJob, 1);
  job->source = g_object_ref (self);
  job->renderer = ka_tile_renderer_ref (self->renderer);
  job->style = ka_map_style_get (self->dark, self->high_contrast);
  job->tile = g_object_ref (tile);
  job->cairo_renderer = self->cairo_renderer;
  job->key = (KaTileKey) {
    .style = (self->dark ? 1 : 0) | (self->cairo_renderer ? 2 : 0) | (self->high_contrast ? 4 : 0),
    .scale = self->scale_factor,
    .zoom = shumate_tile_get_zoom_level (tile),
    .x = shumate_tile_get_x (tile),
    .y = shumate_tile_get_y (tile),
  };
  g_task_set_task_data (task, job, render_job_free);
  self->n_requested++;
  g_atomic_int_inc (&self->n_pending);

  cached = ka_tile_cache_lookup (self->cache, &job->key);
  if (cached != NULL)
    {
      g_task_return_pointer (task, g_steal_pointer (&cached), g_object_unref);
      return;
    }

  g_task_run_in_thread (task, render_tile_in_thread);
}

static gboolean
ka_land_source_fill_tile_finish (ShumateMapSource  *source,
                                 GAsyncResult      *result,
                                 GError           **error)
{
  KaLandSource *self = KA_LAND_SOURCE (source);
  RenderJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GdkPaintable) paintable = NULL;
  gsize pixels = (gsize) TILE_SIZE * job->key.scale;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  paintable = g_task_propagate_pointer (G_TASK (result), error);
  if (paintable == NULL)
    return FALSE;

  ka_tile_cache_store (self->cache, &job->key, paintable, pixels * pixels * 4);
  shumate_tile_take_paintable (job->tile, paintable);

  return TRUE;
}

static void
ka_land_source_finalize (GObject *object)
{
  KaLandSource *self = (KaLandSource *)object;

  g_clear_pointer (&self->renderer, ka_tile_renderer_unref);
  g_clear_object (&self->cache);

  G_OBJECT_CLASS (ka_land_source_parent_class)->finalize (object);
}

static void
ka_land_source_class_init (KaLandSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  object_class->finalize = ka_land_source_finalize;

  source_class->fill_tile_async = ka_land_source_fill_tile_async;
  source_class->fill_tile_finish = ka_land_source_fill_tile_finish;

  /* The tile threads make these; their types are made here, on the main
   * thread. GObject adds a type's interfaces under the lock it holds for
   * every class_init, from inside the type's once-only registration: a
   * worker doing that can deadlock with a main thread in some class_init
   * that needs the same type. */
  g_type_class_unref (g_type_class_ref (KA_TYPE_SURFACE_PAINTABLE));
  g_type_class_unref (g_type_class_ref (GDK_TYPE_MEMORY_TEXTURE));
}

static void
ka_land_source_init (KaLandSource *self)
{
}

/**
 * ka_land_source_new:
 * @renderer: draws the tiles
 * @cache: shared between the light and dark sources, so switching back is instant
 * @dark: which #KaMapStyle to draw with
 * @high_contrast: and whether in its high-contrast variant
 * @scale_factor: the widget's scale factor; tiles are drawn at that many
 *   device pixels per logical pixel so they stay crisp on HiDPI screens
 * @cairo_renderer: whether the window renders with cairo, which draws
 *   cairo surfaces far faster than textures (see ka-surface-paintable.c)
 *
 * Each style and scale gets its own source with its own id, because
 * libshumate's map layer caches tiles by source.
 */
KaLandSource *
ka_land_source_new (KaTileRenderer *renderer,
                    KaTileCache    *cache,
                    gboolean        dark,
                    gboolean        high_contrast,
                    guint           scale_factor,
                    gboolean        cairo_renderer)
{
  g_autofree char *id = NULL;
  KaLandSource *self;

  g_return_val_if_fail (renderer != NULL, NULL);
  g_return_val_if_fail (KA_IS_TILE_CACHE (cache), NULL);

  scale_factor = CLAMP (scale_factor, 1, 4);
  id = g_strdup_printf ("kuril-atlas-land-%s%s-%ux%s", dark ? "dark" : "light",
                        high_contrast ? "-high-contrast" : "", scale_factor, cairo_renderer ? "-cairo" : "");

  self = g_object_new (KA_TYPE_LAND_SOURCE,
                       "id", id,
                       "name", _("Offline map"),
                       "license", _(KA_COASTLINE_ATTRIBUTION),
                       "license-uri", "https://www.soest.hawaii.edu/pwessel/gshhg/",
                       "min-zoom-level", KA_MIN_ZOOM,
                       "max-zoom-level", KA_MAX_ZOOM,
                       "tile-size", TILE_SIZE,
                       "projection", SHUMATE_MAP_PROJECTION_MERCATOR,
                       NULL);

  self->renderer = ka_tile_renderer_ref (renderer);
  self->cache = g_object_ref (cache);
  self->dark = dark;
  self->high_contrast = high_contrast;
  self->scale_factor = scale_factor;
  self->cairo_renderer = cairo_renderer;

  return self;
}

gboolean
ka_land_source_get_dark (KaLandSource *self)
{
  g_return_val_if_fail (KA_IS_LAND_SOURCE (self), FALSE);

  return self->dark;
}

gboolean
ka_land_source_get_high_contrast (KaLandSource *self)
{
  g_return_val_if_fail (KA_IS_LAND_SOURCE (self), FALSE);

  return self->high_contrast;
}

guint
ka_land_source_get_scale_factor (KaLandSource *self)
{
  g_return_val_if_fail (KA_IS_LAND_SOURCE (self), 1);

  return self->scale_factor;
}

guint
ka_land_source_get_n_requested (KaLandSource *self)
{
  g_return_val_if_fail (KA_IS_LAND_SOURCE (self), 0);

  return self->n_requested;
}

/* Tiles asked for whose texture is not yet on the tile. */
guint
ka_land_source_get_n_pending (KaLandSource *self)
{
  g_return_val_if_fail (KA_IS_LAND_SOURCE (self), 0);

  return (guint) g_atomic_int_get (&self->n_pending);
}
