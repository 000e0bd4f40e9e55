/* ka-suggest.h — "did you mean …?" for misspelt ids and keys
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *ka_suggest_closest (const char         *word,
                                const char * const *candidates);

G_END_DECLS
