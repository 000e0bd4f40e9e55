/* ka-island.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-island"

#include "config.h"

#include <math.h>

#include "ka-edge-bands.h"
#include "ka-fold.h"
#include "ka-island-private.h"

struct _KaIsland
{
  gatomicrefcount ref_count;

  char          *id;
  char          *name_en;
  char          *name_ru;
  char          *name_ja;
  char          *name_ja_latn;
  char          *name_both;
  char          *native_both;
  GStrv          alt_names;
  KaIslandGroup  group;
  KaIslandKind   kind;
  double         area_km2;
  KaHolder       holders[KA_N_YEARS];
  guint          claimed_by;
  KaPoint        label;
  guint          order;

  KaGeometry     geometry;
  KaPolygon     *mercator;
  KaBox          mercator_bbox;
  KaEdgeBands    bands;
};

G_DEFINE_BOXED_TYPE (KaIsland, ka_island, ka_island_ref, ka_island_unref)

KaIsland *
ka_island_ref (KaIsland *island)
{
  g_return_val_if_fail (island != NULL, NULL);

  g_atomic_ref_count_inc (&island->ref_count);
  return island;
}

void
ka_island_unref (KaIsland *island)
{
  g_return_if_fail (island != NULL);

  if (!g_atomic_ref_count_dec (&island->ref_count))
    return;

  g_free (island->id);
  g_free (island->name_en);
  g_free (island->name_ru);
  g_free (island->name_ja);
  g_free (island->name_ja_latn);
  g_free (island->name_both);
  g_free (island->native_both);
  g_strfreev (island->alt_names);
  for (guint i = 0; island->mercator != NULL && i < island->geometry.n_polygons; i++)
    ka_polygon_clear (&island->mercator[i]);
  g_free (island->mercator);
  ka_geometry_clear (&island->geometry);
  ka_edge_bands_clear (&island->bands);
  g_free (island);
}

/* The fields of one island, in the order build-aux/compile-data writes
 * them (ISLANDS_TYPE in atlas_compile_geojson.py). */
enum
{
  FIELD_ID,
  FIELD_NAME_EN,
  FIELD_NAME_RU,
  FIELD_NAME_JA,
  FIELD_NAME_JA_LATN,
  FIELD_ALT_NAMES,
  FIELD_GROUP,
  FIELD_KIND,
  FIELD_AREA,
  FIELD_LABEL,
  FIELD_HOLDERS,
  FIELD_CLAIMED_BY,
  FIELD_ORDER,
  FIELD_POLYGONS,
};

static char *
join_names (const char *first,
            const char *second)
{
  g_autofree char *a = ka_fold_text (first);
  g_autofree char *b = ka_fold_text (second);

  /* "Shikotan / Shikotan" says nothing twice. */
  if (g_str_equal (a, b))
    return g_strdup (first);

  return g_strdup_printf ("%s / %s", first, second);
}

/**
 * ka_island_new_from_variant:
 * @fields: one island as the build compiled it; the build checked every
 *   field, so nothing is checked again here
 */
KaIsland *
ka_island_new_from_variant (GVariant *fields)
{
  KaIsland *island = g_new0 (KaIsland, 1);
  g_autoptr(GVariant) holders = g_variant_get_child_value (fields, FIELD_HOLDERS);
  g_autoptr(GVariant) polygons = g_variant_get_child_value (fields, FIELD_POLYGONS);
  gsize n_holders = 0;
  const guint8 *holder = g_variant_get_fixed_array (holders, &n_holders, 1);
  guint8 group, kind, claimed_by;

  g_atomic_ref_count_init (&island->ref_count);

  g_variant_get_child (fields, FIELD_ID, "s", &island->id);
  g_variant_get_child (fields, FIELD_NAME_EN, "s", &island->name_en);
  g_variant_get_child (fields, FIELD_NAME_RU, "s", &island->name_ru);
  g_variant_get_child (fields, FIELD_NAME_JA, "s", &island->name_ja);
  g_variant_get_child (fields, FIELD_NAME_JA_LATN, "s", &island->name_ja_latn);
  g_variant_get_child (fields, FIELD_ALT_NAMES, "^as", &island->alt_names);
  g_variant_get_child (fields, FIELD_GROUP, "y", &group);
  g_variant_get_child (fields, FIELD_KIND, "y", &kind);
  g_variant_get_child (fields, FIELD_AREA, "d", &island->area_km2);
  g_variant_get_child (fields, FIELD_LABEL, "(dd)", &island->label.x, &island->label.y);
  g_variant_get_child (fields, FIELD_CLAIMED_BY, "y", &claimed_by);
  g_variant_get_child (fields, FIELD_ORDER, "u", &island->order);
  island->group = group;
  island->kind = kind;
  island->claimed_by = claimed_by;
  for (guint i = 0; i < KA_N_YEARS && i < n_holders; i++)
    island->holders[i] = holder[i];

  island->name_both = join_names (island->name_en, island->name_ja_latn);
  island->native_both = join_names (island->name_ru, island->name_ja);

  ka_geometry_init_polygons (&island->geometry, polygons);
  island->mercator = g_new0 (KaPolygon, island->geometry.n_polygons);
  island->mercator_bbox = ka_box_empty ();
  for (guint i = 0; i < island->geometry.n_polygons; i++)
    {
      ka_polygon_copy_to_mercator (&island->geometry.polygons[i], &island->mercator[i]);
      ka_box_add_box (&island->mercator_bbox, &island->mercator[i].bbox);
    }

  ka_edge_bands_init (&island->bands, &island->geometry);

  return island;
}

const char *
ka_island_get_id (KaIsland *island)
{
  return island->id;
}

const char *
ka_island_get_name_en (KaIsland *island)
{
  return island->name_en;
}

const char *
ka_island_get_name_ru (KaIsland *island)
{
  return island->name_ru;
}

const char *
ka_island_get_name_ja (KaIsland *island)
{
  return island->name_ja;
}

const char *
ka_island_get_name_ja_latn (KaIsland *island)
{
  return island->name_ja_latn;
}

/**
 * ka_island_get_name:
 *
 * Returns the island's name in Latin letters for @naming: the Russian
 * name romanised ("Iturup"), the Japanese one ("Etorofu"), or both
 * ("Iturup / Etorofu", a single name when the two are the same).
 */
const char *
ka_island_get_name (KaIsland *island,
                    KaNaming  naming)
{
  switch (naming)
    {
    case KA_NAMING_JAPANESE:
      return island->name_ja_latn;
    case KA_NAMING_RUSSIAN:
      return island->name_en;
    case KA_NAMING_BOTH:
    default:
      return island->name_both;
    }
}

/**
 * ka_island_get_native_name:
 *
 * Like ka_island_get_name() in the names' own scripts: "Итуруп",
 * "択捉島" or "Итуруп / 択捉島".
 */
const char *
ka_island_get_native_name (KaIsland *island,
                           KaNaming  naming)
{
  switch (naming)
    {
    case KA_NAMING_JAPANESE:
      return island->name_ja;
    case KA_NAMING_RUSSIAN:
      return island->name_ru;
    case KA_NAMING_BOTH:
    default:
      return island->native_both;
    }
}

/**
 * ka_island_get_alt_names:
 *
 * Returns other names the island is known by (older spellings, the
 * second island of a pair), possibly an empty array; never %NULL.
 */
const char * const *
ka_island_get_alt_names (KaIsland *island)
{
  return (const char * const *) island->alt_names;
}

KaIslandGroup
ka_island_get_group (KaIsland *island)
{
  return island->group;
}

KaIslandKind
ka_island_get_kind (KaIsland *island)
{
  return island->kind;
}

double
ka_island_get_area_km2 (KaIsland *island)
{
  return island->area_km2;
}

/**
 * ka_island_get_holder:
 * @year_index: an index into #ka_years
 *
 * Returns who held the island in that layer year.
 */
KaHolder
ka_island_get_holder (KaIsland *island,
                      guint     year_index)
{
  g_return_val_if_fail (year_index < KA_N_YEARS, KA_HOLDER_UNDIVIDED);

  return island->holders[year_index];
}

/**
 * ka_island_get_claimed_by:
 *
 * Returns a bit mask of `1 << KaHolder` for each party that claims the
 * island against its present holder; 0 when nobody does.
 */
guint
ka_island_get_claimed_by (KaIsland *island)
{
  return island->claimed_by;
}

gboolean
ka_island_is_claimed_by (KaIsland *island,
                         KaHolder  holder)
{
  return (island->claimed_by & (1u << holder)) != 0;
}

/**
 * ka_island_get_label:
 *
 * Returns a point inside the island, in lon/lat, for its label.
 */
KaPoint
ka_island_get_label (KaIsland *island)
{
  return island->label;
}

/**
 * ka_island_get_order:
 *
 * Returns the island's position from north to south; context areas
 * come after every island.
 */
guint
ka_island_get_order (KaIsland *island)
{
  return island->order;
}

/**
 * ka_island_get_polygons:
 *
 * Returns the island's polygons in lon/lat degrees.
 */
const KaPolygon *
ka_island_get_polygons (KaIsland *island,
                        guint    *n_polygons)
{
  *n_polygons = island->geometry.n_polygons;
  return island->geometry.polygons;
}

/**
 * ka_island_get_mercator_polygons:
 *
 * Returns the island's polygons in normalised Web Mercator, ready to
 * scale to a map's pixels.
 */
const KaPolygon *
ka_island_get_mercator_polygons (KaIsland *island,
                                 guint    *n_polygons)
{
  *n_polygons = island->geometry.n_polygons;
  return island->mercator;
}

const KaBox *
ka_island_get_bbox (KaIsland *island)
{
  return &island->geometry.bbox;
}

const KaBox *
ka_island_get_mercator_bbox (KaIsland *island)
{
  return &island->mercator_bbox;
}

/**
 * ka_island_contains:
 *
 * Whether (@lon, @lat) is on the island's land: inside one of its
 * polygons and not in a lake.
 */
gboolean
ka_island_contains (KaIsland *island,
                    double    lon,
                    double    lat)
{
  if (!ka_box_contains_point (&island->geometry.bbox, lon, lat))
    return FALSE;

  return ka_edge_bands_contains (&island->bands, lon, lat);
}

/**
 * ka_island_get_scaled_distance:
 * @tolerance_x: how far to look east and west, in degrees of longitude
 * @tolerance_y: how far to look north and south, in degrees of latitude
 *
 * Returns the distance from (@lon, @lat) to the island's shore with
 * longitude measured in units of @tolerance_x and latitude in units of
 * @tolerance_y: 0 on land, at most 1 within the tolerance, and
 * %G_MAXDOUBLE when the shore is further than the tolerance box.
 */
double
ka_island_get_scaled_distance (KaIsland *island,
                               double    lon,
                               double    lat,
                               double    tolerance_x,
                               double    tolerance_y)
{
  KaBox query = { lon - tolerance_x, lat - tolerance_y, lon + tolerance_x, lat + tolerance_y };
  double best;
  double sx, sy;

  g_return_val_if_fail (tolerance_x > 0.0 && tolerance_y > 0.0, G_MAXDOUBLE);

  if (!ka_box_intersects (&query, &island->geometry.bbox))
    return G_MAXDOUBLE;
  if (ka_island_contains (island, lon, lat))
    return 0.0;

  sx = 1.0 / tolerance_x;
  sy = 1.0 / tolerance_y;
  best = ka_edge_bands_scaled_distance_squared (&island->bands, &query, lon, lat, sx, sy);

  return best <= 1.0 ? sqrt (best) : G_MAXDOUBLE;
}

/**
 * ka_island_get_frame:
 *
 * The lon/lat box to show @island in: the island with sea around it, and
 * never so small that a tiny islet fills the view without its context.
 */
KaBox
ka_island_get_frame (KaIsland *island)
{
  const KaBox *bbox = &island->geometry.bbox;
  double centre_x = (bbox->min_x + bbox->max_x) / 2.0;
  double centre_y = (bbox->min_y + bbox->max_y) / 2.0;
  double half_width = MAX ((bbox->max_x - bbox->min_x) * 0.75, 0.9);
  double half_height = MAX ((bbox->max_y - bbox->min_y) * 0.75, 0.6);

  return (KaBox) { centre_x - half_width, centre_y - half_height,
                   centre_x + half_width, centre_y + half_height };
}
