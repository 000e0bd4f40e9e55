/* ka-settings-enum.c — enum settings bound to the index properties of the state and of combo rows
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-settings-enum"

#include "config.h"

#include "ka-settings-enum.h"

const char * const ka_basemap_nicks[] = { "offline", "online", NULL };
const char * const ka_naming_nicks[] = { "japanese", "russian", "both", NULL };
const char * const ka_label_size_nicks[] = { "normal", "large", "projector", NULL };
const char * const ka_color_scheme_nicks[] = { "default", "light", "dark", NULL };

static gboolean
nick_to_index (GValue   *value,
               GVariant *variant,
               gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (int i = 0; nicks[i] != NULL; i++)
    if (g_str_equal (nicks[i], nick))
      {
        if (G_VALUE_HOLDS_UINT (value))
          g_value_set_uint (value, i);
        else
          g_value_set_int (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
index_to_nick (const GValue       *value,
               const GVariantType *expected_type,
               gpointer            user_data)
{
  const char * const *nicks = user_data;
  gint64 index = G_VALUE_HOLDS_UINT (value) ? (gint64) g_value_get_uint (value) : g_value_get_int (value);

  if (index < 0 || index >= g_strv_length ((char **) nicks))
    return NULL;

  return g_variant_new_string (nicks[index]);
}

void
ka_settings_bind_enum (GSettings          *settings,
                       const char         *key,
                       gpointer            object,
                       const char         *property,
                       const char * const *nicks)
{
  g_settings_bind_with_mapping (settings, key, object, property, G_SETTINGS_BIND_DEFAULT,
                                nick_to_index, index_to_nick, (gpointer) nicks, NULL);
}
