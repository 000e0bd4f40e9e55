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

/* Offsets point into the display text even where whitespace differs. */
static void
test_find_quote_offsets (void)
{
  static const char source[] =
    "## First part\n"
    "\n"
    "One  two\tthree *four*.\n"
    "\n"
    "## Second part\n"
    "\n"
    "Alpha — “beta”.\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (source, sizeof source - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaReport) report = ka_report_new_from_bytes (bytes, "small.md", &error);
  guint section = 0, paragraph = 0;
  gsize start = 0, end = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (ka_report_get_n_sections (report), ==, 2);
  g_assert_cmpstr (ka_report_get_paragraph_text (report, 0, 1), ==, "One  two\tthree four.");
  g_assert_cmpstr (ka_report_get_paragraph_collapsed (report, 0, 1), ==, "One two three four.");

  g_assert_true (ka_report_find_quote_in (report, 0, 1, "two three four", &start, &end));
  g_assert_cmpuint (start, ==, 5);
  g_assert_cmpuint (end, ==, 19);

  g_assert_true (ka_report_find_quote (report, "“beta”", &section, &paragraph, &start, &end));
  g_assert_cmpuint (section, ==, 1);
  g_assert_cmpuint (paragraph, ==, 1);
  g_assert_cmpuint (start, ==, strlen ("Alpha — "));
  g_assert_cmpuint (end, ==, strlen ("Alpha — “beta”"));
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

/* The report the application shows is the file in data/, unchanged. */
static void
test_resource (void)
{
  g_autoptr(GBytes) file = ka_test_read_source_file ("data/report/russia-japan-relations-2004.md");
  g_autoptr(GBytes) resource = NULL;
  g_autoptr(GBytes) attribution = NULL;
  g_autoptr(KaReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;

  resource = g_resources_lookup_data (KA_REPORT_RESOURCE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (file, resource));

  report = ka_report_new_from_resource (KA_REPORT_RESOURCE_PATH, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ka_report_get_n_sections (report), ==, G_N_ELEMENTS (expected_sections));

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

static void
assert_bad_report (const char *source,
                   gsize       length,
                   int         code,
                   const char *fragment)
{
  g_autoptr(GBytes) bytes = g_bytes_new (source, length);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaReport) report = ka_report_new_from_bytes (bytes, "bad.md", &error);

  g_assert_null (report);
  g_assert_error (error, KA_REPORT_ERROR, code);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
}

static void
test_bad_input (void)
{
  static const char invalid_utf8[] = "## Part\n\nGood text.\n\xff\xfe bad\n";
  static const char with_nul[] = "## Part\n\nText\0more.\n";

  assert_bad_report (invalid_utf8, sizeof invalid_utf8 - 1, KA_REPORT_ERROR_ENCODING, "bad.md:4");
  assert_bad_report (with_nul, sizeof with_nul - 1, KA_REPORT_ERROR_ENCODING, "bad.md:3");
  assert_bad_report ("", 0, KA_REPORT_ERROR_STRUCTURE, "bad.md");
  assert_bad_report ("Just some text.\n", 16, KA_REPORT_ERROR_STRUCTURE, "bad.md: no sections");
  assert_bad_report ("## Part\n\nOne.\n\n## PART\n\nTwo.\n", 29, KA_REPORT_ERROR_STRUCTURE, "bad.md:5");
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
  g_test_add_func ("/atlas/report/find-quote-offsets", test_find_quote_offsets);
  g_test_add_func ("/atlas/report/citation", test_citation);
  g_test_add_func ("/atlas/report/resource", test_resource);
  g_test_add_func ("/atlas/report/bad-input", test_bad_input);

  return g_test_run ();
}
