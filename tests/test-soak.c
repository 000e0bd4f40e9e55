/* test-soak.c — ten thousand random user actions in a real window
 *
 * Clicks on islands and sea, year switches, zoom and pan, searches,
 * presentation steps and exports, in an order drawn from a fixed seed.
 * At the end memory must not have grown by more than a tenth since the
 * warm-up, and nothing may have been logged as critical or as a warning.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ka-export-file.h"
#include "ka-test-window.h"

#define N_ACTIONS 10000
#define WARM_UP 1500
#define SEED 20261127

static KaApplication *app;
static guint n_bad_logs;

static GLogWriterOutput
count_bad_logs (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    n_bad_logs++;

  return g_log_writer_default (level, fields, n_fields, user_data);
}

static double
resident_mb (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, resident = 0;

  g_assert_true (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL));
  g_assert_cmpint (sscanf (statm, "%lu %lu", &size, &resident), ==, 2);

  return resident * (double) sysconf (_SC_PAGESIZE) / (1024.0 * 1024.0);
}

static GtkGestureClick *
find_click_gesture (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        return GTK_GESTURE_CLICK (controller);
    }

  return NULL;
}

static void
export_once (KaWindow   *window,
             const char *dir,
             GRand      *rand)
{
  static const char *names[] = { "soak.png", "soak.svg", "soak.pdf" };
  KaState *state = ka_window_get_state (window);
  guint which = g_rand_int_range (rand, 0, G_N_ELEMENTS (names));
  g_autofree char *path = g_build_filename (dir, names[which], NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KaExportFormat format;
  KaExportView view;

  ka_export_view_init (&view);
  view.year = ka_state_get_year (state);
  view.compare_years = ka_state_get_compare_years (state);
  view.selected_island = ka_state_get_selected_island (state);
  view.width = 800;
  view.height = 450;
  g_assert_true (ka_export_format_from_path (path, &format, NULL));
  g_assert_true (ka_export_view (ka_application_get_atlas (app), ka_application_get_tile_renderer (app),
                                 &view, format, file, &error));
  g_assert_no_error (error);
}

static void
act (KaWindow   *window,
     GRand      *rand,
     const char *dir)
{
  KaMapView *map_view = ka_window_get_map_view (window);
  GtkWidget *widget = GTK_WIDGET (window);
  guint action = g_rand_int_range (rand, 0, 100);
  const char *only = g_getenv ("KA_SOAK_ONLY");

  if (only != NULL && (action < (guint) atoi (only) || action >= (guint) atoi (strchr (only, '-') + 1)))
    return;

  if (action < 35)
    {
      /* A click anywhere on the map: an island, a context area or sea. */
      double x = g_rand_double_range (rand, 0, gtk_widget_get_width (GTK_WIDGET (map_view)));
      double y = g_rand_double_range (rand, 0, gtk_widget_get_height (GTK_WIDGET (map_view)));

      g_signal_emit_by_name (find_click_gesture (GTK_WIDGET (map_view)), "released", 1, x, y);
    }
  else if (action < 50)
    gtk_widget_activate_action (widget, "win.year", "u", ka_years[g_rand_int_range (rand, 0, KA_N_YEARS)]);
  else if (action < 55)
    gtk_widget_activate_action (widget, "win.compare-years", NULL);
  else if (action < 62)
    gtk_widget_activate_action (GTK_WIDGET (map_view),
                                g_rand_boolean (rand) ? "map.zoom-in" : "map.zoom-out", NULL);
  else if (action < 72)
    gtk_widget_activate_action (GTK_WIDGET (map_view), "map.pan", "(dd)",
                                g_rand_double_range (rand, -2, 2), g_rand_double_range (rand, -2, 2));
  else if (action < 76)
    gtk_widget_activate_action (widget, "map.frame-home", NULL);
  else if (action < 82)
    gtk_widget_activate_action (widget, g_rand_boolean (rand) ? "win.next-island" : "win.previous-island", NULL);
  else if (action < 85)
    gtk_widget_activate_action (widget, "win.naming", "s",
                                (const char *[]) { "japanese", "russian", "both" }[g_rand_int_range (rand, 0, 3)]);
  else if (action < 88)
    gtk_widget_activate_action (widget, "win.toggle-panel", NULL);
  else if (action < 97)
    {
      /* Presenting: in, a few steps either way, and sometimes out. */
      if (!ka_window_get_presenting (window))
        gtk_widget_activate_action (widget, "win.present", NULL);
      gtk_widget_activate_action (widget,
                                  g_rand_int_range (rand, 0, 4) ? "win.present-next" : "win.present-previous",
                                  NULL);
      if (g_rand_int_range (rand, 0, 6) == 0)
        gtk_widget_activate_action (widget, "win.present-leave", NULL);
    }
  else if (action < 99)
    gtk_widget_activate_action (widget, "win.clear-selection", NULL);
  else
    export_once (window, dir, rand);
}

static void
test_ten_thousand_actions (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autofree char *dir = g_dir_make_tmp ("kuril-atlas-soak-XXXXXX", NULL);
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  double warm_mb = 0, end_mb;

  ka_test_wait_for_tiles (window, 20000);

  for (guint i = 0; i < N_ACTIONS; i++)
    {
      act (window, rand, dir);

      /* Let the frames happen, tiles arrive and animations run; bounded,
       * since an animation may keep the loop busy. */
      for (guint spin = 0; spin < 4 && g_main_context_iteration (NULL, FALSE); spin++)
        ;
      if (i % 10 == 0)
        ka_test_wait_frames (GTK_WIDGET (window), 1);

      if (i == WARM_UP)
        warm_mb = resident_mb ();
      if (g_getenv ("KA_SOAK_TRACE") != NULL && i % 250 == 0)
        g_printerr ("%u actions: %.1f MB\n", i, resident_mb ());
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present-leave", NULL);
  ka_test_wait_frames (GTK_WIDGET (window), 5);
  end_mb = resident_mb ();

  g_test_message ("resident memory after warm-up %.1f MB, at the end %.1f MB (%+.1f%%); %u bad logs",
                  warm_mb, end_mb, 100.0 * (end_mb - warm_mb) / warm_mb, n_bad_logs);
  g_assert_cmpfloat (end_mb, <=, 1.10 * warm_mb);
  g_assert_cmpuint (n_bad_logs, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *path = g_build_filename (dir, (const char *[]) { "soak.png", "soak.svg", "soak.pdf" }[i], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (count_bad_logs, NULL, NULL);
  app = ka_test_application_new ();

  g_test_add_func ("/soak/ten-thousand-actions", test_ten_thousand_actions);

  return ka_test_run (app);
}
