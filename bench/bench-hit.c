/* bench-hit.c — time to find the island under a click
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "bench-hit.h"
#include "ka-atlas.h"
#include "ka-hit-bench.h"
#include "ka-map-view.h"
#include "ka-view-transform.h"

#define N_CLICKS 10000
#define VIEW_WIDTH 1920
#define VIEW_HEIGHT 1080

void
bench_hit_run (const char   *self_path,
               BenchFigures *figures)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaAtlas) atlas = ka_atlas_load_from_resources (&error);
  KaBox home = KA_FRAME_BOX;
  KaViewTransform transform;
  double zoom, lon, lat, lon_near, lat_near;
  KaHitBench result;

  if (atlas == NULL)
    g_error ("cannot load the atlas data: %s", error->message);

  /* The click tolerance of the opening view at 1920×1080, in degrees. */
  zoom = ka_view_transform_zoom_for_box (&home, VIEW_WIDTH, VIEW_HEIGHT);
  transform = ka_view_transform_new ((KA_FRAME_SOUTH + KA_FRAME_NORTH) / 2,
                                     (KA_FRAME_WEST + KA_FRAME_EAST) / 2,
                                     zoom, VIEW_WIDTH, VIEW_HEIGHT);
  ka_view_transform_pixels_to_lonlat (&transform, VIEW_WIDTH / 2.0, VIEW_HEIGHT / 2.0, &lon, &lat);
  ka_view_transform_pixels_to_lonlat (&transform,
                                      VIEW_WIDTH / 2.0 + KA_HIT_TOLERANCE_PX,
                                      VIEW_HEIGHT / 2.0 + KA_HIT_TOLERANCE_PX,
                                      &lon_near, &lat_near);

  ka_hit_bench_run (ka_atlas_get_islands (atlas), N_CLICKS,
                    fabs (lon_near - lon), fabs (lat - lat_near), &result);

  /* Land and near-shore water are a sizeable part of the frame, not most:
   * outside that range the clicks missed the islands and timed nothing. */
  if (result.n_hits < N_CLICKS / 20 || result.n_hits > N_CLICKS / 2)
    g_error ("%u of %u clicks hit an island: the framed area is wrong", result.n_hits, N_CLICKS);

  bench_figures_add (figures, "hit_p50_us", result.hit_p50_us, "us");
  bench_figures_add (figures, "hit_p95_us", result.hit_p95_us, "us");
  bench_figures_add (figures, "hit_max_us", result.hit_max_us, "us");
}
