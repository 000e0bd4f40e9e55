/* ka-boundary-set.h — the boundary and claim lines of every layer year
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-boundary.h"

G_BEGIN_DECLS

typedef struct _KaBoundarySet KaBoundarySet;

#define KA_TYPE_BOUNDARY_SET (ka_boundary_set_get_type ())

GType           ka_boundary_set_get_type          (void) G_GNUC_CONST;
KaBoundarySet  *ka_boundary_set_new_from_resource  (GError        **error);
KaBoundarySet  *ka_boundary_set_ref               (KaBoundarySet  *self);
void            ka_boundary_set_unref             (KaBoundarySet  *self);
guint           ka_boundary_set_get_n_items       (KaBoundarySet  *self);
KaBoundary     *ka_boundary_set_get_nth           (KaBoundarySet  *self,
                                                   guint           index);
KaBoundary     *ka_boundary_set_lookup            (KaBoundarySet  *self,
                                                   const char     *id);
GPtrArray      *ka_boundary_set_get_for_year      (KaBoundarySet  *self,
                                                   guint           year);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaBoundarySet, ka_boundary_set_unref)

G_END_DECLS
