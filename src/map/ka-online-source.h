/* ka-online-source.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define KA_TYPE_ONLINE_SOURCE (ka_online_source_get_type ())

G_DECLARE_FINAL_TYPE (KaOnlineSource, ka_online_source, KA, ONLINE_SOURCE, ShumateMapSource)

KaOnlineSource *ka_online_source_new (ShumateMapSource *network_source);

G_END_DECLS
