/* ka-atlas.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ka-boundary-set.h"
#include "ka-claims.h"
#include "ka-coastline.h"
#include "ka-island-set.h"
#include "ka-report.h"

G_BEGIN_DECLS

typedef struct _KaAtlas KaAtlas;

#define KA_TYPE_ATLAS (ka_atlas_get_type ())

GType        ka_atlas_get_type            (void) G_GNUC_CONST;
KaAtlas     *ka_atlas_load_from_resources (GError  **error);
KaAtlas     *ka_atlas_ref                 (KaAtlas  *self);
void         ka_atlas_unref               (KaAtlas  *self);
KaCoastline *ka_atlas_get_coastline       (KaAtlas  *self);
KaIslandSet *ka_atlas_get_islands         (KaAtlas  *self);
KaBoundarySet *ka_atlas_get_boundaries    (KaAtlas  *self);
KaReport    *ka_atlas_get_report          (KaAtlas  *self);
KaClaimSet  *ka_atlas_get_claims          (KaAtlas  *self);
GStrv        ka_atlas_dup_island_ids      (KaAtlas  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaAtlas, ka_atlas_unref)

G_END_DECLS
