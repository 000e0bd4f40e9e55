/* ka-coastline.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ka-geo.h"

G_BEGIN_DECLS

/* The compiled coastline in the application's GResource. */
#define KA_COASTLINE_RESOURCE "/io/github/kurilatlas/KurilAtlas/compiled/coastline.gvariant"

/* GSHHG's shoreline levels: odd levels bound land, even levels water. */
typedef enum
{
  KA_COASTLINE_LEVEL_LAND = 1,
  KA_COASTLINE_LEVEL_LAKE = 2,
  KA_COASTLINE_LEVEL_ISLAND_IN_LAKE = 3,
  KA_COASTLINE_LEVEL_POND = 4,
} KaCoastlineLevel;

#define KA_TYPE_COASTLINE (ka_coastline_get_type ())

typedef struct _KaCoastline KaCoastline;

GType          ka_coastline_get_type              (void) G_GNUC_CONST;
KaCoastline   *ka_coastline_new_from_resource     (GError      **error);
KaCoastline   *ka_coastline_ref                   (KaCoastline  *self);
void           ka_coastline_unref                 (KaCoastline  *self);

KaBox          ka_coastline_get_region            (KaCoastline  *self);
guint          ka_coastline_get_n_parts           (KaCoastline  *self);
KaBox          ka_coastline_get_part_region       (KaCoastline  *self,
                                                   guint         part);
char           ka_coastline_get_part_resolution   (KaCoastline  *self,
                                                   guint         part);
guint          ka_coastline_get_n_rings           (KaCoastline  *self);
gsize          ka_coastline_get_n_points          (KaCoastline  *self);

KaCoastlineLevel ka_coastline_get_ring_level      (KaCoastline  *self,
                                                   guint         ring);
guint          ka_coastline_get_ring_part         (KaCoastline  *self,
                                                   guint         ring);
gsize          ka_coastline_get_ring_n_points     (KaCoastline  *self,
                                                   guint         ring);
const KaPoint *ka_coastline_get_ring_points       (KaCoastline  *self,
                                                   guint         ring);
const KaPoint *ka_coastline_get_ring_mercator     (KaCoastline  *self,
                                                   guint         ring);
KaBox          ka_coastline_get_ring_bbox         (KaCoastline  *self,
                                                   guint         ring);
KaBox          ka_coastline_get_ring_mercator_bbox (KaCoastline *self,
                                                   guint         ring);

guint          ka_coastline_level_at              (KaCoastline  *self,
                                                   double        lon,
                                                   double        lat);
gboolean       ka_coastline_is_land               (KaCoastline  *self,
                                                   double        lon,
                                                   double        lat);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaCoastline, ka_coastline_unref)

G_END_DECLS
