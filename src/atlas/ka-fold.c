/* ka-fold.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-fold"

#include "config.h"

#include "ka-fold.h"

/**
 * ka_fold_text:
 *
 * Returns @text case-folded, without accents or macrons and without
 * spaces or punctuation, so that "Suishō", "suisho" and "SUISHO" match,
 * as do "Kita-Karafuto" and "kita karafuto", and "Дёмина" and "демина".
 * Invalid UTF-8 folds to the empty string.
 */
char *
ka_fold_text (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  /* Case-fold first: folding may produce letters that decompose further. */
  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  out = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Diacritics are combining marks after NFKD; punctuation and
       * spaces are neither letters nor digits. */
      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}
