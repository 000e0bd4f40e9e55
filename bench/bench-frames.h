/* bench-frames.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bench-figures.h"
#include "ka-application.h"

G_BEGIN_DECLS

void      bench_frames_run              (const char    *self_path,
                                         BenchFigures  *figures);

/* The pieces, for the other suites that drive the atlas the same way. */
KaWindow *bench_frames_open_window      (KaApplication *app,
                                         int            width,
                                         int            height);
void      bench_frames_wait_for_tiles   (KaWindow      *window);
GArray   *bench_frames_fly              (KaWindow      *window);
GArray   *bench_frames_present_lecture  (KaWindow      *window);
GArray   *bench_frames_present_with_console (KaWindow  *window);

G_END_DECLS
