/* ka-test-islands.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-test"

#include "config.h"

#include <math.h>

#include "ka-test-islands.h"
#include "ka-test-source.h"

#define KM_PER_DEGREE (6371.0088 * G_PI / 180.0)

/* The committed files, which the GResource is compiled from. */
KaIslandSet *
ka_test_load_islands (void)
{
  g_autoptr(GBytes) bytes = ka_test_read_source_file ("data/atlas/islands.geojson");
  g_autoptr(GError) error = NULL;
  KaIslandSet *set = ka_island_set_new_from_bytes (bytes, "islands.geojson", &error);

  g_assert_no_error (error);
  g_assert_nonnull (set);
  return set;
}

KaBoundarySet *
ka_test_load_boundaries (void)
{
  g_autoptr(GBytes) bytes = ka_test_read_source_file ("data/atlas/boundaries.geojson");
  g_autoptr(GError) error = NULL;
  KaBoundarySet *set = ka_boundary_set_new_from_bytes (bytes, "boundaries.geojson", &error);

  g_assert_no_error (error);
  g_assert_nonnull (set);
  return set;
}

/* Kilometres from (lon, lat) to the island's nearest shore, 0 on land;
 * measured in a plane tangent at the point, true to a fraction of a
 * percent within the few tens of kilometres the tests look at. */
double
ka_test_island_distance_km (KaIsland *island,
                            double    lon,
                            double    lat)
{
  const KaPolygon *polygons;
  guint n_polygons;
  double kx = KM_PER_DEGREE * cos (lat * G_PI / 180.0);
  double best = G_MAXDOUBLE;

  if (ka_island_contains (island, lon, lat))
    return 0.0;

  polygons = ka_island_get_polygons (island, &n_polygons);
  for (guint p = 0; p < n_polygons; p++)
    for (guint r = 0; r < polygons[p].n_rings; r++)
      {
        const KaPath *ring = &polygons[p].rings[r];
        g_autofree KaPoint *local = g_new (KaPoint, ring->n_points);

        for (guint i = 0; i < ring->n_points; i++)
          {
            local[i].x = (ring->points[i].x - lon) * kx;
            local[i].y = (ring->points[i].y - lat) * KM_PER_DEGREE;
          }
        best = MIN (best, ka_geo_ring_distance (local, ring->n_points, 0.0, 0.0));
      }

  return best;
}

static double
orient (const KaPoint *a,
        const KaPoint *b,
        const KaPoint *c)
{
  return (b->x - a->x) * (c->y - a->y) - (b->y - a->y) * (c->x - a->x);
}

static gboolean
on_segment (const KaPoint *a,
            const KaPoint *b,
            const KaPoint *c)
{
  return MIN (a->x, b->x) <= c->x && c->x <= MAX (a->x, b->x) &&
         MIN (a->y, b->y) <= c->y && c->y <= MAX (a->y, b->y);
}

static gboolean
segments_touch (const KaPoint *a,
                const KaPoint *b,
                const KaPoint *c,
                const KaPoint *d)
{
  double d1 = orient (c, d, a);
  double d2 = orient (c, d, b);
  double d3 = orient (a, b, c);
  double d4 = orient (a, b, d);

  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) &&
      ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
    return TRUE;

  return (d1 == 0 && on_segment (c, d, a)) || (d2 == 0 && on_segment (c, d, b)) ||
         (d3 == 0 && on_segment (a, b, c)) || (d4 == 0 && on_segment (a, b, d));
}

/* Whether any segment of @line meets an edge of the closed ring (the
 * closing point not repeated), or the line starts inside it. */
gboolean
ka_test_line_touches_ring (const KaPath  *line,
                           const KaPoint *ring,
                           gsize          n_points,
                           const KaBox   *ring_bbox)
{
  if (!ka_box_intersects (&line->bbox, ring_bbox))
    return FALSE;

  if (ka_geo_ring_contains (ring, n_points, line->points[0].x, line->points[0].y))
    return TRUE;

  for (guint i = 0; i + 1 < line->n_points; i++)
    {
      const KaPoint *a = &line->points[i];
      const KaPoint *b = &line->points[i + 1];
      KaBox segment = ka_box_empty ();

      ka_box_add_point (&segment, a->x, a->y);
      ka_box_add_point (&segment, b->x, b->y);
      if (!ka_box_intersects (&segment, ring_bbox))
        continue;

      for (gsize k = 0, j = n_points - 1; k < n_points; j = k++)
        if (segments_touch (a, b, &ring[j], &ring[k]))
          return TRUE;
    }

  return FALSE;
}
