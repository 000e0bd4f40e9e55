/* test-text-search.c — the search of a text buffer, alone
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "ka-test-text.h"
#include "ka-text-search.h"

static const char text[] =
  "The Kurils lie north-east of Hokkaido. the kurils run to Kamchatka; "
  "THE KURILS were divided in 1855. Итуруп, ИТУРУП and итуруп.";

/* The text of match @index, which must exist. */
static char *
match_text (KaTextSearch *search,
            guint         index)
{
  GtkTextIter start, end;

  g_assert_true (ka_text_search_get_match (search, index, &start, &end));
  return gtk_text_iter_get_text (&start, &end);
}

static GtkTextBuffer *
buffer_new (void)
{
  GtkTextBuffer *buffer = gtk_text_buffer_new (NULL);

  gtk_text_buffer_set_text (buffer, text, -1);
  return buffer;
}

static void
test_matches (void)
{
  g_autoptr(GtkTextBuffer) buffer = buffer_new ();
  g_autoptr(KaTextSearch) search = ka_text_search_new (buffer);
  const char *expected[] = { "Kurils", "kurils", "KURILS" };
  GtkTextTag *match_tag = ka_text_search_get_match_tag (search);
  GtkTextIter start, end;
  guint i;

  g_assert_true (gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "search-match") == match_tag);
  g_assert_false (ka_text_search_is_active (search));
  g_assert_cmpuint (ka_text_search_get_n_matches (search), ==, 0);

  /* Case does not matter, in either script. */
  g_assert_cmpuint (ka_text_search_set_text (search, "kurils"), ==, 3);
  g_assert_true (ka_text_search_is_active (search));
  g_assert_cmpstr (ka_text_search_get_text (search), ==, "kurils");
  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *found = match_text (search, i);

      g_assert_cmpstr (found, ==, expected[i]);
    }
  g_assert_false (ka_text_search_get_match (search, 3, &start, &end));
  g_assert_cmpuint (ka_test_count_tag_runs (buffer, "search-match"), ==, 3);

  /* Each match is tagged exactly, in buffer order. */
  g_assert_true (ka_text_search_get_match (search, 1, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, g_utf8_pointer_to_offset (text, strstr (text, "kurils run")));
  g_assert_cmpint (gtk_text_iter_get_offset (&end), ==, gtk_text_iter_get_offset (&start) + 6);
  g_assert_true (gtk_text_iter_starts_tag (&start, match_tag));
  g_assert_true (gtk_text_iter_ends_tag (&end, match_tag));

  g_assert_cmpuint (ka_text_search_set_text (search, "итуруп"), ==, 3);
  g_assert_cmpuint (ka_text_search_set_text (search, "ИТУРУП"), ==, 3);
  g_assert_cmpuint (ka_test_count_tag_runs (buffer, "search-match"), ==, 3);

  /* A new search replaces the old one's tags. */
  g_assert_cmpuint (ka_text_search_set_text (search, "1855"), ==, 1);
  g_assert_cmpuint (ka_test_count_tag_runs (buffer, "search-match"), ==, 1);
}

static void
test_stepping (void)
{
  g_autoptr(GtkTextBuffer) buffer = buffer_new ();
  g_autoptr(KaTextSearch) search = ka_text_search_new (buffer);
  GtkTextTag *current_tag = ka_text_search_get_current_tag (search);
  GtkTextMark *mark;
  GtkTextIter iter, start;
  g_autofree char *label = NULL;

  g_assert_cmpuint (ka_text_search_set_text (search, "the"), ==, 3);
  g_assert_cmpint (ka_text_search_get_current (search), ==, -1);
  g_assert_cmpuint (ka_test_count_tag_runs (buffer, "current-match"), ==, 0);

  /* The current match is tagged, and the mark is at its start. */
  mark = ka_text_search_select (search, 1);
  g_assert_nonnull (mark);
  g_assert_true (gtk_text_buffer_get_mark (buffer, "match") == mark);
  g_assert_cmpint (ka_text_search_get_current (search), ==, 1);
  ka_text_search_get_match (search, 1, &start, NULL);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, mark);
  g_assert_true (gtk_text_iter_equal (&iter, &start));
  g_assert_true (gtk_text_iter_starts_tag (&start, current_tag));
  g_assert_cmpuint (ka_test_count_tag_runs (buffer, "current-match"), ==, 1);
  label = ka_text_search_describe (search);
  g_assert_cmpstr (label, ==, "2 of 3");
  g_clear_pointer (&label, g_free);

  /* Forward past the last to the first, back past the first to the last. */
  ka_text_search_step (search, 1);
  g_assert_cmpint (ka_text_search_get_current (search), ==, 2);
  ka_text_search_step (search, 1);
  g_assert_cmpint (ka_text_search_get_current (search), ==, 0);
  g_assert_cmpuint (ka_test_count_tag_runs (buffer, "current-match"), ==, 1);
  ka_text_search_step (search, -1);
  g_assert_cmpint (ka_text_search_get_current (search), ==, 2);
  label = ka_text_search_describe (search);
  g_assert_cmpstr (label, ==, "3 of 3");
  g_clear_pointer (&label, g_free);
  ka_text_search_select (search, -1);
  g_assert_cmpint (ka_text_search_get_current (search), ==, 2);
  ka_text_search_select (search, 7);
  g_assert_cmpint (ka_text_search_get_current (search), ==, 1);

  /* A new search has no current match until one is chosen. */
  ka_text_search_set_text (search, "kurils");
  g_assert_cmpint (ka_text_search_get_current (search), ==, -1);
  g_assert_cmpuint (ka_test_count_tag_runs (buffer, "current-match"), ==, 0);
  ka_text_search_step (search, 1);
  g_assert_cmpint (ka_text_search_get_current (search), ==, 0);
}

static void
test_find_from (void)
{
  g_autoptr(GtkTextBuffer) buffer = buffer_new ();
  g_autoptr(KaTextSearch) search = ka_text_search_new (buffer);
  GtkTextIter iter, start;

  ka_text_search_set_text (search, "kurils");

  gtk_text_buffer_get_start_iter (buffer, &iter);
  g_assert_cmpuint (ka_text_search_find_from (search, &iter), ==, 0);

  /* At a match's start, that match; just past it, the next. */
  ka_text_search_get_match (search, 1, &start, NULL);
  g_assert_cmpuint (ka_text_search_find_from (search, &start), ==, 1);
  gtk_text_iter_forward_char (&start);
  g_assert_cmpuint (ka_text_search_find_from (search, &start), ==, 2);

  /* Past the last, the first. */
  gtk_text_buffer_get_end_iter (buffer, &iter);
  g_assert_cmpuint (ka_text_search_find_from (search, &iter), ==, 0);
}

static void
test_nothing_found (void)
{
  g_autoptr(GtkTextBuffer) buffer = buffer_new ();
  g_autoptr(KaTextSearch) search = ka_text_search_new (buffer);
  g_autofree char *none = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *null = NULL;

  ka_text_search_set_text (search, "kurils");
  ka_text_search_select (search, 0);

  g_assert_cmpuint (ka_text_search_set_text (search, "Sakhalin"), ==, 0);
  g_assert_true (ka_text_search_is_active (search));
  g_assert_null (ka_text_search_select (search, 0));
  g_assert_null (ka_text_search_step (search, 1));
  g_assert_cmpint (ka_text_search_get_current (search), ==, -1);
  g_assert_cmpuint (ka_test_count_tag_runs (buffer, "search-match"), ==, 0);
  g_assert_cmpuint (ka_test_count_tag_runs (buffer, "current-match"), ==, 0);
  none = ka_text_search_describe (search);
  g_assert_cmpstr (none, ==, "No matches");

  /* Nothing to look for is not “no matches”. */
  ka_text_search_set_text (search, "");
  g_assert_false (ka_text_search_is_active (search));
  empty = ka_text_search_describe (search);
  g_assert_cmpstr (empty, ==, "");
  ka_text_search_set_text (search, NULL);
  g_assert_false (ka_text_search_is_active (search));
  g_assert_null (ka_text_search_get_text (search));
  null = ka_text_search_describe (search);
  g_assert_cmpstr (null, ==, "");
}

/* Searching again for its own text, after the buffer changed, finds
 * what is there now. */
static void
test_search_again (void)
{
  g_autoptr(GtkTextBuffer) buffer = buffer_new ();
  g_autoptr(KaTextSearch) search = ka_text_search_new (buffer);
  GtkTextIter end;

  g_assert_cmpuint (ka_text_search_set_text (search, "kurils"), ==, 3);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, " The Southern Kurils.", -1);
  g_assert_cmpuint (ka_text_search_set_text (search, ka_text_search_get_text (search)), ==, 4);
  g_assert_cmpstr (ka_text_search_get_text (search), ==, "kurils");

  gtk_text_buffer_set_text (buffer, "", 0);
  g_assert_cmpuint (ka_text_search_set_text (search, ka_text_search_get_text (search)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-search/matches", test_matches);
  g_test_add_func ("/text-search/stepping", test_stepping);
  g_test_add_func ("/text-search/find-from", test_find_from);
  g_test_add_func ("/text-search/nothing-found", test_nothing_found);
  g_test_add_func ("/text-search/search-again", test_search_again);

  return g_test_run ();
}
