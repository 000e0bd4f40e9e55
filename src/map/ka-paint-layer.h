/* ka-paint-layer.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "ka-overlay.h"
#include "ka-view-transform.h"

G_BEGIN_DECLS

#define KA_TYPE_PAINT_LAYER (ka_paint_layer_get_type ())

G_DECLARE_FINAL_TYPE (KaPaintLayer, ka_paint_layer, KA, PAINT_LAYER, ShumateLayer)

/* Draws one overlay in pixels, item by item on @canvas, through
 * @transform: the viewport's, or a larger one around it. */
typedef void (*KaPaintFunc) (KaPaintLayer          *layer,
                             KaCanvas              *canvas,
                             const KaViewTransform *transform,
                             gpointer               user_data);

/* @paint_base draws what is fixed to the map (it may be drawn once for
 * several frames and moved with the map); @paint_top what is placed
 * anew in every frame, such as labels, over it. */
KaPaintLayer *ka_paint_layer_new        (ShumateViewport *viewport,
                                         const char      *name,
                                         KaPaintFunc      paint_base,
                                         KaPaintFunc      paint_top,
                                         gpointer         user_data);
/* Something the paint functions draw changed: draw both anew. */
void          ka_paint_layer_invalidate (KaPaintLayer    *self);
/* How many times the base has been drawn, for tests of its reuse. */
guint         ka_paint_layer_get_n_base_draws (KaPaintLayer *self);

G_END_DECLS
