/* ka-coast-lod.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-coastline.h"

G_BEGIN_DECLS

/* A run of consecutive ring points with its bounding box: the unit the
 * tile renderer culls by.  Neighbouring chunks share their end points. */
typedef struct
{
  KaBox bbox;
  guint start;
  guint end;
} KaCoastChunk;

typedef struct
{
  KaCoastlineLevel level;
  /* Whether some edges run along the edge of the ring's part of the data
   * (part_box, in Mercator): those are not shore and are not stroked. */
  gboolean touches_part_edge;
  KaBox part_box;
  KaBox bbox;
  /* n_points + 1 points in normalised Web Mercator: closed, the first
   * point repeated at the end. */
  const KaPoint *points;
  guint n_points;
  const KaCoastChunk *chunks;
  guint n_chunks;
} KaCoastLodRing;

/* The coastline simplified for one level of detail, rings in level order. */
typedef struct
{
  double tolerance;
  guint n_rings;
  KaCoastLodRing *rings;
  gsize n_points;

  /* Owned */
  KaPoint *point_storage;
  KaCoastChunk *chunk_storage;
} KaCoastLod;

KaCoastLod *ka_coast_lod_new  (KaCoastline *coastline,
                               double       tolerance,
                               double       min_water_extent);
void        ka_coast_lod_free (KaCoastLod  *lod);

G_END_DECLS
