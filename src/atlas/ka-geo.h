/* ka-geo.h — projection and planar geometry shared by the model and the map
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the atlas frames when it opens: Hokkaido through Shumshu. The
 * benchmarks measure over the same area. */
#define KA_FRAME_WEST   139.0
#define KA_FRAME_EAST   157.0
#define KA_FRAME_SOUTH   41.5
#define KA_FRAME_NORTH   51.5
#define KA_FRAME_BOX ((KaBox) { KA_FRAME_WEST, KA_FRAME_SOUTH, KA_FRAME_EAST, KA_FRAME_NORTH })

/* Web Mercator clamps latitude here so the square world stays finite. */
/* The zoom levels the atlas draws, lectures may ask for and the
 * benchmarks measure: the whole chain at the widest, a harbour at the
 * closest. */
#define KA_MIN_ZOOM 3
#define KA_MAX_ZOOM 13

#define KA_GEO_MAX_LATITUDE 85.0511287798

/* A point in lon/lat degrees (WGS 84) or in normalised Web Mercator
 * units, depending on context; the functions say which. */
typedef struct
{
  double x;
  double y;
} KaPoint;

/* An axis-aligned box; empty when min > max. */
typedef struct
{
  double min_x;
  double min_y;
  double max_x;
  double max_y;
} KaBox;

/* Normalised Web Mercator: x and y in [0, 1], y growing southwards, so a
 * tile (z, tx, ty) of size S covers [tx, tx+1] / 2^z in both axes. */
double   ka_geo_lon_to_mercator_x (double lon);
double   ka_geo_lat_to_mercator_y (double lat);
double   ka_geo_mercator_x_to_lon (double x);
double   ka_geo_mercator_y_to_lat (double y);

KaBox    ka_box_empty             (void);
void     ka_box_add_point         (KaBox       *box,
                                   double       x,
                                   double       y);
void     ka_box_add_box           (KaBox       *box,
                                   const KaBox *other);
gboolean ka_box_is_empty          (const KaBox *box);
gboolean ka_box_intersects        (const KaBox *a,
                                   const KaBox *b);
gboolean ka_box_contains_point    (const KaBox *box,
                                   double       x,
                                   double       y);
KaBox    ka_box_expand            (const KaBox *box,
                                   double       margin);

/* Even-odd point-in-polygon test of one closed ring of @n_points
 * (the closing point may or may not repeat the first). */
gboolean ka_geo_ring_contains     (const KaPoint *points,
                                   gsize          n_points,
                                   double         x,
                                   double         y);

double   ka_geo_segment_distance_squared (const KaPoint *a,
                                          const KaPoint *b,
                                          double         x,
                                          double         y);

/* Shortest distance from (x, y) to the ring's edges, in the ring's units. */
double   ka_geo_ring_distance     (const KaPoint *points,
                                   gsize          n_points,
                                   double         x,
                                   double         y);

/* Distance in metres on the WGS 84 sphere approximation (haversine). */
double   ka_geo_distance_m        (double lon1,
                                   double lat1,
                                   double lon2,
                                   double lat2);

G_END_DECLS
