/* ka-test-coastline.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-coastline"

#include "config.h"

#include <math.h>

#include "ka-test-coastline.h"

/* The committed data file, which the build compiles into the GResource:
 * the tests compare the two. */
char *
ka_test_coastline_path (void)
{
  const char *root = g_getenv ("KA_SOURCE_ROOT");

  g_assert_nonnull (root);
  return g_build_filename (root, "data", "coastline", "kuril-land.kacoast", NULL);
}

GBytes *
ka_test_coastline_bytes (void)
{
  g_autofree char *path = ka_test_coastline_path ();
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

KaCoastline *
ka_test_load_coastline (void)
{
  g_autoptr(GError) error = NULL;
  KaCoastline *coastline = ka_coastline_new_from_resource (&error);

  g_assert_no_error (error);
  g_assert_nonnull (coastline);
  return coastline;
}

/* Whether lon/lat points @a and @b run along the edge of @region, where
 * a cut ring is closed: not shore. */
static gboolean
is_part_edge (const KaBox   *region,
              const KaPoint *a,
              const KaPoint *b)
{
  return (a->x == b->x && (a->x == region->min_x || a->x == region->max_x)) ||
         (a->y == b->y && (a->y == region->min_y || a->y == region->max_y));
}

/* Distance from (@lon, @lat) to the nearest shore, in normalised Mercator
 * units: multiply by a zoom level's world size to get pixels. */
double
ka_test_shore_distance (KaCoastline *coastline,
                        double       lon,
                        double       lat)
{
  double x = ka_geo_lon_to_mercator_x (lon);
  double y = ka_geo_lat_to_mercator_y (lat);
  double best = G_MAXDOUBLE;

  for (guint r = 0; r < ka_coastline_get_n_rings (coastline); r++)
    {
      KaBox box = ka_coastline_get_ring_mercator_bbox (coastline, r);
      KaBox region = ka_coastline_get_part_region (coastline, ka_coastline_get_ring_part (coastline, r));
      const KaPoint *points = ka_coastline_get_ring_points (coastline, r);
      const KaPoint *mercator = ka_coastline_get_ring_mercator (coastline, r);
      gsize n = ka_coastline_get_ring_n_points (coastline, r);

      /* A ring whose box is farther than the best so far cannot beat it. */
      if (x < box.min_x - best || x > box.max_x + best ||
          y < box.min_y - best || y > box.max_y + best)
        continue;

      for (gsize i = 0, j = n - 1; i < n; j = i++)
        if (!is_part_edge (&region, &points[j], &points[i]))
          best = MIN (best, sqrt (ka_geo_segment_distance_squared (&mercator[j], &mercator[i], x, y)));
    }

  return best;
}
