/* ka-edge-bands.c — a spatial index of an island's shore edges
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-edge-bands"

#include "config.h"

#include "ka-edge-bands.h"

static guint
band_at (const KaEdgeBands *bands,
         double             y)
{
  return (guint) CLAMP ((y - bands->y0) / bands->band_height, 0, bands->n_bands - 1);
}

void
ka_edge_bands_init (KaEdgeBands      *bands,
                    const KaGeometry *geometry)
{
  guint n_edges = 0;
  guint k = 0;
  guint *fill = NULL;
  double height;

  for (guint p = 0; p < geometry->n_polygons; p++)
    for (guint r = 0; r < geometry->polygons[p].n_rings; r++)
      n_edges += geometry->polygons[p].rings[r].n_points;

  bands->edges = g_new (KaEdge, MAX (n_edges, 1));
  for (guint p = 0; p < geometry->n_polygons; p++)
    for (guint r = 0; r < geometry->polygons[p].n_rings; r++)
      {
        const KaPath *ring = &geometry->polygons[p].rings[r];

        for (guint i = 0, j = ring->n_points - 1; i < ring->n_points; j = i++)
          bands->edges[k++] = (KaEdge) { ring->points[j], ring->points[i] };
      }
  bands->n_edges = n_edges;

  /* About four edges per band keeps each band short without making the
   * band table much larger than the edges. */
  height = geometry->bbox.max_y - geometry->bbox.min_y;
  bands->n_bands = CLAMP (n_edges / 4, 1, 65536);
  bands->y0 = geometry->bbox.min_y;
  bands->band_height = height > 0.0 ? height / bands->n_bands : 1.0;
  bands->band_start = g_new0 (guint, bands->n_bands + 1);

  /* Count, then fill: a compressed row layout without per-band arrays. */
  for (guint pass = 0; pass < 2; pass++)
    {
      if (pass == 1)
        {
          for (guint b = 0; b < bands->n_bands; b++)
            bands->band_start[b + 1] += bands->band_start[b];
          bands->band_edges = g_new (guint, MAX (bands->band_start[bands->n_bands], 1));
          fill = g_memdup2 (bands->band_start, sizeof (guint) * bands->n_bands);
        }

      for (guint e = 0; e < n_edges; e++)
        {
          const KaEdge *edge = &bands->edges[e];
          double y_min = MIN (edge->a.y, edge->b.y);
          double y_max = MAX (edge->a.y, edge->b.y);
          guint first = (guint) CLAMP ((y_min - bands->y0) / bands->band_height, 0, bands->n_bands - 1);
          guint last = (guint) CLAMP ((y_max - bands->y0) / bands->band_height, 0, bands->n_bands - 1);

          for (guint b = first; b <= last; b++)
            {
              if (pass == 0)
                bands->band_start[b + 1]++;
              else
                bands->band_edges[fill[b]++] = e;
            }
        }
    }

  g_free (fill);
}

void
ka_edge_bands_clear (KaEdgeBands *bands)
{
  g_clear_pointer (&bands->edges, g_free);
  g_clear_pointer (&bands->band_start, g_free);
  g_clear_pointer (&bands->band_edges, g_free);
}

/* Even-odd: holes and outer rings alike flip the count, and rings of
 * one island never cross, so one count over all edges is exact. */
gboolean
ka_edge_bands_contains (const KaEdgeBands *bands,
                        double             x,
                        double             y)
{
  gboolean inside = FALSE;
  guint band = band_at (bands, y);

  for (guint k = bands->band_start[band]; k < bands->band_start[band + 1]; k++)
    {
      const KaEdge *e = &bands->edges[bands->band_edges[k]];

      if ((e->a.y > y) != (e->b.y > y) &&
          x < (e->b.x - e->a.x) * (y - e->a.y) / (e->b.y - e->a.y) + e->a.x)
        inside = !inside;
    }

  return inside;
}

/* The squared distance from (@x, @y) to @edge with longitude scaled by
 * @sx and latitude by @sy: the point is the origin of the scaled plane. */
static double
scaled_segment_distance_squared (const KaEdge *edge,
                                 double      x,
                                 double      y,
                                 double      sx,
                                 double      sy)
{
  KaPoint a = { (edge->a.x - x) * sx, (edge->a.y - y) * sy };
  KaPoint b = { (edge->b.x - x) * sx, (edge->b.y - y) * sy };

  return ka_geo_segment_distance_squared (&a, &b, 0.0, 0.0);
}

/**
 * ka_edge_bands_scaled_distance_squared:
 * @query: only edges that reach into this box count
 * @sx: the scale of x
 * @sy: the scale of y
 *
 * Returns: the smallest squared distance from (@x, @y) to an edge in
 *   @query, with x scaled by @sx and y by @sy; %G_MAXDOUBLE if none
 */
double
ka_edge_bands_scaled_distance_squared (const KaEdgeBands *bands,
                                       const KaBox       *query,
                                       double             x,
                                       double             y,
                                       double             sx,
                                       double             sy)
{
  guint first = band_at (bands, query->min_y);
  guint last = band_at (bands, query->max_y);
  double best = G_MAXDOUBLE;

  for (guint b = first; b <= last; b++)
    for (guint k = bands->band_start[b]; k < bands->band_start[b + 1]; k++)
      {
        const KaEdge *e = &bands->edges[bands->band_edges[k]];

        if (MAX (e->a.x, e->b.x) < query->min_x || MIN (e->a.x, e->b.x) > query->max_x)
          continue;
        /* An edge across many bands (a long cut along the region's edge)
         * is measured once, in the first band of the query it is in. */
        if (b != first && band_at (bands, MIN (e->a.y, e->b.y)) != b)
          continue;
        best = MIN (best, scaled_segment_distance_squared (e, x, y, sx, sy));
      }

  return best;
}
