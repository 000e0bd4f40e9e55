/* test-lecture.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-lecture"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ka-atlas.h"
#include "ka-json-scan.h"
#include "ka-lecture.h"
#include "ka-suggest.h"
#include "ka-test-source.h"

#define DOC_FILE "docs/lecture-format.md"

static KaAtlas *atlas;
static GStrv island_ids;

static void
load_atlas (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  KaIslandSet *islands;

  atlas = ka_atlas_load_from_resources (&error);
  g_assert_no_error (error);

  islands = ka_atlas_get_islands (atlas);
  for (guint i = 0; i < ka_island_set_get_n_items (islands); i++)
    g_strv_builder_add (builder, ka_island_get_id (ka_island_set_get_nth (islands, i)));
  island_ids = g_strv_builder_end (builder);
  g_assert_cmpuint (g_strv_length (island_ids), >, 30);
}

static KaLecture *
load_text (const char  *text,
           gssize       length,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return ka_lecture_new_from_bytes (bytes, "lecture.json", (const char * const *) island_ids, error);
}

static KaLecture *
load_default (void)
{
  g_autoptr(GError) error = NULL;
  KaLecture *lecture;

  lecture = ka_lecture_new_from_resource (KA_DEFAULT_LECTURE_RESOURCE,
                                          (const char * const *) island_ids, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lecture);

  return lecture;
}

/* The report's text with all whitespace runs as single spaces, lower case. */
/* Captions and notes are in our own words: no run of eight words may
 * come straight from the report, punctuation and quotation marks aside. */
static void
assert_own_words (const char *text)
{
  g_autofree char *copied = ka_test_find_copied_words (text, 8);

  if (copied != NULL)
    g_error ("“%s” copies the report: “%s”", text, copied);
}

/* A note's "(see Section, ¶2–3 and ¶4)" must name a section of the
 * report and paragraphs it has. Returns the number of citations. */
static guint
check_citations (const char *note,
                 KaReport   *report)
{
  g_autoptr(GRegex) regex = g_regex_new ("[Ss]ee ([A-Z][A-Za-z ]+?)(?:, ((?:¶[0-9]+(?:–[0-9]+)?(?: and )?)+))?[).]",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;

  g_regex_match (regex, note, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *title = g_match_info_fetch (match, 1);
      g_autofree char *paragraphs = g_match_info_fetch (match, 2);
      gboolean found = FALSE;
      guint section = 0;

      for (guint s = 0; s < ka_report_get_n_sections (report); s++)
        if (strcmp (ka_report_get_section_title (report, s), title) == 0)
          {
            found = TRUE;
            section = s;
          }
      if (!found)
        g_error ("the note “%s” cites “%s”, which is not a section of the report", note, title);

      if (paragraphs != NULL && paragraphs[0] != '\0')
        {
          g_auto(GStrv) numbers = g_regex_split_simple ("[^0-9]+", paragraphs, 0, 0);

          for (guint i = 0; numbers[i] != NULL; i++)
            if (numbers[i][0] != '\0')
              {
                guint64 paragraph = g_ascii_strtoull (numbers[i], NULL, 10);

                g_assert_cmpuint (paragraph, >=, 1);
                g_assert_cmpuint (paragraph, <=, ka_report_get_n_paragraphs (report, section));
              }
        }

      n++;
      g_match_info_next (match, NULL);
    }

  return n;
}

static guint
count_sentences (const char *text)
{
  g_autoptr(GRegex) end = g_regex_new ("[.!?][\"”)]?(\\s|$)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;

  g_regex_match (end, text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    n++;

  return n;
}

static void
test_default_lecture (void)
{
  g_autoptr(KaLecture) lecture = load_default ();
  KaIslandSet *islands = ka_atlas_get_islands (atlas);
  KaReport *report = ka_atlas_get_report (atlas);
  const char * const southern[] = { "iturup", "kunashir", "shikotan", "habomai" };
  guint next_southern = 0;
  guint n_steps = ka_lecture_get_n_steps (lecture);
  guint n_citations = 0;
  gboolean compared = FALSE;
  const KaLectureStep *last;

  g_assert_cmpstr (ka_lecture_get_name (lecture), ==, KA_DEFAULT_LECTURE_RESOURCE);
  g_assert_nonnull (ka_lecture_get_title (lecture));
  g_assert_cmpuint (n_steps, >=, 10);
  g_assert_cmpuint (n_steps, <=, 14);

  /* The story starts with the four layers, oldest first. */
  for (guint i = 0; i < KA_N_YEARS; i++)
    g_assert_cmpuint (ka_lecture_step_get_year (ka_lecture_get_step (lecture, i)), ==, ka_years[i]);

  for (guint i = 0; i < n_steps; i++)
    {
      const KaLectureStep *step = ka_lecture_get_step (lecture, i);
      const char *island_id = ka_lecture_step_get_island (step);
      const char *note = ka_lecture_step_get_note (step);

      g_assert_nonnull (ka_lecture_step_get_title (step));
      g_assert_nonnull (ka_lecture_step_get_caption (step));
      g_assert_cmpint (ka_year_index (ka_lecture_step_get_year (step)), >=, 0);
      assert_own_words (ka_lecture_step_get_caption (step));

      /* Speaker notes: one to three sentences, each citing correctly. */
      g_assert_nonnull (note);
      g_assert_cmpuint (count_sentences (note), >=, 1);
      g_assert_cmpuint (count_sentences (note), <=, 3);
      assert_own_words (note);
      n_citations += check_citations (note, report);

      if (ka_lecture_step_get_compare (step))
        compared = TRUE;

      if (island_id != NULL)
        {
          KaIsland *island = ka_island_set_lookup (islands, island_id);
          const char *group;

          g_assert_nonnull (island);
          group = ka_island_group_to_string (ka_island_get_group (island));

          /* The four southern islands come one by one, in this order. */
          if (next_southern < G_N_ELEMENTS (southern) &&
              (strcmp (island_id, southern[next_southern]) == 0 ||
               strcmp (group, southern[next_southern]) == 0))
            {
              g_assert_cmpuint (ka_lecture_step_get_year (step), ==, 1945);
              next_southern++;
            }
        }
    }

  g_assert_cmpuint (next_southern, ==, G_N_ELEMENTS (southern));
  g_assert_true (compared);
  g_assert_cmpuint (n_citations, >=, n_steps / 2);

  /* It ends on today's map: 1945, nothing selected, the home frame. */
  last = ka_lecture_get_step (lecture, n_steps - 1);
  g_assert_cmpuint (ka_lecture_step_get_year (last), ==, 1945);
  g_assert_false (ka_lecture_step_get_compare (last));
  g_assert_null (ka_lecture_step_get_island (last));
  g_assert_cmpint (ka_lecture_step_get_view_kind (last), ==, KA_LECTURE_VIEW_DEFAULT);
}

/* The 1956 formula and its withdrawal are told over Shikotan and Habomai. */
static void
test_default_lecture_1956 (void)
{
  g_autoptr(KaLecture) lecture = load_default ();
  gboolean offer = FALSE, withdrawal = FALSE;

  for (guint i = 0; i < ka_lecture_get_n_steps (lecture); i++)
    {
      const KaLectureStep *step = ka_lecture_get_step (lecture, i);
      const char *caption = ka_lecture_step_get_caption (step);
      KaBox box;

      if (!g_str_has_prefix (caption, "1956") && !g_str_has_prefix (caption, "1960"))
        continue;

      g_assert_cmpstr (ka_lecture_step_get_island (step), ==, "shikotan");
      /* The declaration promises Habomai too: the islets are selected with Shikotan. */
      g_assert_nonnull (ka_lecture_step_get_islands (step));
      g_assert_true (g_strv_contains (ka_lecture_step_get_islands (step), "habomai"));
      g_assert_true (ka_lecture_step_get_fit_box (step, &box));
      /* The frame holds Shikotan and the Habomai islets. */
      g_assert_cmpfloat (box.min_x, <, 145.87);
      g_assert_cmpfloat (box.max_x, >, 146.9);
      g_assert_cmpfloat (box.min_y, <, 43.37);
      g_assert_cmpfloat (box.max_y, >, 43.9);

      if (g_str_has_prefix (caption, "1956"))
        offer = TRUE;
      else
        withdrawal = offer;
    }

  g_assert_true (offer);
  g_assert_true (withdrawal);
}

/* Every ```json block of the format's documentation is a valid lecture,
 * and together they show every kind of view. */
static void
test_doc_example (void)
{
  g_autoptr(GBytes) doc = ka_test_read_source_file (DOC_FILE);
  g_autofree char *text = g_strndup (g_bytes_get_data (doc, NULL), g_bytes_get_size (doc));
  g_autoptr(GRegex) regex = g_regex_new ("^```json\\n(.*?)^```$", G_REGEX_MULTILINE | G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  gboolean kinds[KA_LECTURE_VIEW_FIT_BOX + 1] = { FALSE };
  gboolean naming = FALSE, compare = FALSE, note = FALSE;
  guint n_blocks = 0;

  g_regex_match (regex, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *json = g_match_info_fetch (match, 1);
      g_autoptr(GError) error = NULL;
      g_autoptr(KaLecture) lecture = load_text (json, -1, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < ka_lecture_get_n_steps (lecture); i++)
        {
          const KaLectureStep *step = ka_lecture_get_step (lecture, i);

          kinds[ka_lecture_step_get_view_kind (step)] = TRUE;
          naming |= ka_lecture_step_get_naming (step) >= 0;
          compare |= ka_lecture_step_get_compare (step);
          note |= ka_lecture_step_get_note (step) != NULL;
        }

      n_blocks++;
      g_match_info_next (match, NULL);
    }

  g_assert_cmpuint (n_blocks, >=, 1);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    g_assert_true (kinds[k]);
  g_assert_true (naming);
  g_assert_true (compare);
  g_assert_true (note);
}

#define HEADER \
  "{\n"                                        /* 1 */ \
  "  \"format\": \"kuril-atlas-lecture\",\n"   /* 2 */ \
  "  \"version\": 1,\n"                        /* 3 */ \
  "  \"title\": \"Test\",\n"                   /* 4 */ \
  "  \"steps\": [\n"                           /* 5 */ \
  "    {\n"                                    /* 6 */ \
  "      \"title\": \"One\",\n"                /* 7 */ \
  "      \"caption\": \"First step\",\n"       /* 8 */ \
  "      \"year\": 1855\n"                     /* 9 */ \
  "    },\n"                                   /* 10 */ \
  "    {\n"                                    /* 11 */ \
  "      \"title\": \"Two\",\n"                /* 12 */

/* HEADER for version 2 of the format, which has a step's "islands". */
#define HEADER2 \
  "{\n"                                        /* 1 */ \
  "  \"format\": \"kuril-atlas-lecture\",\n"   /* 2 */ \
  "  \"version\": 2,\n"                        /* 3 */ \
  "  \"title\": \"Test\",\n"                   /* 4 */ \
  "  \"steps\": [\n"                           /* 5 */ \
  "    {\n"                                    /* 6 */ \
  "      \"title\": \"One\",\n"                /* 7 */ \
  "      \"caption\": \"First step\",\n"       /* 8 */ \
  "      \"year\": 1855\n"                     /* 9 */ \
  "    },\n"                                   /* 10 */ \
  "    {\n"                                    /* 11 */ \
  "      \"title\": \"Two\",\n"                /* 12 */

#define FOOTER \
  "    }\n" \
  "  ]\n" \
  "}\n"

/* "islands" selects several islands, groups standing for their islets,
 * the first shown in the panel; "island" reads as before in version 2. */
static void
test_several_islands (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaLecture) lecture = NULL;
  g_autoptr(GPtrArray) habomai = NULL;
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) one = NULL;
  const char * const *written;
  const KaLectureStep *two, *three;
  KaIslandSet *islands = ka_atlas_get_islands (atlas);
  double lon, lat, zoom;
  KaBox box;

  lecture = load_text (HEADER2
                       "      \"caption\": \"Shikotan and Habomai\",\n"
                       "      \"year\": 1945,\n"
                       "      \"islands\": [\"shikotan\", \"habomai\", \"zelyony\"]\n"
                       "    },\n"
                       "    {\n"
                       "      \"title\": \"Three\",\n"
                       "      \"caption\": \"Iturup alone\",\n"
                       "      \"year\": 1945,\n"
                       "      \"island\": \"iturup\",\n"
                       "      \"view\": { \"fit\": \"island\" }\n"
                       FOOTER, -1, &error);
  g_assert_no_error (error);
  two = ka_lecture_get_step (lecture, 1);
  three = ka_lecture_get_step (lecture, 2);

  /* As written, for a lecture writer to write back. */
  written = ka_lecture_step_get_islands (two);
  g_assert_nonnull (written);
  g_assert_cmpuint (g_strv_length ((char **) written), ==, 3);
  g_assert_cmpstr (written[0], ==, "shikotan");
  g_assert_cmpstr (written[1], ==, "habomai");
  g_assert_cmpstr (written[2], ==, "zelyony");
  g_assert_cmpstr (ka_lecture_step_get_island (two), ==, "shikotan");

  /* Selected: Shikotan first, then every Habomai islet once. */
  habomai = ka_island_set_get_group (islands, KA_ISLAND_GROUP_HABOMAI);
  g_assert_cmpuint (habomai->len, >=, 7);
  ids = ka_lecture_step_dup_island_ids (two, islands);
  g_assert_cmpuint (g_strv_length (ids), ==, 1 + habomai->len);
  g_assert_cmpstr (ids[0], ==, "shikotan");
  for (guint i = 0; i < habomai->len; i++)
    g_assert_true (g_strv_contains ((const char * const *) ids, ka_island_get_id (g_ptr_array_index (habomai, i))));

  /* Framed together: Shikotan and the islets by Cape Nosappu. */
  g_assert_false (ka_lecture_step_resolve_view (two, islands, &box, &lon, &lat, &zoom));
  g_assert_cmpfloat (box.min_x, <, 145.6);
  g_assert_cmpfloat (box.max_x, >, 146.9);
  g_assert_cmpfloat (box.min_y, <, 43.4);
  g_assert_cmpfloat (box.max_y, >, 43.8);

  /* One island, as ever. */
  g_assert_null (ka_lecture_step_get_islands (three));
  one = ka_lecture_step_dup_island_ids (three, islands);
  g_assert_cmpuint (g_strv_length (one), ==, 1);
  g_assert_cmpstr (one[0], ==, "iturup");
  g_assert_null (ka_lecture_step_dup_island_ids (ka_lecture_get_step (lecture, 0), islands));
}

static void
test_accessors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaLecture) lecture = NULL;
  const KaLectureStep *one, *two, *three;
  double lon = 0, lat = 0, zoom = 0;
  KaBox box;

  lecture = load_text (HEADER
                       "      \"caption\": \"  Second step  \",\n"
                       "      \"year\": 1905,\n"
                       "      \"compare\": true,\n"
                       "      \"island\": \"kunashir\",\n"
                       "      \"naming\": \"japanese\",\n"
                       "      \"view\": { \"center\": [146.25, 44.1], \"zoom\": 7.5 },\n"
                       "      \"note\": \"Line one.\\nLine two.\"\n"
                       "    },\n"
                       "    {\n"
                       "      \"title\": \"Three\",\n"
                       "      \"caption\": \"Third\",\n"
                       "      \"year\": 1945,\n"
                       "      \"island\": \"zelyony\",\n"
                       "      \"view\": { \"fit\": [145.7, 43.25, 146.5, 43.75] }\n"
                       FOOTER, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ka_lecture_get_title (lecture), ==, "Test");
  g_assert_cmpstr (ka_lecture_get_name (lecture), ==, "lecture.json");
  g_assert_cmpuint (ka_lecture_get_n_steps (lecture), ==, 3);

  one = ka_lecture_get_step (lecture, 0);
  g_assert_cmpstr (ka_lecture_step_get_title (one), ==, "One");
  g_assert_cmpuint (ka_lecture_step_get_year (one), ==, 1855);
  g_assert_cmpuint (ka_lecture_step_get_year_index (one), ==, 0);
  g_assert_false (ka_lecture_step_get_compare (one));
  g_assert_null (ka_lecture_step_get_island (one));
  g_assert_null (ka_lecture_step_get_note (one));
  g_assert_cmpint (ka_lecture_step_get_naming (one), ==, -1);
  g_assert_cmpint (ka_lecture_step_get_view_kind (one), ==, KA_LECTURE_VIEW_DEFAULT);
  g_assert_false (ka_lecture_step_get_center (one, &lon, &lat, &zoom));
  g_assert_false (ka_lecture_step_get_fit_box (one, &box));

  two = ka_lecture_get_step (lecture, 1);
  g_assert_cmpstr (ka_lecture_step_get_caption (two), ==, "Second step");
  g_assert_cmpuint (ka_lecture_step_get_year (two), ==, 1905);
  g_assert_cmpuint (ka_lecture_step_get_year_index (two), ==, 2);
  g_assert_true (ka_lecture_step_get_compare (two));
  g_assert_cmpstr (ka_lecture_step_get_island (two), ==, "kunashir");
  g_assert_cmpint (ka_lecture_step_get_naming (two), ==, KA_NAMING_JAPANESE);
  g_assert_cmpstr (ka_lecture_step_get_note (two), ==, "Line one.\nLine two.");
  g_assert_cmpint (ka_lecture_step_get_view_kind (two), ==, KA_LECTURE_VIEW_CENTER);
  g_assert_true (ka_lecture_step_get_center (two, &lon, &lat, &zoom));
  g_assert_cmpfloat (lon, ==, 146.25);
  g_assert_cmpfloat (lat, ==, 44.1);
  g_assert_cmpfloat (zoom, ==, 7.5);

  three = ka_lecture_get_step (lecture, 2);
  g_assert_cmpint (ka_lecture_step_get_view_kind (three), ==, KA_LECTURE_VIEW_FIT_BOX);
  g_assert_true (ka_lecture_step_get_fit_box (three, &box));
  g_assert_cmpfloat (box.min_x, ==, 145.7);
  g_assert_cmpfloat (box.min_y, ==, 43.25);
  g_assert_cmpfloat (box.max_x, ==, 146.5);
  g_assert_cmpfloat (box.max_y, ==, 43.75);
  g_assert_false (ka_lecture_step_get_center (three, &lon, &lat, &zoom));
}

/* Bad input: each case gives its code, and a message that starts with
 * the file, line and column, and says what is wrong. */
typedef struct
{
  const char     *name;
  const char     *text;
  KaLectureError  code;
  const char     *position;   /* "line:column" */
  const char     *says;       /* a part of the message */
} BadCase;

static const BadCase bad_cases[] = {
  { "missing-comma",
    "{\n  \"format\": \"kuril-atlas-lecture\",\n  \"version\": 1,\n  \"title\": \"Test\"\n  \"steps\": []\n}\n",
    KA_LECTURE_ERROR_PARSE, "4:18", "a comma is missing after this value" },
  { "trailing-comma",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n" FOOTER,
    KA_LECTURE_ERROR_PARSE, "14:19", "a comma before “}” is not allowed" },
  { "comment",
    HEADER "      // the second step\n      \"caption\": \"Second\",\n      \"year\": 1875\n" FOOTER,
    KA_LECTURE_ERROR_PARSE, "13:7", "comments are not allowed" },
  { "single-quotes",
    HEADER "      \"caption\": 'Second',\n      \"year\": 1875\n" FOOTER,
    KA_LECTURE_ERROR_PARSE, "13:18", "double quotes" },
  { "unclosed",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875\n    }\n  ]\n",
    KA_LECTURE_ERROR_PARSE, "1:1", "never closed" },
  { "unclosed-string",
    HEADER "      \"caption\": \"Second,\n      \"year\": 1875\n" FOOTER,
    KA_LECTURE_ERROR_PARSE, "13:18", "not closed" },
  { "text-after",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875\n" FOOTER "{}\n",
    KA_LECTURE_ERROR_PARSE, "18:1", "more text after the end" },
  { "hex-number",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 0x749\n" FOOTER,
    KA_LECTURE_ERROR_PARSE, "14:15", "not a JSON number" },
  { "empty-file", "  \n\n", KA_LECTURE_ERROR_PARSE, "3:1", "empty" },
  { "duplicate-key",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"year\": 1905\n" FOOTER,
    KA_LECTURE_ERROR_DUPLICATE_KEY, "15:7", "“year” appears twice in the same object (first on line 14)" },
  { "unknown-island",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"island\": \"iturupp\"\n" FOOTER,
    KA_LECTURE_ERROR_UNKNOWN_ISLAND, "15:17", "step 2: unknown island “iturupp” (did you mean “iturup”?)" },
  { "island-group",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"island\": \"habomai\"\n" FOOTER,
    KA_LECTURE_ERROR_UNKNOWN_ISLAND, "15:17", "step 2: “habomai” is a group of islands" },
  { "unknown-island-far",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"island\": \"atlantis\"\n" FOOTER,
    KA_LECTURE_ERROR_UNKNOWN_ISLAND, "15:17", "step 2: unknown island “atlantis”; docs/lecture-format.md" },
  { "unknown-year",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1900\n" FOOTER,
    KA_LECTURE_ERROR_UNKNOWN_YEAR, "14:15", "step 2: year 1900 has no layer in the atlas: use 1855, 1875, 1905 or 1945; for 1900, use 1875" },
  { "fractional-year",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1945.5\n" FOOTER,
    KA_LECTURE_ERROR_UNKNOWN_YEAR, "14:15", "year 1945.5 has no layer" },
  { "year-all",
    HEADER "      \"caption\": \"Second\",\n      \"year\": \"all\"\n" FOOTER,
    KA_LECTURE_ERROR_WRONG_TYPE, "14:15", "\"compare\": true" },
  { "missing-caption",
    HEADER "      \"year\": 1875\n" FOOTER,
    KA_LECTURE_ERROR_MISSING_FIELD, "11:5", "step 2: missing “caption” (the line shown in the caption strip)" },
  { "missing-year",
    HEADER "      \"caption\": \"Second\"\n" FOOTER,
    KA_LECTURE_ERROR_MISSING_FIELD, "11:5", "step 2: missing “year”" },
  { "missing-title",
    "{\n  \"format\": \"kuril-atlas-lecture\",\n  \"version\": 1,\n  \"steps\": []\n}\n",
    KA_LECTURE_ERROR_MISSING_FIELD, "1:1", "missing “title”" },
  { "wrong-type-zoom",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n"
    "      \"view\": { \"center\": [146.2, 44.1], \"zoom\": \"8\" }\n" FOOTER,
    KA_LECTURE_ERROR_WRONG_TYPE, "15:50", "step 2: “zoom” must be a number, not text (write 8 without the quotes)" },
  { "wrong-type-caption",
    HEADER "      \"caption\": 42,\n      \"year\": 1875\n" FOOTER,
    KA_LECTURE_ERROR_WRONG_TYPE, "13:18", "step 2: “caption” must be text in double quotes, not a number" },
  { "wrong-type-step",
    "{\n  \"format\": \"kuril-atlas-lecture\",\n  \"version\": 1,\n  \"title\": \"T\",\n  \"steps\": [\n    \"step\"\n  ]\n}\n",
    KA_LECTURE_ERROR_WRONG_TYPE, "6:5", "step 1: each step must be an object { … }, not text" },
  { "null-island",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"island\": null\n" FOOTER,
    KA_LECTURE_ERROR_WRONG_TYPE, "15:17", "“island” must be text in double quotes, not null" },
  { "unknown-key",
    HEADER "      \"captoin\": \"Second\",\n      \"year\": 1875\n" FOOTER,
    KA_LECTURE_ERROR_UNKNOWN_KEY, "13:7", "step 2: unknown key “captoin” (did you mean “caption”?)" },
  { "unknown-key-far",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"colour\": \"red\"\n" FOOTER,
    KA_LECTURE_ERROR_UNKNOWN_KEY, "15:7", "a step may only have title, caption, year, compare, island, islands, view, naming and note" },
  { "unknown-key-with-dot",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"view.zoom\": 8\n" FOOTER,
    KA_LECTURE_ERROR_UNKNOWN_KEY, "15:7", "unknown key “view.zoom”" },
  { "unknown-empty-key",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"\": 8\n" FOOTER,
    KA_LECTURE_ERROR_UNKNOWN_KEY, "15:7", "unknown key “”" },
  { "unknown-view-key",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"view\": { \"centre\": [146, 44], \"zoom\": 8 }\n" FOOTER,
    KA_LECTURE_ERROR_UNKNOWN_KEY, "15:17", "unknown key “centre” (did you mean “center”?)" },
  { "zoom-20",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n"
    "      \"view\": { \"center\": [146.2, 44.1], \"zoom\": 20 }\n" FOOTER,
    KA_LECTURE_ERROR_BAD_VALUE, "15:50", "step 2: zoom 20 is out of range: use 3 (the whole region) to 13 (one islet)" },
  { "center-swapped",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n"
    "      \"view\": { \"center\": [44.1, 146.2], \"zoom\": 8 }\n" FOOTER,
    KA_LECTURE_ERROR_BAD_VALUE, "15:34", "latitude 146.2 is outside the map's −85.05 to 85.05 (are longitude and latitude swapped?" },
  { "center-longitude",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n"
    "      \"view\": { \"center\": [200, 44], \"zoom\": 8 }\n" FOOTER,
    KA_LECTURE_ERROR_BAD_VALUE, "15:28", "longitude 200 is outside −180 to 180" },
  { "center-short",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n"
    "      \"view\": { \"center\": [146], \"zoom\": 8 }\n" FOOTER,
    KA_LECTURE_ERROR_BAD_VALUE, "15:27", "“center” must be [longitude, latitude]: 2 numbers, not 1" },
  { "center-without-zoom",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n"
    "      \"view\": { \"center\": [146, 44] }\n" FOOTER,
    KA_LECTURE_ERROR_MISSING_FIELD, "15:15", "needs a “zoom”" },
  { "fit-and-center",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n"
    "      \"view\": { \"fit\": \"island\", \"center\": [146, 44], \"zoom\": 8 }\n" FOOTER,
    KA_LECTURE_ERROR_BAD_VALUE, "15:15", "either “center” and “zoom”, or “fit”, not both" },
  { "fit-island-without-island",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"view\": { \"fit\": \"island\" }\n" FOOTER,
    KA_LECTURE_ERROR_MISSING_FIELD, "15:24", "needs an “island” in the step" },
  { "fit-box-reversed",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n"
    "      \"view\": { \"fit\": [146.5, 43.25, 145.7, 43.75] }\n" FOOTER,
    KA_LECTURE_ERROR_BAD_VALUE, "15:39", "east edge (145.7) must be east of its west edge (146.5)" },
  { "empty-view",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"view\": {}\n" FOOTER,
    KA_LECTURE_ERROR_MISSING_FIELD, "15:15", "an empty view" },
  { "bad-naming",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"naming\": \"rusian\"\n" FOOTER,
    KA_LECTURE_ERROR_BAD_VALUE, "15:17", "unknown naming “rusian” (did you mean “russian”?)" },
  { "empty-caption",
    HEADER "      \"caption\": \"   \",\n      \"year\": 1875\n" FOOTER,
    KA_LECTURE_ERROR_BAD_VALUE, "13:18", "“caption” is empty" },
  { "two-line-caption",
    HEADER "      \"caption\": \"Second\\nstep\",\n      \"year\": 1875\n" FOOTER,
    KA_LECTURE_ERROR_BAD_VALUE, "13:18", "“caption” must be one line" },
  { "huge-number",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n"
    "      \"view\": { \"center\": [146, 44], \"zoom\": 1e999 }\n" FOOTER,
    KA_LECTURE_ERROR_BAD_VALUE, "15:46", "“zoom” is too large a number" },
  { "empty-steps",
    "{\n  \"format\": \"kuril-atlas-lecture\",\n  \"version\": 1,\n  \"title\": \"T\",\n  \"steps\": [ ]\n}\n",
    KA_LECTURE_ERROR_EMPTY, "5:12", "“steps” is empty; a lecture needs at least one step" },
  { "not-a-lecture",
    "{\n  \"version\": 1,\n  \"claims\": []\n}\n",
    KA_LECTURE_ERROR_INVALID, "1:1", "this is not a Kuril Atlas lecture" },
  { "wrong-format",
    "{\n  \"format\": \"kuril-atlas-claims\",\n  \"version\": 1\n}\n",
    KA_LECTURE_ERROR_INVALID, "2:13", "“format” must be \"kuril-atlas-lecture\"" },
  { "newer-version",
    "{\n  \"format\": \"kuril-atlas-lecture\",\n  \"version\": 3,\n  \"title\": \"T\",\n  \"steps\": []\n}\n",
    KA_LECTURE_ERROR_INVALID, "3:14", "version 3 is newer than this Kuril Atlas reads" },
  { "islands-in-version-1",
    HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"islands\": [\"shikotan\"]\n" FOOTER,
    KA_LECTURE_ERROR_INVALID, "15:7", "“islands” is new in version 2 of the format" },
  { "islands-and-island",
    HEADER2 "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"island\": \"iturup\",\n"
    "      \"islands\": [\"shikotan\"]\n" FOOTER,
    KA_LECTURE_ERROR_BAD_VALUE, "16:7", "either “island” or “islands”, not both" },
  { "islands-empty",
    HEADER2 "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"islands\": []\n" FOOTER,
    KA_LECTURE_ERROR_BAD_VALUE, "15:18", "“islands” is empty" },
  { "islands-not-an-array",
    HEADER2 "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"islands\": \"shikotan\"\n" FOOTER,
    KA_LECTURE_ERROR_WRONG_TYPE, "15:18", "“islands” must be an array" },
  { "islands-group-first",
    HEADER2 "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"islands\": [\"habomai\", \"shikotan\"]\n" FOOTER,
    KA_LECTURE_ERROR_UNKNOWN_ISLAND, "15:19", "“habomai” is a group of islands; the first of “islands”" },
  { "islands-unknown",
    HEADER2 "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"islands\": [\"shikotan\", \"iturupp\"]\n" FOOTER,
    KA_LECTURE_ERROR_UNKNOWN_ISLAND, "15:31", "unknown island “iturupp” (did you mean “iturup”?)" },
  { "islands-twice",
    HEADER2 "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"islands\": [\"shikotan\", \"shikotan\"]\n" FOOTER,
    KA_LECTURE_ERROR_BAD_VALUE, "15:31", "“shikotan” is named twice in “islands”" },
  { "islands-not-text",
    HEADER2 "      \"caption\": \"Second\",\n      \"year\": 1875,\n      \"islands\": [\"shikotan\", 3]\n" FOOTER,
    KA_LECTURE_ERROR_WRONG_TYPE, "15:31", "each of “islands” must be text in double quotes, not a number" },
  { "root-array", "\n  [1, 2]\n", KA_LECTURE_ERROR_INVALID, "2:3", "a lecture file is one JSON object { … }, not an array" },
  { "not-utf8",
    HEADER "      \"caption\": \"Caf\xe9\",\n      \"year\": 1875\n" FOOTER,
    KA_LECTURE_ERROR_ENCODING, "13:22", "byte 0xE9 here is not UTF-8 text" },
  { "lone-surrogate",
    HEADER "      \"caption\": \"\\udc00\",\n      \"year\": 1875\n" FOOTER,
    KA_LECTURE_ERROR_PARSE, "13:19", "surrogate pair" },
  { "nul-escape",
    HEADER "      \"caption\": \"a\\u0000b\",\n      \"year\": 1875\n" FOOTER,
    KA_LECTURE_ERROR_PARSE, "13:20", "NUL" },
};

static void
test_bad_case (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KaLecture) lecture = load_text (bad->text, -1, &error);
  g_autofree char *prefix = g_strdup_printf ("lecture.json:%s: ", bad->position);

  g_assert_null (lecture);
  g_assert_nonnull (error);
  if (!g_error_matches (error, KA_LECTURE_ERROR, bad->code) ||
      !g_str_has_prefix (error->message, prefix) || strstr (error->message, bad->says) == NULL)
    {
      g_test_message ("%s: expected code %d, “%s… %s…”; got code %d, “%s”",
                      bad->name, bad->code, prefix, bad->says, error->code, error->message);
      g_test_fail ();
    }
}

/* Lines end in CR LF on Windows; a byte order mark does not count. */
static void
test_crlf_and_bom (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaLecture) good = NULL;
  g_autoptr(KaLecture) bad = NULL;
  g_autoptr(GRegex) lf = g_regex_new ("\n", 0, 0, NULL);
  g_autofree char *text = NULL;
  g_autofree char *crlf = NULL;

  text = g_strconcat ("\xEF\xBB\xBF", HEADER "      \"caption\": \"Second\",\n      \"year\": 1875\n" FOOTER, NULL);
  crlf = g_regex_replace_literal (lf, text, -1, 0, "\r\n", 0, NULL);
  good = load_text (crlf, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ka_lecture_get_n_steps (good), ==, 2);

  g_clear_pointer (&text, g_free);
  g_clear_pointer (&crlf, g_free);
  text = g_strconcat ("\xEF\xBB\xBF", HEADER "      \"caption\": \"Second\",\n      \"year\": 1900\n" FOOTER, NULL);
  crlf = g_regex_replace_literal (lf, text, -1, 0, "\r\n", 0, NULL);
  bad = load_text (crlf, -1, &error);
  g_assert_null (bad);
  g_assert_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_UNKNOWN_YEAR);
  g_assert_true (g_str_has_prefix (error->message, "lecture.json:14:15: "));
}

/* Columns count characters, as editors do, not bytes. */
static void
test_column_in_characters (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaLecture) lecture = NULL;

  lecture = load_text (HEADER "      \"caption\": \"Ætna\", \"year\": 1900\n" FOOTER, -1, &error);
  g_assert_null (lecture);
  g_assert_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_UNKNOWN_YEAR);
  g_assert_true (g_str_has_prefix (error->message, "lecture.json:13:34: "));
}

static void
test_nul_byte (void)
{
  static const char text[] = "{\n  \"format\": \"kuril-atlas-lecture\",\0\n}";
  g_autoptr(GError) error = NULL;
  g_autoptr(KaLecture) lecture = load_text (text, sizeof text - 1, &error);

  g_assert_null (lecture);
  g_assert_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "lecture.json:2:35: "));
  g_assert_nonnull (strstr (error->message, "NUL byte"));
}

/* json-glib 1.6 recurses once per level and overflows its stack long
 * before 1 MiB of brackets; the scanner stops it first. */
static void
test_deep_nesting (void)
{
  gsize n = 1024 * 1024 - 1;
  g_autofree char *text = g_malloc (n + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaLecture) lecture = NULL;

  memset (text, '[', n);
  text[n] = '\0';
  lecture = load_text (text, n, &error);
  g_assert_null (lecture);
  g_assert_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "lecture.json:1:65: "));
  g_assert_nonnull (strstr (error->message, "nested more than 64 deep"));
}

static char *
two_mib_lecture (gsize *length)
{
  GString *text = g_string_new ("{\n  \"format\": \"kuril-atlas-lecture\",\n  \"version\": 1,\n"
                                "  \"title\": \"Big\",\n  \"steps\": [\n");

  while (text->len < 2 * 1024 * 1024)
    g_string_append (text, "    { \"title\": \"A\", \"caption\": \"B\", \"year\": 1855 },\n");
  g_string_append (text, "    { \"title\": \"A\", \"caption\": \"B\", \"year\": 1855 }\n  ]\n}\n");

  *length = text->len;
  return g_string_free (text, FALSE);
}

static void
test_too_large (void)
{
  gsize length;
  g_autofree char *text = two_mib_lecture (&length);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaLecture) lecture = load_text (text, length, &error);

  g_assert_null (lecture);
  g_assert_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "lecture.json:1:1: the file is 2.0\xc2\xa0MiB; a lecture file may be at most 1 MiB");

  /* Just under the limit, the same steps load. */
  g_clear_error (&error);
  {
    const char *tail = "    { \"title\": \"A\", \"caption\": \"B\", \"year\": 1855 }\n  ]\n}\n";
    g_autoptr(GString) fitting = g_string_new_len (text, KA_LECTURE_MAX_BYTES - 200);
    g_autoptr(KaLecture) fits = NULL;

    g_string_truncate (fitting, strrchr (fitting->str, '\n') - fitting->str + 1);
    g_string_append (fitting, tail);
    g_assert_cmpuint (fitting->len, <=, KA_LECTURE_MAX_BYTES);
    fits = load_text (fitting->str, fitting->len, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ka_lecture_get_n_steps (fits), >, 10000);
  }
}

static void
test_from_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-lecture-XXXXXX", &error);
  g_autofree char *good_path = g_build_filename (dir, "good.json", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "typo.json", NULL);
  g_autofree char *big_path = g_build_filename (dir, "big.json", NULL);
  g_autofree char *missing_path = g_build_filename (dir, "missing.json", NULL);
  g_autoptr(GFile) good_file = g_file_new_for_path (good_path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
  g_autoptr(GFile) big_file = g_file_new_for_path (big_path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing_path);
  g_autoptr(KaLecture) good = NULL;
  g_autoptr(KaLecture) bad = NULL;
  g_autoptr(KaLecture) big = NULL;
  g_autoptr(KaLecture) missing = NULL;
  g_autofree char *big_text = NULL;
  gsize big_length;

  g_assert_no_error (error);
  big_text = two_mib_lecture (&big_length);

  g_file_set_contents (good_path, HEADER "      \"caption\": \"Second\",\n      \"year\": 1875\n" FOOTER, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (bad_path, HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n"
                       "      \"island\": \"shikotn\"\n" FOOTER, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (big_path, big_text, big_length, &error);
  g_assert_no_error (error);

  good = ka_lecture_new_from_file (good_file, (const char * const *) island_ids, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ka_lecture_get_name (good), ==, "good.json");
  g_assert_cmpuint (ka_lecture_get_n_steps (good), ==, 2);

  bad = ka_lecture_new_from_file (bad_file, (const char * const *) island_ids, &error);
  g_assert_null (bad);
  g_assert_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_UNKNOWN_ISLAND);
  g_assert_cmpstr (error->message, ==,
                   "typo.json:15:17: step 2: unknown island “shikotn” (did you mean “shikotan”?)");
  g_clear_error (&error);

  big = ka_lecture_new_from_file (big_file, (const char * const *) island_ids, &error);
  g_assert_null (big);
  g_assert_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "big.json:1:1: the file is 2.0\xc2\xa0MiB; a lecture file may be at most 1 MiB");
  g_clear_error (&error);

  missing = ka_lecture_new_from_file (missing_file, (const char * const *) island_ids, &error);
  g_assert_null (missing);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_unlink (good_path);
  g_unlink (bad_path);
  g_unlink (big_path);
  g_rmdir (dir);
}

/* Without known ids, any island id is taken as it is. */
static void
test_no_known_ids (void)
{
  const char *text = HEADER "      \"caption\": \"Second\",\n      \"year\": 1875,\n"
                     "      \"island\": \"atlantis\"\n" FOOTER;
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(KaLecture) lecture = ka_lecture_new_from_bytes (bytes, "x.json", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (ka_lecture_step_get_island (ka_lecture_get_step (lecture, 1)), ==, "atlantis");
}

static void
test_locate (void)
{
  const char *text = "{\n  \"a\": [1,\n    {\"b\": \"x\"}],\n  \"c\": {\"d\": [true, null]}\n}";
  KaTextPosition key, value;

  g_assert_true (ka_json_scan_check (text, strlen (text), NULL, NULL));

  g_assert_true (ka_json_scan_locate (text, strlen (text), "", &key, &value));
  g_assert_cmpuint (value.line, ==, 1);
  g_assert_cmpuint (value.column, ==, 1);

  g_assert_true (ka_json_scan_locate (text, strlen (text), "a[1].b", &key, &value));
  g_assert_cmpuint (key.line, ==, 3);
  g_assert_cmpuint (key.column, ==, 6);
  g_assert_cmpuint (value.line, ==, 3);
  g_assert_cmpuint (value.column, ==, 11);

  g_assert_true (ka_json_scan_locate (text, strlen (text), "c.d[1]", &key, &value));
  g_assert_cmpuint (value.line, ==, 4);
  g_assert_cmpuint (value.column, ==, 21);
  g_assert_cmpuint (key.column, ==, value.column);

  g_assert_false (ka_json_scan_locate (text, strlen (text), "c.e", &key, &value));

  {
    const char *odd = "{\"a.b\": 1,\n \"a\": {\"b\": 2, \"\": 3}}";
    g_autoptr(GString) path = g_string_new (NULL);

    ka_json_scan_append_key (path, "a.b");
    g_assert_cmpstr (path->str, ==, "a\\.b");
    g_assert_true (ka_json_scan_locate (odd, strlen (odd), path->str, &key, &value));
    g_assert_cmpuint (value.line, ==, 1);
    g_assert_true (ka_json_scan_locate (odd, strlen (odd), "a.b", &key, &value));
    g_assert_cmpuint (value.line, ==, 2);
    g_assert_cmpuint (value.column, ==, 13);

    g_string_assign (path, "a");
    ka_json_scan_append_key (path, "");
    g_assert_true (ka_json_scan_locate (odd, strlen (odd), path->str, &key, &value));
    g_assert_cmpuint (value.column, ==, 20);
  }
  g_assert_false (ka_json_scan_locate (text, strlen (text), "a[2]", &key, &value));
}

static void
test_suggest (void)
{
  const char * const ids[] = { "iturup", "urup", "kunashir", "shikotan", "yuri", NULL };
  const char * const keys[] = { "title", "caption", "year", "note", NULL };

  g_assert_cmpstr (ka_suggest_closest ("iturupp", ids), ==, "iturup");
  g_assert_cmpstr (ka_suggest_closest ("Iturup", ids), ==, "iturup");
  g_assert_cmpstr (ka_suggest_closest ("kunasihr", ids), ==, "kunashir");
  g_assert_cmpstr (ka_suggest_closest ("urp", ids), ==, "urup");
  g_assert_cmpstr (ka_suggest_closest ("captoin", keys), ==, "caption");
  g_assert_cmpstr (ka_suggest_closest ("years", keys), ==, "year");
  g_assert_null (ka_suggest_closest ("etorofu", ids));
  g_assert_null (ka_suggest_closest ("colour", keys));
  g_assert_null (ka_suggest_closest ("", keys));
}

/* Whatever the bytes, a lecture or an error that says where: mutations
 * of the shipped lecture, some of them cut short. */
static void
test_mutations (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (KA_DEFAULT_LECTURE_RESOURCE, 0, NULL);
  g_autoptr(GRegex) located = g_regex_new ("^lecture\\.json:[0-9]+:[0-9]+: [^ ]", 0, 0, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1855);
  const char *pieces[] = { "{", "}", "[", "]", ",", ":", "\"", "\\", "1e999", "null", "-", "\n", "\xff", "é" };
  gsize length = g_bytes_get_size (bytes);
  guint n_loaded = 0, n_refused = 0;

  g_assert_nonnull (bytes);

  for (guint round = 0; round < 3000; round++)
    {
      g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), length);
      g_autoptr(GError) error = NULL;
      g_autoptr(KaLecture) lecture = NULL;
      guint n_edits = g_rand_int_range (rand, 1, 4);

      for (guint e = 0; e < n_edits && text->len > 0; e++)
        {
          gsize at = g_rand_int_range (rand, 0, text->len);
          gsize span = g_rand_int_range (rand, 1, 8);

          switch (g_rand_int_range (rand, 0, 4))
            {
            case 0:
              g_string_erase (text, at, MIN (span, text->len - at));
              break;
            case 1:
              g_string_insert (text, at, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
              break;
            case 2:
              text->str[at] = (char) g_rand_int_range (rand, 1, 256);
              break;
            default:
              g_string_truncate (text, at);
              break;
            }
        }

      lecture = load_text (text->str, text->len, &error);
      if (lecture != NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (ka_lecture_get_n_steps (lecture), >=, 1);
          n_loaded++;
        }
      else
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == KA_LECTURE_ERROR);
          if (!g_regex_match (located, error->message, 0, NULL))
            g_error ("no position in “%s”", error->message);
          n_refused++;
        }
    }

  g_assert_cmpuint (n_refused, >, 1000);
  g_assert_cmpuint (n_loaded, >, 10);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  load_atlas ();

  g_test_add_func ("/lecture/default/loads", test_default_lecture);
  g_test_add_func ("/lecture/default/1956", test_default_lecture_1956);
  g_test_add_func ("/lecture/doc-example", test_doc_example);
  g_test_add_func ("/lecture/accessors", test_accessors);
  g_test_add_func ("/lecture/several-islands", test_several_islands);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/lecture/bad/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_bad_case);
    }
  g_test_add_func ("/lecture/bad/crlf-and-bom", test_crlf_and_bom);
  g_test_add_func ("/lecture/bad/column-in-characters", test_column_in_characters);
  g_test_add_func ("/lecture/bad/nul-byte", test_nul_byte);
  g_test_add_func ("/lecture/bad/deep-nesting", test_deep_nesting);
  g_test_add_func ("/lecture/bad/too-large", test_too_large);
  g_test_add_func ("/lecture/bad/mutations", test_mutations);
  g_test_add_func ("/lecture/from-file", test_from_file);
  g_test_add_func ("/lecture/no-known-ids", test_no_known_ids);
  g_test_add_func ("/lecture/scan/locate", test_locate);
  g_test_add_func ("/lecture/suggest", test_suggest);

  status = g_test_run ();

  g_strfreev (island_ids);
  ka_atlas_unref (atlas);
  return status;
}
