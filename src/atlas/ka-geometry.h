/* ka-geometry.h — paths, polygons and geometries of the atlas's features
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ka-geo.h"

G_BEGIN_DECLS

/* A run of points: a polygon ring (the closing point is NOT repeated) or
 * a line. */
typedef struct
{
  KaPoint *points;
  guint    n_points;
  KaBox    bbox;
} KaPath;

/* One polygon: rings[0] is the outer ring, the rest are holes. */
typedef struct
{
  KaPath *rings;
  guint   n_rings;
  KaBox   bbox;
} KaPolygon;

typedef enum
{
  KA_GEOMETRY_NONE,
  KA_GEOMETRY_POLYGONAL,  /* Polygon or MultiPolygon */
  KA_GEOMETRY_LINEAR,     /* LineString or MultiLineString */
} KaGeometryKind;

/* A feature's geometry in lon/lat degrees; only the arrays that match
 * @kind are set. */
typedef struct
{
  KaGeometryKind kind;
  KaPolygon     *polygons;
  guint          n_polygons;
  KaPath        *lines;
  guint          n_lines;
  KaBox          bbox;
} KaGeometry;

void             ka_geometry_init_polygons           (KaGeometry       *out,
                                                      GVariant         *polygons);
void             ka_geometry_init_lines              (KaGeometry       *out,
                                                      GVariant         *lines);
void             ka_path_clear                       (KaPath           *path);
void             ka_path_copy_to_mercator            (const KaPath     *path,
                                                      KaPath           *out);
void             ka_polygon_clear                    (KaPolygon        *polygon);
void             ka_polygon_copy_to_mercator         (const KaPolygon  *polygon,
                                                      KaPolygon        *out);
gboolean         ka_polygon_contains                 (const KaPolygon  *polygon,
                                                      double            x,
                                                      double            y);
void             ka_geometry_clear                   (KaGeometry       *geometry);

G_END_DECLS
