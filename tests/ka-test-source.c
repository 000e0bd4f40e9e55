/* ka-test-source.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-test"

#include "config.h"

#include <string.h>

#include "ka-test-source.h"

/* The report as published, for comparing the atlas's words against. */
#define REPORT_FILE "data/report/russia-japan-relations-2004.md"

/**
 * ka_test_read_source_file:
 * @relative_path: a path relative to the repository root
 *
 * Reads a file of the source tree, found through $KA_SOURCE_ROOT, and
 * fails the test if it cannot.
 */
GBytes *
ka_test_read_source_file (const char *relative_path)
{
  const char *root = g_getenv ("KA_SOURCE_ROOT");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_nonnull (root);
  path = g_build_filename (root, relative_path, NULL);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

/* The bundled report, as the build read it into the GResource. */
KaReport *
ka_test_load_report (void)
{
  g_autoptr(GError) error = NULL;
  KaReport *report;

  report = ka_report_new_from_resource (KA_REPORT_RESOURCE_PATH, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  return report;
}

/* Lower case, every run of anything but letters and digits one space, a
 * space at each end: quotation marks, dashes, hyphens and emphasis
 * markers no longer tell two texts apart. */
static char *
normalise_words (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (" ");

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else if (out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  if (out->str[out->len - 1] != ' ')
    g_string_append_c (out, ' ');

  return g_string_free (out, FALSE);
}

/**
 * ka_test_find_copied_words:
 * @text: a summary in the atlas's own words
 * @n_words: how many words in a row count as copied
 *
 * Looks for @n_words consecutive words of @text in the bundled report,
 * both normalised alike, so that dropping the report's quotation marks
 * or changing a dash does not hide a copy.
 *
 * Returns: (transfer full) (nullable): the first copied run, normalised,
 * or %NULL
 */
char *
ka_test_find_copied_words (const char *text,
                           guint       n_words)
{
  static char *report = NULL;
  g_autofree char *normalised = normalise_words (text);
  g_auto(GStrv) words = g_strsplit (g_strstrip (normalised), " ", -1);
  guint n = g_strv_length (words);

  if (report == NULL)
    {
      g_autoptr(GBytes) bytes = ka_test_read_source_file (REPORT_FILE);
      g_autofree char *source = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      report = normalise_words (source);
    }

  for (guint w = 0; w + n_words <= n; w++)
    {
      g_autofree char *joined = NULL;
      g_autofree char *run = NULL;
      char *saved = words[w + n_words];

      words[w + n_words] = NULL;
      joined = g_strjoinv (" ", words + w);
      words[w + n_words] = saved;
      run = g_strconcat (" ", joined, " ", NULL);
      if (strstr (report, run) != NULL)
        return g_strdup (joined);
    }

  return NULL;
}
