/* fuzz-report.c — report Markdown, as handed to ka_report_new_from_bytes()
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-report"

#include "config.h"

#include <string.h>

#include "ka-fuzz.h"
#include "ka-report.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  ka_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = ka_fuzz_bytes (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaReport) report = ka_report_new_from_bytes (bytes, "fuzz.md", &error);

  ka_fuzz_check_error (report, error);
  if (report == NULL)
    return 0;

  /* Whatever loads must be safe to use: every paragraph is shown, cited
   * and searched for quotations. */
  for (guint s = 0; s < ka_report_get_n_sections (report); s++)
    {
      guint section;

      g_assert (ka_report_lookup_section (report, ka_report_get_section_id (report, s), &section));
      for (guint p = 1; p <= ka_report_get_n_paragraphs (report, s); p++)
        {
          const char *text = ka_report_get_paragraph_text (report, s, p);
          g_autofree char *citation = ka_report_format_citation (report, s, p);
          guint n_spans = 0;
          const KaEmphasisSpan *spans = ka_report_get_paragraph_emphasis (report, s, p, &n_spans);
          gsize start, end;

          g_assert (g_str_has_prefix (citation, ka_report_get_section_title (report, s)));

          g_assert (g_utf8_validate (text, -1, NULL));
          g_assert (g_utf8_validate (ka_report_get_paragraph_collapsed (report, s, p), -1, NULL));
          for (guint i = 0; i < n_spans; i++)
            g_assert (spans[i].start <= spans[i].end && spans[i].end <= strlen (text));
          /* A paragraph must be found where it is, whatever it holds. */
          if (*ka_report_get_paragraph_collapsed (report, s, p) != '\0')
            {
              g_assert (ka_report_find_quote_in (report, s, p, text, &start, &end));
              g_assert (start < end && end <= strlen (text));
            }
        }
    }

  return 0;
}
