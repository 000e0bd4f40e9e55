/* test-boundaries.c — the boundary lines against FACTS.md and the coast
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-boundaries"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ka-boundary-set.h"
#include "ka-test-coastline.h"
#include "ka-test-islands.h"

/* FACTS.md, "The four boundary layers", written out independently of the
 * data: which lines each year has, and the land on either side of each
 * sea line (NULL-terminated lists of island ids). */
typedef struct
{
  const char     *id;
  guint           year;
  KaBoundaryKind  kind;
  const char     *date;
  const char     *source_mentions;
  const char     *side_a[12];
  const char     *side_b[4];
} Expected;

#define HABOMAI "polonsky", "zelyony", "yuri", "anuchina", "tanfilyev", "demina", "signalny"

static const Expected expected[] = {
  { "1855-friza", 1855, KA_BOUNDARY_KIND_BOUNDARY, "1855-02-07", "Article 2",
    { "iturup", NULL }, { "urup", NULL } },
  { "1875-first-kuril", 1875, KA_BOUNDARY_KIND_BOUNDARY, "1875-05-07", "Saint Petersburg",
    { "shumshu", "paramushir", "atlasov", NULL }, { "kamchatka", NULL } },
  { "1875-la-perouse", 1875, KA_BOUNDARY_KIND_BOUNDARY, "1875-05-07", "Saint Petersburg",
    { "sakhalin-south", NULL }, { "hokkaido", NULL } },
  { "1905-50th-parallel", 1905, KA_BOUNDARY_KIND_BOUNDARY, "1905-09-05", "Article 9",
    { NULL }, { NULL } },
  { "1905-first-kuril", 1905, KA_BOUNDARY_KIND_BOUNDARY, "1905-09-05", "Portsmouth",
    { "shumshu", "paramushir", "atlasov", NULL }, { "kamchatka", NULL } },
  { "1945-nemuro", 1945, KA_BOUNDARY_KIND_BOUNDARY, "1945-08-08", "1945",
    { "kunashir", "shikotan", HABOMAI, NULL }, { "hokkaido", NULL } },
  { "1945-la-perouse", 1945, KA_BOUNDARY_KIND_BOUNDARY, "1945-08-08", "1945",
    { "sakhalin-south", NULL }, { "hokkaido", NULL } },
  { "1945-claim-friza", 1945, KA_BOUNDARY_KIND_CLAIM, "1945-09-05", "Shimoda",
    { "iturup", NULL }, { "urup", NULL } },
};

/* A median line is as far from one shore as from the other; the data
 * is traced exactly, the test measures to the rings' vertices' edges,
 * so allow a little. */
#define MEDIAN_TOLERANCE_KM 0.3

static KaIslandSet *islands;
static KaBoundarySet *boundaries;

static void
test_years (void)
{
  for (guint y = 0; y < KA_N_YEARS; y++)
    {
      g_autoptr(GPtrArray) lines = ka_boundary_set_get_for_year (boundaries, ka_years[y]);
      guint n_expected = 0;

      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        if (expected[i].year == ka_years[y])
          n_expected++;

      g_assert_cmpuint (lines->len, ==, n_expected);
      for (guint i = 0; i < lines->len; i++)
        g_assert_cmpuint (ka_boundary_get_year (g_ptr_array_index (lines, i)), ==, ka_years[y]);
    }

  g_assert_cmpuint (ka_boundary_set_get_n_items (boundaries), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const Expected *e = &expected[i];
      KaBoundary *b = ka_boundary_set_lookup (boundaries, e->id);

      g_test_message ("checking %s", e->id);
      g_assert_nonnull (b);
      g_assert_cmpuint (ka_boundary_get_year (b), ==, e->year);
      g_assert_cmpint (ka_boundary_get_year_index (b), ==, ka_year_index (e->year));
      g_assert_cmpint (ka_boundary_get_kind (b), ==, e->kind);
      g_assert_cmpstr (ka_boundary_get_date (b), ==, e->date);
      g_assert_nonnull (strstr (ka_boundary_get_source (b), e->source_mentions));
      g_assert_cmpuint (strlen (ka_boundary_get_event (b)), >, 10);
      g_assert_cmpuint (strlen (ka_boundary_get_description (b)), >, 40);
      g_assert_cmpint (ka_boundary_is_on_land (b), ==, e->side_a[0] == NULL);
    }

  /* The same straits in different years are the same lines. */
  {
    guint n1, n2;
    const KaPath *a = ka_boundary_get_lines (ka_boundary_set_lookup (boundaries, "1855-friza"), &n1);
    const KaPath *b = ka_boundary_get_lines (ka_boundary_set_lookup (boundaries, "1945-claim-friza"), &n2);

    g_assert_cmpuint (n1, ==, n2);
    g_assert_cmpuint (a[0].n_points, ==, b[0].n_points);
    g_assert_cmpmem (a[0].points, a[0].n_points * sizeof (KaPoint),
                     b[0].points, b[0].n_points * sizeof (KaPoint));
  }
}

static double
side_distance_km (const char * const *ids,
                  double              lon,
                  double              lat)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      KaIsland *island = ka_island_set_lookup (islands, ids[i]);

      g_assert_nonnull (island);
      best = MIN (best, ka_test_island_distance_km (island, lon, lat));
    }

  return best;
}

static void
test_median (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const Expected *e = &expected[i];
      KaBoundary *b = ka_boundary_set_lookup (boundaries, e->id);
      const KaPath *lines;
      guint n_lines;

      if (e->side_a[0] == NULL)
        continue;

      lines = ka_boundary_get_lines (b, &n_lines);
      for (guint l = 0; l < n_lines; l++)
        for (guint p = 0; p < lines[l].n_points; p++)
          {
            double lon = lines[l].points[p].x;
            double lat = lines[l].points[p].y;
            double da = side_distance_km (e->side_a, lon, lat);
            double db = side_distance_km (e->side_b, lon, lat);

            if (fabs (da - db) > MEDIAN_TOLERANCE_KM)
              g_error ("%s: point %u (%.5f, %.5f) is %.2f km from one side and %.2f km from the other",
                       e->id, p, lon, lat, da, db);
            g_assert_cmpfloat (da, >, 1.0);
          }
    }
}

static void
test_sea_lines_avoid_island_land (void)
{
  for (guint i = 0; i < ka_boundary_set_get_n_items (boundaries); i++)
    {
      KaBoundary *b = ka_boundary_set_get_nth (boundaries, i);
      const KaPath *lines;
      guint n_lines;

      if (ka_boundary_is_on_land (b))
        continue;

      lines = ka_boundary_get_lines (b, &n_lines);
      for (guint j = 0; j < ka_island_set_get_n_items (islands); j++)
        {
          KaIsland *island = ka_island_set_get_nth (islands, j);
          const KaPolygon *polygons;
          guint n_polygons;

          polygons = ka_island_get_polygons (island, &n_polygons);
          for (guint l = 0; l < n_lines; l++)
            for (guint p = 0; p < n_polygons; p++)
              for (guint r = 0; r < polygons[p].n_rings; r++)
                if (ka_test_line_touches_ring (&lines[l], polygons[p].rings[r].points,
                                               polygons[p].rings[r].n_points,
                                               &polygons[p].rings[r].bbox))
                  g_error ("%s touches %s", ka_boundary_get_id (b), ka_island_get_id (island));
        }
    }
}

static void
test_sea_lines_avoid_coastline (void)
{
  g_autoptr(KaCoastline) coast = ka_test_load_coastline ();
  guint n_checked = 0;

  for (guint i = 0; i < ka_boundary_set_get_n_items (boundaries); i++)
    {
      KaBoundary *b = ka_boundary_set_get_nth (boundaries, i);
      const KaPath *lines;
      guint n_lines;

      if (ka_boundary_is_on_land (b))
        continue;

      lines = ka_boundary_get_lines (b, &n_lines);
      for (guint l = 0; l < n_lines; l++)
        {
          for (guint r = 0; r < ka_coastline_get_n_rings (coast); r++)
            {
              KaBox bbox = ka_coastline_get_ring_bbox (coast, r);

              if (ka_test_line_touches_ring (&lines[l], ka_coastline_get_ring_points (coast, r),
                                             ka_coastline_get_ring_n_points (coast, r), &bbox))
                g_error ("%s touches coastline ring %u (level %d)", ka_boundary_get_id (b), r,
                         ka_coastline_get_ring_level (coast, r));
              n_checked++;
            }

          for (guint p = 0; p < lines[l].n_points; p++)
            g_assert_false (ka_coastline_is_land (coast, lines[l].points[p].x, lines[l].points[p].y));
        }
    }

  g_assert_cmpuint (n_checked, >, 100);
}

static void
test_parallel (void)
{
  KaBoundary *b = ka_boundary_set_lookup (boundaries, "1905-50th-parallel");
  KaIsland *south = ka_island_set_lookup (islands, "sakhalin-south");
  KaIsland *north = ka_island_set_lookup (islands, "sakhalin-north");
  const KaPath *lines;
  guint n_lines;
  KaPoint west, east;

  lines = ka_boundary_get_lines (b, &n_lines);
  g_assert_cmpuint (n_lines, ==, 1);
  for (guint p = 0; p < lines[0].n_points; p++)
    g_assert_cmpfloat (lines[0].points[p].y, ==, 50.0);

  west = lines[0].points[0];
  east = lines[0].points[lines[0].n_points - 1];
  g_assert_cmpfloat (west.x, <, east.x);

  /* From coast to coast: the ends are just off the shore, and a little
   * inland from either end the line runs between the two halves. */
  g_assert_false (ka_island_contains (south, west.x, 49.9999));
  g_assert_false (ka_island_contains (north, east.x, 50.0001));
  g_assert_true (ka_island_contains (south, west.x + 0.02, 49.9999));
  g_assert_true (ka_island_contains (north, west.x + 0.02, 50.0001));
  g_assert_true (ka_island_contains (south, east.x - 0.02, 49.9999));
  g_assert_true (ka_island_contains (north, east.x - 0.02, 50.0001));
}

static void
test_labels (void)
{
  for (guint i = 0; i < ka_boundary_set_get_n_items (boundaries); i++)
    {
      KaBoundary *b = ka_boundary_set_get_nth (boundaries, i);
      KaPoint label = ka_boundary_get_label (b);
      const KaPath *lines;
      guint n_lines;
      double nearest = G_MAXDOUBLE;

      /* At sea, near its line. */
      g_assert_null (ka_island_set_hit_test (islands, label.x, label.y, 0.0, 0.0));
      lines = ka_boundary_get_lines (b, &n_lines);
      for (guint p = 0; p < lines[0].n_points; p++)
        nearest = MIN (nearest, ka_geo_distance_m (label.x, label.y,
                                                   lines[0].points[p].x, lines[0].points[p].y));
      g_assert_cmpfloat (nearest, <, 40000.0);
    }
}

/* Every line the atlas maps from its GResource is the feature of the
 * committed GeoJSON with its id, field by field and point by point. */
static void
test_compiled_matches_source (void)
{
  g_autoptr(JsonArray) features = ka_test_load_source_features ("data/atlas/boundaries.geojson");

  g_assert_cmpuint (ka_boundary_set_get_n_items (boundaries), ==, json_array_get_length (features));
  for (guint f = 0; f < json_array_get_length (features); f++)
    {
      JsonObject *feature = json_array_get_object_element (features, f);
      JsonObject *p = json_object_get_object_member (feature, "properties");
      JsonObject *geometry = json_object_get_object_member (feature, "geometry");
      JsonArray *coordinates = json_object_get_array_member (geometry, "coordinates");
      JsonArray *label = json_object_get_array_member (p, "label");
      KaBoundary *b = ka_boundary_set_get_nth (boundaries, f);
      gboolean single = g_str_equal (json_object_get_string_member (geometry, "type"), "LineString");
      const KaPath *lines;
      guint n_lines;

      g_assert_cmpstr (ka_boundary_get_id (b), ==, json_object_get_string_member (p, "id"));
      g_assert_cmpstr (ka_boundary_get_name_en (b), ==, json_object_get_string_member (p, "name_en"));
      g_assert_cmpstr (ka_boundary_get_name_ru (b), ==, json_object_get_string_member (p, "name_ru"));
      g_assert_cmpstr (ka_boundary_get_name_ja (b), ==, json_object_get_string_member (p, "name_ja"));
      g_assert_cmpstr (ka_boundary_get_event (b), ==, json_object_get_string_member (p, "event"));
      g_assert_cmpstr (ka_boundary_get_date (b), ==, json_object_get_string_member (p, "date"));
      g_assert_cmpstr (ka_boundary_get_source (b), ==, json_object_get_string_member (p, "source"));
      g_assert_cmpstr (ka_boundary_get_description (b), ==, json_object_get_string_member (p, "description"));
      g_assert_cmpuint (ka_boundary_get_year (b), ==, json_object_get_int_member (p, "year"));
      g_assert_cmpint (ka_boundary_get_kind (b) == KA_BOUNDARY_KIND_CLAIM, ==,
                       g_str_equal (json_object_get_string_member (p, "kind"), "claim"));
      g_assert_cmpint (ka_boundary_is_on_land (b), ==,
                       json_object_get_boolean_member_with_default (p, "on_land", FALSE));
      g_assert_cmpfloat (ka_boundary_get_label (b).x, ==, json_array_get_double_element (label, 0));
      g_assert_cmpfloat (ka_boundary_get_label (b).y, ==, json_array_get_double_element (label, 1));

      lines = ka_boundary_get_lines (b, &n_lines);
      g_assert_cmpuint (n_lines, ==, single ? 1 : json_array_get_length (coordinates));
      for (guint i = 0; i < n_lines; i++)
        ka_test_assert_path_equals (&lines[i], single ? coordinates : json_array_get_array_element (coordinates, i),
                                    FALSE);
    }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  islands = ka_test_load_islands ();
  boundaries = ka_test_load_boundaries ();

  g_test_add_func ("/atlas/boundaries/years", test_years);
  g_test_add_func ("/atlas/boundaries/median", test_median);
  g_test_add_func ("/atlas/boundaries/avoid-land/islands", test_sea_lines_avoid_island_land);
  g_test_add_func ("/atlas/boundaries/avoid-land/coastline", test_sea_lines_avoid_coastline);
  g_test_add_func ("/atlas/boundaries/parallel", test_parallel);
  g_test_add_func ("/atlas/boundaries/labels", test_labels);
  g_test_add_func ("/atlas/boundaries/compiled", test_compiled_matches_source);

  ret = g_test_run ();
  ka_boundary_set_unref (boundaries);
  ka_island_set_unref (islands);
  return ret;
}
