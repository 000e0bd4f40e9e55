/* ka-geojson.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-geojson"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ka-geojson.h"
#include "ka-json-scan.h"

struct _KaGeojsonReader
{
  char       *name;
  JsonParser *parser;
  JsonArray  *features;

  /* The selected feature, so that errors can say which one. */
  guint       index;
  JsonObject *feature;
  JsonObject *properties;
  char       *feature_label;
};

G_DEFINE_QUARK (ka-geojson-error-quark, ka_geojson_error)

static void
set_error_valist (KaGeojsonReader *reader,
                  GError         **error,
                  KaGeojsonError   code,
                  const char      *format,
                  va_list          args) G_GNUC_PRINTF (4, 0);

static void
set_error_valist (KaGeojsonReader *reader,
                  GError         **error,
                  KaGeojsonError   code,
                  const char      *format,
                  va_list          args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  if (reader->feature_label != NULL)
    g_set_error (error, KA_GEOJSON_ERROR, code, "%s: %s: %s",
                 reader->name, reader->feature_label, message);
  else
    g_set_error (error, KA_GEOJSON_ERROR, code, "%s: %s", reader->name, message);
}

/**
 * ka_geojson_reader_set_error:
 *
 * Sets @error to a message that names the file and, once a feature is
 * selected, the feature's position and id.
 */
void
ka_geojson_reader_set_error (KaGeojsonReader *reader,
                             GError         **error,
                             KaGeojsonError   code,
                             const char      *format,
                             ...)
{
  va_list args;

  va_start (args, format);
  set_error_valist (reader, error, code, format, args);
  va_end (args);
}

/* The string of @object's "type" member, or %NULL when it has none or it
 * is not a string: json-glib's own getter warns at an array or object
 * there (found by fuzz/fuzz-geojson-boundaries.c). */
static const char *
get_type_member (JsonObject *object)
{
  JsonNode *node = json_object_get_member (object, "type");

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/**
 * ka_geojson_reader_new:
 * @bytes: the file's contents
 * @name: a name for messages, usually the file's basename
 *
 * Parses a GeoJSON FeatureCollection. Returns %NULL with @error set when
 * @bytes is not JSON or not a collection of features.
 */
KaGeojsonReader *
ka_geojson_reader_new (GBytes      *bytes,
                       const char  *name,
                       GError     **error)
{
  g_autoptr(KaGeojsonReader) reader = g_new0 (KaGeojsonReader, 1);
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonObject *object;
  JsonNode *features;
  KaTextPosition position;
  gsize size = 0;
  const char *data;
  const char *type;

  g_return_val_if_fail (bytes != NULL, NULL);

  reader->name = g_strdup (name != NULL ? name : "GeoJSON");
  reader->parser = json_parser_new_immutable ();

  data = g_bytes_get_data (bytes, &size);
  if (data == NULL)
    data = "";
  data = ka_json_scan_skip_bom (data, &size);

  /* Strict JSON first: json-glib 1.6 accepts comments, several values in
   * a row and more, and leaks what it read on some of those paths
   * (found by fuzz/fuzz-geojson-*.c). */
  if (!ka_json_scan_check (data, size, &position, &local_error))
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_PARSE,
                                   "line %u, column %u: %s",
                                   position.line, position.column, local_error->message);
      return NULL;
    }

  if (!json_parser_load_from_data (reader->parser, data, size, &local_error))
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_PARSE,
                                   "%s", local_error->message);
      return NULL;
    }

  root = json_parser_get_root (reader->parser);
  if (root == NULL)
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_PARSE,
                                   "the file is empty");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_STRUCTURE,
                                   "the top level is not a JSON object");
      return NULL;
    }

  object = json_node_get_object (root);
  type = get_type_member (object);
  if (g_strcmp0 (type, "FeatureCollection") != 0)
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_STRUCTURE,
                                   "the top level is not a FeatureCollection");
      return NULL;
    }

  features = json_object_get_member (object, "features");
  if (features == NULL || !JSON_NODE_HOLDS_ARRAY (features))
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_STRUCTURE,
                                   "“features” is missing or not an array");
      return NULL;
    }

  reader->features = json_node_get_array (features);

  return g_steal_pointer (&reader);
}

void
ka_geojson_reader_free (KaGeojsonReader *reader)
{
  if (reader == NULL)
    return;

  g_clear_object (&reader->parser);
  g_free (reader->feature_label);
  g_free (reader->name);
  g_free (reader);
}

guint
ka_geojson_reader_get_n_features (KaGeojsonReader *reader)
{
  return json_array_get_length (reader->features);
}

/**
 * ka_geojson_reader_select:
 *
 * Makes feature @index the one the read functions look at. Fails when it
 * is not a Feature object with a properties object.
 */
gboolean
ka_geojson_reader_select (KaGeojsonReader  *reader,
                          guint             index,
                          GError          **error)
{
  JsonNode *node;
  JsonNode *properties;
  const char *id = NULL;

  g_return_val_if_fail (index < ka_geojson_reader_get_n_features (reader), FALSE);

  reader->index = index;
  reader->feature = NULL;
  reader->properties = NULL;
  g_clear_pointer (&reader->feature_label, g_free);
  reader->feature_label = g_strdup_printf ("feature %u", index);

  node = json_array_get_element (reader->features, index);
  if (!JSON_NODE_HOLDS_OBJECT (node) ||
      g_strcmp0 (get_type_member (json_node_get_object (node)), "Feature") != 0)
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_STRUCTURE,
                                   "not a Feature object");
      return FALSE;
    }

  reader->feature = json_node_get_object (node);
  properties = json_object_get_member (reader->feature, "properties");
  if (properties == NULL || !JSON_NODE_HOLDS_OBJECT (properties))
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_STRUCTURE,
                                   "“properties” is missing or not an object");
      return FALSE;
    }
  reader->properties = json_node_get_object (properties);

  /* Name the feature by its id from now on, if it has a usable one. */
  node = json_object_get_member (reader->properties, "id");
  if (node == NULL)
    node = json_object_get_member (reader->feature, "id");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    id = json_node_get_string (node);
  if (id != NULL)
    {
      g_free (reader->feature_label);
      reader->feature_label = g_strdup_printf ("feature %u (“%s”)", index, id);
    }

  return TRUE;
}

JsonObject *
ka_geojson_reader_get_properties (KaGeojsonReader *reader)
{
  return reader->properties;
}

static JsonNode *
get_member (KaGeojsonReader  *reader,
            const char       *key,
            gboolean          required,
            GError          **error)
{
  JsonNode *node;

  g_return_val_if_fail (reader->properties != NULL, NULL);

  node = json_object_get_member (reader->properties, key);
  if (node != NULL && JSON_NODE_HOLDS_NULL (node))
    node = NULL;
  if (node == NULL && required)
    ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_PROPERTY,
                                 "property “%s” is missing", key);
  return node;
}

/**
 * ka_geojson_reader_read_string:
 * @required: whether a missing (or null) property is an error
 * @out: (out): the value, owned by the reader; %NULL when absent
 *
 * Reads a string property of the selected feature. An empty string is
 * an error, since every string the atlas reads is shown to someone.
 */
gboolean
ka_geojson_reader_read_string (KaGeojsonReader  *reader,
                               const char       *key,
                               gboolean          required,
                               const char      **out,
                               GError          **error)
{
  JsonNode *node = get_member (reader, key, required, error);

  *out = NULL;
  if (node == NULL)
    return !required;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      *json_node_get_string (node) == '\0')
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_PROPERTY,
                                   "property “%s” is not a non-empty string", key);
      return FALSE;
    }

  *out = json_node_get_string (node);
  return TRUE;
}

/**
 * ka_geojson_reader_read_int:
 *
 * Reads a required integer property of the selected feature.
 */
gboolean
ka_geojson_reader_read_int (KaGeojsonReader  *reader,
                            const char       *key,
                            gint64           *out,
                            GError          **error)
{
  JsonNode *node = get_member (reader, key, TRUE, error);

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_PROPERTY,
                                   "property “%s” is not an integer", key);
      return FALSE;
    }

  *out = json_node_get_int (node);
  return TRUE;
}

static gboolean
node_get_double (JsonNode *node,
                 double   *out)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_DOUBLE)
    *out = json_node_get_double (node);
  else if (type == G_TYPE_INT64)
    *out = (double) json_node_get_int (node);
  else
    return FALSE;

  return isfinite (*out);
}

/**
 * ka_geojson_reader_read_double:
 *
 * Reads a required finite number property of the selected feature.
 */
gboolean
ka_geojson_reader_read_double (KaGeojsonReader  *reader,
                               const char       *key,
                               double           *out,
                               GError          **error)
{
  JsonNode *node = get_member (reader, key, TRUE, error);

  if (node == NULL)
    return FALSE;

  if (!node_get_double (node, out))
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_PROPERTY,
                                   "property “%s” is not a number", key);
      return FALSE;
    }

  return TRUE;
}

static gboolean
node_get_position (JsonNode *node,
                   KaPoint  *out)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;

  array = json_node_get_array (node);
  /* RFC 7946 allows an altitude as the third element; the atlas ignores it. */
  if (json_array_get_length (array) < 2 || json_array_get_length (array) > 3)
    return FALSE;

  if (!node_get_double (json_array_get_element (array, 0), &out->x) ||
      !node_get_double (json_array_get_element (array, 1), &out->y))
    return FALSE;

  return out->x >= -180.0 && out->x <= 180.0 && out->y >= -90.0 && out->y <= 90.0;
}

/**
 * ka_geojson_reader_read_point:
 *
 * Reads a required [lon, lat] property of the selected feature.
 */
gboolean
ka_geojson_reader_read_point (KaGeojsonReader  *reader,
                              const char       *key,
                              KaPoint          *out,
                              GError          **error)
{
  JsonNode *node = get_member (reader, key, TRUE, error);

  if (node == NULL)
    return FALSE;

  if (!node_get_position (node, out))
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_PROPERTY,
                                   "property “%s” is not a [longitude, latitude] pair", key);
      return FALSE;
    }

  return TRUE;
}

static KaBox
points_bbox (const KaPoint *points,
             guint          n_points)
{
  KaBox box = ka_box_empty ();

  for (guint i = 0; i < n_points; i++)
    ka_box_add_point (&box, points[i].x, points[i].y);

  return box;
}

/* Reads an array of positions; a ring must be closed, and its closing
 * point is dropped. */
static gboolean
read_path (KaGeojsonReader  *reader,
           JsonNode         *node,
           gboolean          ring,
           KaPath           *out,
           GError          **error)
{
  JsonArray *array;
  guint length;
  guint min_length = ring ? 4 : 2;
  g_autofree KaPoint *points = NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_GEOMETRY,
                                   "a %s is not an array of positions",
                                   ring ? "ring" : "line");
      return FALSE;
    }

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  if (length < min_length)
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_GEOMETRY,
                                   "a %s has %u positions, fewer than %u",
                                   ring ? "ring" : "line", length, min_length);
      return FALSE;
    }

  points = g_new (KaPoint, length);
  for (guint i = 0; i < length; i++)
    if (!node_get_position (json_array_get_element (array, i), &points[i]))
      {
        ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_GEOMETRY,
                                     "position %u is not a valid [longitude, latitude]", i);
        return FALSE;
      }

  if (ring)
    {
      if (points[0].x != points[length - 1].x || points[0].y != points[length - 1].y)
        {
          ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_GEOMETRY,
                                       "a ring is not closed");
          return FALSE;
        }
      length--;
    }

  out->n_points = length;
  out->points = g_steal_pointer (&points);
  out->bbox = points_bbox (out->points, out->n_points);

  return TRUE;
}

static gboolean
read_polygon (KaGeojsonReader  *reader,
              JsonNode         *node,
              KaPolygon        *out,
              GError          **error)
{
  JsonArray *array;
  guint n_rings;

  if (!JSON_NODE_HOLDS_ARRAY (node) ||
      (n_rings = json_array_get_length (array = json_node_get_array (node))) == 0)
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_GEOMETRY,
                                   "a polygon is not a non-empty array of rings");
      return FALSE;
    }

  out->rings = g_new0 (KaPath, n_rings);
  out->bbox = ka_box_empty ();
  for (guint i = 0; i < n_rings; i++)
    {
      if (!read_path (reader, json_array_get_element (array, i), TRUE, &out->rings[i], error))
        {
          ka_polygon_clear (out);
          return FALSE;
        }
      out->n_rings++;
    }
  /* Holes lie inside the outer ring, so it alone bounds the polygon. */
  out->bbox = out->rings[0].bbox;

  return TRUE;
}

static gboolean
read_polygons (KaGeojsonReader  *reader,
               JsonArray        *array,
               KaGeometry       *out,
               GError          **error)
{
  guint n = json_array_get_length (array);

  out->polygons = g_new0 (KaPolygon, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      if (!read_polygon (reader, json_array_get_element (array, i), &out->polygons[i], error))
        return FALSE;
      out->n_polygons++;
      ka_box_add_box (&out->bbox, &out->polygons[i].bbox);
    }

  return TRUE;
}

static gboolean
read_lines (KaGeojsonReader  *reader,
            JsonArray        *array,
            KaGeometry       *out,
            GError          **error)
{
  guint n = json_array_get_length (array);

  out->lines = g_new0 (KaPath, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      if (!read_path (reader, json_array_get_element (array, i), FALSE, &out->lines[i], error))
        return FALSE;
      out->n_lines++;
      ka_box_add_box (&out->bbox, &out->lines[i].bbox);
    }

  return TRUE;
}

/**
 * ka_geojson_reader_read_geometry:
 * @out: (out caller-allocates): cleared with ka_geometry_clear()
 *
 * Reads the selected feature's Polygon, MultiPolygon, LineString or
 * MultiLineString geometry. Anything else is an error.
 */
gboolean
ka_geojson_reader_read_geometry (KaGeojsonReader  *reader,
                                 KaGeometry       *out,
                                 GError          **error)
{
  JsonNode *node;
  JsonObject *geometry;
  JsonNode *coordinates;
  const char *type;
  gboolean ok = FALSE;

  g_return_val_if_fail (reader->feature != NULL, FALSE);

  memset (out, 0, sizeof *out);
  out->bbox = ka_box_empty ();

  node = json_object_get_member (reader->feature, "geometry");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_GEOMETRY,
                                   "“geometry” is missing or not an object");
      return FALSE;
    }

  geometry = json_node_get_object (node);
  type = get_type_member (geometry);
  if (type == NULL)
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_GEOMETRY,
                                   "the geometry’s “type” is missing or not a string");
      return FALSE;
    }
  coordinates = json_object_get_member (geometry, "coordinates");
  if (coordinates == NULL || !JSON_NODE_HOLDS_ARRAY (coordinates))
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_GEOMETRY,
                                   "“coordinates” is missing or not an array");
      return FALSE;
    }

  if (g_str_equal (type, "Polygon") || g_str_equal (type, "LineString"))
    {
      /* Treat the single forms as one-element multi forms. */
      JsonArray *wrapper = json_array_new ();

      json_array_add_element (wrapper, json_node_copy (coordinates));
      out->kind = g_str_equal (type, "Polygon") ? KA_GEOMETRY_POLYGONAL : KA_GEOMETRY_LINEAR;
      ok = out->kind == KA_GEOMETRY_POLYGONAL
           ? read_polygons (reader, wrapper, out, error)
           : read_lines (reader, wrapper, out, error);
      json_array_unref (wrapper);
    }
  else if (g_str_equal (type, "MultiPolygon"))
    {
      out->kind = KA_GEOMETRY_POLYGONAL;
      ok = read_polygons (reader, json_node_get_array (coordinates), out, error);
    }
  else if (g_str_equal (type, "MultiLineString"))
    {
      out->kind = KA_GEOMETRY_LINEAR;
      ok = read_lines (reader, json_node_get_array (coordinates), out, error);
    }
  else
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_GEOMETRY,
                                   "geometry type “%s” is not supported here", type);
    }

  if (ok && out->n_polygons == 0 && out->n_lines == 0)
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_GEOMETRY,
                                   "the geometry is empty");
      ok = FALSE;
    }

  if (!ok)
    ka_geometry_clear (out);

  return ok;
}

void
ka_path_clear (KaPath *path)
{
  g_clear_pointer (&path->points, g_free);
  path->n_points = 0;
  path->bbox = ka_box_empty ();
}

/**
 * ka_path_copy_to_mercator:
 * @out: (out caller-allocates): cleared with ka_path_clear()
 *
 * Projects a lon/lat path to normalised Web Mercator.
 */
void
ka_path_copy_to_mercator (const KaPath *path,
                          KaPath       *out)
{
  out->n_points = path->n_points;
  out->points = g_new (KaPoint, MAX (path->n_points, 1));
  for (guint i = 0; i < path->n_points; i++)
    {
      out->points[i].x = ka_geo_lon_to_mercator_x (path->points[i].x);
      out->points[i].y = ka_geo_lat_to_mercator_y (path->points[i].y);
    }
  out->bbox = points_bbox (out->points, out->n_points);
}

void
ka_polygon_clear (KaPolygon *polygon)
{
  for (guint i = 0; i < polygon->n_rings; i++)
    ka_path_clear (&polygon->rings[i]);
  g_clear_pointer (&polygon->rings, g_free);
  polygon->n_rings = 0;
  polygon->bbox = ka_box_empty ();
}

/**
 * ka_polygon_copy_to_mercator:
 * @out: (out caller-allocates): cleared with ka_polygon_clear()
 *
 * Projects a lon/lat polygon to normalised Web Mercator.
 */
void
ka_polygon_copy_to_mercator (const KaPolygon *polygon,
                             KaPolygon       *out)
{
  out->n_rings = polygon->n_rings;
  out->rings = g_new0 (KaPath, MAX (polygon->n_rings, 1));
  for (guint i = 0; i < polygon->n_rings; i++)
    ka_path_copy_to_mercator (&polygon->rings[i], &out->rings[i]);
  out->bbox = polygon->n_rings > 0 ? out->rings[0].bbox : ka_box_empty ();
}

/**
 * ka_polygon_contains:
 *
 * Whether (x, y) lies inside the outer ring and outside every hole.
 * Linear in the number of points; islands keep an index for speed.
 */
gboolean
ka_polygon_contains (const KaPolygon *polygon,
                     double           x,
                     double           y)
{
  if (polygon->n_rings == 0 || !ka_box_contains_point (&polygon->bbox, x, y))
    return FALSE;

  if (!ka_geo_ring_contains (polygon->rings[0].points, polygon->rings[0].n_points, x, y))
    return FALSE;

  for (guint i = 1; i < polygon->n_rings; i++)
    if (ka_geo_ring_contains (polygon->rings[i].points, polygon->rings[i].n_points, x, y))
      return FALSE;

  return TRUE;
}

void
ka_geometry_clear (KaGeometry *geometry)
{
  for (guint i = 0; i < geometry->n_polygons; i++)
    ka_polygon_clear (&geometry->polygons[i]);
  g_clear_pointer (&geometry->polygons, g_free);
  geometry->n_polygons = 0;

  for (guint i = 0; i < geometry->n_lines; i++)
    ka_path_clear (&geometry->lines[i]);
  g_clear_pointer (&geometry->lines, g_free);
  geometry->n_lines = 0;

  geometry->kind = KA_GEOMETRY_NONE;
  geometry->bbox = ka_box_empty ();
}
