/* test-text-scroller.c — scrolling a text view to a mark, alone, under Xvfb
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "ka-test-window.h"
#include "ka-text-scroller.h"

#define YALIGN 0.3

typedef struct
{
  GtkWidget      *window;
  GtkTextView    *text_view;
  GtkTextBuffer  *buffer;
  GtkTextMark    *mark;
  KaTextScroller *scroller;
} Fixture;

/* Enough lines, some of them tall, that the view must estimate the
 * heights of those it has not measured yet; the mark far down. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkTextTag *tall;
  GtkTextIter iter;
  guint i;

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 400, 300);
  fixture->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (fixture->text_view, GTK_WRAP_WORD_CHAR);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (fixture->text_view));
  gtk_window_set_child (GTK_WINDOW (fixture->window), scrolled);

  fixture->buffer = gtk_text_view_get_buffer (fixture->text_view);
  tall = gtk_text_buffer_create_tag (fixture->buffer, NULL, "scale", PANGO_SCALE_XX_LARGE,
                                     "pixels-above-lines", 20, NULL);
  gtk_text_buffer_get_end_iter (fixture->buffer, &iter);
  for (i = 0; i < 400; i++)
    {
      g_autofree char *line = g_strdup_printf ("Line %u of the text, long enough to wrap once "
                                               "the view is narrow enough to make it wrap.\n", i);

      if (i == 300)
        fixture->mark = gtk_text_buffer_create_mark (fixture->buffer, "target", &iter, TRUE);
      if (i % 7 == 0)
        gtk_text_buffer_insert_with_tags (fixture->buffer, &iter, line, -1, tall, NULL);
      else
        gtk_text_buffer_insert (fixture->buffer, &iter, line, -1);
    }

  fixture->scroller = ka_text_scroller_new (fixture->text_view, YALIGN);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->scroller);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
}

static gboolean
settled (gpointer data)
{
  Fixture *fixture = data;

  return !ka_text_scroller_is_settling (fixture->scroller);
}

static double
vadjustment_value (Fixture *fixture)
{
  return gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (fixture->text_view)));
}

/* Where the mark is in the view, as a share of the view's height. */
static double
mark_position (Fixture *fixture)
{
  GdkRectangle visible, location;
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (fixture->buffer, &iter, fixture->mark);
  gtk_text_view_get_iter_location (fixture->text_view, &iter, &location);
  gtk_text_view_get_visible_rect (fixture->text_view, &visible);
  g_assert_cmpint (visible.height, >, 0);
  return (double) (location.y - visible.y) / visible.height;
}

/* Asked before the view is shown, the scroll waits, then lands. */
static void
test_before_shown (Fixture       *fixture,
                   gconstpointer  data)
{
  ka_text_scroller_scroll_to_mark (fixture->scroller, fixture->mark);
  g_assert_true (ka_text_scroller_is_settling (fixture->scroller));

  gtk_window_present (GTK_WINDOW (fixture->window));
  ka_test_wait_until (settled, fixture, 10000);

  g_assert_cmpfloat (vadjustment_value (fixture), >, 0);
  g_assert_cmpfloat_with_epsilon (mark_position (fixture), YALIGN, 0.02);
}

/* Asked of a shown view, right after its text changed. */
static void
test_after_shown (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkTextIter start;

  gtk_window_present (GTK_WINDOW (fixture->window));
  ka_test_wait_frames (fixture->window, 3);

  ka_text_scroller_scroll_to_mark (fixture->scroller, fixture->mark);
  ka_test_wait_until (settled, fixture, 10000);
  g_assert_cmpfloat_with_epsilon (mark_position (fixture), YALIGN, 0.02);

  /* A second scroll replaces the first: to the top of the text. */
  gtk_text_buffer_get_start_iter (fixture->buffer, &start);
  ka_text_scroller_scroll_to_mark (fixture->scroller,
                                   gtk_text_buffer_create_mark (fixture->buffer, NULL, &start, TRUE));
  ka_test_wait_until (settled, fixture, 10000);
  g_assert_cmpfloat (vadjustment_value (fixture), ==, 0);
}

/* Cancelled, or disposed of, the scroller leaves the view where it is. */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  ka_text_scroller_scroll_to_mark (fixture->scroller, fixture->mark);
  ka_text_scroller_cancel (fixture->scroller);
  g_assert_false (ka_text_scroller_is_settling (fixture->scroller));

  gtk_window_present (GTK_WINDOW (fixture->window));
  ka_test_wait_frames (fixture->window, 10);
  g_assert_cmpfloat (vadjustment_value (fixture), ==, 0);

  ka_text_scroller_scroll_to_mark (fixture->scroller, fixture->mark);
  g_assert_true (ka_text_scroller_is_settling (fixture->scroller));
  g_clear_object (&fixture->scroller);
  ka_test_wait_frames (fixture->window, 10);
  g_assert_cmpfloat (vadjustment_value (fixture), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/text-scroller/before-shown", Fixture, NULL, fixture_set_up, test_before_shown, fixture_tear_down);
  g_test_add ("/text-scroller/after-shown", Fixture, NULL, fixture_set_up, test_after_shown, fixture_tear_down);
  g_test_add ("/text-scroller/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);

  return g_test_run ();
}
