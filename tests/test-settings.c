/* test-settings.c — the saved settings hold what the user chose, and nothing else
 *
 * Runs with GIO's keyfile settings backend (GSETTINGS_BACKEND=keyfile, a
 * GKeyfileSettingsBackend) on a file in a folder of its own, so that what
 * the atlas writes can be read back byte for byte.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ka-test-window.h"

static KaApplication *app;
static char *config_dir;

static char *
keyfile_path (void)
{
  return g_build_filename (config_dir, "glib-2.0", "settings", "keyfile", NULL);
}

static GBytes *
read_keyfile (void)
{
  g_autofree char *path = keyfile_path ();
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

/* The value the keyfile holds for @key, as GVariant text. */
static char *
saved_value (const char *key)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autofree char *path = keyfile_path ();
  g_autoptr(GError) error = NULL;

  g_key_file_load_from_file (keyfile, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);

  return g_key_file_get_value (keyfile, "io/github/kurilatlas/KurilAtlas", key, NULL);
}

static void
test_lecture_leaves_settings_unchanged (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  KaState *state = ka_window_get_state (window);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *year = NULL;
  KaLecture *lecture;
  gboolean state_changed = FALSE;

  ka_test_wait_frames (GTK_WIDGET (window), 2);

  /* The user's own choice, through the header's button, is saved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.year", "u", 1905));
  g_assert_cmpuint (ka_state_get_year (state), ==, 1905);
  year = saved_value ("year");
  g_assert_cmpstr (year, ==, "1905");

  before = read_keyfile ();

  /* The whole built-in lecture, forward to its end, then Escape. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_true (ka_window_get_presenting (window));
  lecture = ka_presenter_get_lecture (ka_window_get_presenter (window));
  g_assert_nonnull (lecture);
  for (guint i = 0; i < ka_lecture_get_n_steps (lecture); i++)
    {
      g_assert_cmpint (ka_presenter_get_step (ka_window_get_presenter (window)), ==, i);
      state_changed |= ka_state_get_year (state) != 1905 || ka_state_get_naming (state) != KA_NAMING_BOTH;
      ka_test_wait_frames (GTK_WIDGET (window), 1);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-next", NULL));
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-leave", NULL));
  g_assert_false (ka_window_get_presenting (window));
  ka_test_wait_frames (GTK_WIDGET (window), 2);

  /* The lecture did change what was shown; none of it was saved. */
  g_assert_true (state_changed);
  after = read_keyfile ();
  g_assert_true (g_bytes_equal (before, after));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
check_command_line_window (gpointer user_data)
{
  guint *saved_year = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GSettings) settings = g_settings_new (SETTINGS_SCHEMA_ID);

  g_assert_nonnull (window);
  g_assert_cmpuint (ka_state_get_year (ka_window_get_state (KA_WINDOW (window))), ==, 1875);
  g_assert_cmpstr (ka_state_get_selected_island (ka_window_get_state (KA_WINDOW (window))), ==, "iturup");
  g_assert_cmpuint (g_settings_get_uint (settings, "year"), ==, *saved_year);

  gtk_window_destroy (window);
  g_application_quit (G_APPLICATION (app));

  return G_SOURCE_REMOVE;
}

static void
test_command_line_year_not_saved (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SETTINGS_SCHEMA_ID);
  char *argv[] = { (char *) "kuril-atlas", (char *) "--year", (char *) "1875",
                   (char *) "--island", (char *) "iturup", NULL };
  guint saved_year = g_settings_get_uint (settings, "year");

  g_assert_cmpuint (saved_year, !=, 1875);

  /* The window opens as asked; the check runs once it is up. */
  g_idle_add (check_command_line_window, &saved_year);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, argv), ==, 0);

  g_assert_cmpuint (g_settings_get_uint (settings, "year"), ==, saved_year);
}

/* The header's year buttons are the year table's, in its order. */
static void
test_year_buttons_follow_table (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  guint n_years = 0;

  ka_test_collect_descendants (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      g_autofree char *label = NULL;
      GVariant *target;

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), "win.year") != 0)
        continue;

      g_assert_cmpuint (n_years, <, KA_N_YEARS);
      target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
      g_assert_true (g_variant_is_of_type (target, G_VARIANT_TYPE_UINT32));
      g_assert_cmpuint (g_variant_get_uint32 (target), ==, ka_years[n_years]);
      label = g_strdup_printf ("%u", ka_years[n_years]);
      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, label);
      n_years++;
    }
  g_assert_cmpuint (n_years, ==, KA_N_YEARS);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything asks GLib for the user's configuration folder. */
  config_dir = g_dir_make_tmp ("kuril-atlas-settings-XXXXXX", NULL);
  g_assert_nonnull (config_dir);
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  app = ka_test_application_new ();

  g_test_add_func ("/settings/lecture-leaves-settings-unchanged", test_lecture_leaves_settings_unchanged);
  g_test_add_func ("/settings/year-buttons-follow-table", test_year_buttons_follow_table);
  /* Last: it runs the application's main loop to its end. */
  g_test_add_func ("/settings/command-line-year-not-saved", test_command_line_year_not_saved);

  status = ka_test_run (app);

  {
    g_autofree char *path = keyfile_path ();
    g_autofree char *settings_dir = g_path_get_dirname (path);
    g_autofree char *glib_dir = g_path_get_dirname (settings_dir);

    g_unlink (path);
    g_rmdir (settings_dir);
    g_rmdir (glib_dir);
    g_rmdir (config_dir);
  }

  return status;
}
