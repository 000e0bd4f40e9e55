/* ka-island.h — one island or context area of the atlas
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ka-geometry.h"
#include "ka-vocabulary.h"
#include "ka-years.h"

G_BEGIN_DECLS

typedef enum
{
  KA_ISLAND_KIND_ISLAND,
  KA_ISLAND_KIND_CONTEXT,  /* Hokkaido, Sakhalin, Kamchatka: drawn, not stepped through */
} KaIslandKind;

typedef struct _KaIsland KaIsland;

#define KA_TYPE_ISLAND (ka_island_get_type ())

GType            ka_island_get_type             (void) G_GNUC_CONST;
KaIsland        *ka_island_ref                  (KaIsland    *island);
void             ka_island_unref                (KaIsland    *island);

const char      *ka_island_get_id               (KaIsland    *island);
const char      *ka_island_get_name_en          (KaIsland    *island);
const char      *ka_island_get_name_ru          (KaIsland    *island);
const char      *ka_island_get_name_ja          (KaIsland    *island);
const char      *ka_island_get_name_ja_latn     (KaIsland    *island);
const char      *ka_island_get_name             (KaIsland    *island,
                                                 KaNaming     naming);
const char      *ka_island_get_native_name      (KaIsland    *island,
                                                 KaNaming     naming);
const char * const *ka_island_get_alt_names     (KaIsland    *island);
KaIslandGroup    ka_island_get_group            (KaIsland    *island);
KaIslandKind     ka_island_get_kind             (KaIsland    *island);
double           ka_island_get_area_km2         (KaIsland    *island);
KaHolder         ka_island_get_holder           (KaIsland    *island,
                                                 guint        year_index);
guint            ka_island_get_claimed_by       (KaIsland    *island);
gboolean         ka_island_is_claimed_by        (KaIsland    *island,
                                                 KaHolder     holder);
KaPoint          ka_island_get_label            (KaIsland    *island);
guint            ka_island_get_order            (KaIsland    *island);
const KaPolygon *ka_island_get_polygons         (KaIsland    *island,
                                                 guint       *n_polygons);
const KaPolygon *ka_island_get_mercator_polygons (KaIsland   *island,
                                                  guint      *n_polygons);
const KaBox     *ka_island_get_bbox             (KaIsland    *island);
const KaBox     *ka_island_get_mercator_bbox    (KaIsland    *island);

KaBox            ka_island_get_frame            (KaIsland    *island);
gboolean         ka_island_contains             (KaIsland    *island,
                                                 double       lon,
                                                 double       lat);
double           ka_island_get_scaled_distance  (KaIsland    *island,
                                                 double       lon,
                                                 double       lat,
                                                 double       tolerance_x,
                                                 double       tolerance_y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaIsland, ka_island_unref)

G_END_DECLS
