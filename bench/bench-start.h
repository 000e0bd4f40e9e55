/* bench-start.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bench-figures.h"

G_BEGIN_DECLS

/* What a child process shows before it reports its first complete frame. */
typedef enum
{
  BENCH_START_ATLAS,
  BENCH_START_BARE_GTK,
  BENCH_START_BARE_MAP,
  BENCH_START_BARE_GTK_STAYS,
} BenchStartKind;

gboolean bench_start_parse_kind (const char     *name,
                                 BenchStartKind *kind);
int      bench_start_run_child  (BenchStartKind  kind);
void     bench_start_run        (const char     *self_path,
                                 BenchFigures   *figures);

G_END_DECLS
