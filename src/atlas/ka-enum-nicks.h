/* ka-enum-nicks.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

char **ka_enum_dup_nicks (GType enum_type);

G_END_DECLS
