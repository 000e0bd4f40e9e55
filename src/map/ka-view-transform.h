/* ka-view-transform.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <shumate/shumate.h>

#include "ka-geo.h"

G_BEGIN_DECLS

/* Where the map is on a surface: normalised Web Mercator (see ka-geo.h)
 * to pixels. The screen and the exporter build one each, so overlays are
 * drawn by the same code for both. */
typedef struct
{
  double world_size;  /* pixels across the whole Mercator square */
  double origin_x;    /* world pixel at the surface's left edge */
  double origin_y;    /* world pixel at the surface's top edge */
  double width;       /* surface size in pixels */
  double height;
  double zoom;
} KaViewTransform;

KaViewTransform ka_view_transform_from_viewport (ShumateViewport       *viewport,
                                                 int                    width,
                                                 int                    height);
KaViewTransform ka_view_transform_new           (double                 centre_lat,
                                                 double                 centre_lon,
                                                 double                 zoom,
                                                 double                 width,
                                                 double                 height);
void            ka_view_transform_to_pixels     (const KaViewTransform *self,
                                                 double                 mercator_x,
                                                 double                 mercator_y,
                                                 double                *x,
                                                 double                *y);
void            ka_view_transform_lonlat_to_pixels (const KaViewTransform *self,
                                                 double                 lon,
                                                 double                 lat,
                                                 double                *x,
                                                 double                *y);
void            ka_view_transform_pixels_to_lonlat (const KaViewTransform *self,
                                                 double                 x,
                                                 double                 y,
                                                 double                *lon,
                                                 double                *lat);
/* The part of the Mercator square the surface shows, grown by @margin_px. */
KaBox           ka_view_transform_get_mercator_bounds (const KaViewTransform *self,
                                                 double                 margin_px);
/* Makes cairo's user space normalised Mercator; strokes must set the
 * identity matrix first, so line widths stay in pixels. */
/* The zoom at which @lonlat_box fits a @width × @height view with a
 * small margin, within the offline map's zoom levels. */
double          ka_view_transform_zoom_for_box  (const KaBox           *lonlat_box,
                                                 double                 width,
                                                 double                 height);
void            ka_view_transform_apply         (const KaViewTransform *self,
                                                 cairo_t               *cr);

G_END_DECLS
