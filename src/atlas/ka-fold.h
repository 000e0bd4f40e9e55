/* ka-fold.h — folding names for matching across scripts and spellings
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ka_fold_text (const char *text);

G_END_DECLS
