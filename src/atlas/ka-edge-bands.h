/* ka-edge-bands.h — a spatial index of an island's shore edges
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-geometry.h"

G_BEGIN_DECLS

/* The edges of all rings, bucketed into horizontal bands: a point's
 * crossing count and its nearby edges then come from one or a few bands
 * instead of every edge of a 20,000-point coast. */
typedef struct
{
  KaPoint a;
  KaPoint b;
} KaEdge;

typedef struct
{
  KaEdge *edges;
  guint   n_edges;
  double  y0;
  double  band_height;
  guint   n_bands;
  guint  *band_start;   /* n_bands + 1 offsets into band_edges */
  guint  *band_edges;
} KaEdgeBands;

void     ka_edge_bands_init                    (KaEdgeBands       *bands,
                                                const KaGeometry  *geometry);
void     ka_edge_bands_clear                   (KaEdgeBands       *bands);
gboolean ka_edge_bands_contains                (const KaEdgeBands *bands,
                                                double             x,
                                                double             y);
double   ka_edge_bands_scaled_distance_squared (const KaEdgeBands *bands,
                                                const KaBox       *query,
                                                double             x,
                                                double             y,
                                                double             sx,
                                                double             sy);

G_END_DECLS
