/* take-screenshots.c — the screenshots in README and the metainfo, from the atlas itself
 *
 *   take-screenshots DIR
 *
 * Opens real windows in a few states and saves what they draw, through
 * GTK's own rendering, as PNG files in DIR. build-aux/screenshots runs it
 * under a virtual screen.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ka-test-window.h"

static void
save_window_as (GtkWindow  *window,
                const char *dir,
                const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);

  /* At the window's own size, frame and all: squeezed into the size of
   * its contents, every pixel would be resampled. */
  texture = ka_test_render_paintable (GTK_WIDGET (window), paintable,
                                      gdk_paintable_get_intrinsic_width (paintable),
                                      gdk_paintable_get_intrinsic_height (paintable));
  g_assert_nonnull (texture);
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("cannot write %s", path);
  g_print ("%s\n", path);
}

/* Every step's picture in the editor is drawn. */
static gboolean
pictures_drawn (gpointer data)
{
  g_autoptr(GPtrArray) pictures = g_ptr_array_new ();
  guint n_drawn = 0;

  ka_test_collect_descendants (GTK_WIDGET (ka_window_get_lecture_editor (data)), GTK_TYPE_PICTURE, pictures);
  for (guint i = 0; i < pictures->len; i++)
    n_drawn += gtk_picture_get_paintable (g_ptr_array_index (pictures, i)) != NULL;

  return pictures->len > 0 && n_drawn == pictures->len;
}

static void
save_window (KaWindow   *window,
             const char *dir,
             const char *name)
{
  save_window_as (GTK_WINDOW (window), dir, name);
}

static gboolean
is_drawn (gpointer map_view)
{
  return ka_map_view_is_fully_drawn (map_view);
}

static void
wait_for_map (KaMapView *map_view)
{
  ka_test_wait_until (is_drawn, map_view, 20000);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KaApplication) app = NULL;
  g_autoptr(GSettings) a11y = NULL;
  KaWindow *window;
  KaState *state;

  gtk_test_init (&argc, &argv, NULL);
  if (argc != 2)
    {
      g_printerr ("usage: take-screenshots DIR\n");
      return 2;
    }

  app = ka_test_application_new ();

  /* The main window: Iturup selected, with the claims to it. */
  window = ka_test_window_new (app, 1600, 1000);
  state = ka_window_get_state (window);
  ka_test_wait_for_tiles (window, 20000);
  ka_state_set_selected_island (state, "iturup");
  ka_test_wait_frames (GTK_WIDGET (window), 30);
  ka_test_wait_for_tiles (window, 20000);
  save_window (window, argv[1], "main-window.png");

  /* Every year's boundaries compared, Sakhalin's story in view. */
  ka_state_set_selected_island (state, "sakhalin-south");
  ka_state_set_year (state, 1905);
  ka_state_set_compare_years (state, TRUE);
  ka_test_wait_frames (GTK_WIDGET (window), 40);
  ka_test_wait_for_tiles (window, 20000);
  save_window (window, argv[1], "compare-years.png");

  /* Presenting the default lecture, at the Kunashir step. */
  ka_state_set_compare_years (state, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  ka_presenter_go_to (ka_window_get_presenter (window), 6);
  ka_test_wait_frames (GTK_WIDGET (window), 120);
  ka_test_wait_for_tiles (window, 20000);
  ka_test_wait_frames (GTK_WIDGET (window), 5);
  save_window (window, argv[1], "presenting.png");

  /* The presenter console at the same step: with two monitors (under
   * build-aux/with-weston) as F5 opens it, with one as rehearsing does. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present-leave", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window),
                              g_list_model_get_n_items (gdk_display_get_monitors (gdk_display_get_default ())) > 1
                                ? "win.present" : "win.rehearse", NULL);
  ka_test_wait_frames (GTK_WIDGET (window), 120);
  wait_for_map (ka_console_get_current_view (ka_window_get_console (window)));
  wait_for_map (ka_console_get_next_view (ka_window_get_console (window)));
  wait_for_map (ka_audience_window_get_map_view (ka_window_get_audience (window)));
  ka_test_wait_frames (GTK_WIDGET (window), 5);
  save_window (window, argv[1], "console.png");
  save_window_as (GTK_WINDOW (ka_window_get_audience (window)), argv[1], "console-audience.png");

  ka_test_destroy_all_windows ();

  /* Editing the default lecture, at the Shikotan step. */
  window = ka_test_window_new (app, 1600, 1000);
  ka_test_wait_for_tiles (window, 20000);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-lecture", NULL);
  ka_lecture_editor_select (ka_window_get_lecture_editor (window), 8);
  ka_test_wait_until (pictures_drawn, window, 60000);
  ka_test_wait_for_tiles (window, 20000);
  ka_test_wait_frames (GTK_WIDGET (window), 5);
  save_window (window, argv[1], "editor.png");

  ka_test_destroy_all_windows ();

  /* High contrast, as GNOME's accessibility setting asks for it. */
  a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_settings_set_boolean (a11y, "high-contrast", TRUE);
  window = ka_test_window_new (app, 1600, 1000);
  /* The year the atlas opens with; the compared year above was saved. */
  ka_state_set_year (ka_window_get_state (window), 1945);
  ka_state_set_selected_island (ka_window_get_state (window), "kunashir");
  ka_test_wait_frames (GTK_WIDGET (window), 30);
  ka_test_wait_for_tiles (window, 20000);
  save_window (window, argv[1], "high-contrast.png");
  ka_test_destroy_all_windows ();

  return 0;
}
