/* ka-boundary.h — one boundary or claim line of a layer year
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ka-geometry.h"

G_BEGIN_DECLS

typedef enum
{
  KA_BOUNDARY_KIND_BOUNDARY,  /* a frontier that held in its year */
  KA_BOUNDARY_KIND_CLAIM,     /* a frontier one side claims instead */
} KaBoundaryKind;

typedef struct _KaBoundary KaBoundary;

#define KA_TYPE_BOUNDARY (ka_boundary_get_type ())

GType           ka_boundary_get_type              (void) G_GNUC_CONST;
KaBoundary     *ka_boundary_ref                   (KaBoundary     *boundary);
void            ka_boundary_unref                 (KaBoundary     *boundary);

const char     *ka_boundary_get_id                (KaBoundary     *boundary);
const char     *ka_boundary_get_name_en           (KaBoundary     *boundary);
const char     *ka_boundary_get_name_ru           (KaBoundary     *boundary);
const char     *ka_boundary_get_name_ja           (KaBoundary     *boundary);
guint           ka_boundary_get_year              (KaBoundary     *boundary);
int             ka_boundary_get_year_index        (KaBoundary     *boundary);
KaBoundaryKind  ka_boundary_get_kind              (KaBoundary     *boundary);
const char     *ka_boundary_get_event             (KaBoundary     *boundary);
const char     *ka_boundary_get_date              (KaBoundary     *boundary);
const char     *ka_boundary_get_source            (KaBoundary     *boundary);
const char     *ka_boundary_get_description       (KaBoundary     *boundary);
gboolean        ka_boundary_is_on_land            (KaBoundary     *boundary);
KaPoint         ka_boundary_get_label             (KaBoundary     *boundary);
const KaPath   *ka_boundary_get_lines             (KaBoundary     *boundary,
                                                   guint          *n_lines);
const KaPath   *ka_boundary_get_mercator_lines    (KaBoundary     *boundary,
                                                   guint          *n_lines);
const KaBox    *ka_boundary_get_bbox              (KaBoundary     *boundary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaBoundary, ka_boundary_unref)

G_END_DECLS
