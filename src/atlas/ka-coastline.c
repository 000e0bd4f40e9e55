/* ka-coastline.c — the land polygons of the offline basemap
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-coastline"

#include "config.h"

#include "ka-coastline.h"
#include "ka-resource.h"

/* The build decodes and checks data/coastline/kuril-land.kacoast (its
 * format is in data/coastline/README.md) and compiles it into this. */
#define COASTLINE_TYPE "(a(iiiiy)a(yyu)a(dd))"
#define MICRODEGREES 1000000.0

typedef struct
{
  gint32 west;
  gint32 east;
  gint32 south;
  gint32 north;
  guint8 resolution;
} Part;

typedef struct
{
  guint8 level;
  guint8 part;
  guint32 n_points;
} RingRecord;

typedef struct
{
  KaCoastlineLevel level;
  guint part;
  gsize first;
  gsize n_points;
  KaBox bbox;
  KaBox mercator_bbox;
} Ring;

struct _KaCoastline
{
  gatomicrefcount ref_count;

  GVariant *data;
  KaBox region;
  guint n_parts;
  const Part *parts;
  guint n_rings;
  Ring *rings;
  gsize n_points;
  const KaPoint *points;  /* in @data */
  KaPoint *mercator;
};

G_DEFINE_BOXED_TYPE (KaCoastline, ka_coastline, ka_coastline_ref, ka_coastline_unref)

static void
ka_coastline_free (KaCoastline *self)
{
  g_clear_pointer (&self->data, g_variant_unref);
  g_free (self->rings);
  g_free (self->mercator);
  g_free (self);
}

/**
 * ka_coastline_new_from_resource:
 *
 * Maps the compiled coastline from the GResource: the lon/lat points are
 * used where they lie; only their Web Mercator projection and the rings'
 * boxes are computed.
 *
 * Returns: (transfer full): the coastline, or %NULL with @error set if
 *   the build left it out
 */
KaCoastline *
ka_coastline_new_from_resource (GError **error)
{
  g_autoptr(GVariant) data = ka_resource_lookup_variant (KA_COASTLINE_RESOURCE,
                                                         G_VARIANT_TYPE (COASTLINE_TYPE),
                                                         error);
  g_autoptr(GVariant) parts = NULL;
  g_autoptr(GVariant) rings = NULL;
  g_autoptr(GVariant) points = NULL;
  const RingRecord *records;
  gsize n_parts, n_rings, n_points;
  KaCoastline *self;
  gsize first = 0;

  if (data == NULL)
    return NULL;

  self = g_new0 (KaCoastline, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->data = g_variant_ref (data);

  parts = g_variant_get_child_value (data, 0);
  rings = g_variant_get_child_value (data, 1);
  points = g_variant_get_child_value (data, 2);
  self->parts = g_variant_get_fixed_array (parts, &n_parts, sizeof (Part));
  records = g_variant_get_fixed_array (rings, &n_rings, sizeof (RingRecord));
  self->points = g_variant_get_fixed_array (points, &n_points, sizeof (KaPoint));
  self->n_parts = n_parts;
  self->n_rings = n_rings;
  self->n_points = n_points;

  self->region = ka_box_empty ();
  for (guint i = 0; i < self->n_parts; i++)
    {
      ka_box_add_point (&self->region, self->parts[i].west / MICRODEGREES, self->parts[i].south / MICRODEGREES);
      ka_box_add_point (&self->region, self->parts[i].east / MICRODEGREES, self->parts[i].north / MICRODEGREES);
    }

  self->rings = g_new0 (Ring, MAX (self->n_rings, 1));
  self->mercator = g_new (KaPoint, MAX (self->n_points, 1));
  for (guint r = 0; r < self->n_rings; r++)
    {
      Ring *ring = &self->rings[r];

      ring->level = records[r].level;
      ring->part = records[r].part;
      ring->first = first;
      ring->n_points = records[r].n_points;
      ring->bbox = ka_box_empty ();
      ring->mercator_bbox = ka_box_empty ();
      for (gsize i = first; i < first + ring->n_points; i++)
        {
          const KaPoint *point = &self->points[i];
          KaPoint *projected = &self->mercator[i];

          projected->x = ka_geo_lon_to_mercator_x (point->x);
          projected->y = ka_geo_lat_to_mercator_y (point->y);
          ka_box_add_point (&ring->bbox, point->x, point->y);
          ka_box_add_point (&ring->mercator_bbox, projected->x, projected->y);
        }
      first += ring->n_points;
    }

  return self;
}

KaCoastline *
ka_coastline_ref (KaCoastline *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ka_coastline_unref (KaCoastline *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    ka_coastline_free (self);
}

/**
 * ka_coastline_get_region:
 *
 * Returns: the lon/lat box around all parts of the data.
 */
KaBox
ka_coastline_get_region (KaCoastline *self)
{
  return self->region;
}

/**
 * ka_coastline_get_n_parts:
 *
 * The data comes in parts that tile the region without overlapping, each
 * from one GSHHG resolution.
 */
guint
ka_coastline_get_n_parts (KaCoastline *self)
{
  return self->n_parts;
}

/**
 * ka_coastline_get_part_region:
 *
 * Returns: the part's lon/lat box; rings of the part that reach its edge
 * are closed along it, and those stretches are not shore.
 */
KaBox
ka_coastline_get_part_region (KaCoastline *self,
                              guint        part)
{
  g_return_val_if_fail (part < self->n_parts, ka_box_empty ());

  return (KaBox) {
    self->parts[part].west / MICRODEGREES, self->parts[part].south / MICRODEGREES,
    self->parts[part].east / MICRODEGREES, self->parts[part].north / MICRODEGREES,
  };
}

/**
 * ka_coastline_get_part_resolution:
 *
 * Returns: GSHHG's letter for the part's resolution: f(ull), h(igh),
 * i(ntermediate), l(ow) or c(rude).
 */
char
ka_coastline_get_part_resolution (KaCoastline *self,
                                  guint        part)
{
  g_return_val_if_fail (part < self->n_parts, '\0');

  return self->parts[part].resolution;
}

guint
ka_coastline_get_n_rings (KaCoastline *self)
{
  return self->n_rings;
}

gsize
ka_coastline_get_n_points (KaCoastline *self)
{
  return self->n_points;
}

KaCoastlineLevel
ka_coastline_get_ring_level (KaCoastline *self,
                             guint        ring)
{
  g_return_val_if_fail (ring < self->n_rings, 0);

  return self->rings[ring].level;
}

guint
ka_coastline_get_ring_part (KaCoastline *self,
                            guint        ring)
{
  g_return_val_if_fail (ring < self->n_rings, 0);

  return self->rings[ring].part;
}

gsize
ka_coastline_get_ring_n_points (KaCoastline *self,
                                guint        ring)
{
  g_return_val_if_fail (ring < self->n_rings, 0);

  return self->rings[ring].n_points;
}

/**
 * ka_coastline_get_ring_points:
 *
 * Returns: (transfer none): the ring's points in lon/lat degrees,
 * counter-clockwise with the ring's own area on the left; the first point
 * is not repeated at the end.
 */
const KaPoint *
ka_coastline_get_ring_points (KaCoastline *self,
                              guint        ring)
{
  g_return_val_if_fail (ring < self->n_rings, NULL);

  return self->points + self->rings[ring].first;
}

/**
 * ka_coastline_get_ring_mercator:
 *
 * Returns: (transfer none): the same points in normalised Web Mercator.
 */
const KaPoint *
ka_coastline_get_ring_mercator (KaCoastline *self,
                                guint        ring)
{
  g_return_val_if_fail (ring < self->n_rings, NULL);

  return self->mercator + self->rings[ring].first;
}

KaBox
ka_coastline_get_ring_bbox (KaCoastline *self,
                            guint        ring)
{
  g_return_val_if_fail (ring < self->n_rings, ka_box_empty ());

  return self->rings[ring].bbox;
}

KaBox
ka_coastline_get_ring_mercator_bbox (KaCoastline *self,
                                     guint        ring)
{
  g_return_val_if_fail (ring < self->n_rings, ka_box_empty ());

  return self->rings[ring].mercator_bbox;
}

/**
 * ka_coastline_level_at:
 *
 * Returns: the level of the innermost ring around (@lon, @lat): 0 for the
 * sea, then 1 land, 2 lake, 3 island in a lake, 4 pond.
 */
guint
ka_coastline_level_at (KaCoastline *self,
                       double       lon,
                       double       lat)
{
  guint level = 0;

  /* GSHHG nests levels strictly, so the deepest ring around a point is
   * the innermost one. */
  for (guint r = 0; r < self->n_rings; r++)
    {
      const Ring *ring = &self->rings[r];

      if (ring->level > level &&
          ka_box_contains_point (&ring->bbox, lon, lat) &&
          ka_geo_ring_contains (self->points + ring->first, ring->n_points, lon, lat))
        level = ring->level;
    }

  return level;
}

/**
 * ka_coastline_is_land:
 *
 * Returns: whether (@lon, @lat) is on land: inside a land ring and not in
 * a lake on it, or on an island in such a lake, and so on.
 */
gboolean
ka_coastline_is_land (KaCoastline *self,
                      double       lon,
                      double       lat)
{
  return ka_coastline_level_at (self, lon, lat) % 2 == 1;
}
