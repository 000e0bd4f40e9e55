/* ka-resource.h — the one way the atlas reads what the build bundled
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GBytes   *ka_resource_lookup         (const char          *path,
                                      GError             **error);
GVariant *ka_resource_lookup_variant (const char          *path,
                                      const GVariantType  *type,
                                      GError             **error);

G_END_DECLS
