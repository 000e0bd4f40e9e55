/* bench-figures.h — the figures a benchmark run measures, and how they are printed
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _BenchFigures BenchFigures;

BenchFigures *bench_figures_new        (void);
void          bench_figures_free       (BenchFigures *self);
void          bench_figures_add        (BenchFigures *self,
                                        const char   *name,
                                        double        value,
                                        const char   *unit);
void          bench_figures_print      (BenchFigures *self,
                                        gboolean      tsv);

/* The q-quantile (0..1) of @n samples, nearest rank; sorts @samples. */
double        bench_quantile           (double       *samples,
                                        gsize         n,
                                        double        q);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BenchFigures, bench_figures_free)

G_END_DECLS
