/* ka-island-set.h — all islands and context areas, with lookup, hit-testing and search
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-island.h"

G_BEGIN_DECLS

typedef struct _KaIslandSet KaIslandSet;

#define KA_TYPE_ISLAND_SET (ka_island_set_get_type ())

GType        ka_island_set_get_type       (void) G_GNUC_CONST;
KaIslandSet *ka_island_set_new_from_resource (GError        **error);
KaIslandSet *ka_island_set_ref            (KaIslandSet  *self);
void         ka_island_set_unref          (KaIslandSet  *self);

guint        ka_island_set_get_n_items    (KaIslandSet  *self);
KaIsland    *ka_island_set_get_nth        (KaIslandSet  *self,
                                           guint         index);
GStrv        ka_island_set_dup_ids        (KaIslandSet  *self,
                                           gboolean      with_groups);
KaIsland    *ka_island_set_lookup         (KaIslandSet  *self,
                                           const char   *id);
GPtrArray   *ka_island_set_get_group      (KaIslandSet  *self,
                                           KaIslandGroup group);
KaIsland    *ka_island_set_step           (KaIslandSet  *self,
                                           KaIsland     *from,
                                           int           delta);
KaIsland    *ka_island_set_hit_test       (KaIslandSet  *self,
                                           double        lon,
                                           double        lat,
                                           double        tolerance_deg_x,
                                           double        tolerance_deg_y);
GPtrArray   *ka_island_set_search         (KaIslandSet  *self,
                                           const char   *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaIslandSet, ka_island_set_unref)

G_END_DECLS
