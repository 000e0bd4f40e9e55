/* test-console.c — the presenter console with two monitors: the laptop's and the projector's
 *
 * Runs under build-aux/with-weston, where GTK sees two monitors.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ka-monitor.h"
#include "ka-test-present.h"
#include "ka-test-window.h"

static KaApplication *app;

static GdkMonitor *
monitor_of (GtkWindow *window)
{
  return ka_monitor_of (window);
}

static gboolean
on_different_monitors (gpointer data)
{
  KaWindow *window = data;

  return monitor_of (GTK_WINDOW (window)) != monitor_of (GTK_WINDOW (ka_window_get_audience (window)));
}

static gboolean
is_on_a_monitor (gpointer window)
{
  return gtk_widget_get_mapped (GTK_WIDGET (window)) && monitor_of (window) != NULL;
}

static gboolean
is_full_screen_on_a_monitor (gpointer window)
{
  return gtk_window_is_fullscreen (window) && is_on_a_monitor (window);
}

static KaWindow *
open_window (void)
{
  KaWindow *window;

  g_assert_cmpuint (g_list_model_get_n_items (gdk_display_get_monitors (gdk_display_get_default ())), ==, 2);

  window = ka_test_window_new (app, 1280, 800);
  ka_test_wait_until (is_on_a_monitor, window, 20000);

  return window;
}

static KaAudienceWindow *
present (KaWindow *window)
{
  KaAudienceWindow *audience;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  audience = ka_window_get_audience (window);
  g_assert_nonnull (audience);
  g_assert_nonnull (ka_window_get_console (window));
  ka_test_wait_until (is_full_screen_on_a_monitor, audience, 20000);

  return audience;
}

static gboolean
monitors_swapped (gpointer data)
{
  KaWindow *window = data;
  GdkMonitor **before = g_object_get_data (G_OBJECT (window), "test-monitors");

  return monitor_of (GTK_WINDOW (ka_window_get_audience (window))) == before[1] &&
         monitor_of (GTK_WINDOW (window)) == before[0];
}

static void
test_audience_on_the_other_monitor (void)
{
  KaWindow *window = open_window ();
  KaPresenter *presenter = ka_window_get_presenter (window);
  KaAudienceWindow *audience = present (window);
  KaConsole *console = ka_window_get_console (window);
  KaLecture *lecture = ka_presenter_get_lecture (presenter);
  const char *note = ka_lecture_step_get_note (ka_lecture_get_step (lecture, 0));
  GdkMonitor *laptop, *projector;
  GdkMonitor *swapped[2];

  ka_test_wait_until (on_different_monitors, window, 20000);
  laptop = monitor_of (GTK_WINDOW (window));
  projector = monitor_of (GTK_WINDOW (audience));
  swapped[0] = projector;
  swapped[1] = laptop;
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));

  /* The first step's note on the laptop, and nowhere on the projector. */
  g_assert_nonnull (note);
  g_assert_cmpstr (ka_console_get_note (console), ==, note);
  g_assert_true (ka_test_label_below_has_text (GTK_WIDGET (console), note));
  g_assert_false (ka_test_label_below_has_text (GTK_WIDGET (audience), note));

  /* The clicker, whichever window has the focus. */
  ka_test_press (GTK_WIDGET (audience), GDK_KEY_Page_Down);
  g_assert_cmpint (ka_presenter_get_step (presenter), ==, 1);
  g_assert_cmpstr (ka_console_get_note (console), ==, ka_lecture_step_get_note (ka_lecture_get_step (lecture, 1)));
  ka_test_press (GTK_WIDGET (window), GDK_KEY_Right);
  g_assert_cmpint (ka_presenter_get_step (presenter), ==, 2);

  /* Swap Screens: each window to the other's monitor. */
  g_object_set_data (G_OBJECT (window), "test-monitors", swapped);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-swap", NULL));
  ka_test_wait_until (monitors_swapped, window, 20000);
  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (ka_window_get_audience (window))));

  /* Esc on the projector ends both. */
  g_free (ka_test_dispatch_key (GTK_WIDGET (audience), GDK_KEY_Escape, TRUE));
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_false (ka_window_get_presenting (window));
  g_assert_null (ka_window_get_audience (window));
  g_assert_null (ka_window_get_console (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* What the projector shows of @path's first step, once settled. */
static GBytes *
audience_pixels (KaWindow   *window,
                 const char *path,
                 gsize      *stride)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KaAudienceWindow *audience;
  KaMapView *map_view;
  GBytes *pixels;
  int width, height;

  g_assert_true (ka_window_open_lecture (window, file, &error));
  g_assert_no_error (error);
  audience = present (window);
  map_view = ka_audience_window_get_map_view (audience);

  ka_test_wait_ms (1600);
  ka_test_wait_until ((gboolean (*) (gpointer)) ka_map_view_is_fully_drawn, map_view, 30000);
  ka_test_wait_frames (GTK_WIDGET (audience), 3);

  pixels = ka_test_render_widget (gtk_window_get_child (GTK_WINDOW (audience)), &width, &height, stride);
  g_assert_cmpint (width, ==, 1600);
  g_assert_cmpint (height, ==, 1000);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-leave", NULL));
  ka_test_wait_frames (GTK_WIDGET (window), 2);

  return pixels;
}

static void
test_note_leaves_the_audience_view_alone (void)
{
  static const char *head =
    "{\n"
    "  \"format\": \"kuril-atlas-lecture\",\n"
    "  \"version\": 1,\n"
    "  \"title\": \"Notes\",\n"
    "  \"steps\": [\n"
    "    { \"title\": \"Iturup\", \"caption\": \"Iturup in 1945.\", \"year\": 1945,\n"
    "      \"island\": \"iturup\"";
  static const char *tail = " }\n  ]\n}\n";
  KaWindow *window = open_window ();
  g_autofree char *dir = g_dir_make_tmp ("kuril-atlas-test-XXXXXX", NULL);
  g_autofree char *with_note = g_build_filename (dir, "with-note.json", NULL);
  g_autofree char *without_note = g_build_filename (dir, "without-note.json", NULL);
  g_autofree char *note_text = g_strconcat (head, ", \"note\": \"Remember to mention the 1956 declaration.\"", tail, NULL);
  g_autofree char *plain_text = g_strconcat (head, tail, NULL);
  g_autoptr(GBytes) noted = NULL;
  g_autoptr(GBytes) plain = NULL;
  gsize stride;
  const guchar *data;
  gsize size;
  guint lit = 0;

  g_assert_true (g_file_set_contents (with_note, note_text, -1, NULL));
  g_assert_true (g_file_set_contents (without_note, plain_text, -1, NULL));

  noted = audience_pixels (window, with_note, &stride);
  plain = audience_pixels (window, without_note, &stride);

  /* The view drew something (not a blank window)... */
  data = g_bytes_get_data (plain, &size);
  for (gsize i = 0; i + 4 <= size; i += 4 * 997)
    lit += ka_test_pixel_at (plain, stride, (int) (i % stride) / 4, (int) (i / stride)) != 0;
  g_assert_cmpuint (lit, >, 0);
  (void) data;

  /* ...and the same, pixel for pixel, with the note and without. */
  g_assert_true (g_bytes_equal (noted, plain));

  g_unlink (with_note);
  g_unlink (without_note);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  app = ka_test_application_new ();

  g_test_add_func ("/console/audience-on-the-other-monitor", test_audience_on_the_other_monitor);
  g_test_add_func ("/console/note-leaves-the-audience-view-alone", test_note_leaves_the_audience_view_alone);

  return ka_test_run (app);
}
