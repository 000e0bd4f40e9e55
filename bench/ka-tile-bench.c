/* ka-tile-bench.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-tile-bench"

#include "config.h"

#include <math.h>

#include "ka-tile-bench.h"

/* Of a sampled zoom level, at most this many shore tiles, and at least
 * this many of open land and of open sea where there are so many. */
#define SAMPLE_SHORE 200
#define SAMPLE_MIN_OPEN 50
#define SAMPLE_SEED 20260207

/* Each tile is drawn this many times, in whole passes, and every draw
 * counts: the percentiles are over all of them. */
#define RUNS_PER_TILE 3

typedef struct
{
  guint x;
  guint y;
} Tile;

typedef struct
{
  guint min_x;
  guint max_x;
  guint min_y;
  guint max_y;
} TileRange;

static TileRange
frame_tiles (guint zoom)
{
  double tiles = ldexp (1.0, zoom);
  guint last = (guint) tiles - 1;

  return (TileRange) {
    MIN (last, (guint) (ka_geo_lon_to_mercator_x (KA_FRAME_WEST) * tiles)),
    MIN (last, (guint) (ka_geo_lon_to_mercator_x (KA_FRAME_EAST) * tiles)),
    MIN (last, (guint) (ka_geo_lat_to_mercator_y (KA_FRAME_NORTH) * tiles)),
    MIN (last, (guint) (ka_geo_lat_to_mercator_y (KA_FRAME_SOUTH) * tiles)),
  };
}

static guint
tile_key (guint x,
          guint y)
{
  return (x << 16) | y;
}

static gint
compare_tiles (gconstpointer a,
               gconstpointer b)
{
  guint ka = GPOINTER_TO_UINT (*(gconstpointer const *) a);
  guint kb = GPOINTER_TO_UINT (*(gconstpointer const *) b);

  return (ka > kb) - (ka < kb);
}

/* Tiles holding a shore vertex: where drawing costs most. */
static GPtrArray *
shore_tiles (KaCoastline     *coastline,
             guint            zoom,
             const TileRange *range)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GPtrArray *keys;
  double tiles = ldexp (1.0, zoom);

  for (guint r = 0; r < ka_coastline_get_n_rings (coastline); r++)
    {
      const KaPoint *points = ka_coastline_get_ring_mercator (coastline, r);
      gsize n = ka_coastline_get_ring_n_points (coastline, r);

      for (gsize i = 0; i < n; i++)
        {
          guint x = (guint) (points[i].x * tiles);
          guint y = (guint) (points[i].y * tiles);

          if (x >= range->min_x && x <= range->max_x && y >= range->min_y && y <= range->max_y)
            g_hash_table_add (seen, GUINT_TO_POINTER (tile_key (x, y) + 1));
        }
    }

  keys = g_ptr_array_new ();
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, seen);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_ptr_array_add (keys, GUINT_TO_POINTER (GPOINTER_TO_UINT (key) - 1));
  }
  /* Hash order is not stable: sort, so the sample is the same every run. */
  g_ptr_array_sort (keys, compare_tiles);
  return keys;
}

static void
add_tile (GArray     *tiles,
          GHashTable *chosen,
          guint       key)
{
  Tile tile = { key >> 16, key & 0xffff };

  if (g_hash_table_add (chosen, GUINT_TO_POINTER (key + 1)))
    g_array_append_val (tiles, tile);
}

/* Every tile of the frame, or a fixed sample of shore, land and sea. */
static GArray *
choose_tiles (KaCoastline *coastline,
              guint        zoom)
{
  TileRange range = frame_tiles (zoom);
  guint width = range.max_x - range.min_x + 1;
  guint height = range.max_y - range.min_y + 1;
  GArray *tiles = g_array_new (FALSE, FALSE, sizeof (Tile));
  g_autoptr(GHashTable) chosen = NULL;
  g_autoptr(GPtrArray) shore = NULL;
  g_autoptr(GRand) rand = NULL;
  double n_tiles = ldexp (1.0, zoom);
  guint land = 0, sea = 0;
  guint attempts = 0;

  if ((guint64) width * height <= KA_TILE_BENCH_MAX_TILES)
    {
      for (guint y = range.min_y; y <= range.max_y; y++)
        for (guint x = range.min_x; x <= range.max_x; x++)
          g_array_append_val (tiles, ((Tile) { x, y }));
      return tiles;
    }

  chosen = g_hash_table_new (NULL, NULL);
  rand = g_rand_new_with_seed (SAMPLE_SEED + zoom);
  shore = shore_tiles (coastline, zoom, &range);

  for (guint i = 0; i < shore->len && i < SAMPLE_SHORE; i++)
    {
      guint pick = shore->len <= SAMPLE_SHORE ? i : (guint) g_rand_int_range (rand, 0, shore->len);

      add_tile (tiles, chosen, GPOINTER_TO_UINT (g_ptr_array_index (shore, pick)));
    }

  /* The rest at random; the is-land test at the centre sorts the tiles
   * without a shore vertex into land and sea. */
  while ((tiles->len < KA_TILE_BENCH_MAX_TILES || land < SAMPLE_MIN_OPEN || sea < SAMPLE_MIN_OPEN) &&
         attempts++ < 100 * KA_TILE_BENCH_MAX_TILES)
    {
      guint x = range.min_x + (guint) g_rand_int_range (rand, 0, width);
      guint y = range.min_y + (guint) g_rand_int_range (rand, 0, height);
      guint key = tile_key (x, y);
      gboolean is_land;

      if (g_hash_table_contains (chosen, GUINT_TO_POINTER (key + 1)))
        continue;

      is_land = ka_coastline_is_land (coastline,
                                      ka_geo_mercator_x_to_lon ((x + 0.5) / n_tiles),
                                      ka_geo_mercator_y_to_lat ((y + 0.5) / n_tiles));
      if (tiles->len >= KA_TILE_BENCH_MAX_TILES &&
          (is_land ? land >= SAMPLE_MIN_OPEN : sea >= SAMPLE_MIN_OPEN))
        continue;

      if (is_land)
        land++;
      else
        sea++;
      add_tile (tiles, chosen, key);
    }

  return tiles;
}

static double
time_tile (KaTileRenderer   *renderer,
           const KaMapStyle *style,
           guint             zoom,
           const Tile       *tile,
           guint             scale)
{
  gint64 start = g_get_monotonic_time ();
  cairo_surface_t *surface;
  cairo_t *cr;

  /* The surface is part of the cost: the map source makes one per tile. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 256 * scale, 256 * scale);
  cr = cairo_create (surface);
  ka_tile_renderer_draw (renderer, cr, style, zoom, tile->x, tile->y, 256, scale);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  cairo_surface_destroy (surface);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static gint
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return (da > db) - (da < db);
}

/* Nearest-rank percentile of sorted values. */
static double
percentile (GArray *sorted,
            double  p)
{
  guint rank = (guint) ceil (p / 100.0 * sorted->len);

  return g_array_index (sorted, double, CLAMP (rank, 1, sorted->len) - 1);
}

static void
add_figure (GArray     *figures,
            char       *name,
            double      value,
            const char *unit)
{
  KaBenchFigure figure = { name, value, unit };

  g_array_append_val (figures, figure);
}

static void
clear_figure (gpointer data)
{
  KaBenchFigure *figure = data;

  g_clear_pointer (&figure->name, g_free);
}

/**
 * ka_tile_bench_run:
 * @renderer: the renderer to measure
 *
 * Draws every tile of the atlas's opening frame (41.5–51.5° N,
 * 139–157° E), or a fixed sample of at least 500 tiles where there are
 * more, at each zoom level from 3 to 13, at 256 pixels and scale 1 and
 * at 512 pixels and scale 2, in the light style, three passes over the
 * tiles, every draw counted.
 *
 * Returns: (transfer full) (element-type KaBenchFigure): the median and
 * 95th percentile time per tile for each size and zoom level, in ms, named
 * `tile256_p50_ms_z3` … `tile512_p95_ms_z13`.
 */
GArray *
ka_tile_bench_run (KaTileRenderer *renderer)
{
  const KaMapStyle *style = ka_map_style_get (FALSE, FALSE);
  KaCoastline *coastline = ka_tile_renderer_get_coastline (renderer);
  GArray *figures = g_array_new (FALSE, FALSE, sizeof (KaBenchFigure));

  g_array_set_clear_func (figures, clear_figure);

  for (guint zoom = KA_MIN_ZOOM; zoom <= KA_MAX_ZOOM; zoom++)
    {
      g_autoptr(GArray) tiles = choose_tiles (coastline, zoom);

      for (guint scale = 1; scale <= 2; scale++)
        {
          g_autoptr(GArray) times = g_array_sized_new (FALSE, FALSE, sizeof (double), tiles->len * RUNS_PER_TILE);

          /* The first tile of a zoom level simplifies the coastline for
           * it; that happens once per run of the application. */
          time_tile (renderer, style, zoom, &g_array_index (tiles, Tile, 0), scale);

          for (guint run = 0; run < RUNS_PER_TILE; run++)
            for (guint i = 0; i < tiles->len; i++)
              {
                double ms = time_tile (renderer, style, zoom, &g_array_index (tiles, Tile, i), scale);

                g_array_append_val (times, ms);
              }

          g_array_sort (times, compare_doubles);
          add_figure (figures, g_strdup_printf ("tile%u_p50_ms_z%u", 256 * scale, zoom),
                      percentile (times, 50), "ms");
          add_figure (figures, g_strdup_printf ("tile%u_p95_ms_z%u", 256 * scale, zoom),
                      percentile (times, 95), "ms");
        }
    }

  return figures;
}
