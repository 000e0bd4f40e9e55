/* ka-boundary.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-boundary"

#include "config.h"

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

/**
 * ka_boundary_new_from_variant:
 * @fields: one line as the build compiled it (BOUNDARIES_TYPE in
 *   build-aux/atlas_compile_geojson.py); the build checked every field
 */
KaBoundary *
ka_boundary_new_from_variant (GVariant *fields)
{
  KaBoundary *boundary = g_new0 (KaBoundary, 1);
  g_autoptr(GVariant) lines = NULL;
  guint8 kind;

  g_atomic_ref_count_init (&boundary->ref_count);

  g_variant_get (fields, "(ssssssssuyb(dd)@aa(dd))",
                 &boundary->id, &boundary->name_en, &boundary->name_ru, &boundary->name_ja,
                 &boundary->event, &boundary->date, &boundary->source, &boundary->description,
                 &boundary->year, &kind, &boundary->on_land,
                 &boundary->label.x, &boundary->label.y, &lines);
  boundary->kind = kind;
  boundary->year_index = ka_year_index (boundary->year);

  ka_geometry_init_lines (&boundary->geometry, lines);
  boundary->mercator = g_new0 (KaPath, boundary->geometry.n_lines);
  for (guint i = 0; i < boundary->geometry.n_lines; i++)
    ka_path_copy_to_mercator (&boundary->geometry.lines[i], &boundary->mercator[i]);

  return boundary;
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
