/* ka-tile-bench.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-tile-renderer.h"

G_BEGIN_DECLS

/* One measured figure, e.g. { "tile256_p95_ms_z8", 1.9, "ms" }. */
typedef struct
{
  char *name;
  double value;
  const char *unit;
} KaBenchFigure;

/* Above this many tiles a zoom level is sampled. */
#define KA_TILE_BENCH_MAX_TILES 500

GArray *ka_tile_bench_run (KaTileRenderer *renderer);

G_END_DECLS
