/* ka-ui-language.c — which island names suit the language the window speaks
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-ui-language"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-ui-language.h"

/**
 * ka_ui_language_get:
 *
 * The language the window speaks, when it is one whose names the atlas
 * has (the islands', the straits'): only a language the atlas is
 * translated into counts, for otherwise the UI is in English.
 *
 * Returns: (nullable): "ja", "ru", or %NULL for English
 */
const char *
ka_ui_language_get (void)
{
  const char * const *languages = g_get_language_names ();

  /* Untranslated, the window speaks English whatever the locale says. */
  if (g_strcmp0 (_("Kuril Atlas"), "Kuril Atlas") == 0)
    return NULL;

  /* The first language of the list that the atlas speaks is the one it
   * was translated into. */
  for (guint i = 0; languages[i] != NULL; i++)
    {
      if (g_str_has_prefix (languages[i], "ja"))
        return "ja";
      if (g_str_has_prefix (languages[i], "ru"))
        return "ru";
      if (g_str_has_prefix (languages[i], "en") || g_str_equal (languages[i], "C"))
        return NULL;
    }

  return NULL;
}

/**
 * ka_ui_language_get_naming:
 *
 * The naming a reader of the UI's language expects: Japanese names in a
 * Japanese UI, Russian ones in a Russian UI.
 *
 * Returns: a #KaNaming, or -1 when the UI language has none of its own
 */
int
ka_ui_language_get_naming (void)
{
  const char *language = ka_ui_language_get ();

  if (g_strcmp0 (language, "ja") == 0)
    return KA_NAMING_JAPANESE;
  if (g_strcmp0 (language, "ru") == 0)
    return KA_NAMING_RUSSIAN;

  return -1;
}
