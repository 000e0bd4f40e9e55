/* ka-geojson.h — reading GeoJSON feature collections into plain arrays
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "ka-geo.h"

G_BEGIN_DECLS

#define KA_GEOJSON_ERROR (ka_geojson_error_quark ())

typedef enum
{
  KA_GEOJSON_ERROR_PARSE,      /* not JSON at all */
  KA_GEOJSON_ERROR_STRUCTURE,  /* JSON, but not a FeatureCollection of Features */
  KA_GEOJSON_ERROR_GEOMETRY,   /* a missing, unsupported or malformed geometry */
  KA_GEOJSON_ERROR_PROPERTY,   /* a missing or malformed property */
  KA_GEOJSON_ERROR_DUPLICATE,  /* two features share an id */
} KaGeojsonError;

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

typedef struct _KaGeojsonReader KaGeojsonReader;

GQuark           ka_geojson_error_quark              (void);

KaGeojsonReader *ka_geojson_reader_new               (GBytes           *bytes,
                                                      const char       *name,
                                                      GError          **error);
void             ka_geojson_reader_free              (KaGeojsonReader  *reader);
guint            ka_geojson_reader_get_n_features    (KaGeojsonReader  *reader);
gboolean         ka_geojson_reader_select            (KaGeojsonReader  *reader,
                                                      guint             index,
                                                      GError          **error);
JsonObject      *ka_geojson_reader_get_properties    (KaGeojsonReader  *reader);
gboolean         ka_geojson_reader_read_string       (KaGeojsonReader  *reader,
                                                      const char       *key,
                                                      gboolean          required,
                                                      const char      **out,
                                                      GError          **error);
gboolean         ka_geojson_reader_read_int          (KaGeojsonReader  *reader,
                                                      const char       *key,
                                                      gint64           *out,
                                                      GError          **error);
gboolean         ka_geojson_reader_read_double       (KaGeojsonReader  *reader,
                                                      const char       *key,
                                                      double           *out,
                                                      GError          **error);
gboolean         ka_geojson_reader_read_point        (KaGeojsonReader  *reader,
                                                      const char       *key,
                                                      KaPoint          *out,
                                                      GError          **error);
gboolean         ka_geojson_reader_read_geometry     (KaGeojsonReader  *reader,
                                                      KaGeometry       *out,
                                                      GError          **error);
void             ka_geojson_reader_set_error         (KaGeojsonReader  *reader,
                                                      GError          **error,
                                                      KaGeojsonError    code,
                                                      const char       *format,
                                                      ...) G_GNUC_PRINTF (4, 5);

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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaGeojsonReader, ka_geojson_reader_free)

G_END_DECLS
