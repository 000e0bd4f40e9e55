/* ka-island-private.h — what the island set needs to build islands
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-island.h"

G_BEGIN_DECLS

KaIsland *ka_island_new_from_variant (GVariant *fields);

G_END_DECLS
