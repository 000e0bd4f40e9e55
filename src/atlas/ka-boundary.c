/* ka-boundary.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-boundary"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ka-boundary-private.h"
#include "ka-island.h"

struct _KaBoundary
{
  gatomicrefcount ref_count;

  char           *id;
  char           *name_en;
  char           *name_ru;
  char           *name_ja;
  char           *event;
  char           *date;
  char           *source;
  char           *description;
  guint           year;
  int             year_index;
  KaBoundaryKind  kind;
  gboolean        on_land;
  KaPoint         label;

  KaGeometry      geometry;
  KaPath         *mercator;
};

G_DEFINE_BOXED_TYPE (KaBoundary, ka_boundary, ka_boundary_ref, ka_boundary_unref)

KaBoundary *
ka_boundary_ref (KaBoundary *boundary)
{
  g_return_val_if_fail (boundary != NULL, NULL);

  g_atomic_ref_count_inc (&boundary->ref_count);
  return boundary;
}

void
ka_boundary_unref (KaBoundary *boundary)
{
  g_return_if_fail (boundary != NULL);

  if (!g_atomic_ref_count_dec (&boundary->ref_count))
    return;

  g_free (boundary->id);
  g_free (boundary->name_en);
  g_free (boundary->name_ru);
  g_free (boundary->name_ja);
  g_free (boundary->event);
  g_free (boundary->date);
  g_free (boundary->source);
  g_free (boundary->description);
  for (guint i = 0; boundary->mercator != NULL && i < boundary->geometry.n_lines; i++)
    ka_path_clear (&boundary->mercator[i]);
  g_free (boundary->mercator);
  ka_geometry_clear (&boundary->geometry);
  g_free (boundary);
}

static gboolean
read_strings (KaGeojsonReader  *reader,
              KaBoundary       *boundary,
              GError          **error)
{
  struct {
    const char *key;
    char **field;
  } strings[] = {
    { "id", &boundary->id },
    { "name_en", &boundary->name_en },
    { "name_ru", &boundary->name_ru },
    { "name_ja", &boundary->name_ja },
    { "event", &boundary->event },
    { "date", &boundary->date },
    { "source", &boundary->source },
    { "description", &boundary->description },
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      const char *value;

      if (!ka_geojson_reader_read_string (reader, strings[i].key, TRUE, &value, error))
        return FALSE;
      *strings[i].field = g_strdup (value);
    }

  return TRUE;
}

static gboolean
read_year_and_date (KaGeojsonReader  *reader,
                    KaBoundary       *boundary,
                    GError          **error)
{
  gint64 year;
  int y = 0, m = 0, d = 0;
  char end = '\0';

  if (!ka_geojson_reader_read_int (reader, "year", &year, error))
    return FALSE;

  boundary->year_index = year > 0 && year < 10000 ? ka_year_index ((guint) year) : -1;
  if (boundary->year_index < 0)
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_PROPERTY,
                                   "%" G_GINT64_FORMAT " is not a layer year", year);
      return FALSE;
    }
  boundary->year = (guint) year;

  /* An ISO 8601 calendar date of the layer's own year. */
  if (strlen (boundary->date) != 10 ||
      sscanf (boundary->date, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3 ||
      boundary->date[4] != '-' || boundary->date[7] != '-' ||
      !g_date_valid_dmy (d, m, y) || (guint) y != boundary->year)
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_PROPERTY,
                                   "“date” %s is not a YYYY-MM-DD date in %u",
                                   boundary->date, boundary->year);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_kind (KaGeojsonReader  *reader,
           KaBoundary       *boundary,
           GError          **error)
{
  const char *kind;
  JsonNode *on_land;

  if (!ka_geojson_reader_read_string (reader, "kind", TRUE, &kind, error))
    return FALSE;

  if (g_str_equal (kind, "boundary"))
    boundary->kind = KA_BOUNDARY_KIND_BOUNDARY;
  else if (g_str_equal (kind, "claim"))
    boundary->kind = KA_BOUNDARY_KIND_CLAIM;
  else
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_PROPERTY,
                                   "unknown kind “%s”", kind);
      return FALSE;
    }

  on_land = json_object_get_member (ka_geojson_reader_get_properties (reader), "on_land");
  if (on_land != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (on_land) || json_node_get_value_type (on_land) != G_TYPE_BOOLEAN)
        {
          ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_PROPERTY,
                                       "property “on_land” is not true or false");
          return FALSE;
        }
      boundary->on_land = json_node_get_boolean (on_land);
    }

  return TRUE;
}

/* Reads the selected feature of @reader; every property is checked. */
KaBoundary *
ka_boundary_new_from_feature (KaGeojsonReader  *reader,
                              GError          **error)
{
  g_autoptr(KaBoundary) boundary = g_new0 (KaBoundary, 1);

  g_atomic_ref_count_init (&boundary->ref_count);

  if (!read_strings (reader, boundary, error) ||
      !read_year_and_date (reader, boundary, error) ||
      !read_kind (reader, boundary, error) ||
      !ka_geojson_reader_read_point (reader, "label", &boundary->label, error) ||
      !ka_geojson_reader_read_geometry (reader, &boundary->geometry, error))
    return NULL;

  if (boundary->geometry.kind != KA_GEOMETRY_LINEAR)
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_GEOMETRY,
                                   "a boundary needs a LineString or MultiLineString");
      return NULL;
    }

  boundary->mercator = g_new0 (KaPath, boundary->geometry.n_lines);
  for (guint i = 0; i < boundary->geometry.n_lines; i++)
    ka_path_copy_to_mercator (&boundary->geometry.lines[i], &boundary->mercator[i]);

  return g_steal_pointer (&boundary);
}

const char *
ka_boundary_get_id (KaBoundary *boundary)
{
  return boundary->id;
}

/**
 * ka_boundary_get_name_en:
 *
 * Returns what the line follows, e.g. "Vries (Friza) Strait".
 */
const char *
ka_boundary_get_name_en (KaBoundary *boundary)
{
  return boundary->name_en;
}

const char *
ka_boundary_get_name_ru (KaBoundary *boundary)
{
  return boundary->name_ru;
}

const char *
ka_boundary_get_name_ja (KaBoundary *boundary)
{
  return boundary->name_ja;
}

guint
ka_boundary_get_year (KaBoundary *boundary)
{
  return boundary->year;
}

/**
 * ka_boundary_get_year_index:
 *
 * Returns the position of the line's year in #ka_years.
 */
int
ka_boundary_get_year_index (KaBoundary *boundary)
{
  return boundary->year_index;
}

KaBoundaryKind
ka_boundary_get_kind (KaBoundary *boundary)
{
  return boundary->kind;
}

/**
 * ka_boundary_get_event:
 *
 * Returns the treaty or event that drew the line.
 */
const char *
ka_boundary_get_event (KaBoundary *boundary)
{
  return boundary->event;
}

/**
 * ka_boundary_get_date:
 *
 * Returns the event's date as ISO 8601 (Gregorian), e.g. "1855-02-07".
 */
const char *
ka_boundary_get_date (KaBoundary *boundary)
{
  return boundary->date;
}

/**
 * ka_boundary_get_source:
 *
 * Returns the document and article the line rests on.
 */
const char *
ka_boundary_get_source (KaBoundary *boundary)
{
  return boundary->source;
}

const char *
ka_boundary_get_description (KaBoundary *boundary)
{
  return boundary->description;
}

/**
 * ka_boundary_is_on_land:
 *
 * Whether the line runs across land by design (the 50th parallel on
 * Sakhalin); every other line keeps to the sea.
 */
gboolean
ka_boundary_is_on_land (KaBoundary *boundary)
{
  return boundary->on_land;
}

/**
 * ka_boundary_get_label:
 *
 * Returns where the year's label goes, in lon/lat, at sea beside the line.
 */
KaPoint
ka_boundary_get_label (KaBoundary *boundary)
{
  return boundary->label;
}

/**
 * ka_boundary_get_lines:
 *
 * Returns the line's parts in lon/lat degrees.
 */
const KaPath *
ka_boundary_get_lines (KaBoundary *boundary,
                       guint      *n_lines)
{
  *n_lines = boundary->geometry.n_lines;
  return boundary->geometry.lines;
}

/**
 * ka_boundary_get_mercator_lines:
 *
 * Returns the line's parts in normalised Web Mercator.
 */
const KaPath *
ka_boundary_get_mercator_lines (KaBoundary *boundary,
                                guint      *n_lines)
{
  *n_lines = boundary->geometry.n_lines;
  return boundary->mercator;
}

const KaBox *
ka_boundary_get_bbox (KaBoundary *boundary)
{
  return &boundary->geometry.bbox;
}
