/* ka-boundary-private.h — what the boundary set needs to build boundaries
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-boundary.h"

G_BEGIN_DECLS

KaBoundary *ka_boundary_new_from_variant (GVariant *fields);

G_END_DECLS
