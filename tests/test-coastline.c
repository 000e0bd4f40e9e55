/* test-coastline.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-coastline"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ka-test-coastline.h"

/* The header size of the KACOAST layout (data/coastline/README.md). */
#define HEADER_SIZE 28

static const KaTestPlace land_places[] = {
  { "Sapporo", 141.35, 43.06 },
  { "Iturup", 147.86, 45.10 },
  { "Kunashir", 145.90, 44.10 },
  { "Shikotan", 146.75, 43.80 },
  { "Paramushir", 155.52, 50.26 },
  { "Yuzhno-Sakhalinsk", 142.74, 46.96 },
  { "Petropavlovsk-Kamchatsky", 158.65, 53.05 },
  /* Outside the full-resolution part: the coarser context data. */
  { "Vladivostok", 131.90, 43.12 },
  { "Tokyo", 139.69, 35.69 },
  { "Magadan", 150.80, 59.60 },
};

static const KaTestPlace sea_places[] = {
  { "Pacific at 44N 150E", 150.0, 44.0 },
  { "La Perouse Strait", 142.0, 45.7 },
  { "Nemuro Strait", 145.35, 43.75 },
  { "Sea of Okhotsk", 146.0, 50.0 },
  { "Sea of Japan", 135.0, 40.0 },
};

static void
test_load (void)
{
  g_autoptr(KaCoastline) coastline = ka_test_load_coastline ();
  guint n_rings = ka_coastline_get_n_rings (coastline);
  guint per_level[5] = { 0, };
  guint core_rings = 0;
  gsize total = 0;
  KaBox core;

  g_assert_cmpuint (ka_coastline_get_n_parts (coastline), >=, 1);
  core = ka_coastline_get_part_region (coastline, 0);
  g_assert_cmpint (ka_coastline_get_part_resolution (coastline, 0), ==, 'f');
  /* The full-resolution part covers the atlas's area with a margin. */
  g_assert_cmpfloat (core.min_x, <=, 137.0);
  g_assert_cmpfloat (core.max_x, >=, 160.0);
  g_assert_cmpfloat (core.min_y, <=, 40.0);
  g_assert_cmpfloat (core.max_y, >=, 54.0);

  for (guint r = 0; r < n_rings; r++)
    {
      guint part = ka_coastline_get_ring_part (coastline, r);
      KaBox region = ka_coastline_get_part_region (coastline, part);
      KaBox bbox = ka_coastline_get_ring_bbox (coastline, r);
      KaBox mbox = ka_coastline_get_ring_mercator_bbox (coastline, r);
      const KaPoint *points = ka_coastline_get_ring_points (coastline, r);
      const KaPoint *mercator = ka_coastline_get_ring_mercator (coastline, r);
      gsize n = ka_coastline_get_ring_n_points (coastline, r);
      KaCoastlineLevel level = ka_coastline_get_ring_level (coastline, r);
      double area = 0.0;

      g_assert_cmpuint (level, >=, KA_COASTLINE_LEVEL_LAND);
      g_assert_cmpuint (level, <=, KA_COASTLINE_LEVEL_POND);
      g_assert_cmpuint (n, >=, 3);
      per_level[level]++;
      total += n;
      if (part == 0)
        core_rings++;

      g_assert_cmpfloat (bbox.min_x, >=, region.min_x);
      g_assert_cmpfloat (bbox.max_x, <=, region.max_x);
      g_assert_cmpfloat (bbox.min_y, >=, region.min_y);
      g_assert_cmpfloat (bbox.max_y, <=, region.max_y);
      g_assert_cmpfloat_with_epsilon (mbox.min_x, ka_geo_lon_to_mercator_x (bbox.min_x), 1e-12);
      g_assert_cmpfloat_with_epsilon (mbox.max_y, ka_geo_lat_to_mercator_y (bbox.min_y), 1e-12);
      g_assert_cmpfloat_with_epsilon (mercator[n / 2].x, ka_geo_lon_to_mercator_x (points[n / 2].x), 1e-12);
      g_assert_cmpfloat_with_epsilon (mercator[n / 2].y, ka_geo_lat_to_mercator_y (points[n / 2].y), 1e-12);

      /* Every ring runs counter-clockwise, its own area on its left. */
      for (gsize i = 0, j = n - 1; i < n; j = i++)
        area += points[j].x * points[i].y - points[i].x * points[j].y;
      g_assert_cmpfloat (area, >, 0.0);
    }

  g_assert_cmpuint (total, ==, ka_coastline_get_n_points (coastline));
  g_assert_cmpuint (core_rings, >, 500);
  g_assert_cmpuint (per_level[KA_COASTLINE_LEVEL_LAND], >, per_level[KA_COASTLINE_LEVEL_LAKE]);
  g_assert_cmpuint (per_level[KA_COASTLINE_LEVEL_LAKE], >, 0);
  g_assert_cmpuint (per_level[KA_COASTLINE_LEVEL_ISLAND_IN_LAKE], >, 0);
  g_assert_cmpuint (total, >, 100000);
}

static guint
find_land_ring (KaCoastline *coastline,
                double       lon,
                double       lat)
{
  for (guint r = 0; r < ka_coastline_get_n_rings (coastline); r++)
    if (ka_coastline_get_ring_level (coastline, r) == KA_COASTLINE_LEVEL_LAND &&
        ka_geo_ring_contains (ka_coastline_get_ring_points (coastline, r),
                              ka_coastline_get_ring_n_points (coastline, r), lon, lat))
      return r;

  g_assert_not_reached ();
}

static void
test_islands (void)
{
  g_autoptr(KaCoastline) coastline = ka_test_load_coastline ();
  KaBox core = ka_coastline_get_part_region (coastline, 0);
  static const struct
  {
    KaTestPlace place;
    double area_km2;
  } islands[] = {
    { { "Hokkaido", 141.35, 43.06 }, 77980 },
    { { "Iturup", 147.86, 45.10 }, 3200 },
    { { "Kunashir", 145.90, 44.10 }, 1490 },
    { { "Paramushir", 155.52, 50.26 }, 2050 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (islands); i++)
    {
      guint r = find_land_ring (coastline, islands[i].place.lon, islands[i].place.lat);
      KaBox bbox = ka_coastline_get_ring_bbox (coastline, r);
      const KaPoint *points = ka_coastline_get_ring_points (coastline, r);
      gsize n = ka_coastline_get_ring_n_points (coastline, r);
      double mid_lat = (bbox.min_y + bbox.max_y) / 2 * G_PI / 180;
      double km_per_degree = 6371.0 * G_PI / 180;
      double area = 0.0;

      /* A whole island, not one closed along the full-resolution part's edge. */
      g_assert_cmpfloat (bbox.min_x, >, core.min_x);
      g_assert_cmpfloat (bbox.max_x, <, core.max_x);
      g_assert_cmpfloat (bbox.min_y, >, core.min_y);
      g_assert_cmpfloat (bbox.max_y, <, core.max_y);
      g_assert_cmpuint (ka_coastline_get_ring_part (coastline, r), ==, 0);

      for (gsize k = 0, j = n - 1; k < n; j = k++)
        area += points[j].x * points[k].y - points[k].x * points[j].y;
      area = area / 2 * km_per_degree * km_per_degree * cos (mid_lat);

      g_test_message ("%s: %" G_GSIZE_FORMAT " points, %.0f km²",
                      islands[i].place.name, n, area);
      g_assert_cmpfloat (area, >, islands[i].area_km2 * 0.85);
      g_assert_cmpfloat (area, <, islands[i].area_km2 * 1.15);
    }
}

static void
test_land_and_sea (void)
{
  g_autoptr(KaCoastline) coastline = ka_test_load_coastline ();

  for (guint i = 0; i < G_N_ELEMENTS (land_places); i++)
    {
      g_test_message ("land: %s", land_places[i].name);
      g_assert_true (ka_coastline_is_land (coastline, land_places[i].lon, land_places[i].lat));
    }

  for (guint i = 0; i < G_N_ELEMENTS (sea_places); i++)
    {
      g_test_message ("sea: %s", sea_places[i].name);
      g_assert_false (ka_coastline_is_land (coastline, sea_places[i].lon, sea_places[i].lat));
      g_assert_cmpuint (ka_coastline_level_at (coastline, sea_places[i].lon, sea_places[i].lat), ==, 0);
    }

  /* Lake Toya is a lake on Hokkaido, Nakajima an island in it. */
  g_assert_cmpuint (ka_coastline_level_at (coastline, 140.83, 42.57), ==, KA_COASTLINE_LEVEL_LAKE);
  g_assert_false (ka_coastline_is_land (coastline, 140.83, 42.57));
  g_assert_cmpuint (ka_coastline_level_at (coastline, 140.86, 42.60), ==, KA_COASTLINE_LEVEL_ISLAND_IN_LAKE);
  g_assert_true (ka_coastline_is_land (coastline, 140.86, 42.60));
}

/* The compiled coastline holds what the committed file's header
 * announces: the counts are read here straight from the file. */
static void
test_compiled_matches_source (void)
{
  g_autoptr(KaCoastline) coastline = ka_test_load_coastline ();
  g_autoptr(GBytes) bytes = ka_test_coastline_bytes ();
  const guint8 *data = g_bytes_get_data (bytes, NULL);
  guint n_parts = data[12] | data[13] << 8;
  guint32 n_rings, n_points;
  gint32 west;

  memcpy (&n_rings, data + 16, sizeof n_rings);
  memcpy (&n_points, data + 20, sizeof n_points);
  memcpy (&west, data + HEADER_SIZE, sizeof west);
  g_assert_cmpuint (ka_coastline_get_n_parts (coastline), ==, n_parts);
  g_assert_cmpuint (ka_coastline_get_n_rings (coastline), ==, GUINT32_FROM_LE (n_rings));
  g_assert_cmpuint (ka_coastline_get_n_points (coastline), ==, GUINT32_FROM_LE (n_points));
  g_assert_cmpfloat (ka_coastline_get_part_region (coastline, 0).min_x, ==, GINT32_FROM_LE (west) / 1e6);
}

static gpointer
count_land (gpointer data)
{
  KaCoastline *coastline = data;
  guint land = 0;

  for (guint i = 0; i < G_N_ELEMENTS (land_places); i++)
    land += ka_coastline_is_land (coastline, land_places[i].lon, land_places[i].lat);

  return GUINT_TO_POINTER (land);
}

static void
test_threads (void)
{
  g_autoptr(KaCoastline) coastline = ka_test_load_coastline ();
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("land", count_land, ka_coastline_ref (coastline));

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, G_N_ELEMENTS (land_places));
      ka_coastline_unref (coastline);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/coastline/load", test_load);
  g_test_add_func ("/atlas/coastline/islands", test_islands);
  g_test_add_func ("/atlas/coastline/land-and-sea", test_land_and_sea);
  g_test_add_func ("/atlas/coastline/compiled", test_compiled_matches_source);
  g_test_add_func ("/atlas/coastline/threads", test_threads);

  return g_test_run ();
}
