/* ka-step-thumbnails.c — small pictures of lecture steps, drawn off the main thread
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-editor"

#include "config.h"

#include "ka-export-view.h"
#include "ka-lecture-model.h"
#include "ka-step-thumbnails.h"

/* A step's picture depends only on what it shows, not on its text: the
 * cache is keyed by that, so editing a caption draws nothing again, and
 * a duplicated step or an undone delete finds its picture ready. */
struct _KaStepThumbnails
{
  GObject parent_instance;

  KaAtlas *atlas;
  KaTileRenderer *renderer;
  GHashTable *textures;   /* key → GdkTexture */
  GHashTable *pending;    /* keys being drawn */
};

G_DEFINE_FINAL_TYPE (KaStepThumbnails, ka_step_thumbnails, G_TYPE_OBJECT)

enum {
  READY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  KaAtlas *atlas;
  KaTileRenderer *renderer;
  KaLectureStep *step;   /* the worker's own copy */
  char *key;
} Job;

static void
job_free (Job *job)
{
  ka_atlas_unref (job->atlas);
  ka_tile_renderer_unref (job->renderer);
  ka_lecture_step_free (job->step);
  g_free (job->key);
  g_free (job);
}

/**
 * ka_step_thumbnail_key:
 *
 * Returns: (transfer full): what @step's picture depends on, as text
 */
char *
ka_step_thumbnail_key (const KaLectureStep *step)
{
  double lon = 0, lat = 0, zoom = 0;
  KaBox box = { 0 };
  const char * const *islands = ka_lecture_step_get_islands (step);
  g_autofree char *island_list = islands ? g_strjoinv (",", (char **) islands) : NULL;

  ka_lecture_step_get_center (step, &lon, &lat, &zoom);
  ka_lecture_step_get_fit_box (step, &box);

  return g_strdup_printf ("%u %d %s %d %d %.17g %.17g %.17g %.17g %.17g %.17g %.17g",
                          ka_lecture_step_get_year (step), ka_lecture_step_get_compare (step),
                          island_list ? island_list : ka_lecture_step_get_island (step) ? ka_lecture_step_get_island (step) : "-",
                          ka_lecture_step_get_naming (step), ka_lecture_step_get_view_kind (step),
                          lon, lat, zoom, box.min_x, box.min_y, box.max_x, box.max_y);
}

/**
 * ka_step_thumbnail_draw:
 *
 * Draws @step's map as an export of it would show it, without its
 * caption, at %KA_STEP_THUMBNAIL_WIDTH × %KA_STEP_THUMBNAIL_HEIGHT. Safe
 * to call from any thread.
 *
 * Returns: (transfer full) (nullable): the picture, or %NULL with @error set
 */
GdkTexture *
ka_step_thumbnail_draw (KaAtlas             *atlas,
                        KaTileRenderer      *renderer,
                        const KaLectureStep *step,
                        GError             **error)
{
  KaExportView view;

  ka_export_view_init (&view);
  ka_export_view_set_step (&view, step, ka_atlas_get_islands (atlas));
  view.caption = NULL;
  view.width = KA_STEP_THUMBNAIL_WIDTH;
  view.height = KA_STEP_THUMBNAIL_HEIGHT;
  view.scale = 0.5;

  return ka_export_view_to_texture (atlas, renderer, &view, error);
}

static void
draw_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  GdkTexture *texture;

  texture = ka_step_thumbnail_draw (job->atlas, job->renderer, job->step, &error);
  if (texture == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, texture, g_object_unref);
}

static void
on_drawn (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  KaStepThumbnails *self = KA_STEP_THUMBNAILS (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  texture = g_task_propagate_pointer (G_TASK (result), &error);
  g_hash_table_remove (self->pending, job->key);
  if (texture == NULL)
    {
      g_warning ("A step's picture could not be drawn: %s", error->message);
      return;
    }

  g_hash_table_insert (self->textures, g_strdup (job->key), g_object_ref (texture));
  g_signal_emit (self, signals[READY], 0, job->key);
}

static void
ka_step_thumbnails_finalize (GObject *object)
{
  KaStepThumbnails *self = KA_STEP_THUMBNAILS (object);

  ka_atlas_unref (self->atlas);
  ka_tile_renderer_unref (self->renderer);
  g_hash_table_unref (self->textures);
  g_hash_table_unref (self->pending);

  G_OBJECT_CLASS (ka_step_thumbnails_parent_class)->finalize (object);
}

static void
ka_step_thumbnails_class_init (KaStepThumbnailsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ka_step_thumbnails_finalize;

  /* The picture for the key is in the cache now. */
  signals[READY] =
    g_signal_new ("ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
ka_step_thumbnails_init (KaStepThumbnails *self)
{
  self->textures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

KaStepThumbnails *
ka_step_thumbnails_new (KaAtlas        *atlas,
                        KaTileRenderer *renderer)
{
  KaStepThumbnails *self = g_object_new (KA_TYPE_STEP_THUMBNAILS, NULL);

  self->atlas = ka_atlas_ref (atlas);
  self->renderer = ka_tile_renderer_ref (renderer);
  return self;
}

/**
 * ka_step_thumbnails_lookup:
 *
 * Returns: (transfer none) (nullable): @step's picture if it is drawn;
 *   otherwise %NULL, and it is being drawn: "ready" says when
 */
GdkTexture *
ka_step_thumbnails_lookup (KaStepThumbnails    *self,
                           const KaLectureStep *step)
{
  g_autofree char *key = ka_step_thumbnail_key (step);
  g_autoptr(GTask) task = NULL;
  GdkTexture *texture;
  Job *job;

  texture = g_hash_table_lookup (self->textures, key);
  if (texture != NULL || g_hash_table_contains (self->pending, key))
    return texture;

  /* The worker draws its own copy, whatever the editor does to the step
   * meanwhile. */
  job = g_new0 (Job, 1);
  job->atlas = ka_atlas_ref (self->atlas);
  job->renderer = ka_tile_renderer_ref (self->renderer);
  job->step = ka_lecture_step_copy (step);
  job->key = g_strdup (key);

  g_hash_table_add (self->pending, g_steal_pointer (&key));
  task = g_task_new (self, NULL, on_drawn, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, draw_in_thread);
  return NULL;
}

guint
ka_step_thumbnails_get_n_pending (KaStepThumbnails *self)
{
  g_return_val_if_fail (KA_IS_STEP_THUMBNAILS (self), 0);

  return g_hash_table_size (self->pending);
}
