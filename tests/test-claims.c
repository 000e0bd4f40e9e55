/* test-claims.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-claims"

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ka-claims.h"
#include "ka-test-islands.h"
#include "ka-test-source.h"

#define CLAIMS_FILE "data/claims.json"
#define REPORT_FILE "data/report/russia-japan-relations-2004.md"

/* Whether the report discusses the area: if so, Japan and Russia must
 * each have a claim there; if not, an editorial note must say so. */
typedef struct
{
  const char *id;
  const char *group;
  gboolean    discussed;
  gboolean    southern_four;
} Area;

static const Area areas[] = {
  { "atlasov", "northern-kurils", TRUE, FALSE },
  { "shumshu", "northern-kurils", TRUE, FALSE },
  { "paramushir", "northern-kurils", TRUE, FALSE },
  { "antsiferov", "northern-kurils", TRUE, FALSE },
  { "makanrushi", "northern-kurils", TRUE, FALSE },
  { "onekotan", "northern-kurils", TRUE, FALSE },
  { "kharimkotan", "northern-kurils", TRUE, FALSE },
  { "ekarma", "northern-kurils", TRUE, FALSE },
  { "chirinkotan", "northern-kurils", TRUE, FALSE },
  { "shiashkotan", "northern-kurils", TRUE, FALSE },
  { "raikoke", "central-kurils", TRUE, FALSE },
  { "matua", "central-kurils", TRUE, FALSE },
  { "rasshua", "central-kurils", TRUE, FALSE },
  { "ushishir", "central-kurils", TRUE, FALSE },
  { "ketoy", "central-kurils", TRUE, FALSE },
  { "simushir", "central-kurils", TRUE, FALSE },
  { "broutona", "central-kurils", TRUE, FALSE },
  { "chirpoy", "central-kurils", TRUE, FALSE },
  { "urup", "central-kurils", TRUE, FALSE },
  { "iturup", "southern-kurils", TRUE, TRUE },
  { "kunashir", "southern-kurils", TRUE, TRUE },
  { "shikotan", "southern-kurils", TRUE, TRUE },
  { "polonsky", "habomai", TRUE, TRUE },
  { "zelyony", "habomai", TRUE, TRUE },
  { "yuri", "habomai", TRUE, TRUE },
  { "anuchina", "habomai", TRUE, TRUE },
  { "tanfilyev", "habomai", TRUE, TRUE },
  { "demina", "habomai", TRUE, TRUE },
  { "signalny", "habomai", TRUE, TRUE },
  { "hokkaido", "context", TRUE, FALSE },
  { "sakhalin-south", "context", TRUE, FALSE },
  { "sakhalin-north", "context", TRUE, FALSE },
  { "kamchatka", "context", FALSE, FALSE },
};

/* The claims as the build checked and compiled them from data/claims.json. */
static KaClaimSet *
load_bundled_claims (void)
{
  g_autoptr(KaReport) report = ka_test_load_report ();
  g_autoptr(GError) error = NULL;
  KaClaimSet *set;

  set = ka_claim_set_new_from_resource (KA_CLAIMS_RESOURCE_PATH, report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (set);

  return set;
}

/* The report as a reader would search it, without the parser: markdown
 * emphasis markers dropped, whitespace collapsed. */
static char *
flat_report_text (void)
{
  g_autoptr(GBytes) bytes = ka_test_read_source_file (REPORT_FILE);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_string_replace (text, "*", "", 0);
  return ka_report_collapse_whitespace (text->str);
}

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  return g_strv_length (words);
}

static void
test_load (void)
{
  g_autoptr(KaClaimSet) set = load_bundled_claims ();
  g_autoptr(GBytes) bytes = ka_test_read_source_file (CLAIMS_FILE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  g_assert_cmpuint (ka_claim_set_get_n_claims (set), >=, 12);
  g_assert_cmpuint (ka_claim_set_get_n_notes (set), >=, 3);
  g_assert_nonnull (ka_claim_set_find_claim (set, "japan-northern-territories"));
  g_assert_null (ka_claim_set_find_claim (set, "no-such-claim"));

  /* What the application maps is the committed file, claim for claim. */
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (ka_claim_set_get_n_claims (set), ==,
                    json_array_get_length (json_object_get_array_member (root, "claims")));
  g_assert_cmpuint (ka_claim_set_get_n_notes (set), ==,
                    json_array_get_length (json_object_get_array_member (root, "notes")));
  for (guint i = 0; i < ka_claim_set_get_n_claims (set); i++)
    {
      JsonObject *claim = json_array_get_object_element (json_object_get_array_member (root, "claims"), i);

      g_assert_cmpstr (ka_claim_get_id (ka_claim_set_get_claim (set, i)), ==,
                       json_object_get_string_member (claim, "id"));
      g_assert_cmpuint (ka_claim_get_n_passages (ka_claim_set_get_claim (set, i)), ==,
                        json_array_get_length (json_object_get_array_member (claim, "passages")));
    }
}

/* Every quotation is in the report word for word, in the paragraph it
 * cites, and long enough to carry meaning. */
static void
test_quotes (void)
{
  g_autoptr(KaClaimSet) set = load_bundled_claims ();
  g_autofree char *flat = flat_report_text ();
  KaReport *report = ka_claim_set_get_report (set);
  guint n_checked = 0;
  guint i, j;

  for (i = 0; i < ka_claim_set_get_n_claims (set); i++)
    {
      KaClaim *claim = ka_claim_set_get_claim (set, i);

      g_assert_cmpuint (ka_claim_get_n_passages (claim), >=, 1);
      for (j = 0; j < ka_claim_get_n_passages (claim); j++)
        {
          const KaPassage *passage = ka_claim_get_passage (claim, j);
          g_autofree char *quote = ka_report_collapse_whitespace (passage->quote);
          g_autofree char *located = NULL;
          g_autofree char *located_flat = NULL;
          const char *text;
          guint section;

          if (strstr (flat, quote) == NULL)
            g_error ("%s: “%s” is not in the report", ka_claim_get_id (claim), quote);
          if (count_words (quote) < 8)
            g_error ("%s: “%s” is a fragment, not a passage", ka_claim_get_id (claim), quote);

          g_assert_true (ka_report_lookup_section (report, passage->section_id, &section));
          g_assert_cmpuint (section, ==, passage->section);
          if (!ka_report_find_quote_in (report, passage->section, passage->paragraph, quote, NULL, NULL))
            g_error ("%s: “%s” is not in %s ¶%u", ka_claim_get_id (claim), quote,
                     passage->section_id, passage->paragraph);

          text = ka_report_get_paragraph_text (report, passage->section, passage->paragraph);
          g_assert_cmpuint (passage->end, <=, strlen (text));
          located = g_strndup (text + passage->start, passage->end - passage->start);
          located_flat = ka_report_collapse_whitespace (located);
          g_assert_cmpstr (located_flat, ==, quote);
          n_checked++;
        }
    }

  g_assert_cmpuint (n_checked, >=, 30);
}

static gboolean
has_claim (GPtrArray *claims,
           KaParty    party,
           KaClaimKind kind)
{
  guint i;

  for (i = 0; i < claims->len; i++)
    {
      KaClaim *claim = g_ptr_array_index (claims, i);

      if (ka_claim_get_party (claim) == party && ka_claim_get_kind (claim) == kind)
        return TRUE;
    }
  return FALSE;
}

static guint
count_claims (GPtrArray *claims,
              KaParty    party)
{
  guint i, n = 0;

  for (i = 0; i < claims->len; i++)
    if (ka_claim_get_party (g_ptr_array_index (claims, i)) == party &&
        ka_claim_get_kind (g_ptr_array_index (claims, i)) == KA_CLAIM_KIND_CLAIM)
      n++;
  return n;
}

/* Whether @party holds @island_id today (the last layer) or claims it. */
static gboolean
party_asserts_today (KaIslandSet *islands,
                     const char  *island_id,
                     KaParty      party)
{
  KaIsland *island = ka_island_set_lookup (islands, island_id);
  KaHolder holder = party == KA_PARTY_JAPAN ? KA_HOLDER_JAPAN : KA_HOLDER_RUSSIA;

  g_assert_nonnull (island);

  return party != KA_PARTY_UNITED_STATES &&
         (ka_island_get_holder (island, KA_N_YEARS - 1) == holder || ka_island_is_claimed_by (island, holder));
}

/* Whether @party has anything to assert on @island_id: it holds or
 * claims it today, or held it (or shared it, undivided) in some layer. */
static gboolean
party_has_stake (KaIslandSet *islands,
                 const char  *island_id,
                 KaParty      party)
{
  KaIsland *island = ka_island_set_lookup (islands, island_id);
  KaHolder holder = party == KA_PARTY_JAPAN ? KA_HOLDER_JAPAN : KA_HOLDER_RUSSIA;

  if (party == KA_PARTY_UNITED_STATES)
    return FALSE;
  if (party_asserts_today (islands, island_id, party))
    return TRUE;
  for (guint y = 0; y < KA_N_YEARS; y++)
    if (ka_island_get_holder (island, y) == holder || ka_island_get_holder (island, y) == KA_HOLDER_UNDIVIDED)
      return TRUE;
  return FALSE;
}

/* A claim is a status its party asserts today: so the party holds each
 * island it targets now, or claims it. A history is a status the party
 * held: so it held the island in some layer (or shared it, undivided).
 * A party that never held an island and does not claim it has nothing to
 * assert there. */
static void
test_kinds (void)
{
  g_autoptr(KaClaimSet) set = load_bundled_claims ();
  g_autoptr(KaIslandSet) islands = ka_test_load_islands ();
  guint n_checked = 0;
  guint n_history = 0;

  for (guint i = 0; i < ka_claim_set_get_n_claims (set); i++)
    {
      KaClaim *claim = ka_claim_set_get_claim (set, i);
      KaClaimKind kind = ka_claim_get_kind (claim);
      KaParty party = ka_claim_get_party (claim);

      if (kind != KA_CLAIM_KIND_CLAIM && kind != KA_CLAIM_KIND_HISTORY)
        continue;
      n_history += kind == KA_CLAIM_KIND_HISTORY;

      for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
        {
          if (!ka_claim_applies_to (claim, areas[a].id, areas[a].group))
            continue;
          if (!party_has_stake (islands, areas[a].id, party))
            g_error ("“%s”: %s never held %s and does not claim it, so it has nothing to assert there",
                     ka_claim_get_id (claim), ka_party_to_string (party), areas[a].id);
          if (kind == KA_CLAIM_KIND_CLAIM && !party_asserts_today (islands, areas[a].id, party))
            g_error ("claim “%s”: %s neither holds nor claims %s today; its status is a history",
                     ka_claim_get_id (claim), ka_party_to_string (party), areas[a].id);
          n_checked++;
        }
    }

  g_assert_cmpuint (n_checked, >=, G_N_ELEMENTS (areas));
  /* Japan's Kurils of 1875–1945 among them, which no one claims today. */
  g_assert_cmpuint (n_history, >=, 1);
  g_assert_cmpint (ka_claim_get_kind (ka_claim_set_find_claim (set, "japan-kurils-1875")), ==, KA_CLAIM_KIND_HISTORY);
}

static void
test_coverage (void)
{
  g_autoptr(KaClaimSet) set = load_bundled_claims ();
  g_autoptr(KaIslandSet) islands = ka_test_load_islands ();
  guint i;

  for (i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      const Area *area = &areas[i];
      g_autoptr(GPtrArray) claims = ka_claim_set_lookup (set, area->id, area->group);
      g_autoptr(GPtrArray) notes = ka_claim_set_lookup_notes (set, area->id, area->group);

      if (!area->discussed)
        {
          g_assert_cmpuint (claims->len, ==, 0);
          g_assert_cmpuint (notes->len, >=, 1);
          continue;
        }

      /* Japan and Russia each have a claim wherever they have something
       * to assert, and only there; a party with nothing to assert gets
       * a note instead (Russia on Hokkaido). */
      for (KaParty party = KA_PARTY_JAPAN; party <= KA_PARTY_RUSSIA; party++)
        {
          gboolean stake = party_has_stake (islands, area->id, party);

          if ((has_claim (claims, party, KA_CLAIM_KIND_CLAIM) ||
               has_claim (claims, party, KA_CLAIM_KIND_HISTORY)) != stake)
            g_error ("%s: %s %s a claim", area->id, ka_party_to_string (party),
                     stake ? "lacks" : "has, with nothing to assert,");
          if (!stake)
            g_assert_cmpuint (notes->len, >=, 1);
        }

      if (area->southern_four)
        {
          /* Both sides of the dispute get the same number of cards. */
          g_assert_cmpuint (count_claims (claims, KA_PARTY_JAPAN), ==,
                            count_claims (claims, KA_PARTY_RUSSIA));
          g_assert_true (has_claim (claims, KA_PARTY_UNITED_STATES, KA_CLAIM_KIND_POSITION));
        }
      else
        {
          g_assert_false (has_claim (claims, KA_PARTY_UNITED_STATES, KA_CLAIM_KIND_POSITION));
        }

      /* The two-island formula is about Shikotan and Habomai only. */
      g_assert_cmpint (has_claim (claims, KA_PARTY_RUSSIA, KA_CLAIM_KIND_PROPOSAL), ==,
                       g_str_equal (area->id, "shikotan") || g_str_equal (area->group, "habomai"));
    }
}

static const KaEditorialNote *
find_note (GPtrArray  *notes,
           int         year,
           const char *source_word)
{
  guint i;

  for (i = 0; i < notes->len; i++)
    {
      const KaEditorialNote *note = g_ptr_array_index (notes, i);

      if (note->year == year && strstr (note->source, source_word) != NULL)
        return note;
    }
  return NULL;
}

/* Where the report is silent the atlas says so, citing the treaty. */
static void
test_editorial_notes (void)
{
  g_autoptr(KaClaimSet) set = load_bundled_claims ();
  gboolean found_1905_note = FALSE;
  guint i, j;

  for (i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_autoptr(GPtrArray) notes = ka_claim_set_lookup_notes (set, areas[i].id, areas[i].group);
      gboolean kuril_or_sakhalin = !g_str_equal (areas[i].group, "context") ||
                                   g_str_has_prefix (areas[i].id, "sakhalin");

      g_assert_cmpint (find_note (notes, 1855, "Shimoda") != NULL, ==, kuril_or_sakhalin);
    }

  for (i = 0; i < ka_claim_set_get_n_claims (set); i++)
    {
      KaClaim *claim = ka_claim_set_get_claim (set, i);
      gboolean quotes_1905 = FALSE;

      for (j = 0; j < ka_claim_get_n_passages (claim); j++)
        if (strstr (ka_claim_get_passage (claim, j)->quote, "of August 1905") != NULL)
          quotes_1905 = TRUE;
      if (!quotes_1905)
        continue;

      for (j = 0; j < ka_claim_get_n_notes (claim); j++)
        {
          const KaEditorialNote *note = ka_claim_get_note (claim, j);

          if (strstr (note->text, "August 1905") != NULL && strstr (note->text, "1945") != NULL)
            found_1905_note = TRUE;
        }
    }

  g_assert_true (found_1905_note);
}

/* Claims, then positions, then proposals; within each, parties in their
 * fixed order; ties in file order. */
static void
test_lookup_order (void)
{
  g_autoptr(KaClaimSet) set = load_bundled_claims ();
  g_autoptr(GPtrArray) iturup = ka_claim_set_lookup (set, "iturup", "southern-kurils");
  g_autoptr(GPtrArray) islet = ka_claim_set_lookup (set, "zelyony", "habomai");
  g_autoptr(GPtrArray) group = ka_claim_set_lookup (set, NULL, "habomai");
  g_autoptr(GPtrArray) nothing = ka_claim_set_lookup (set, "atlantis", NULL);
  guint i;

  g_assert_cmpuint (iturup->len, >=, 4);
  for (i = 1; i < iturup->len; i++)
    {
      KaClaim *a = g_ptr_array_index (iturup, i - 1);
      KaClaim *b = g_ptr_array_index (iturup, i);

      /* Each party's cards together, in time order. */
      g_assert_cmpint (ka_claim_get_party (a), <=, ka_claim_get_party (b));
      if (ka_claim_get_party (a) == ka_claim_get_party (b))
        g_assert_cmpint (ka_claim_get_first_year (a), <=, ka_claim_get_first_year (b));
    }
  g_assert_cmpint (ka_claim_get_party (g_ptr_array_index (iturup, 0)), ==, KA_PARTY_JAPAN);

  g_assert_cmpuint (islet->len, ==, group->len);
  for (i = 0; i < islet->len; i++)
    g_assert_true (g_ptr_array_index (islet, i) == g_ptr_array_index (group, i));

  g_assert_cmpuint (nothing->len, ==, 0);
}

/* Statuses, arguments and event labels are the atlas's words: no run of
 * eight words may come straight from the report, whatever its quotation
 * marks or dashes. */
static void
test_own_words (void)
{
  g_autoptr(KaClaimSet) set = load_bundled_claims ();
  guint i, k;

  for (i = 0; i < ka_claim_set_get_n_claims (set); i++)
    {
      KaClaim *claim = ka_claim_set_get_claim (set, i);
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();

      g_ptr_array_add (texts, (gpointer) ka_claim_get_status (claim));
      g_ptr_array_add (texts, (gpointer) ka_claim_get_argument (claim));
      for (k = 0; k < ka_claim_get_n_events (claim); k++)
        g_ptr_array_add (texts, (gpointer) ka_claim_get_event (claim, k)->label);

      for (k = 0; k < texts->len; k++)
        {
          g_autofree char *copied = ka_test_find_copied_words (g_ptr_array_index (texts, k), 8);

          if (copied != NULL)
            g_error ("%s copies the report: “%s”", ka_claim_get_id (claim), copied);
        }

      g_assert_cmpuint (ka_claim_get_n_events (claim), >=, 1);
      g_assert_cmpint (ka_claim_get_first_year (claim), <=, 2004);
    }
}

/* The check itself: a copy that only drops the report's quotation marks
 * or swaps its dashes is still a copy; seven words are not. */
static void
test_own_words_checker (void)
{
  g_autofree char *unquoted = ka_test_find_copied_words (
    "Russians see it as part of the Great Patriotic War against Nazism and fascism.", 8);
  g_autofree char *dashes = ka_test_find_copied_words (
    "in the context of the 1918–21 Siberian Intervention and its military probes", 8);
  g_autofree char *seven = ka_test_find_copied_words (
    "they formed a tempting target for Russian expansion, we read", 8);

  g_assert_cmpstr (unquoted, ==, "part of the great patriotic war against nazism");
  g_assert_cmpstr (dashes, ==, "in the context of the 1918 21 siberian");
  g_assert_null (seven);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/claims/load", test_load);
  g_test_add_func ("/atlas/claims/quotes", test_quotes);
  g_test_add_func ("/atlas/claims/coverage", test_coverage);
  g_test_add_func ("/atlas/claims/kinds", test_kinds);
  g_test_add_func ("/atlas/claims/own-words/checker", test_own_words_checker);
  g_test_add_func ("/atlas/claims/editorial-notes", test_editorial_notes);
  g_test_add_func ("/atlas/claims/lookup-order", test_lookup_order);
  g_test_add_func ("/atlas/claims/own-words", test_own_words);

  return g_test_run ();
}
