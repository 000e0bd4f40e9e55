/* ka-hit-bench.h — timing island hit-tests over the framed area
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-island-set.h"

G_BEGIN_DECLS

typedef struct
{
  guint  n_queries;
  guint  n_hits;
  double hit_p50_us;
  double hit_p95_us;
  double hit_max_us;
} KaHitBench;

void ka_hit_bench_run (KaIslandSet *set,
                       guint        n_queries,
                       double       tolerance_deg_x,
                       double       tolerance_deg_y,
                       KaHitBench  *out);

G_END_DECLS
