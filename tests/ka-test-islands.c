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

/* What the build compiled from data/atlas/ into the GResource. */
KaIslandSet *
ka_test_load_islands (void)
{
  g_autoptr(GError) error = NULL;
  KaIslandSet *set = ka_island_set_new_from_resource (&error);

  g_assert_no_error (error);
  g_assert_nonnull (set);
  return set;
}

KaBoundarySet *
ka_test_load_boundaries (void)
{
  g_autoptr(GError) error = NULL;
  KaBoundarySet *set = ka_boundary_set_new_from_resource (&error);

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

/* The features of a committed GeoJSON file, read with json-glib: the
 * tests compare what the build compiled with the source through a
 * reader of their own. */
JsonArray *
ka_test_load_source_features (const char *relative_path)
{
  g_autoptr(GBytes) bytes = ka_test_read_source_file (relative_path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  json_parser_load_from_data (parser, data, size, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  return json_array_ref (json_object_get_array_member (json_node_get_object (root), "features"));
}

/* Asserts that @path holds exactly the positions of @positions, a
 * GeoJSON ring (closed, so its last position repeats the first) when
 * @ring, else a line. */
void
ka_test_assert_path_equals (const KaPath *path,
                            JsonArray    *positions,
                            gboolean      ring)
{
  guint n = json_array_get_length (positions) - (ring ? 1 : 0);

  g_assert_cmpuint (path->n_points, ==, n);
  for (guint i = 0; i < n; i++)
    {
      JsonArray *position = json_array_get_array_element (positions, i);

      g_assert_cmpfloat (path->points[i].x, ==, json_array_get_double_element (position, 0));
      g_assert_cmpfloat (path->points[i].y, ==, json_array_get_double_element (position, 1));
    }
}
