/* bench-thumbnails.c — time to draw the editor's picture of each step, off the main thread
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bench-thumbnails.h"
#include "ka-atlas.h"
#include "ka-lecture.h"
#include "ka-step-thumbnails.h"

typedef struct
{
  KaAtlas *atlas;
  KaTileRenderer *renderer;
  KaLecture *lecture;
  GArray *first;    /* ms per step, the first time through */
  GArray *again;    /* ms per step, the second time */
} Run;

static void
draw_all (Run    *run,
          GArray *times)
{
  for (guint i = 0; i < ka_lecture_get_n_steps (run->lecture); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      texture = ka_step_thumbnail_draw (run->atlas, run->renderer, ka_lecture_get_step (run->lecture, i), &error);
      if (texture == NULL)
        g_error ("thumbnail benchmark: %s", error->message);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }
}

/* The editor draws in GTask's worker threads: so does this. */
static gpointer
draw_in_thread (gpointer data)
{
  Run *run = data;

  draw_all (run, run->first);
  draw_all (run, run->again);
  return NULL;
}

static double
mean (GArray *times)
{
  double sum = 0;

  for (guint i = 0; i < times->len; i++)
    sum += g_array_index (times, double, i);
  return sum / MAX (times->len, 1);
}

static double
longest (GArray *times)
{
  double most = 0;

  for (guint i = 0; i < times->len; i++)
    most = MAX (most, g_array_index (times, double, i));
  return most;
}

/* The first time through each zoom level simplifies the coastline for it
 * and loads the fonts, once per run of the atlas: that pass is given on
 * its own. */
void
bench_thumbnails_run (const char   *self_path,
                      BenchFigures *figures)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaAtlas) atlas = ka_atlas_load_from_resources (&error);
  g_autoptr(KaTileRenderer) renderer = NULL;
  g_autoptr(KaLecture) lecture = NULL;
  g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) again = g_array_new (FALSE, FALSE, sizeof (double));
  Run run;

  if (atlas == NULL)
    g_error ("cannot load the atlas data: %s", error->message);
  renderer = ka_tile_renderer_new (ka_atlas_get_coastline (atlas));
  lecture = ka_lecture_new_from_resource (KA_DEFAULT_LECTURE_RESOURCE, NULL, &error);
  if (lecture == NULL)
    g_error ("cannot load the default lecture: %s", error->message);

  run = (Run) { atlas, renderer, lecture, first, again };
  g_thread_join (g_thread_new ("thumbnails", draw_in_thread, &run));

  bench_figures_add (figures, "thumbnail_first_ms", mean (first), "ms");
  bench_figures_add (figures, "thumbnail_ms", mean (again), "ms");
  bench_figures_add (figures, "thumbnail_max_ms", longest (again), "ms");
}
