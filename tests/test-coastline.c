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

/* Offsets in the KACOAST layout (data/coastline/README.md). */
#define HEADER_SIZE 28
#define PART_SIZE 20
#define TRAILER_SIZE 32

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

static gsize
header_size (GBytes *bytes)
{
  const guint8 *data = g_bytes_get_data (bytes, NULL);

  return HEADER_SIZE + (gsize) (data[12] | data[13] << 8) * PART_SIZE;
}

static GBytes *
patched_copy (GBytes *bytes,
              gsize   offset,
              guint8  value)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  guint8 *copy = g_memdup2 (data, size);

  g_assert_cmpuint (offset, <, size);
  copy[offset] = value;
  return g_bytes_new_take (copy, size);
}

/* Rewrites the trailer so that a damaged copy passes the checksum and
 * reaches the structural checks behind it. */
static GBytes *
with_fixed_checksum (GBytes *bytes)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  guint8 *copy = g_memdup2 (data, size);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  gsize digest_len = TRAILER_SIZE;

  g_checksum_update (checksum, copy, size - TRAILER_SIZE);
  g_checksum_get_digest (checksum, copy + size - TRAILER_SIZE, &digest_len);
  return g_bytes_new_take (copy, size);
}

static void
assert_rejected (GBytes     *bytes,
                 const char *name,
                 gint        code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaCoastline) coastline = ka_coastline_new_from_bytes (bytes, name, &error);

  g_assert_null (coastline);
  g_assert_error (error, KA_COASTLINE_ERROR, code);
  g_test_message ("%s", error->message);
  /* Messages name the file they are about. */
  g_assert_nonnull (strstr (error->message, name));
}

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

static void
test_empty (void)
{
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);

  assert_rejected (empty, "empty.kacoast", KA_COASTLINE_ERROR_TRUNCATED);
}

static void
test_truncated (void)
{
  g_autoptr(GBytes) bytes = ka_test_coastline_bytes ();
  gsize size = g_bytes_get_size (bytes);
  gsize rings = header_size (bytes);
  const gsize cuts[] = {
    3,                          /* inside the magic */
    9,                          /* inside the version */
    20,                         /* inside the header */
    HEADER_SIZE + 7,            /* inside the part table */
    rings,                      /* before the first ring */
    rings + 1,                  /* inside the first ring's head */
    rings + 5,                  /* inside the first ring's points */
    size / 2,                   /* somewhere in the middle */
    size - TRAILER_SIZE - 1,    /* inside the last ring */
    size - TRAILER_SIZE,        /* the checksum missing */
    size - 1,                   /* the checksum cut short */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      g_autoptr(GBytes) cut = g_bytes_new_from_bytes (bytes, 0, cuts[i]);
      g_autofree char *name = g_strdup_printf ("cut-at-%" G_GSIZE_FORMAT ".kacoast", cuts[i]);

      assert_rejected (cut, name, KA_COASTLINE_ERROR_TRUNCATED);
    }
}

static void
test_truncated_names_ring (void)
{
  g_autoptr(GBytes) bytes = ka_test_coastline_bytes ();
  g_autoptr(GBytes) cut = g_bytes_new_from_bytes (bytes, 0, header_size (bytes) + 5);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaCoastline) coastline = ka_coastline_new_from_bytes (cut, "cut.kacoast", &error);

  g_assert_null (coastline);
  g_assert_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_TRUNCATED);
  g_assert_nonnull (strstr (error->message, "ring 0"));
}

static void
test_corrupt (void)
{
  g_autoptr(GBytes) bytes = ka_test_coastline_bytes ();
  gsize size = g_bytes_get_size (bytes);
  const guint8 *data = g_bytes_get_data (bytes, NULL);
  gsize rings = header_size (bytes);
  const gsize flips[] = { rings, rings + 3, size / 3, size / 2, size - TRAILER_SIZE - 1, size - 1 };

  for (guint i = 0; i < G_N_ELEMENTS (flips); i++)
    {
      g_autoptr(GBytes) flipped = patched_copy (bytes, flips[i], data[flips[i]] ^ 0x10);

      assert_rejected (flipped, "flipped.kacoast", KA_COASTLINE_ERROR_CORRUPT);
    }

  {
    g_autoptr(GByteArray) longer = g_byte_array_new ();
    g_autoptr(GBytes) padded = NULL;

    g_byte_array_append (longer, data, size);
    g_byte_array_append (longer, (const guint8 *) "\0\0\0\0", 4);
    padded = g_byte_array_free_to_bytes (g_steal_pointer (&longer));
    assert_rejected (padded, "padded.kacoast", KA_COASTLINE_ERROR_CORRUPT);
  }
}

static void
test_corrupt_structure (void)
{
  g_autoptr(GBytes) bytes = ka_test_coastline_bytes ();
  const guint8 *data = g_bytes_get_data (bytes, NULL);
  gsize rings = header_size (bytes);

  /* A level GSHHG does not have, behind a valid checksum. */
  {
    g_autoptr(GBytes) patched = patched_copy (bytes, rings, 7);
    g_autoptr(GBytes) fixed = with_fixed_checksum (patched);
    g_autoptr(GError) error = NULL;
    g_autoptr(KaCoastline) coastline = ka_coastline_new_from_bytes (fixed, "level.kacoast", &error);

    g_assert_null (coastline);
    g_assert_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_CORRUPT);
    g_assert_nonnull (strstr (error->message, "ring 0"));
  }

  /* A part that does not exist. */
  {
    g_autoptr(GBytes) patched = patched_copy (bytes, rings + 1, 200);
    g_autoptr(GBytes) fixed = with_fixed_checksum (patched);

    assert_rejected (fixed, "part.kacoast", KA_COASTLINE_ERROR_CORRUPT);
  }

  /* Part 0 shrunk to 38-39 N, leaving its rings' points outside it. */
  {
    gsize size = g_bytes_get_size (bytes);
    guint8 *copy = g_memdup2 (data, size);
    guint32 north = 39000000;
    g_autoptr(GBytes) shrunk = NULL;
    g_autoptr(GBytes) fixed = NULL;

    for (guint i = 0; i < 4; i++)
      copy[HEADER_SIZE + 12 + i] = north >> (8 * i) & 0xff;
    shrunk = g_bytes_new_take (copy, size);
    fixed = with_fixed_checksum (shrunk);

    assert_rejected (fixed, "outside.kacoast", KA_COASTLINE_ERROR_CORRUPT);
  }

  /* A ring that claims more points than the ring data holds. */
  {
    g_autoptr(GBytes) patched = patched_copy (bytes, rings + 2, data[rings + 2] | 0x7f);
    g_autoptr(GBytes) fixed = with_fixed_checksum (patched);

    assert_rejected (fixed, "count.kacoast", KA_COASTLINE_ERROR_CORRUPT);
  }

  /* A header that asks for far more points than the file could hold. */
  {
    g_autoptr(GBytes) patched = patched_copy (bytes, 23, 0x7f);
    g_autoptr(GBytes) fixed = with_fixed_checksum (patched);

    assert_rejected (fixed, "counts.kacoast", KA_COASTLINE_ERROR_CORRUPT);
  }
}

/* A short file whose header announces gigabytes of ring data and a
 * matching number of points: it is cut off, and must say so without
 * first asking for memory for all those points (found by
 * fuzz/fuzz-coastline). */
static void
test_truncated_huge_counts (void)
{
  g_autoptr(GBytes) bytes = ka_test_coastline_bytes ();
  gsize rings = header_size (bytes);
  guint8 *copy = g_memdup2 (g_bytes_get_data (bytes, NULL), rings + 64);
  const guint32 counts[] = { 1, 0x7fffffff, 0xffffffff };  /* rings, points, data bytes */
  g_autoptr(GBytes) cut = NULL;

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    for (guint i = 0; i < 4; i++)
      copy[16 + 4 * c + i] = counts[c] >> (8 * i) & 0xff;
  cut = g_bytes_new_take (copy, rings + 64);

  assert_rejected (cut, "huge.kacoast", KA_COASTLINE_ERROR_TRUNCATED);
}

static void
test_bad_magic (void)
{
  g_autoptr(GBytes) bytes = ka_test_coastline_bytes ();
  g_autoptr(GBytes) patched = patched_copy (bytes, 0, 'X');
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
  g_autoptr(GBytes) not_ours = g_bytes_new_static (png, sizeof png);
  g_autoptr(GBytes) short_text = g_bytes_new_static ("{}", 2);

  assert_rejected (patched, "patched.kacoast", KA_COASTLINE_ERROR_BAD_MAGIC);
  assert_rejected (not_ours, "image.png", KA_COASTLINE_ERROR_BAD_MAGIC);
  assert_rejected (short_text, "short.json", KA_COASTLINE_ERROR_BAD_MAGIC);
}

static void
test_unsupported_version (void)
{
  g_autoptr(GBytes) bytes = ka_test_coastline_bytes ();
  g_autoptr(GBytes) patched = patched_copy (bytes, 8, 2);

  assert_rejected (patched, "v2.kacoast", KA_COASTLINE_ERROR_UNSUPPORTED_VERSION);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaCoastline) coastline = ka_coastline_new_from_file ("/nonexistent/land.kacoast", &error);

  g_assert_null (coastline);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

static void
test_resource (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaCoastline) from_resource = NULL;
  g_autoptr(KaCoastline) from_file = ka_test_load_coastline ();

  from_resource = ka_coastline_new_from_resource ("/io/github/kurilatlas/KurilAtlas/coastline/kuril-land.kacoast",
                                                  &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ka_coastline_get_n_rings (from_resource), ==, ka_coastline_get_n_rings (from_file));
  g_assert_cmpuint (ka_coastline_get_n_points (from_resource), ==, ka_coastline_get_n_points (from_file));
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
  g_test_add_func ("/atlas/coastline/resource", test_resource);
  g_test_add_func ("/atlas/coastline/threads", test_threads);
  g_test_add_func ("/atlas/coastline/empty", test_empty);
  g_test_add_func ("/atlas/coastline/truncated", test_truncated);
  g_test_add_func ("/atlas/coastline/truncated-names-ring", test_truncated_names_ring);
  g_test_add_func ("/atlas/coastline/truncated-huge-counts", test_truncated_huge_counts);
  g_test_add_func ("/atlas/coastline/corrupt", test_corrupt);
  g_test_add_func ("/atlas/coastline/corrupt-structure", test_corrupt_structure);
  g_test_add_func ("/atlas/coastline/bad-magic", test_bad_magic);
  g_test_add_func ("/atlas/coastline/unsupported-version", test_unsupported_version);
  g_test_add_func ("/atlas/coastline/missing-file", test_missing_file);

  return g_test_run ();
}
