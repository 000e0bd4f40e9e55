/* bench-memory.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bench-figures.h"

G_BEGIN_DECLS

int  bench_memory_run_child (void);
void bench_memory_run       (const char   *self_path,
                             BenchFigures *figures);

G_END_DECLS
