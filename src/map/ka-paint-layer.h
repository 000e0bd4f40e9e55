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

/* Draws one overlay in widget pixels, item by item on @canvas;
 * @transform is the viewport's. */
typedef void (*KaPaintFunc) (KaPaintLayer          *layer,
                             KaCanvas              *canvas,
                             const KaViewTransform *transform,
                             gpointer               user_data);

KaPaintLayer *ka_paint_layer_new (ShumateViewport *viewport,
                                  const char      *name,
                                  KaPaintFunc      paint,
                                  gpointer         user_data);

G_END_DECLS
