/* bench-export.c — time to export the opening view to PNG and SVG
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bench-export.h"
#include "ka-atlas.h"
#include "ka-export-bench.h"

void
bench_export_run (const char   *self_path,
                  BenchFigures *figures)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaAtlas) atlas = ka_atlas_load_from_resources (&error);
  g_autoptr(KaTileRenderer) renderer = NULL;
  g_autoptr(GArray) results = NULL;

  if (atlas == NULL)
    g_error ("cannot load the atlas data: %s", error->message);

  renderer = ka_tile_renderer_new (ka_atlas_get_coastline (atlas));
  results = ka_export_bench_run (atlas, renderer);

  for (guint i = 0; i < results->len; i++)
    {
      const KaBenchFigure *figure = &g_array_index (results, KaBenchFigure, i);

      bench_figures_add (figures, figure->name, figure->value, figure->unit);
    }
}
