/* ka-ui-language.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-island.h"

G_BEGIN_DECLS

const char *ka_ui_language_get        (void);
int         ka_ui_language_get_naming (void);

G_END_DECLS
