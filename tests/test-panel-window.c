/* test-panel-window.c — the side panel of a real window: claims, citations, the report
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ka-claim-card.h"
#include "ka-report-view.h"
#include "ka-side-panel.h"
#include "ka-test-window.h"

static KaApplication *app;

/* The claim cards on show. */
static void
collect_cards (GtkWidget *root,
               GPtrArray *cards)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  ka_test_collect_descendants (root, KA_TYPE_CLAIM_CARD, all);
  for (guint i = 0; i < all->len; i++)
    if (gtk_widget_is_drawable (g_ptr_array_index (all, i)))
      g_ptr_array_add (cards, g_ptr_array_index (all, i));
}

static GtkWidget *
get_side_panel (KaWindow *window)
{
  GtkWidget *panel = ka_test_find_descendant (GTK_WIDGET (window), KA_TYPE_SIDE_PANEL);

  g_assert_nonnull (panel);

  return panel;
}

static void
test_southern_islands_show_both_sides (void)
{
  static const char *southern[] = { "iturup", "kunashir", "shikotan", "zelyony", NULL };
  KaWindow *window = ka_test_window_new (app, 1600, 1000);
  KaState *state = ka_window_get_state (window);

  ka_test_wait_frames (GTK_WIDGET (window), 2);

  for (guint i = 0; southern[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) cards = g_ptr_array_new ();
      gboolean japan = FALSE, russia = FALSE;

      ka_state_set_selected_island (state, southern[i]);
      ka_test_wait_frames (GTK_WIDGET (window), 3);
      g_assert_cmpstr (ka_side_panel_get_page (KA_SIDE_PANEL (get_side_panel (window))), ==, "island");

      collect_cards (get_side_panel (window), cards);
      for (guint c = 0; c < cards->len; c++)
        {
          KaClaim *claim = ka_claim_card_get_claim (g_ptr_array_index (cards, c));

          japan |= ka_claim_get_party (claim) == KA_PARTY_JAPAN && ka_claim_get_kind (claim) == KA_CLAIM_KIND_CLAIM;
          russia |= ka_claim_get_party (claim) == KA_PARTY_RUSSIA && ka_claim_get_kind (claim) == KA_CLAIM_KIND_CLAIM;
        }

      g_test_message ("%s: %u cards", southern[i], cards->len);
      g_assert_true (japan);
      g_assert_true (russia);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether a drawn label in @root reads @text. */
static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ka_test_collect_descendants (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_is_drawable (g_ptr_array_index (labels, i)) &&
        g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;

  return FALSE;
}

/* The island today comes first: who holds it, and whether it is claimed.
 * Then each party's cards together and in time order, and the badge
 * "Claim" only on what a party asserts today: Japan's Kurils of
 * 1875–1945 on Urup are history. */
static void
test_today_and_history (void)
{
  static const struct { const char *id; const char *today; } islands[] = {
    { "iturup", "Held by Russia · Claimed by Japan" },
    { "urup", "Held by Russia · No claim today" },
    { "hokkaido", "Held by Japan · No claim today" },
  };
  KaWindow *window = ka_test_window_new (app, 1600, 1000);
  KaState *state = ka_window_get_state (window);

  ka_test_wait_frames (GTK_WIDGET (window), 2);

  for (guint i = 0; i < G_N_ELEMENTS (islands); i++)
    {
      g_autoptr(GPtrArray) cards = g_ptr_array_new ();
      gboolean history = FALSE;

      ka_state_set_selected_island (state, islands[i].id);
      ka_test_wait_frames (GTK_WIDGET (window), 3);
      g_assert_true (shows_label (get_side_panel (window), islands[i].today));

      collect_cards (get_side_panel (window), cards);
      g_assert_cmpuint (cards->len, >, 0);
      for (guint c = 0; c < cards->len; c++)
        {
          KaClaimCard *card = g_ptr_array_index (cards, c);
          KaClaim *claim = ka_claim_card_get_claim (card);

          if (c > 0)
            {
              KaClaim *before = ka_claim_card_get_claim (g_ptr_array_index (cards, c - 1));

              g_assert_cmpint (ka_claim_get_party (before), <=, ka_claim_get_party (claim));
              if (ka_claim_get_party (before) == ka_claim_get_party (claim))
                g_assert_cmpint (ka_claim_get_first_year (before), <=, ka_claim_get_first_year (claim));
            }

          if (ka_claim_get_kind (claim) == KA_CLAIM_KIND_HISTORY)
            {
              history = TRUE;
              g_assert_true (shows_label (GTK_WIDGET (card), "History"));
              g_assert_false (shows_label (GTK_WIDGET (card), "Claim"));
            }
        }

      /* Urup has Japan's 1875–1945 and Russia's pre-1875 holdings. */
      g_assert_true (history == g_str_equal (islands[i].id, "urup"));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_read_in_report_highlights_the_passage (void)
{
  KaWindow *window = ka_test_window_new (app, 1600, 1000);
  KaState *state = ka_window_get_state (window);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  GtkWidget *panel;
  KaClaim *claim;
  const KaPassage *passage;
  g_autofree char *highlight = NULL;
  guint section, paragraph;

  ka_test_wait_frames (GTK_WIDGET (window), 2);
  ka_state_set_selected_island (state, "iturup");
  ka_test_wait_frames (GTK_WIDGET (window), 3);

  panel = get_side_panel (window);
  collect_cards (panel, cards);
  g_assert_cmpuint (cards->len, >, 0);

  /* The last card's last passage: not simply the first thing there. */
  claim = ka_claim_card_get_claim (g_ptr_array_index (cards, cards->len - 1));
  passage = ka_claim_get_passage (claim, ka_claim_get_n_passages (claim) - 1);

  g_assert_true (gtk_widget_activate_action (panel, "panel.read-passage", "(su)",
                                             ka_claim_get_id (claim), ka_claim_get_n_passages (claim) - 1));
  ka_test_wait_frames (GTK_WIDGET (window), 10);
  g_assert_cmpstr (ka_side_panel_get_page (KA_SIDE_PANEL (panel)), ==, "report");

  g_assert_true (ka_report_view_get_highlight (KA_REPORT_VIEW (ka_test_find_descendant (panel, KA_TYPE_REPORT_VIEW)),
                                               &section, &paragraph, &highlight));
  g_assert_cmpuint (section, ==, passage->section);
  g_assert_cmpuint (paragraph, ==, passage->paragraph);
  g_assert_cmpstr (highlight, ==, passage->quote);

  /* And back to the island. */
  g_assert_true (gtk_widget_activate_action (panel, "panel.back", NULL));
  g_assert_cmpstr (ka_side_panel_get_page (KA_SIDE_PANEL (panel)), ==, "island");

  gtk_window_destroy (GTK_WINDOW (window));
}


/* The window's own island search bar. */
static GtkSearchBar *
get_search_bar (KaWindow *window)
{
  GtkWidget *bar = ka_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR);

  g_assert_nonnull (bar);

  return GTK_SEARCH_BAR (bar);
}

/* What the application binds @accel to, as the window's keys reach it. */
static void
assert_accel_activates (const char *accel,
                        const char *action)
{
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), accel);

  g_assert_nonnull (actions);
  g_assert_true (g_strv_contains ((const char * const *) actions, action));
}

static gboolean
focus_is_in (KaWindow  *window,
             GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Esc closes the innermost thing first: the island search, then the
 * report's find bar, the report, and only then the selection. Ctrl+F
 * searches where the focus is. */
static void
test_escape_and_find_follow_the_focus (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 720);
  KaState *state = ka_window_get_state (window);
  GtkSearchBar *search_bar = get_search_bar (window);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  GtkWidget *panel, *report_view, *report_entry, *text_view;
  KaClaim *claim;

  assert_accel_activates ("Escape", "win.clear-selection");
  assert_accel_activates ("<Control>f", "win.search");

  ka_test_wait_frames (GTK_WIDGET (window), 2);
  ka_state_set_selected_island (state, "iturup");
  ka_test_wait_frames (GTK_WIDGET (window), 3);
  panel = get_side_panel (window);
  report_view = ka_test_find_descendant (panel, KA_TYPE_REPORT_VIEW);
  report_entry = ka_test_find_descendant (report_view, GTK_TYPE_SEARCH_ENTRY);
  text_view = ka_test_find_descendant (report_view, GTK_TYPE_TEXT_VIEW);

  /* Ctrl+F on the map: the island search; Esc closes it and keeps the island. */
  gtk_widget_grab_focus (GTK_WIDGET (ka_window_get_map_view (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (gtk_search_bar_get_search_mode (search_bar));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-selection", NULL));
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_false (gtk_search_bar_get_search_mode (search_bar));
  g_assert_cmpstr (ka_state_get_selected_island (state), ==, "iturup");

  /* Read in Report, then Ctrl+F in the reader: its own find bar. */
  collect_cards (panel, cards);
  g_assert_cmpuint (cards->len, >, 0);
  claim = ka_claim_card_get_claim (g_ptr_array_index (cards, 0));
  g_assert_true (gtk_widget_activate_action (panel, "panel.read-passage", "(su)", ka_claim_get_id (claim), 0));
  ka_test_wait_frames (GTK_WIDGET (window), 5);
  g_assert_cmpstr (ka_side_panel_get_page (KA_SIDE_PANEL (panel)), ==, "report");
  g_assert_true (gtk_widget_grab_focus (text_view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_false (gtk_search_bar_get_search_mode (search_bar));
  g_assert_true (focus_is_in (window, report_entry));
  gtk_editable_set_text (GTK_EDITABLE (report_entry), "Kuril");
  ka_report_view_search (KA_REPORT_VIEW (report_view), "Kuril");
  g_assert_cmpuint (ka_report_view_get_n_matches (KA_REPORT_VIEW (report_view)), >, 0);

  /* Esc: the find bar, and the reader stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-selection", NULL));
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (report_entry)), ==, "");
  g_assert_cmpuint (ka_report_view_get_n_matches (KA_REPORT_VIEW (report_view)), ==, 0);
  g_assert_cmpstr (ka_side_panel_get_page (KA_SIDE_PANEL (panel)), ==, "report");
  g_assert_false (focus_is_in (window, report_entry));

  /* Esc: the reader, back to the island, still selected. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-selection", NULL));
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (ka_side_panel_get_page (KA_SIDE_PANEL (panel)), ==, "island");
  g_assert_cmpstr (ka_state_get_selected_island (state), ==, "iturup");

  /* Esc: at last the selection. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-selection", NULL));
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_null (ka_state_get_selected_island (state));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  app = ka_test_application_new ();

  g_test_add_func ("/panel-window/southern-islands-show-both-sides", test_southern_islands_show_both_sides);
  g_test_add_func ("/panel-window/read-in-report-highlights", test_read_in_report_highlights_the_passage);
  g_test_add_func ("/panel-window/today-and-history", test_today_and_history);
  g_test_add_func ("/panel-window/escape-and-find-follow-the-focus", test_escape_and_find_follow_the_focus);

  return ka_test_run (app);
}
