/* ka-geometry.c — paths, polygons and geometries of the atlas's features
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-geometry"

#include "config.h"

#include <string.h>

#include "ka-geometry.h"

static KaBox
points_bbox (const KaPoint *points,
             guint          n_points)
{
  KaBox box = ka_box_empty ();

  for (guint i = 0; i < n_points; i++)
    ka_box_add_point (&box, points[i].x, points[i].y);

  return box;
}

/* @points is an a(dd) of lon/lat pairs (a ring without its closing
 * point); the build wrote it, so it is a KaPoint array as it stands. */
static void
path_init_from_variant (KaPath   *out,
                        GVariant *points)
{
  gsize n = 0;
  const KaPoint *data = g_variant_get_fixed_array (points, &n, sizeof (KaPoint));

  out->n_points = n;
  out->points = g_memdup2 (data, MAX (n, 1) * sizeof (KaPoint));
  out->bbox = points_bbox (out->points, out->n_points);
}

/**
 * ka_geometry_init_polygons:
 * @polygons: an aaa(dd): polygons of rings of lon/lat points
 * @out: (out caller-allocates): cleared with ka_geometry_clear()
 */
void
ka_geometry_init_polygons (KaGeometry *out,
                           GVariant   *polygons)
{
  gsize n = g_variant_n_children (polygons);

  memset (out, 0, sizeof *out);
  out->kind = KA_GEOMETRY_POLYGONAL;
  out->bbox = ka_box_empty ();
  out->polygons = g_new0 (KaPolygon, MAX (n, 1));
  out->n_polygons = n;
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(GVariant) rings = g_variant_get_child_value (polygons, i);
      KaPolygon *polygon = &out->polygons[i];

      polygon->n_rings = g_variant_n_children (rings);
      polygon->rings = g_new0 (KaPath, MAX (polygon->n_rings, 1));
      for (guint r = 0; r < polygon->n_rings; r++)
        {
          g_autoptr(GVariant) ring = g_variant_get_child_value (rings, r);

          path_init_from_variant (&polygon->rings[r], ring);
        }
      /* Holes lie inside the outer ring, so it alone bounds the polygon. */
      polygon->bbox = polygon->rings[0].bbox;
      ka_box_add_box (&out->bbox, &polygon->bbox);
    }
}

/**
 * ka_geometry_init_lines:
 * @lines: an aa(dd): lines of lon/lat points
 * @out: (out caller-allocates): cleared with ka_geometry_clear()
 */
void
ka_geometry_init_lines (KaGeometry *out,
                        GVariant   *lines)
{
  gsize n = g_variant_n_children (lines);

  memset (out, 0, sizeof *out);
  out->kind = KA_GEOMETRY_LINEAR;
  out->bbox = ka_box_empty ();
  out->lines = g_new0 (KaPath, MAX (n, 1));
  out->n_lines = n;
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(GVariant) line = g_variant_get_child_value (lines, i);

      path_init_from_variant (&out->lines[i], line);
      ka_box_add_box (&out->bbox, &out->lines[i].bbox);
    }
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
