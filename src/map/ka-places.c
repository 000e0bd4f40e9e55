/* ka-places.c
 *
 * The towns come from data/atlas/places.geojson, which the build checks
 * and compiles into a GVariant (build-aux/compile-data places); here it
 * is only mapped from the GResource.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-places"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "ka-places.h"

/* Must match build-aux/atlas_compile_places.py: per place its id,
 * latitude, longitude and names, each name with a mask of layer-year
 * indices, a mask of KaNaming bits and the name in Latin, Cyrillic and
 * Japanese. */
#define PLACES_TYPE "a(sdda(yysss))"

struct _KaPlaces
{
  GVariant *places;
};

/**
 * ka_places_get_default:
 *
 * Returns: (transfer none): the bundled towns, loaded on first use
 */
const KaPlaces *
ka_places_get_default (void)
{
  static KaPlaces places;
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      bytes = g_resources_lookup_data (KA_PLACES_RESOURCE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      /* The build made this resource and checked it: it cannot be missing. */
      if (bytes == NULL)
        g_error ("%s", error->message);
      places.places = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (PLACES_TYPE), bytes, TRUE));
      g_once_init_leave (&loaded, 1);
    }

  return &places;
}

guint
ka_places_get_n_places (const KaPlaces *self)
{
  return g_variant_n_children (self->places);
}

void
ka_places_get_position (const KaPlaces *self,
                        guint           index,
                        double         *lat,
                        double         *lon)
{
  g_variant_get_child (self->places, index, "(&sdd@a(yysss))", NULL, lat, lon, NULL);
}

/* The name of place @index in @naming (one convention, not both) for
 * the layer @year_index, or NULL if it had none then. */
static const char *
lookup_name (const KaPlaces *self,
             guint           index,
             guint           year_index,
             KaNaming        naming,
             KaScript        script)
{
  g_autoptr(GVariant) names = NULL;
  GVariantIter iter;
  guint8 years, namings;
  const char *latin, *cyrillic, *japanese;

  g_variant_get_child (self->places, index, "(&sdd@a(yysss))", NULL, NULL, NULL, &names);
  g_variant_iter_init (&iter, names);
  while (g_variant_iter_next (&iter, "(yy&s&s&s)", &years, &namings, &latin, &cyrillic, &japanese))
    if ((years & (1u << year_index)) != 0 && (namings & (1u << naming)) != 0)
      switch (script)
        {
        case KA_SCRIPT_CYRILLIC:
          return cyrillic;
        case KA_SCRIPT_JAPANESE:
          return japanese;
        case KA_SCRIPT_LATIN:
        default:
          return latin;
        }

  return NULL;
}

/**
 * ka_places_dup_name:
 * @year_index: the layer, an index into ka_years
 * @reference: (out): set when the town had no name in that year that the
 *   data can vouch for, and the name returned is today's, to be drawn as
 *   a present-day reference only
 *
 * The name of the town in the layer's year, in @naming: where the two
 * sides name it differently, KA_NAMING_BOTH gives “Russian / Japanese”,
 * the order the islands' names follow.
 *
 * Returns: (transfer full): the name
 */
char *
ka_places_dup_name (const KaPlaces *self,
                    guint           index,
                    guint           year_index,
                    KaNaming        naming,
                    KaScript        script,
                    gboolean       *reference)
{
  const char *russian, *japanese;

  g_return_val_if_fail (year_index < KA_N_YEARS, NULL);

  *reference = lookup_name (self, index, year_index, KA_NAMING_RUSSIAN, script) == NULL;
  if (*reference)
    year_index = KA_N_YEARS - 1;

  russian = lookup_name (self, index, year_index, KA_NAMING_RUSSIAN, script);
  japanese = lookup_name (self, index, year_index, KA_NAMING_JAPANESE, script);

  switch (naming)
    {
    case KA_NAMING_RUSSIAN:
      return g_strdup (russian);
    case KA_NAMING_JAPANESE:
      return g_strdup (japanese);
    case KA_NAMING_BOTH:
    default:
      if (g_strcmp0 (russian, japanese) == 0)
        return g_strdup (russian);
      return g_strdup_printf ("%s / %s", russian, japanese);
    }
}

/**
 * ka_places_get_ui_script:
 *
 * Returns: the script the interface's language writes town names in
 */
KaScript
ka_places_get_ui_script (void)
{
  /* TRANSLATORS: do not translate the words; pick the script town names on
   * the map are written in, in your language: "town-names:latin",
   * "town-names:cyrillic" or "town-names:japanese". */
  const char *script = _("town-names:latin");

  if (g_str_equal (script, "town-names:cyrillic"))
    return KA_SCRIPT_CYRILLIC;
  if (g_str_equal (script, "town-names:japanese"))
    return KA_SCRIPT_JAPANESE;

  return KA_SCRIPT_LATIN;
}
