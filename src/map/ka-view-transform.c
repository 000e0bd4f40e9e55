/* ka-view-transform.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-view-transform"

#include "config.h"

#include <math.h>

#include "ka-view-transform.h"

#define TILE_SIZE 256.0
/* Framed things keep this far from the edges. */
#define FRAME_MARGIN_PX 16.0

KaViewTransform
ka_view_transform_new (double centre_lat,
                       double centre_lon,
                       double zoom,
                       double width,
                       double height)
{
  KaViewTransform self;

  self.zoom = zoom;
  self.world_size = TILE_SIZE * exp2 (zoom);
  self.width = width;
  self.height = height;
  self.origin_x = ka_geo_lon_to_mercator_x (centre_lon) * self.world_size - width / 2.0;
  self.origin_y = ka_geo_lat_to_mercator_y (centre_lat) * self.world_size - height / 2.0;

  return self;
}

/* libshumate centres the viewport's location in the widget, as here. */
KaViewTransform
ka_view_transform_from_viewport (ShumateViewport *viewport,
                                 int              width,
                                 int              height)
{
  return ka_view_transform_new (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                                shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                                shumate_viewport_get_zoom_level (viewport),
                                width, height);
}

void
ka_view_transform_to_pixels (const KaViewTransform *self,
                             double                 mercator_x,
                             double                 mercator_y,
                             double                *x,
                             double                *y)
{
  *x = mercator_x * self->world_size - self->origin_x;
  *y = mercator_y * self->world_size - self->origin_y;
}

void
ka_view_transform_lonlat_to_pixels (const KaViewTransform *self,
                                    double                 lon,
                                    double                 lat,
                                    double                *x,
                                    double                *y)
{
  ka_view_transform_to_pixels (self,
                               ka_geo_lon_to_mercator_x (lon),
                               ka_geo_lat_to_mercator_y (lat),
                               x, y);
}

void
ka_view_transform_pixels_to_lonlat (const KaViewTransform *self,
                                    double                 x,
                                    double                 y,
                                    double                *lon,
                                    double                *lat)
{
  *lon = ka_geo_mercator_x_to_lon ((x + self->origin_x) / self->world_size);
  *lat = ka_geo_mercator_y_to_lat ((y + self->origin_y) / self->world_size);
}

KaBox
ka_view_transform_get_mercator_bounds (const KaViewTransform *self,
                                       double                 margin_px)
{
  return (KaBox) {
    (self->origin_x - margin_px) / self->world_size,
    (self->origin_y - margin_px) / self->world_size,
    (self->origin_x + self->width + margin_px) / self->world_size,
    (self->origin_y + self->height + margin_px) / self->world_size,
  };
}

void
ka_view_transform_apply (const KaViewTransform *self,
                         cairo_t               *cr)
{
  cairo_translate (cr, -self->origin_x, -self->origin_y);
  cairo_scale (cr, self->world_size, self->world_size);
}

double
ka_view_transform_zoom_for_box (const KaBox *lonlat_box,
                                double       width,
                                double       height)
{
  double dx, dy, zoom_x, zoom_y;

  dx = ka_geo_lon_to_mercator_x (lonlat_box->max_x) - ka_geo_lon_to_mercator_x (lonlat_box->min_x);
  dy = ka_geo_lat_to_mercator_y (lonlat_box->min_y) - ka_geo_lat_to_mercator_y (lonlat_box->max_y);

  if (width <= 0 || height <= 0 || dx <= 0 || dy <= 0)
    return KA_MIN_ZOOM;

  width = MAX (width - 2 * FRAME_MARGIN_PX, width / 2);
  height = MAX (height - 2 * FRAME_MARGIN_PX, height / 2);
  zoom_x = log2 (width / (dx * TILE_SIZE));
  zoom_y = log2 (height / (dy * TILE_SIZE));

  return CLAMP (MIN (zoom_x, zoom_y), KA_MIN_ZOOM, KA_MAX_ZOOM);
}
