/* ka-json-single.h — refusing files that hold more than one JSON value
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean ka_json_has_one_value (const char *text,
                                gsize       length,
                                gsize      *extra);

G_END_DECLS
