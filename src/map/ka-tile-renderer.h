/* ka-tile-renderer.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "ka-coastline.h"
#include "ka-map-style.h"
#include "ka-view-transform.h"

G_BEGIN_DECLS

/* Whoever shows the basemap credits its coastline with this, marked
 * for translation: the map's licence line, exported images. */
#define KA_COASTLINE_ATTRIBUTION N_("Coastline: GSHHG, Wessel and Smith, LGPL-3.0")

#define KA_TYPE_TILE_RENDERER (ka_tile_renderer_get_type ())

typedef struct _KaTileRenderer KaTileRenderer;

GType           ka_tile_renderer_get_type (void) G_GNUC_CONST;

KaTileRenderer *ka_tile_renderer_new      (KaCoastline      *coastline);
KaTileRenderer *ka_tile_renderer_ref      (KaTileRenderer   *self);
void            ka_tile_renderer_unref    (KaTileRenderer   *self);

KaCoastline    *ka_tile_renderer_get_coastline (KaTileRenderer *self);

void            ka_tile_renderer_draw     (KaTileRenderer   *self,
                                           cairo_t          *cr,
                                           const KaMapStyle *style,
                                           guint             zoom,
                                           guint             x,
                                           guint             y,
                                           guint             tile_size,
                                           double            scale);
void            ka_tile_renderer_draw_view (KaTileRenderer        *self,
                                            cairo_t               *cr,
                                            const KaMapStyle      *style,
                                            const KaViewTransform *view,
                                            double                 scale);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaTileRenderer, ka_tile_renderer_unref)

G_END_DECLS
