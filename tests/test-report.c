/* test-report.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-report"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "ka-report.h"
#include "ka-test-source.h"

enum
{
  EXECUTIVE_SUMMARY,
  INTRODUCTION,
  RECORD,
  PROSPECTS,
  HISTORY,
  CONCLUSION,
};

static const struct
{
  const char *title;
  const char *id;
  guint       n_paragraphs;
} expected_sections[] = {
  { "Executive Summary", "executive-summary", 7 },
  { "Introduction", "introduction", 3 },
  { "The Record of Negotiations", "record-of-negotiations", 4 },
  { "The Prospects for Progress", "prospects-for-progress", 4 },
  { "A Troubled History", "troubled-history", 5 },
  { "Conclusion", "conclusion", 2 },
};

static void
test_sections (void)
{
  g_autoptr(KaReport) report = ka_test_load_report ();
  guint i;

  g_assert_cmpstr (ka_report_get_title (report), ==, "Russia-Japan Relations: Prisoners of History?");
  g_assert_cmpuint (ka_report_get_n_sections (report), ==, G_N_ELEMENTS (expected_sections));

  for (i = 0; i < G_N_ELEMENTS (expected_sections); i++)
    {
      guint found = G_MAXUINT;

      g_assert_cmpstr (ka_report_get_section_title (report, i), ==, expected_sections[i].title);
      g_assert_cmpstr (ka_report_get_section_id (report, i), ==, expected_sections[i].id);
      g_assert_cmpuint (ka_report_get_n_paragraphs (report, i), ==, expected_sections[i].n_paragraphs);
      g_assert_true (ka_report_lookup_section (report, expected_sections[i].id, &found));
      g_assert_cmpuint (found, ==, i);
    }

  g_assert_false (ka_report_lookup_section (report, "report-documentation-page", NULL));
  g_assert_false (ka_report_lookup_section (report, "asia-s-bilateral-relations", NULL));
}

static void
assert_paragraph_starts (KaReport   *report,
                         guint       section,
                         guint       paragraph,
                         const char *start)
{
  const char *text = ka_report_get_paragraph_text (report, section, paragraph);

  if (!g_str_has_prefix (text, start))
    g_error ("%s ¶%u starts “%.60s”, expected “%s”",
             ka_report_get_section_id (report, section), paragraph, text, start);
}

static void
test_paragraphs (void)
{
  g_autoptr(KaReport) report = ka_test_load_report ();
  guint p;

  /* Each bullet of the Executive Summary is one paragraph. */
  for (p = 1; p <= 7; p++)
    g_assert_cmpint (ka_report_get_paragraph_kind (report, EXECUTIVE_SUMMARY, p), ==, KA_PARAGRAPH_BULLET);
  assert_paragraph_starts (report, EXECUTIVE_SUMMARY, 1, "Russo-Japanese relations are bedeviled");
  assert_paragraph_starts (report, EXECUTIVE_SUMMARY, 7, "But given the U.S. role");

  g_assert_cmpint (ka_report_get_paragraph_kind (report, INTRODUCTION, 1), ==, KA_PARAGRAPH_PROSE);
  /* The drop capital joins the rest of the report's first word. */
  assert_paragraph_starts (report, INTRODUCTION, 1, "Alone among the major combatants");
  assert_paragraph_starts (report, INTRODUCTION, 2, "The Northern Territories issue, as the Japanese call it");
  assert_paragraph_starts (report, INTRODUCTION, 3, "A settlement holds attractions");
  assert_paragraph_starts (report, RECORD, 1, "While a deal on the Northern Territories");
  assert_paragraph_starts (report, RECORD, 2, "The advent of Gorbachev");
  assert_paragraph_starts (report, RECORD, 4, "Yeltsin's and Hashimoto's successors");
  assert_paragraph_starts (report, PROSPECTS, 4, "One can anticipate");
  assert_paragraph_starts (report, HISTORY, 1, "While few Japanese know or care");
  assert_paragraph_starts (report, HISTORY, 3, "Clashing Russian and Japanese views");
  assert_paragraph_starts (report, HISTORY, 5, "Even if Stalin had not entered the war");
  assert_paragraph_starts (report, CONCLUSION, 2, "The record of bilateral negotiations");
  g_assert_true (g_str_has_suffix (ka_report_get_paragraph_text (report, CONCLUSION, 2),
                                   "observe from the sidelines."));
}

/* Page breaks in the original cut three paragraphs in two; each must be
 * one paragraph again, or every later ¶ number would be off by one. */
static void
test_page_breaks (void)
{
  g_autoptr(KaReport) report = ka_test_load_report ();

  g_assert_nonnull (strstr (ka_report_get_paragraph_text (report, RECORD, 1),
                            "Japan's economic growth and potential to contribute"));
  g_assert_nonnull (strstr (ka_report_get_paragraph_text (report, HISTORY, 4),
                            "The latter withdrew to northern Manchuria"));
  g_assert_nonnull (strstr (ka_report_get_paragraph_text (report, CONCLUSION, 2),
                            "an opportunity to expand Russo-Japanese cooperation"));
}

static void
test_excluded (void)
{
  static const char * const boilerplate[] = {
    "Report Documentation Page", "OMB", "REPORT DATE", "Foreign Service Officer",
    "Maluhia", "apcss.org", "J O H N", "SPECIAL ASSESSMENT", "Bilateral Relations",
    "Prisoners of History?", "<b>",
  };
  g_autoptr(KaReport) report = ka_test_load_report ();
  guint s, p, i;

  for (s = 0; s < ka_report_get_n_sections (report); s++)
    for (p = 1; p <= ka_report_get_n_paragraphs (report, s); p++)
      {
        const char *text = ka_report_get_paragraph_text (report, s, p);

        for (i = 0; i < G_N_ELEMENTS (boilerplate); i++)
          if (strstr (text, boilerplate[i]) != NULL)
            g_error ("%s ¶%u contains “%s”", ka_report_get_section_id (report, s), p, boilerplate[i]);
        g_assert_null (strchr (text, '*'));
      }
}

static void
test_emphasis (void)
{
  g_autoptr(KaReport) report = ka_test_load_report ();
  const KaEmphasisSpan *spans;
  const char *text;
  guint n_spans;

  text = ka_report_get_paragraph_text (report, INTRODUCTION, 2);
  g_assert_nonnull (strstr (text, "as the sine qua non of a peace treaty"));
  spans = ka_report_get_paragraph_emphasis (report, INTRODUCTION, 2, &n_spans);
  g_assert_cmpuint (n_spans, ==, 1);
  g_assert_cmpint (spans[0].style, ==, KA_EMPHASIS_ITALIC);
  g_assert_cmpint (strncmp (text + spans[0].start, "sine qua non", spans[0].end - spans[0].start), ==, 0);
  g_assert_cmpuint (spans[0].end - spans[0].start, ==, strlen ("sine qua non"));

  /* The drop capital of a section's first paragraph. */
  spans = ka_report_get_paragraph_emphasis (report, RECORD, 1, &n_spans);
  g_assert_cmpuint (n_spans, ==, 1);
  g_assert_cmpint (spans[0].style, ==, KA_EMPHASIS_BOLD);
  g_assert_cmpuint (spans[0].start, ==, 0);
  g_assert_cmpuint (spans[0].end, ==, 1);
}

static void
assert_found_at (KaReport   *report,
                 const char *quote,
                 guint       section,
                 guint       paragraph,
                 const char *expected_text)
{
  guint found_section = G_MAXUINT, found_paragraph = 0;
  gsize start = 0, end = 0;
  const char *text;

  g_assert_true (ka_report_find_quote (report, quote, &found_section, &found_paragraph, &start, &end));
  g_assert_cmpuint (found_section, ==, section);
  g_assert_cmpuint (found_paragraph, ==, paragraph);

  text = ka_report_get_paragraph_text (report, section, paragraph);
  g_assert_cmpuint (end, >, start);
  g_assert_cmpuint (end - start, ==, strlen (expected_text));
  g_assert_cmpint (strncmp (text + start, expected_text, end - start), ==, 0);

  g_assert_true (ka_report_find_quote_in (report, section, paragraph, quote, NULL, NULL));
}

static void
test_find_quote (void)
{
  g_autoptr(KaReport) report = ka_test_load_report ();

  assert_found_at (report, "Khrushchev withdrew his offer in 1960.", RECORD, 1,
                   "Khrushchev withdrew his offer in 1960.");
  assert_found_at (report, "  Khrushchev   withdrew\n his\toffer in 1960. ", RECORD, 1,
                   "Khrushchev withdrew his offer in 1960.");
  assert_found_at (report, "Japan’s capitulation on August 15", HISTORY, 1,
                   "Japan’s capitulation on August 15");
  assert_found_at (report, "as the sine qua non of a peace treaty", INTRODUCTION, 2,
                   "as the sine qua non of a peace treaty");
  assert_found_at (report, "or \"South Kuriles\" as the Soviets called them", RECORD, 2,
                   "or \"South Kuriles\" as the Soviets called them");

  /* Quotation marks and apostrophes must be the report's own. */
  g_assert_false (ka_report_find_quote (report, "Japan's capitulation on August 15", NULL, NULL, NULL, NULL));
  g_assert_false (ka_report_find_quote (report, "or “South Kuriles” as the Soviets", NULL, NULL, NULL, NULL));
  g_assert_false (ka_report_find_quote (report, "the *sine qua non* of", NULL, NULL, NULL, NULL));
  g_assert_false (ka_report_find_quote (report, "Khrushchev withdrew his offer in 1961", NULL, NULL, NULL, NULL));
  g_assert_false (ka_report_find_quote (report, " \n\t", NULL, NULL, NULL, NULL));
  g_assert_false (ka_report_find_quote (report, "Form Approved OMB No. 0704-0188", NULL, NULL, NULL, NULL));

  g_assert_false (ka_report_find_quote_in (report, RECORD, 2, "Khrushchev withdrew his offer in 1960.", NULL, NULL));
}

static void
test_citation (void)
{
  g_autoptr(KaReport) report = ka_test_load_report ();
  g_autofree char *record = ka_report_format_citation (report, RECORD, 2);
  g_autofree char *history = ka_report_format_citation (report, HISTORY, 1);
  g_autofree char *summary = ka_report_format_citation (report, EXECUTIVE_SUMMARY, 7);

  g_assert_cmpstr (record, ==, "The Record of Negotiations, ¶2");
  g_assert_cmpstr (history, ==, "A Troubled History, ¶1");
  g_assert_cmpstr (summary, ==, "Executive Summary, ¶7");
}

/* The attribution the report needs ships beside it. */
static void
test_attribution (void)
{
  g_autoptr(GBytes) attribution = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;

  attribution = g_resources_lookup_data ("/io/github/kurilatlas/KurilAtlas/report/ATTRIBUTION.md",
                                         G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (attribution, NULL);
  g_assert_nonnull (g_strstr_len (text, g_bytes_get_size (attribution), "John H. Miller"));
  g_assert_nonnull (g_strstr_len (text, g_bytes_get_size (attribution), "Special Assessment"));
  g_assert_nonnull (g_strstr_len (text, g_bytes_get_size (attribution), "October 2004"));
  g_assert_nonnull (g_strstr_len (text, g_bytes_get_size (attribution),
                                  "Approved for public release; distribution unlimited"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/report/sections", test_sections);
  g_test_add_func ("/atlas/report/paragraphs", test_paragraphs);
  g_test_add_func ("/atlas/report/page-breaks", test_page_breaks);
  g_test_add_func ("/atlas/report/excluded", test_excluded);
  g_test_add_func ("/atlas/report/emphasis", test_emphasis);
  g_test_add_func ("/atlas/report/find-quote", test_find_quote);
  g_test_add_func ("/atlas/report/citation", test_citation);
  g_test_add_func ("/atlas/report/attribution", test_attribution);

  return g_test_run ();
}
