/* test-report-view.c — the report reader under Xvfb: passages, search, copying
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <adwaita.h>

#include "ka-claims.h"
#include "ka-report-view.h"
#include "ka-test-source.h"
#include "ka-test-text.h"
#include "ka-test-window.h"

/* Passages across the report, far from its top and from each other. */
static const struct
{
  const char *claim;
  guint       passage;
} passages[] = {
  { "russia-yalta", 1 },
  { "japan-return-of-all-four", 0 },
  { "japan-seized-after-surrender", 2 },
  { "two-island-formula-1956", 0 },
  { "japan-south-sakhalin-1905", 0 },
};

typedef struct
{
  GtkWidget    *window;
  KaReportView *view;
  GtkTextView  *text_view;
  GtkWidget    *entry;
  GtkLabel     *match_label;
  KaReport     *report;
  KaClaimSet   *set;
  guint         n_back;
} Fixture;

static GtkWidget *
find_by_action (GtkWidget  *widget,
                const char *action_name)
{
  GtkWidget *child;

  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_action (child, action_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkLabel *
find_match_label (GtkWidget *widget)
{
  GtkWidget *child;

  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "ka-match-count"))
    return GTK_LABEL (widget);

  for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_match_label (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
on_back (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  Fixture *fixture = user_data;

  fixture->n_back++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) back = g_simple_action_new ("back", NULL);
  g_autoptr(GError) error = NULL;
  const int *size = data;

  fixture->report = ka_test_load_report ();
  fixture->set = ka_claim_set_new_from_resource (KA_CLAIMS_RESOURCE_PATH, fixture->report, &error);
  g_assert_no_error (error);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), size[0], size[1]);
  g_signal_connect (back, "activate", G_CALLBACK (on_back), fixture);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (back));
  gtk_widget_insert_action_group (fixture->window, "panel", G_ACTION_GROUP (group));

  fixture->view = KA_REPORT_VIEW (ka_report_view_new ());
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->view));
  fixture->text_view = GTK_TEXT_VIEW (ka_test_find_descendant (GTK_WIDGET (fixture->view), GTK_TYPE_TEXT_VIEW));
  fixture->entry = ka_test_find_descendant (GTK_WIDGET (fixture->view), GTK_TYPE_SEARCH_ENTRY);
  fixture->match_label = find_match_label (GTK_WIDGET (fixture->view));
  g_assert_nonnull (fixture->text_view);
  g_assert_nonnull (fixture->entry);
  g_assert_nonnull (fixture->match_label);
}

static void
fixture_present (Fixture *fixture)
{
  gtk_window_present (GTK_WINDOW (fixture->window));
  ka_test_wait_frames (fixture->window, 3);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->text_view)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_pointer (&fixture->set, ka_claim_set_unref);
  g_clear_pointer (&fixture->report, ka_report_unref);
}

/* Scrolling waits for the lines to be measured: let it finish, that is
 * let five frames go by without the view moving. */
static void
wait_for_scroll (Fixture *fixture)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (fixture->text_view));
  double last = -1;
  guint stable = 0, frames;

  for (frames = 0; stable < 5; frames++)
    {
      double value;

      g_assert_cmpuint (frames, <, 300);
      ka_test_wait_frames (fixture->window, 1);
      value = gtk_adjustment_get_value (vadjustment);
      stable = value == last ? stable + 1 : 0;
      last = value;
    }
}

/* The rectangle of the text between two marks, in buffer coordinates. */
static void
get_mark_area (GtkTextView  *text_view,
               const char   *start_mark,
               const char   *end_mark,
               GdkRectangle *area)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextIter start, end;
  GdkRectangle first, last;

  gtk_text_buffer_get_iter_at_mark (buffer, &start, gtk_text_buffer_get_mark (buffer, start_mark));
  gtk_text_buffer_get_iter_at_mark (buffer, &end, gtk_text_buffer_get_mark (buffer, end_mark));
  gtk_text_view_get_iter_location (text_view, &start, &first);
  gtk_text_view_get_iter_location (text_view, &end, &last);
  area->x = first.x;
  area->y = first.y;
  area->width = MAX (first.width, 1);
  area->height = last.y + last.height - first.y;
}

static void
assert_area_visible (GtkTextView        *text_view,
                     const GdkRectangle *area)
{
  GdkRectangle visible;

  gtk_text_view_get_visible_rect (text_view, &visible);
  g_assert_cmpint (area->y, >=, visible.y);
  g_assert_cmpint (area->y + MIN (area->height, visible.height), <=, visible.y + visible.height);
}

static void
assert_shows_passage (Fixture         *fixture,
                      const char      *claim_id,
                      guint            index,
                      gboolean         expect_scroll)
{
  KaClaim *claim = ka_claim_set_find_claim (fixture->set, claim_id);
  const KaPassage *passage;
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (fixture->text_view));
  g_autofree char *text = NULL;
  g_autofree char *collapsed_text = NULL;
  g_autofree char *collapsed_quote = NULL;
  g_autofree char *expected = NULL;
  GdkRectangle area, visible;
  double before = gtk_adjustment_get_value (vadjustment);
  guint section, paragraph;

  g_assert_nonnull (claim);
  passage = ka_claim_get_passage (claim, index);

  g_assert_true (ka_report_view_show_passage (fixture->view, passage->section, passage->paragraph,
                                             passage->start, passage->end));
  wait_for_scroll (fixture);

  g_assert_true (ka_report_view_get_highlight (fixture->view, &section, &paragraph, &text));
  g_assert_cmpuint (section, ==, passage->section);
  g_assert_cmpuint (paragraph, ==, passage->paragraph);

  /* Exactly the quoted words, as the report prints them. */
  expected = g_strndup (ka_report_get_paragraph_text (fixture->report, section, paragraph) + passage->start,
                        passage->end - passage->start);
  g_assert_cmpstr (text, ==, expected);
  collapsed_text = ka_report_collapse_whitespace (text);
  collapsed_quote = ka_report_collapse_whitespace (passage->quote);
  g_assert_cmpstr (collapsed_text, ==, collapsed_quote);

  get_mark_area (fixture->text_view, "highlight-start", "highlight-end", &area);
  assert_area_visible (fixture->text_view, &area);
  if (expect_scroll)
    g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), !=, before);

  /* Near the top third, not at the bottom edge. */
  gtk_text_view_get_visible_rect (fixture->text_view, &visible);
  g_assert_cmpint (area.y - visible.y, <=, visible.height / 2);
}

static void
test_whole_report (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (fixture->text_view);
  g_autofree char *all = NULL;
  GtkTextIter start, end;
  guint s, p;

  ka_report_view_set_report (fixture->view, fixture->report);
  fixture_present (fixture);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  all = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  g_assert_nonnull (strstr (all, "Russia-Japan Relations: Prisoners of History?"));
  g_assert_nonnull (strstr (all, "John H. Miller"));
  g_assert_nonnull (strstr (all, "APCSS Special Assessment"));
  g_assert_nonnull (strstr (all, "October 2004"));
  g_assert_nonnull (strstr (all, "distribution unlimited"));
  g_assert_false (gtk_text_view_get_editable (fixture->text_view));

  /* Every section and every paragraph, in order, with its number; no
   * markdown markers left. */
  {
    const char *cursor = all;

    for (s = 0; s < ka_report_get_n_sections (fixture->report); s++)
      {
        cursor = strstr (cursor, ka_report_get_section_title (fixture->report, s));
        g_assert_nonnull (cursor);
        for (p = 1; p <= ka_report_get_n_paragraphs (fixture->report, s); p++)
          {
            g_autofree char *number = g_strdup_printf ("¶%u\t", p);

            cursor = strstr (cursor, number);
            g_assert_nonnull (cursor);
            cursor = strstr (cursor, ka_report_get_paragraph_text (fixture->report, s, p));
            g_assert_nonnull (cursor);
          }
      }
  }
  g_assert_null (strstr (all, "**"));
  g_assert_null (strstr (all, "Report Documentation Page"));
  g_assert_null (strstr (all, "Maluhia"));

  /* “sine qua non” is italic in the report, and so it is here. */
  {
    GtkTextTag *italic = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "italic");
    GtkTextIter match;

    gtk_text_buffer_get_start_iter (buffer, &start);
    g_assert_true (gtk_text_iter_forward_search (&start, "sine qua non", 0, &match, &end, NULL));
    g_assert_true (gtk_text_iter_has_tag (&match, italic));
  }
}

static void
test_show_passages (Fixture       *fixture,
                    gconstpointer  data)
{
  guint i;

  ka_report_view_set_report (fixture->view, fixture->report);
  fixture_present (fixture);
  g_assert_false (ka_report_view_get_highlight (fixture->view, NULL, NULL, NULL));

  for (i = 0; i < G_N_ELEMENTS (passages); i++)
    {
      assert_shows_passage (fixture, passages[i].claim, passages[i].passage, TRUE);
      /* The old highlight is gone: one run, the new passage. */
      g_assert_cmpuint (ka_test_count_tag_runs (gtk_text_view_get_buffer (fixture->text_view), "highlight"), ==, 1);
    }

  /* Every passage of every claim addresses the text shown. */
  for (i = 0; i < ka_claim_set_get_n_claims (fixture->set); i++)
    {
      KaClaim *claim = ka_claim_set_get_claim (fixture->set, i);
      guint j;

      for (j = 0; j < ka_claim_get_n_passages (claim); j++)
        {
          const KaPassage *passage = ka_claim_get_passage (claim, j);
          g_autofree char *text = NULL;
          g_autofree char *collapsed_text = NULL;
          g_autofree char *collapsed_quote = ka_report_collapse_whitespace (passage->quote);

          ka_report_view_show_passage (fixture->view, passage->section, passage->paragraph,
                                       passage->start, passage->end);
          g_assert_true (ka_report_view_get_highlight (fixture->view, NULL, NULL, &text));
          collapsed_text = ka_report_collapse_whitespace (text);
          g_assert_cmpstr (collapsed_text, ==, collapsed_quote);
        }
    }

  /* A passage that is not there clears the highlight and says so. */
  g_assert_false (ka_report_view_show_passage (fixture->view, 99, 1, 0, 4));
  g_assert_false (ka_report_view_get_highlight (fixture->view, NULL, NULL, NULL));
  g_assert_false (ka_report_view_show_passage (fixture->view, 2, 1, 10, 100000));
  g_assert_false (ka_report_view_get_highlight (fixture->view, NULL, NULL, NULL));
  g_assert_cmpuint (ka_test_count_tag_runs (gtk_text_view_get_buffer (fixture->text_view), "highlight"), ==, 0);
}

/* The lead may show a passage while the view is still hidden, in the same
 * breath as switching to it. */
static void
test_show_passage_before_mapped (Fixture       *fixture,
                                 gconstpointer  data)
{
  KaClaim *claim = ka_claim_set_find_claim (fixture->set, "japan-south-sakhalin-1905");
  const KaPassage *passage = ka_claim_get_passage (claim, 0);
  GdkRectangle area;

  ka_report_view_set_report (fixture->view, fixture->report);
  ka_report_view_show_passage (fixture->view, passage->section, passage->paragraph,
                               passage->start, passage->end);
  fixture_present (fixture);
  wait_for_scroll (fixture);

  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (fixture->text_view))), >, 0);
  get_mark_area (fixture->text_view, "highlight-start", "highlight-end", &area);
  assert_area_visible (fixture->text_view, &area);
}

/* The highlight is drawn in a strong colour, where the passage is. */
static void
test_highlight_pixels (Fixture       *fixture,
                       gconstpointer  data)
{
  KaClaim *claim = ka_claim_set_find_claim (fixture->set, "russia-no-concessions");
  const KaPassage *passage = ka_claim_get_passage (claim, 0);
  g_autoptr(GBytes) pixels = NULL;
  const guchar *bytes;
  GdkRectangle area;
  graphene_rect_t bounds;
  int width, height, window_x, window_y, x, y, x0, y0;
  guint n_yellow = 0, n_total = 0;
  gsize stride;

  ka_report_view_set_report (fixture->view, fixture->report);
  fixture_present (fixture);
  assert_shows_passage (fixture, "russia-no-concessions", 0, TRUE);
  g_assert_nonnull (passage);

  get_mark_area (fixture->text_view, "highlight-start", "highlight-end", &area);
  gtk_text_view_buffer_to_window_coords (fixture->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         area.x, area.y, &window_x, &window_y);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture->text_view), fixture->window, &bounds));
  x0 = bounds.origin.x + window_x;
  y0 = bounds.origin.y + window_y;

  pixels = ka_test_render_widget (fixture->window, &width, &height, &stride);
  bytes = g_bytes_get_data (pixels, NULL);

  /* The first line of the passage, from its start to the right margin. */
  for (y = y0 + 2; y < y0 + 14 && y < height; y++)
    for (x = x0 + 2; x < width - 40; x++)
      {
        const guchar *pixel = bytes + (gsize) y * stride + (gsize) x * 4;
        guint32 rgb = ((guint32) pixel[2] << 16) | ((guint32) pixel[1] << 8) | pixel[0];

        n_total++;
        if (ka_test_colour_near (rgb, 0xf6d32d, 12))
          n_yellow++;
      }

  g_assert_cmpuint (n_total, >, 0);
  g_assert_cmpuint (n_yellow, >, n_total / 3);
}

static gboolean
label_is_set (gpointer data)
{
  Fixture *fixture = data;

  return g_strcmp0 (gtk_label_get_text (fixture->match_label), "") != 0;
}

static void
type_search (Fixture    *fixture,
             const char *text)
{
  gtk_label_set_text (fixture->match_label, "");
  gtk_editable_set_text (GTK_EDITABLE (fixture->entry), text);
  /* The entry waits for typing to pause before it searches. */
  ka_test_wait_until (label_is_set, fixture, 5000);
  wait_for_scroll (fixture);
}

/* Reads “3 of 24” back, checking the total. */
static guint
label_match_number (Fixture *fixture,
                    guint    n_matches)
{
  guint current = 0, total = 0;

  g_assert_cmpint (sscanf (gtk_label_get_text (fixture->match_label), "%u of %u", &current, &total), ==, 2);
  g_assert_cmpuint (total, ==, n_matches);
  g_assert_cmpuint (current, >=, 1);
  g_assert_cmpuint (current, <=, n_matches);
  return current;
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  guint n, current, i;
  g_autofree char *expected = NULL;
  GdkRectangle area;

  ka_report_view_set_report (fixture->view, fixture->report);
  fixture_present (fixture);

  type_search (fixture, "Yalta");
  n = ka_report_view_get_n_matches (fixture->view);
  g_assert_cmpuint (n, >=, 1);
  expected = g_strdup_printf ("1 of %u", n);
  g_assert_cmpstr (gtk_label_get_text (fixture->match_label), ==, expected);
  g_assert_false (gtk_widget_has_css_class (fixture->entry, "error"));
  g_assert_cmpuint (ka_test_count_tag_runs (gtk_text_view_get_buffer (fixture->text_view), "search-match"), ==, n);
  get_mark_area (fixture->text_view, "match", "match", &area);
  assert_area_visible (fixture->text_view, &area);

  /* Case does not matter; Enter and the buttons step through the matches
   * and wrap around. */
  type_search (fixture, "soviet");
  n = ka_report_view_get_n_matches (fixture->view);
  g_assert_cmpuint (n, >, 10);
  current = label_match_number (fixture, n);
  g_signal_emit_by_name (fixture->entry, "activate");
  g_assert_cmpuint (label_match_number (fixture, n), ==, current % n + 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "report.find-previous", NULL);
  g_assert_cmpuint (label_match_number (fixture, n), ==, current);
  /* Back past the first match to the last. */
  for (i = 0; i < current; i++)
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "report.find-previous", NULL);
  g_assert_cmpuint (label_match_number (fixture, n), ==, n);
  wait_for_scroll (fixture);
  get_mark_area (fixture->text_view, "match", "match", &area);
  assert_area_visible (fixture->text_view, &area);

  /* Nothing found: said in words, and the entry turns red. */
  type_search (fixture, "xqzzyvv");
  g_assert_cmpuint (ka_report_view_get_n_matches (fixture->view), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (fixture->match_label), ==, "No matches");
  g_assert_true (gtk_widget_has_css_class (fixture->entry, "error"));
  g_assert_cmpuint (ka_test_count_tag_runs (gtk_text_view_get_buffer (fixture->text_view), "search-match"), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (fixture->entry), "");
  ka_test_wait_frames (fixture->window, 12);
  g_assert_false (gtk_widget_has_css_class (fixture->entry, "error"));
}

/* Ctrl+F, Ctrl+G and Ctrl+Shift+G are bound to the view's actions. */
static void
test_shortcuts (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->view));
  const char *wanted[][2] = {
    { "<Control>f", "report.find" },
    { "<Control>g", "report.find-next" },
    { "<Shift><Control>g", "report.find-previous" },
  };
  guint found = 0, i, j, k;
  GtkWidget *focus;

  for (i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (!GTK_IS_NAMED_ACTION (action))
            continue;
          for (k = 0; k < G_N_ELEMENTS (wanted); k++)
            if (g_str_equal (trigger, wanted[k][0]) &&
                g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), wanted[k][1]))
              found |= 1 << k;
        }
    }
  g_assert_cmpuint (found, ==, (1 << G_N_ELEMENTS (wanted)) - 1);

  /* What Ctrl+F does: the search entry takes the focus. */
  ka_report_view_set_report (fixture->view, fixture->report);
  fixture_present (fixture);
  gtk_widget_grab_focus (GTK_WIDGET (fixture->view));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (fixture->text_view)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "report.find", NULL);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == fixture->entry || gtk_widget_is_ancestor (focus, fixture->entry));
}

static gboolean
went_back (gpointer data)
{
  return ((Fixture *) data)->n_back > 0;
}

static void
test_back_button (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *button = find_by_action (GTK_WIDGET (fixture->view), "panel.back");

  fixture_present (fixture);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_activate (button));
  ka_test_wait_until (went_back, fixture, 5000);
  g_assert_cmpuint (fixture->n_back, ==, 1);
}

typedef struct
{
  char    *text;
  gboolean done;
} ClipboardRead;

static void
on_clipboard_read (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ClipboardRead *read = user_data;
  g_autoptr(GError) error = NULL;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
  read->done = TRUE;
}

static gboolean
clipboard_read_done (gpointer data)
{
  return ((ClipboardRead *) data)->done;
}

static void
test_select_and_copy (Fixture       *fixture,
                      gconstpointer  data)
{
  KaClaim *claim = ka_claim_set_find_claim (fixture->set, "russia-war-and-history");
  const KaPassage *passage = ka_claim_get_passage (claim, 0);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (fixture->text_view);
  g_autofree char *highlighted = NULL;
  ClipboardRead read = { NULL, FALSE };
  GtkTextIter start, end;

  ka_report_view_set_report (fixture->view, fixture->report);
  fixture_present (fixture);
  ka_report_view_show_passage (fixture->view, passage->section, passage->paragraph,
                               passage->start, passage->end);
  g_assert_true (ka_report_view_get_highlight (fixture->view, NULL, NULL, &highlighted));

  gtk_text_buffer_get_iter_at_mark (buffer, &start, gtk_text_buffer_get_mark (buffer, "highlight-start"));
  gtk_text_buffer_get_iter_at_mark (buffer, &end, gtk_text_buffer_get_mark (buffer, "highlight-end"));
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_signal_emit_by_name (fixture->text_view, "copy-clipboard");

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (fixture->text_view)),
                                 NULL, on_clipboard_read, &read);
  ka_test_wait_until (clipboard_read_done, &read, 5000);
  g_assert_cmpstr (read.text, ==, highlighted);
  g_free (read.text);

  /* Read-only: typing and pasting change nothing. */
  gtk_text_buffer_get_end_iter (buffer, &end);
  g_assert_false (gtk_text_buffer_insert_interactive (buffer, &end, "x", 1, gtk_text_view_get_editable (fixture->text_view)));
}

int
main (int   argc,
      char *argv[])
{
  static const int wide[] = { 640, 900 };
  static const int narrow[] = { 360, 720 };

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/report-view/whole-report", Fixture, wide, fixture_set_up, test_whole_report, fixture_tear_down);
  g_test_add ("/report-view/show-passage/wide", Fixture, wide, fixture_set_up, test_show_passages, fixture_tear_down);
  g_test_add ("/report-view/show-passage/narrow", Fixture, narrow, fixture_set_up, test_show_passages, fixture_tear_down);
  g_test_add ("/report-view/show-passage/before-mapped", Fixture, wide, fixture_set_up,
              test_show_passage_before_mapped, fixture_tear_down);
  g_test_add ("/report-view/highlight-colour", Fixture, wide, fixture_set_up, test_highlight_pixels, fixture_tear_down);
  g_test_add ("/report-view/search", Fixture, wide, fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/report-view/shortcuts", Fixture, wide, fixture_set_up, test_shortcuts, fixture_tear_down);
  g_test_add ("/report-view/back", Fixture, wide, fixture_set_up, test_back_button, fixture_tear_down);
  g_test_add ("/report-view/select-and-copy", Fixture, wide, fixture_set_up, test_select_and_copy, fixture_tear_down);

  return g_test_run ();
}
