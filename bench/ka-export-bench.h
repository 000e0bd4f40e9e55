/* ka-export-bench.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-atlas.h"
#include "ka-tile-bench.h"
#include "ka-tile-renderer.h"

G_BEGIN_DECLS

#define KA_EXPORT_BENCH_RUNS 5
/* A handout takes seconds: fewer runs. */
#define KA_HANDOUT_BENCH_RUNS 3

GArray *ka_export_bench_run (KaAtlas        *atlas,
                             KaTileRenderer *renderer);

G_END_DECLS
