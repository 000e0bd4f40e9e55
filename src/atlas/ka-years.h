/* ka-years.h — the boundary years the atlas has a layer for
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The layer years, oldest first; arrays indexed by year use this order.
 * The state, the header's buttons and their keys, the command line, the
 * lecture reader and (through a test) the settings schema all read them
 * from here. */
#define KA_N_YEARS 4

extern const guint ka_years[KA_N_YEARS];
/* Untranslated: pass them through _(). */
extern const char * const ka_year_events[KA_N_YEARS];

#define KA_FIRST_YEAR (ka_years[0])
#define KA_LAST_YEAR (ka_years[KA_N_YEARS - 1])

int   ka_year_index        (guint       year);
char *ka_years_format_list (const char *separator,
                            const char *last_separator);

G_END_DECLS
