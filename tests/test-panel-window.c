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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  app = ka_test_application_new ();

  g_test_add_func ("/panel-window/southern-islands-show-both-sides", test_southern_islands_show_both_sides);
  g_test_add_func ("/panel-window/read-in-report-highlights", test_read_in_report_highlights_the_passage);

  return ka_test_run (app);
}
