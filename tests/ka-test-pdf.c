/* ka-test-pdf.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ka-test-pdf.h"

gboolean
ka_test_pdf_tools_found (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext != NULL && pdfinfo != NULL)
    return TRUE;

  g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
  return FALSE;
}

static char *
run (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&out);
}

/* Lines break where the layout chose, and pdftotext joins a word broken
 * after its hyphen ("hunter-" "fishers" reads "hunterfishers") but puts
 * a space after a dash that ends a line: text is compared without white
 * space or hyphens, the letters and punctuation in their order. */
char *
ka_test_pdf_collapse (const char *text)
{
  g_autoptr(GRegex) ignored = g_regex_new ("[\\s-]+", 0, 0, NULL);

  return g_regex_replace_literal (ignored, text, -1, 0, "", 0, NULL);
}

char *
ka_test_pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *text = run (argv);

  return ka_test_pdf_collapse (text);
}

static char *
info_field (const char *path,
            const char *field)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (argv);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], field) && lines[i][strlen (field)] == ':')
      return g_strdup (g_strstrip (lines[i] + strlen (field) + 1));

  g_error ("pdfinfo gives no %s for %s", field, path);
}

guint
ka_test_pdf_n_pages (const char *path)
{
  g_autofree char *pages = info_field (path, "Pages");

  return (guint) g_ascii_strtoull (pages, NULL, 10);
}

void
ka_test_pdf_page_size (const char *path,
                       double     *width_pt,
                       double     *height_pt)
{
  /* "595.276 x 841.89 pts (A4)" */
  g_autofree char *size = info_field (path, "Page size");
  char *end;

  *width_pt = g_ascii_strtod (size, &end);
  g_assert_true (g_str_has_prefix (end, " x "));
  *height_pt = g_ascii_strtod (end + 3, NULL);
}
