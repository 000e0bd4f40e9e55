/* bench-window.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bench-figures.h"

G_BEGIN_DECLS

char **bench_default_renderer_environ (void);
void   bench_window_run               (const char   *self_path,
                                       BenchFigures *figures);

G_END_DECLS
