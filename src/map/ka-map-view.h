/* ka-map-view.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "ka-atlas.h"
#include "ka-geo.h"
#include "ka-overlay.h"
#include "ka-state.h"
#include "ka-tile-renderer.h"

G_BEGIN_DECLS

/* How far from an island a click still selects it: enough to hit the
 * smallest Habomai islet with a finger or a shaky hand. */
#define KA_HIT_TOLERANCE_PX 8.0

#define KA_TYPE_MAP_VIEW (ka_map_view_get_type ())

G_DECLARE_FINAL_TYPE (KaMapView, ka_map_view, KA, MAP_VIEW, GtkWidget)

GtkWidget        *ka_map_view_new               (void);
void              ka_map_view_set_atlas         (KaMapView       *self,
                                                 KaAtlas         *atlas,
                                                 KaTileRenderer  *renderer);
KaState          *ka_map_view_get_state         (KaMapView       *self);
void              ka_map_view_set_state         (KaMapView       *self,
                                                 KaState         *state);
double            ka_map_view_get_label_scale   (KaMapView       *self);
KaIsland         *ka_map_view_island_at         (KaMapView       *self,
                                                 double           x,
                                                 double           y);
void              ka_map_view_reveal_island     (KaMapView       *self,
                                                 KaIsland        *island);
void              ka_map_view_go_to             (KaMapView       *self,
                                                 double           lat,
                                                 double           lon,
                                                 double           zoom,
                                                 guint            duration_ms);
void              ka_map_view_fly_to_box        (KaMapView       *self,
                                                 const KaBox     *lonlat_box,
                                                 guint            duration_ms);
void              ka_map_view_set_bottom_inset  (KaMapView       *self,
                                                 double           inset);
double            ka_map_view_get_bottom_inset  (KaMapView       *self);
ShumateMap       *ka_map_view_get_map           (KaMapView       *self);
ShumateViewport  *ka_map_view_get_viewport      (KaMapView       *self);
ShumateSimpleMap *ka_map_view_get_simple_map    (KaMapView       *self);
/* The map's scale bar (a KaScaleBar): in the locale's unit and the UI's
 * language, above whatever covers the map's bottom. */
GtkWidget        *ka_map_view_get_scale_bar     (KaMapView       *self);
void              ka_map_view_frame             (KaMapView       *self,
                                                 const KaBox     *lonlat_box,
                                                 gboolean         animate);
double            ka_map_view_zoom_for_box      (KaMapView       *self,
                                                 const KaBox     *lonlat_box);
gboolean          ka_map_view_is_fully_drawn    (KaMapView       *self);
gboolean          ka_map_view_get_overlays_visible (KaMapView    *self);
void              ka_map_view_set_legend_visible   (KaMapView    *self,
                                                    gboolean      visible);
double            ka_map_view_paint_legend_strip   (KaMapView    *self,
                                                    cairo_t      *cr,
                                                    PangoContext *context,
                                                    double        width);
void              ka_map_view_set_overlays_visible (KaMapView    *self,
                                                 gboolean         visible);
const KaPlacedLabel *ka_map_view_get_placed_labels (KaMapView    *self,
                                                 guint           *n_labels);

G_END_DECLS
