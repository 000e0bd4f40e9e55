/* ka-ink-layer.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ka-ink.h"
#include "ka-map-view.h"

G_BEGIN_DECLS

#define KA_TYPE_INK_LAYER (ka_ink_layer_get_type ())

G_DECLARE_FINAL_TYPE (KaInkLayer, ka_ink_layer, KA, INK_LAYER, GtkWidget)

GtkWidget     *ka_ink_layer_new          (KaMapView  *map_view,
                                          KaInk      *ink);
KaMapView     *ka_ink_layer_get_map_view (KaInkLayer *self);
/* What the mouse does, at @x, @y of the map view. */
void           ka_ink_layer_point        (KaInkLayer *self,
                                          double      x,
                                          double      y);
void           ka_ink_layer_pen_down     (KaInkLayer *self,
                                          double      x,
                                          double      y);
void           ka_ink_layer_pen_to       (KaInkLayer *self,
                                          double      x,
                                          double      y);
const GdkRGBA *ka_ink_layer_pen_colour   (void);
const GdkRGBA *ka_ink_layer_laser_colour (void);

G_END_DECLS
