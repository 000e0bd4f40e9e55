/* ka-coast-lod.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-coast-lod"

#include "config.h"

#include <string.h>

#include "ka-coast-lod.h"

/* Small enough that a tile touches few points it does not need, large
 * enough that the chunk boxes cost little next to the points. */
#define CHUNK_POINTS 32

typedef struct
{
  guint a;
  guint b;
} Span;

/* Douglas–Peucker on a closed ring.  Points already marked in @keep are
 * kept as anchors; index @n stands for point 0 again, so the ring closes
 * on itself. */
static void
douglas_peucker (const KaPoint *points,
                 guint          n,
                 double         tolerance,
                 guint8        *keep,
                 GArray        *stack)
{
  double tolerance_squared = tolerance * tolerance;
  double far_distance = -1.0;
  guint far = 0;
  guint previous = 0;

  for (guint i = 1; i < n; i++)
    {
      double dx = points[i].x - points[0].x;
      double dy = points[i].y - points[0].y;

      if (dx * dx + dy * dy > far_distance)
        {
          far_distance = dx * dx + dy * dy;
          far = i;
        }
    }

  keep[0] = keep[far] = 1;
  g_array_set_size (stack, 0);
  for (guint i = 1; i <= n; i++)
    if (i == n || keep[i])
      {
        g_array_append_val (stack, ((Span) { previous, i }));
        previous = i;
      }

  while (stack->len > 0)
    {
      Span span = g_array_index (stack, Span, stack->len - 1);
      const KaPoint *a = &points[span.a];
      const KaPoint *b = &points[span.b % n];
      double worst = -1.0;
      guint worst_index = 0;

      g_array_set_size (stack, stack->len - 1);

      for (guint i = span.a + 1; i < span.b; i++)
        {
          double d = ka_geo_segment_distance_squared (a, b, points[i].x, points[i].y);

          if (d > worst)
            {
              worst = d;
              worst_index = i;
            }
        }

      if (worst > tolerance_squared)
        {
          keep[worst_index] = 1;
          g_array_append_val (stack, ((Span) { span.a, worst_index }));
          g_array_append_val (stack, ((Span) { worst_index, span.b }));
        }
    }
}

/* Points on the edge of the ring's part of the data are kept, so the
 * stretches that close a cut ring stay exactly on the edge, where the
 * renderer knows them and does not stroke them. */
static void
keep_part_edge_points (KaCoastline *coastline,
                       guint        ring,
                       guint8      *keep)
{
  KaBox region = ka_coastline_get_part_region (coastline, ka_coastline_get_ring_part (coastline, ring));
  const KaPoint *points = ka_coastline_get_ring_points (coastline, ring);
  gsize n = ka_coastline_get_ring_n_points (coastline, ring);

  /* Points on the edge carry the region's exact coordinates. */
  for (gsize i = 0; i < n; i++)
    if (points[i].x == region.min_x || points[i].x == region.max_x ||
        points[i].y == region.min_y || points[i].y == region.max_y)
      keep[i] = 1;
}

/* A ring that simplifies away entirely still shows as its extreme points,
 * so that small islands stay visible as dots at low zoom. */
static void
keep_extremes (const KaPoint *points,
               guint          n,
               guint8        *keep)
{
  guint extremes[4] = { 0, 0, 0, 0 };
  guint count = 0;

  for (guint i = 1; i < n; i++)
    {
      if (points[i].x < points[extremes[0]].x)
        extremes[0] = i;
      if (points[i].x > points[extremes[1]].x)
        extremes[1] = i;
      if (points[i].y < points[extremes[2]].y)
        extremes[2] = i;
      if (points[i].y > points[extremes[3]].y)
        extremes[3] = i;
    }

  for (guint i = 0; i < G_N_ELEMENTS (extremes); i++)
    keep[extremes[i]] = 1;

  for (guint i = 0; i < n; i++)
    count += keep[i];

  if (count < 3)
    keep[0] = keep[n / 3] = keep[2 * n / 3] = 1;
}

static KaBox
part_box (KaCoastline *coastline,
          guint        part)
{
  KaBox region = ka_coastline_get_part_region (coastline, part);

  /* The same conversion as the points', so edge points compare equal. */
  return (KaBox) {
    ka_geo_lon_to_mercator_x (region.min_x), ka_geo_lat_to_mercator_y (region.max_y),
    ka_geo_lon_to_mercator_x (region.max_x), ka_geo_lat_to_mercator_y (region.min_y),
  };
}

static gboolean
ring_is_too_small (KaCoastline *coastline,
                   guint        ring,
                   double       min_water_extent)
{
  KaBox box = ka_coastline_get_ring_mercator_bbox (coastline, ring);

  if (ka_coastline_get_ring_level (coastline, ring) == KA_COASTLINE_LEVEL_LAND)
    return FALSE;

  return MAX (box.max_x - box.min_x, box.max_y - box.min_y) < min_water_extent;
}

/**
 * ka_coast_lod_new:
 * @coastline: the full-resolution coastline
 * @tolerance: the largest deviation allowed, in normalised Mercator units
 * @min_water_extent: lakes, islands in lakes and ponds smaller than this
 *   (in the same units) are left out
 *
 * Returns: (transfer full): the simplified, chunked rings.
 */
KaCoastLod *
ka_coast_lod_new (KaCoastline *coastline,
                  double       tolerance,
                  double       min_water_extent)
{
  guint n_rings = ka_coastline_get_n_rings (coastline);
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (KaPoint));
  g_autoptr(GArray) chunks = g_array_new (FALSE, FALSE, sizeof (KaCoastChunk));
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autoptr(GArray) rings = g_array_new (FALSE, FALSE, sizeof (KaCoastLodRing));
  g_autofree guint8 *keep = NULL;
  gsize max_ring = 0;
  KaCoastLod *lod;
  gsize point_offset;
  gsize chunk_offset;

  for (guint r = 0; r < n_rings; r++)
    max_ring = MAX (max_ring, ka_coastline_get_ring_n_points (coastline, r));
  keep = g_malloc (max_ring);

  for (guint level = KA_COASTLINE_LEVEL_LAND; level <= KA_COASTLINE_LEVEL_POND; level++)
    for (guint r = 0; r < n_rings; r++)
      {
        const KaPoint *mercator = ka_coastline_get_ring_mercator (coastline, r);
        guint n = ka_coastline_get_ring_n_points (coastline, r);
        KaCoastLodRing ring = { 0, };
        guint first = points->len;
        guint kept = 0;

        if (ka_coastline_get_ring_level (coastline, r) != level ||
            ring_is_too_small (coastline, r, min_water_extent))
          continue;

        memset (keep, 0, n);
        keep_part_edge_points (coastline, r, keep);
        for (guint i = 0; i < n; i++)
          ring.touches_part_edge |= keep[i];
        douglas_peucker (mercator, n, tolerance, keep, stack);
        for (guint i = 0; i < n; i++)
          kept += keep[i];
        if (kept < 3)
          keep_extremes (mercator, n, keep);

        for (guint i = 0; i < n; i++)
          if (keep[i])
            g_array_append_val (points, mercator[i]);
        g_array_append_val (points, mercator[0]);

        ring.level = level;
        ring.part_box = part_box (coastline, ka_coastline_get_ring_part (coastline, r));
        ring.bbox = ka_coastline_get_ring_mercator_bbox (coastline, r);
        ring.n_points = points->len - first - 1;
        /* Offsets for now; they become pointers once the arrays stop growing. */
        ring.points = GUINT_TO_POINTER (first);
        ring.chunks = GUINT_TO_POINTER (chunks->len);

        for (guint start = 0; start < ring.n_points; start += CHUNK_POINTS)
          {
            KaCoastChunk chunk = {
              .bbox = ka_box_empty (),
              .start = start,
              .end = MIN (start + CHUNK_POINTS, ring.n_points),
            };

            for (guint i = chunk.start; i <= chunk.end; i++)
              {
                const KaPoint *p = &g_array_index (points, KaPoint, first + i);
                ka_box_add_point (&chunk.bbox, p->x, p->y);
              }
            g_array_append_val (chunks, chunk);
            ring.n_chunks++;
          }

        g_array_append_val (rings, ring);
      }

  lod = g_new0 (KaCoastLod, 1);
  lod->tolerance = tolerance;
  lod->n_rings = rings->len;
  lod->n_points = points->len;
  lod->point_storage = (KaPoint *) (void *) g_array_free (g_steal_pointer (&points), FALSE);
  lod->chunk_storage = (KaCoastChunk *) (void *) g_array_free (g_steal_pointer (&chunks), FALSE);
  lod->rings = (KaCoastLodRing *) (void *) g_array_free (g_steal_pointer (&rings), FALSE);

  for (guint r = 0; r < lod->n_rings; r++)
    {
      point_offset = GPOINTER_TO_UINT (lod->rings[r].points);
      chunk_offset = GPOINTER_TO_UINT (lod->rings[r].chunks);
      lod->rings[r].points = lod->point_storage + point_offset;
      lod->rings[r].chunks = lod->chunk_storage + chunk_offset;
    }

  return lod;
}

void
ka_coast_lod_free (KaCoastLod *lod)
{
  if (lod == NULL)
    return;

  g_free (lod->point_storage);
  g_free (lod->chunk_storage);
  g_free (lod->rings);
  g_free (lod);
}
