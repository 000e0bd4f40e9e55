/* ka-export-bench.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-export-bench"

#include "config.h"

#include <glib/gstdio.h>

#include "ka-export-bench.h"
#include "ka-export-file.h"
#include "ka-handout.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return (da > db) - (da < db);
}

static double
median (double *times,
        guint   n)
{
  qsort (times, n, sizeof (double), compare_doubles);

  return times[n / 2];
}

static void
clear_figure (gpointer data)
{
  KaBenchFigure *figure = data;

  g_clear_pointer (&figure->name, g_free);
}

static double
time_export (KaAtlas            *atlas,
             KaTileRenderer     *renderer,
             const KaExportView *view,
             KaExportFormat      format,
             GFile              *file)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!ka_export_view (atlas, renderer, view, format, file, &error))
    g_error ("export benchmark: %s", error->message);

  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Median of KA_EXPORT_BENCH_RUNS exports, after one that is not counted:
 * the first loads fonts and simplifies the coastline for the zoom level,
 * once per run of the application. */
static double
median_export (KaAtlas            *atlas,
               KaTileRenderer     *renderer,
               const KaExportView *view,
               KaExportFormat      format,
               const char         *dir)
{
  g_autofree char *name = g_strconcat ("bench.", ka_export_format_get_extension (format), NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  double times[KA_EXPORT_BENCH_RUNS];

  time_export (atlas, renderer, view, format, file);
  for (guint i = 0; i < KA_EXPORT_BENCH_RUNS; i++)
    times[i] = time_export (atlas, renderer, view, format, file);

  g_unlink (path);

  return median (times, KA_EXPORT_BENCH_RUNS);
}

/* The handout of the built-in lecture on A4, median of
 * KA_HANDOUT_BENCH_RUNS after one not counted, from the call to the file
 * being in place. */
static double
median_handout (KaAtlas        *atlas,
                KaTileRenderer *renderer,
                const char     *dir)
{
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GStrv) ids = ka_atlas_dup_island_ids (atlas);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaLecture) lecture = ka_lecture_new_from_resource (KA_DEFAULT_LECTURE_RESOURCE,
                                                               (const char * const *) ids, &error);
  double times[KA_HANDOUT_BENCH_RUNS];
  KaHandoutOptions options;

  if (lecture == NULL)
    g_error ("handout benchmark: %s", error->message);

  ka_handout_options_init (&options);
  for (int i = -1; i < KA_HANDOUT_BENCH_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!ka_handout_export (atlas, renderer, lecture, &options, NULL, NULL, file, &error))
        g_error ("handout benchmark: %s", error->message);
      if (i >= 0)
        times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  g_unlink (path);

  return median (times, KA_HANDOUT_BENCH_RUNS);
}

/**
 * ka_export_bench_run:
 * @atlas: the data
 * @renderer: draws the basemap
 *
 * Exports the opening view of 1945 at 1920 × 1080 pixels with every
 * overlay (fills, the selected Iturup, the lines of every year, labels,
 * legend, title and a caption) to a file in a temporary folder, as PNG
 * and as SVG, and times each from the call to the file being in place.
 *
 * The PNG is exported again at 3840 × 2160, as for a 4K projector, and
 * then the handout of the built-in lecture is written.
 *
 * Returns: (transfer full) (element-type KaBenchFigure): `export_png_ms`,
 *   `export_svg_ms` and `export_png_4k_ms`, each the median of
 *   KA_EXPORT_BENCH_RUNS, and `handout_ms`, the median of
 *   KA_HANDOUT_BENCH_RUNS
 */
GArray *
ka_export_bench_run (KaAtlas        *atlas,
                     KaTileRenderer *renderer)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kuril-atlas-export-bench-XXXXXX", &error);
  GArray *figures = g_array_new (FALSE, FALSE, sizeof (KaBenchFigure));
  KaBenchFigure figure;
  KaExportView view;

  if (dir == NULL)
    g_error ("export benchmark: %s", error->message);

  g_array_set_clear_func (figures, clear_figure);

  ka_export_view_init (&view);
  view.compare_years = TRUE;
  view.selected_island = "iturup";
  view.caption = "1945: the Soviet Union occupies South Sakhalin and all the Kurils.";

  figure = (KaBenchFigure) { g_strdup ("export_png_ms"), 0, "ms" };
  figure.value = median_export (atlas, renderer, &view, KA_EXPORT_FORMAT_PNG, dir);
  g_array_append_val (figures, figure);

  figure = (KaBenchFigure) { g_strdup ("export_svg_ms"), 0, "ms" };
  figure.value = median_export (atlas, renderer, &view, KA_EXPORT_FORMAT_SVG, dir);
  g_array_append_val (figures, figure);

  view.width = 3840;
  view.height = 2160;
  figure = (KaBenchFigure) { g_strdup ("export_png_4k_ms"), 0, "ms" };
  figure.value = median_export (atlas, renderer, &view, KA_EXPORT_FORMAT_PNG, dir);
  g_array_append_val (figures, figure);

  figure = (KaBenchFigure) { g_strdup ("handout_ms"), 0, "ms" };
  figure.value = median_handout (atlas, renderer, dir);
  g_array_append_val (figures, figure);

  g_rmdir (dir);

  return figures;
}
