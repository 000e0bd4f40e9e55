/* ka-geo.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-geo"

#include "config.h"

#include <math.h>

#include "ka-geo.h"

#define EARTH_RADIUS_M 6371008.8

double
ka_geo_lon_to_mercator_x (double lon)
{
  return (lon + 180.0) / 360.0;
}

double
ka_geo_lat_to_mercator_y (double lat)
{
  double phi = CLAMP (lat, -KA_GEO_MAX_LATITUDE, KA_GEO_MAX_LATITUDE) * G_PI / 180.0;

  return (1.0 - log (tan (phi) + 1.0 / cos (phi)) / G_PI) / 2.0;
}

double
ka_geo_mercator_x_to_lon (double x)
{
  return x * 360.0 - 180.0;
}

double
ka_geo_mercator_y_to_lat (double y)
{
  return atan (sinh (G_PI * (1.0 - 2.0 * y))) * 180.0 / G_PI;
}

KaBox
ka_box_empty (void)
{
  return (KaBox) { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
}

void
ka_box_add_point (KaBox  *box,
                  double  x,
                  double  y)
{
  box->min_x = MIN (box->min_x, x);
  box->min_y = MIN (box->min_y, y);
  box->max_x = MAX (box->max_x, x);
  box->max_y = MAX (box->max_y, y);
}

void
ka_box_add_box (KaBox       *box,
                const KaBox *other)
{
  if (ka_box_is_empty (other))
    return;

  ka_box_add_point (box, other->min_x, other->min_y);
  ka_box_add_point (box, other->max_x, other->max_y);
}

gboolean
ka_box_is_empty (const KaBox *box)
{
  return box->min_x > box->max_x || box->min_y > box->max_y;
}

gboolean
ka_box_intersects (const KaBox *a,
                   const KaBox *b)
{
  return a->min_x <= b->max_x && b->min_x <= a->max_x &&
         a->min_y <= b->max_y && b->min_y <= a->max_y;
}

gboolean
ka_box_contains_point (const KaBox *box,
                       double       x,
                       double       y)
{
  return x >= box->min_x && x <= box->max_x &&
         y >= box->min_y && y <= box->max_y;
}

KaBox
ka_box_expand (const KaBox *box,
               double       margin)
{
  return (KaBox) {
    box->min_x - margin, box->min_y - margin,
    box->max_x + margin, box->max_y + margin,
  };
}

gboolean
ka_geo_ring_contains (const KaPoint *points,
                      gsize          n_points,
                      double         x,
                      double         y)
{
  gboolean inside = FALSE;

  for (gsize i = 0, j = n_points - 1; i < n_points; j = i++)
    {
      const KaPoint *a = &points[i];
      const KaPoint *b = &points[j];

      if ((a->y > y) != (b->y > y) &&
          x < (b->x - a->x) * (y - a->y) / (b->y - a->y) + a->x)
        inside = !inside;
    }

  return inside;
}

/**
 * ka_geo_segment_distance_squared:
 *
 * Returns: the squared distance from (@x, @y) to the segment from @a to
 *   @b, in their units
 */
double
ka_geo_segment_distance_squared (const KaPoint *a,
                                 const KaPoint *b,
                                 double         x,
                                 double         y)
{
  double dx = b->x - a->x;
  double dy = b->y - a->y;
  double length_squared = dx * dx + dy * dy;
  double t = 0.0;

  if (length_squared > 0.0)
    t = CLAMP (((x - a->x) * dx + (y - a->y) * dy) / length_squared, 0.0, 1.0);

  dx = a->x + t * dx - x;
  dy = a->y + t * dy - y;

  return dx * dx + dy * dy;
}

double
ka_geo_ring_distance (const KaPoint *points,
                      gsize          n_points,
                      double         x,
                      double         y)
{
  double best = G_MAXDOUBLE;

  for (gsize i = 0, j = n_points - 1; i < n_points; j = i++)
    best = MIN (best, ka_geo_segment_distance_squared (&points[j], &points[i], x, y));

  return sqrt (best);
}

double
ka_geo_distance_m (double lon1,
                   double lat1,
                   double lon2,
                   double lat2)
{
  double phi1 = lat1 * G_PI / 180.0;
  double phi2 = lat2 * G_PI / 180.0;
  double dphi = phi2 - phi1;
  double dlambda = (lon2 - lon1) * G_PI / 180.0;
  double h = sin (dphi / 2) * sin (dphi / 2) +
             cos (phi1) * cos (phi2) * sin (dlambda / 2) * sin (dlambda / 2);

  return 2.0 * EARTH_RADIUS_M * asin (MIN (1.0, sqrt (h)));
}
