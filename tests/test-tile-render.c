/* test-tile-render.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-tile-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ka-test-coastline.h"
#include "ka-tile-renderer.h"

#define TILE_SIZE 256
/* Pixels this close to a shore may carry its line or antialiasing. */
#define SHORE_CLEARANCE 2.5

static const KaTestPlace land_places[] = {
  { "Sapporo", 141.35, 43.06 },
  { "Iturup", 147.86, 45.10 },
  { "Paramushir", 155.52, 50.26 },
};

static const KaTestPlace sea_places[] = {
  { "Pacific at 44N 150E", 150.0, 44.0 },
  { "La Perouse Strait", 142.0, 45.7 },
};

static const guint zooms[] = { 5, 8, 11 };

typedef struct
{
  KaCoastline *coastline;
  KaTileRenderer *renderer;
  /* The light style with the graticule hidden, so that colour checks do
   * not depend on where its lines fall. */
  KaMapStyle plain;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->coastline = ka_test_load_coastline ();
  fixture->renderer = ka_tile_renderer_new (fixture->coastline);
  fixture->plain = *ka_map_style_get (FALSE, FALSE);
  fixture->plain.graticule.alpha = 0.0;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->renderer, ka_tile_renderer_unref);
  g_clear_pointer (&fixture->coastline, ka_coastline_unref);
}

static cairo_surface_t *
render (KaTileRenderer   *renderer,
        const KaMapStyle *style,
        guint             zoom,
        guint             x,
        guint             y,
        guint             tile_size,
        double            scale)
{
  int size = (int) (tile_size * scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (surface);

  ka_tile_renderer_draw (renderer, cr, style, zoom, x, y, tile_size, scale);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The tile holding (@lon, @lat) at @zoom and the device pixel in it. */
static void
locate (double  lon,
        double  lat,
        guint   zoom,
        double  scale,
        guint  *tile_x,
        guint  *tile_y,
        int    *pixel_x,
        int    *pixel_y)
{
  double tiles = ldexp (1.0, zoom);
  double fx = ka_geo_lon_to_mercator_x (lon) * tiles;
  double fy = ka_geo_lat_to_mercator_y (lat) * tiles;

  *tile_x = (guint) fx;
  *tile_y = (guint) fy;
  *pixel_x = (int) floor ((fx - *tile_x) * TILE_SIZE * scale);
  *pixel_y = (int) floor ((fy - *tile_y) * TILE_SIZE * scale);
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));
  return *(const guint32 *) (const void *) (data + y * stride + x * 4);
}

static gboolean
pixel_is (guint32        argb,
          const GdkRGBA *color)
{
  int channels[3] = { argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff };
  double wanted[3] = { color->red, color->green, color->blue };

  if ((argb >> 24) != 0xff)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    if (ABS (channels[i] - (int) round (wanted[i] * 255)) > 1)
      return FALSE;

  return TRUE;
}

static void
assert_place_colour (Fixture           *fixture,
                     const KaMapStyle  *style,
                     const KaTestPlace *place,
                     guint              zoom,
                     double             scale,
                     const GdkRGBA     *expected)
{
  double world = TILE_SIZE * ldexp (1.0, zoom);
  cairo_surface_t *surface;
  guint tile_x, tile_y;
  int px, py;
  guint32 argb;

  /* The check only means something away from the shore line. */
  g_assert_cmpfloat (ka_test_shore_distance (fixture->coastline, place->lon, place->lat) * world,
                     >=, SHORE_CLEARANCE);

  locate (place->lon, place->lat, zoom, scale, &tile_x, &tile_y, &px, &py);
  surface = render (fixture->renderer, style, zoom, tile_x, tile_y, TILE_SIZE, scale);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, (int) (TILE_SIZE * scale));

  argb = pixel_at (surface, px, py);
  if (!pixel_is (argb, expected))
    g_error ("%s at zoom %u, scale %g: pixel (%d, %d) of tile %u/%u is #%08x, expected %.3f %.3f %.3f",
             place->name, zoom, scale, px, py, tile_x, tile_y, argb,
             expected->red, expected->green, expected->blue);

  cairo_surface_destroy (surface);
}

static void
test_colours (Fixture       *fixture,
              gconstpointer  data)
{
  double scale = *(const double *) data;

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (land_places); i++)
        assert_place_colour (fixture, &fixture->plain, &land_places[i], zooms[z], scale,
                             &fixture->plain.land);
      for (guint i = 0; i < G_N_ELEMENTS (sea_places); i++)
        assert_place_colour (fixture, &fixture->plain, &sea_places[i], zooms[z], scale,
                             &fixture->plain.sea);
    }
}

static void
test_lake (Fixture       *fixture,
           gconstpointer  data)
{
  static const KaTestPlace toya = { "Lake Toya", 140.83, 42.57 };
  static const KaTestPlace nakajima = { "Nakajima", 140.86, 42.60 };

  assert_place_colour (fixture, &fixture->plain, &toya, 11, 1, &fixture->plain.lake);
  assert_place_colour (fixture, &fixture->plain, &nakajima, 12, 1, &fixture->plain.land);
}

static void
test_dark (Fixture       *fixture,
           gconstpointer  data)
{
  KaMapStyle dark = *ka_map_style_get (TRUE, FALSE);

  dark.graticule.alpha = 0.0;
  assert_place_colour (fixture, &dark, &land_places[0], 8, 1, &dark.land);
  assert_place_colour (fixture, &dark, &sea_places[0], 8, 1, &dark.sea);
}

static void
assert_same_pixels (cairo_surface_t *a,
                    cairo_surface_t *b)
{
  int height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);

  g_assert_cmpint (cairo_image_surface_get_width (a), ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (height, ==, cairo_image_surface_get_height (b));
  g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (b));
  g_assert_cmpmem (cairo_image_surface_get_data (a), stride * height,
                   cairo_image_surface_get_data (b), stride * height);
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  const KaMapStyle *style = ka_map_style_get (FALSE, FALSE);
  g_autoptr(KaTileRenderer) fresh = ka_tile_renderer_new (fixture->coastline);
  guint tile_x, tile_y;
  int px, py;

  /* A tile with Kunashir, Iturup's tip and Shikotan: shores, lakes,
   * graticule. */
  locate (146.3, 44.0, 7, 1, &tile_x, &tile_y, &px, &py);

  for (double scale = 1; scale <= 2; scale++)
    {
      cairo_surface_t *first = render (fixture->renderer, style, 7, tile_x, tile_y, TILE_SIZE, scale);
      cairo_surface_t *again = render (fixture->renderer, style, 7, tile_x, tile_y, TILE_SIZE, scale);
      cairo_surface_t *other = render (fresh, style, 7, tile_x, tile_y, TILE_SIZE, scale);

      assert_same_pixels (first, again);
      assert_same_pixels (first, other);

      cairo_surface_destroy (first);
      cairo_surface_destroy (again);
      cairo_surface_destroy (other);
    }
}

typedef struct
{
  KaTileRenderer *renderer;
  guint zoom;
  guint x;
  guint y;
} ThreadJob;

static gpointer
render_in_thread (gpointer data)
{
  ThreadJob *job = data;

  return render (job->renderer, ka_map_style_get (FALSE, FALSE), job->zoom, job->x, job->y, TILE_SIZE, 1);
}

static void
test_threads (Fixture       *fixture,
              gconstpointer  data)
{
  /* A fresh renderer, so the threads race to simplify the coastline. */
  g_autoptr(KaTileRenderer) renderer = ka_tile_renderer_new (fixture->coastline);
  ThreadJob job = { renderer, 9, 0, 0 };
  cairo_surface_t *reference;
  GThread *threads[4];
  int px, py;

  locate (141.35, 43.06, job.zoom, 1, &job.x, &job.y, &px, &py);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("tile", render_in_thread, &job);

  reference = render (fixture->renderer, ka_map_style_get (FALSE, FALSE), job.zoom, job.x, job.y, TILE_SIZE, 1);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      cairo_surface_t *surface = g_thread_join (threads[i]);

      assert_same_pixels (reference, surface);
      cairo_surface_destroy (surface);
    }
  cairo_surface_destroy (reference);
}

/* Four tiles of one zoom level side by side match the one tile of twice
 * the size a level up: no seams at tile edges. */
static void
test_seamless (Fixture       *fixture,
               gconstpointer  data)
{
  const KaMapStyle *style = ka_map_style_get (FALSE, FALSE);
  cairo_surface_t *big, *stitched;
  cairo_t *cr;
  guint tile_x, tile_y;
  int px, py;
  int worst = 0;
  int shore_sample;
  int size, stride;
  const guint8 *a, *b;

  /* Around Nemuro, Kunashir and the Habomai islets. */
  locate (145.6, 43.6, 8, 1, &tile_x, &tile_y, &px, &py);

  big = render (fixture->renderer, style, 8, tile_x, tile_y, 2 * TILE_SIZE, 1);
  stitched = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 2 * TILE_SIZE, 2 * TILE_SIZE);
  cr = cairo_create (stitched);
  for (guint j = 0; j < 2; j++)
    for (guint i = 0; i < 2; i++)
      {
        cairo_surface_t *tile = render (fixture->renderer, style, 9, 2 * tile_x + i, 2 * tile_y + j,
                                        TILE_SIZE, 1);

        cairo_set_source_surface (cr, tile, i * TILE_SIZE, j * TILE_SIZE);
        cairo_paint (cr);
        cairo_surface_destroy (tile);
      }
  cairo_destroy (cr);
  cairo_surface_flush (stitched);

  size = 2 * TILE_SIZE;
  stride = cairo_image_surface_get_stride (big);
  a = cairo_image_surface_get_data (big);
  b = cairo_image_surface_get_data (stitched);
  for (int y = 0; y < size; y++)
    for (int x = 0; x < size * 4; x++)
      worst = MAX (worst, ABS (a[y * stride + x] - b[y * stride + x]));

  /* Where a shore line is closed in one tile and cut in another, its
   * joins antialias a few levels apart, and the shore, sampled on a 4 × 4
   * grid, may cover one sample more or less: a sixteenth of the contrast
   * between shore and land.  A seam or a cut would show the whole of it. */
  shore_sample = (int) ceil (255.0 * MAX (fabs (style->coast.red - style->land.red),
                                          MAX (fabs (style->coast.green - style->land.green),
                                               fabs (style->coast.blue - style->land.blue))) / 16.0);
  g_test_message ("largest channel difference: %d (one shore sample: %d)", worst, shore_sample);
  g_assert_cmpint (worst, <=, shore_sample + 6);

  cairo_surface_destroy (big);
  cairo_surface_destroy (stitched);
}

/* Where the full-resolution data meets the coarser data around it, and
 * where coarser parts meet each other, land runs on without a line or a
 * seam: every pixel on the cut with land on both sides is plain land. */
static void
check_part_edge (Fixture *fixture,
                 guint    zoom,
                 double   lon,
                 double   lat,
                 gboolean along_meridian)
{
  double tiles = ldexp (1.0, zoom);
  double world = TILE_SIZE * tiles;
  double step = 0.05;
  cairo_surface_t *surface;
  guint tile_x, tile_y;
  int px, py;
  guint checked = 0;

  locate (lon, lat, zoom, 1, &tile_x, &tile_y, &px, &py);
  surface = render (fixture->renderer, &fixture->plain, zoom, tile_x, tile_y, TILE_SIZE, 1);

  for (int i = 0; i < TILE_SIZE; i++)
    {
      double along = (i + 0.5) / TILE_SIZE;
      double point_lon = along_meridian ? lon : ka_geo_mercator_x_to_lon ((tile_x + along) / tiles);
      double point_lat = along_meridian ? ka_geo_mercator_y_to_lat ((tile_y + along) / tiles) : lat;
      int x = along_meridian ? px : i;
      int y = along_meridian ? i : py;
      double dx = along_meridian ? step : 0;
      double dy = along_meridian ? 0 : step;

      if (!ka_coastline_is_land (fixture->coastline, point_lon - dx, point_lat - dy) ||
          !ka_coastline_is_land (fixture->coastline, point_lon + dx, point_lat + dy) ||
          ka_test_shore_distance (fixture->coastline, point_lon, point_lat) * world < SHORE_CLEARANCE)
        continue;

      if (!pixel_is (pixel_at (surface, x, y), &fixture->plain.land))
        g_error ("zoom %u: pixel (%d, %d) of tile %u/%u on the cut at %.3f E %.3f N is #%08x, not land",
                 zoom, x, y, tile_x, tile_y, point_lon, point_lat, pixel_at (surface, x, y));
      checked++;
    }

  g_test_message ("zoom %u, cut at %.1f E %.1f N: %u pixels checked", zoom, lon, lat, checked);
  g_assert_cmpuint (checked, >, 10);
  cairo_surface_destroy (surface);
}

static void
test_part_edges (Fixture       *fixture,
                 gconstpointer  data)
{
  static const struct
  {
    double lon;
    double lat;
    gboolean along_meridian;
  } cuts[] = {
    { 159.0, 56.0, FALSE },     /* Kamchatka, full resolution to the south */
    { 162.0, 54.8, TRUE },      /* Kamchatka, full resolution to the west */
    { 135.0, 47.0, TRUE },      /* the mainland, full resolution to the east */
    { 140.5, 38.0, FALSE },     /* Honshu, full resolution to the north */
    { 110.0, 60.0, TRUE },      /* Siberia, intermediate to crude */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    for (guint zoom = 6; zoom <= 10; zoom += 2)
      check_part_edge (fixture, zoom, cuts[i].lon, cuts[i].lat, cuts[i].along_meridian);
}

/* The graticule is there, one crisp device pixel wide, on whole degrees. */
static void
test_graticule (Fixture       *fixture,
                gconstpointer  data)
{
  const KaMapStyle *style = ka_map_style_get (FALSE, FALSE);
  cairo_surface_t *surface;
  guint tile_x, tile_y;
  int px, py;
  guint32 on;

  /* 150° E in open sea: a graticule line at every zoom level. */
  locate (150.0, 44.3, 8, 1, &tile_x, &tile_y, &px, &py);
  surface = render (fixture->renderer, style, 8, tile_x, tile_y, TILE_SIZE, 1);

  on = pixel_at (surface, px, py);
  g_assert_false (pixel_is (on, &style->sea));
  g_assert_true (pixel_is (pixel_at (surface, px - 1, py), &style->sea) ||
                 pixel_is (pixel_at (surface, px + 1, py), &style->sea));
  g_assert_true (pixel_is (pixel_at (surface, px - 2, py), &style->sea));
  g_assert_true (pixel_is (pixel_at (surface, px + 2, py), &style->sea));
  /* Darker than the sea in the light style, so it shows on a projector. */
  g_assert_cmpuint (on & 0xff, <, (guint) round (style->sea.blue * 255));

  cairo_surface_destroy (surface);
}

/* A shore line is drawn: along a row from Hokkaido's land out to sea the
 * colour passes through the coast colour. */
static void
test_shore_line (Fixture       *fixture,
                 gconstpointer  data)
{
  guint tile_x, tile_y;
  int px, py;
  cairo_surface_t *surface;

  for (double scale = 1; scale <= 2; scale++)
    {
      gboolean seen_land = FALSE, seen_coast = FALSE, seen_sea = FALSE;

      /* Cape Erimo's east coast, at 42.05 N, running north-south. */
      locate (143.25, 42.05, 10, scale, &tile_x, &tile_y, &px, &py);
      surface = render (fixture->renderer, &fixture->plain, 10, tile_x, tile_y, TILE_SIZE, scale);

      for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
        {
          guint32 argb = pixel_at (surface, x, py);

          seen_land |= pixel_is (argb, &fixture->plain.land);
          seen_coast |= seen_land && pixel_is (argb, &fixture->plain.coast);
          seen_sea |= seen_coast && pixel_is (argb, &fixture->plain.sea);
        }

      g_assert_true (seen_land);
      g_assert_true (seen_coast);
      g_assert_true (seen_sea);
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const double scale_1 = 1.0;
  static const double scale_2 = 2.0;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/map/tile-render/colours", test_colours, &scale_1);
  ADD ("/map/tile-render/colours-hidpi", test_colours, &scale_2);
  ADD ("/map/tile-render/lake", test_lake, NULL);
  ADD ("/map/tile-render/dark", test_dark, NULL);
  ADD ("/map/tile-render/deterministic", test_deterministic, NULL);
  ADD ("/map/tile-render/threads", test_threads, NULL);
  ADD ("/map/tile-render/seamless", test_seamless, NULL);
  ADD ("/map/tile-render/part-edges", test_part_edges, NULL);
  ADD ("/map/tile-render/graticule", test_graticule, NULL);
  ADD ("/map/tile-render/shore-line", test_shore_line, NULL);

#undef ADD

  return g_test_run ();
}
