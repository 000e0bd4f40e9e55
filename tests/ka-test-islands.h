/* ka-test-islands.h — the committed island and boundary data, loaded for tests
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ka-boundary-set.h"
#include "ka-island-set.h"

G_BEGIN_DECLS

KaIslandSet   *ka_test_load_islands        (void);
KaBoundarySet *ka_test_load_boundaries     (void);

double         ka_test_island_distance_km  (KaIsland *island,
                                            double    lon,
                                            double    lat);
gboolean       ka_test_line_touches_ring   (const KaPath  *line,
                                            const KaPoint *ring,
                                            gsize          n_points,
                                            const KaBox   *ring_bbox);

JsonArray     *ka_test_load_source_features (const char   *relative_path);
void           ka_test_assert_path_equals  (const KaPath  *path,
                                            JsonArray     *positions,
                                            gboolean       ring);

G_END_DECLS
