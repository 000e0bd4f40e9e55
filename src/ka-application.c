/* ka-application.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-application"

#include "config.h"

#include <malloc.h>

#include <glib/gi18n.h>

#include "ka-application.h"
#include "ka-batch-export.h"
#include "ka-enum-types.h"
#include "ka-preferences-window.h"
#include "ka-window.h"

struct _KaApplication
{
  AdwApplication parent_instance;

  /* Owned */
  GSettings *settings;
  KaAtlas *atlas;
  KaCommandLine *command_line;  /* what the options ask of the first window */
  KaTileRenderer *tile_renderer;
  GThread *loader;              /* reading the data while GTK starts */
};

typedef struct
{
  KaAtlas *atlas;
  GError *error;
} Loaded;

G_DEFINE_FINAL_TYPE (KaApplication, ka_application, ADW_TYPE_APPLICATION)

/* The data layer is GLib alone, so it can be read on a thread of its own
 * while GTK and libadwaita start, the style sheets load and the session
 * bus answers: on the profile of a start, reading it was 6 % of the main
 * thread's time before the first frame. */
static gpointer
load_atlas (gpointer data)
{
  Loaded *loaded = g_new0 (Loaded, 1);

  loaded->atlas = ka_atlas_load_from_resources (&loaded->error);

  return loaded;
}

static void
start_loading_atlas (KaApplication *self)
{
  if (self->atlas == NULL && self->loader == NULL)
    self->loader = g_thread_new ("ka-atlas-loader", load_atlas, NULL);
}

/* Returns: (transfer full) (nullable): the atlas the loader read */
static KaAtlas *
finish_loading_atlas (KaApplication  *self,
                      GError        **error)
{
  Loaded *loaded;
  KaAtlas *atlas;

  if (self->loader == NULL)
    return ka_atlas_load_from_resources (error);

  loaded = g_thread_join (g_steal_pointer (&self->loader));
  atlas = loaded->atlas;
  if (loaded->error != NULL)
    g_propagate_error (error, loaded->error);
  g_free (loaded);

  return atlas;
}

static gboolean
ensure_atlas (KaApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (self->atlas != NULL)
    return TRUE;

  /* The build compiled the data: mapping it takes milliseconds. */
  self->atlas = finish_loading_atlas (self, &error);
  if (self->atlas == NULL)
    {
      g_printerr (_("Kuril Atlas cannot start: its data could not be loaded: %s\n"), error->message);
      return FALSE;
    }

  self->tile_renderer = ka_tile_renderer_new (ka_atlas_get_coastline (self->atlas));

  return TRUE;
}

static KaWindow *
present_window (KaApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (ka_application_new_window (self));

  gtk_window_present (window);

  return KA_WINDOW (window);
}

static int
ka_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  KaApplication *self = KA_APPLICATION (app);
  g_autoptr(KaCommandLine) command_line = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  command_line = ka_command_line_parse (options, NULL, &error);
  if (command_line == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* Exports and --list-islands end here, before any display is opened. */
  if (ka_command_line_is_headless (command_line))
    {
      status = ka_batch_export_run (command_line, &error);
      if (status != 0)
        g_printerr ("%s\n", error->message);
      return status;
    }

  if (self->atlas == NULL && command_line->atlas != NULL)
    {
      self->atlas = ka_atlas_ref (command_line->atlas);
      self->tile_renderer = ka_tile_renderer_new (ka_atlas_get_coastline (self->atlas));
    }
  g_clear_pointer (&self->command_line, ka_command_line_free);
  self->command_line = g_steal_pointer (&command_line);

  return -1;
}

/* `kuril-atlas --year 1875 --island iturup`: the first window opens so. */
static void
apply_command_line (KaApplication *self,
                    KaWindow      *window)
{
  KaCommandLine *command_line = self->command_line;
  KaState *state = ka_window_get_state (window);
  g_autoptr(GError) error = NULL;

  if (command_line == NULL)
    return;

  /* What the options ask for is shown, not saved as the user's choice. */
  ka_window_hold_settings (window);
  if (command_line->year != 0)
    ka_state_set_year (state, command_line->year);
  if (command_line->compare_years)
    ka_state_set_compare_years (state, TRUE);
  if (command_line->naming >= 0)
    ka_state_set_naming (state, command_line->naming);
  if (command_line->island != NULL)
    ka_state_set_selected_island (state, command_line->island);
  ka_window_release_settings (window);
  if (command_line->dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  if (command_line->lecture_file != NULL &&
      !ka_window_open_lecture (window, command_line->lecture_file, &error))
    ka_window_show_lecture_error (window, error);

  g_clear_pointer (&self->command_line, ka_command_line_free);
}

static void
ka_application_activate (GApplication *app)
{
  KaApplication *self = KA_APPLICATION (app);

  if (!ensure_atlas (self))
    {
      g_application_quit (app);
      return;
    }

  apply_command_line (self, present_window (self));
}

/* `kuril-atlas lecture.json`: the window opens with that lecture ready. */
static void
ka_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  KaApplication *self = KA_APPLICATION (app);
  g_autofree char *uri = NULL;
  KaWindow *window;

  if (!ensure_atlas (self))
    {
      g_application_quit (app);
      return;
    }

  window = present_window (self);
  if (n_files == 0)
    return;
  /* Through the window's action, which asks before a lecture with
   * unsaved changes gives way. */
  uri = g_file_get_uri (files[0]);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-lecture-uri", "s", uri);
}

/* The style is the application's, for every window at once. */
static void
on_color_scheme_changed (KaApplication *self)
{
  static const AdwColorScheme schemes[] = {
    [KA_COLOR_SCHEME_DEFAULT] = ADW_COLOR_SCHEME_DEFAULT,
    [KA_COLOR_SCHEME_LIGHT] = ADW_COLOR_SCHEME_FORCE_LIGHT,
    [KA_COLOR_SCHEME_DARK] = ADW_COLOR_SCHEME_FORCE_DARK,
  };
  guint scheme = g_settings_get_enum (self->settings, "color-scheme");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      schemes[MIN (scheme, G_N_ELEMENTS (schemes) - 1)]);
}

static void
ka_application_startup (GApplication *app)
{
  static const char *zoom_in_accels[] = { "plus", "equal", "KP_Add", "<Control>plus", "<Control>equal", NULL };
  static const char *zoom_out_accels[] = { "minus", "KP_Subtract", "<Control>minus", NULL };
  static const char *home_accels[] = { "<Control>0", "<Alt>Home", NULL };
  static const char *panel_accels[] = { "F9", NULL };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const struct {
    const char *action;
    const char *accels[4];
  } shortcuts[] = {
    { "win.previous-year", { "bracketleft", "<Control>Page_Up", NULL } },
    { "win.next-year", { "bracketright", "<Control>Page_Down", NULL } },
    { "win.compare-years", { "c", NULL } },
    { "win.previous-island", { "Page_Up", NULL } },
    { "win.next-island", { "Page_Down", NULL } },
    { "win.clear-selection", { "Escape", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.copy-view", { "<Control><Shift>c", NULL } },
    { "win.present", { "F5", NULL } },
    { "win.rehearse", { "<Alt>F5", NULL } },
    { "win.open-lecture", { "<Control>o", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
  };
  KaApplication *self = KA_APPLICATION (app);
  GtkApplication *gtk_app = GTK_APPLICATION (app);

  /* Only the primary instance gets here: one started only to hand its
   * files to it reads nothing. */
  start_loading_atlas (self);

  G_APPLICATION_CLASS (ka_application_parent_class)->startup (app);

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_application_set_accels_for_action (gtk_app, shortcuts[i].action, shortcuts[i].accels);

  /* 1, 2, 3, 4: the years in order. */
  for (guint i = 0; i < KA_N_YEARS; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.year(uint32 %u)", ka_years[i]);
      g_autofree char *key = g_strdup_printf ("%u", i + 1);
      g_autofree char *keypad_key = g_strdup_printf ("KP_%u", i + 1);
      const char *accels[] = { key, keypad_key, NULL };

      gtk_application_set_accels_for_action (gtk_app, action, accels);
    }

  self->settings = g_settings_new (SETTINGS_SCHEMA_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (on_color_scheme_changed), self, G_CONNECT_SWAPPED);
  on_color_scheme_changed (self);

  gtk_application_set_accels_for_action (gtk_app, "map.zoom-in", zoom_in_accels);
  gtk_application_set_accels_for_action (gtk_app, "map.zoom-out", zoom_out_accels);
  gtk_application_set_accels_for_action (gtk_app, "map.frame-home", home_accels);
  gtk_application_set_accels_for_action (gtk_app, "win.toggle-panel", panel_accels);
  gtk_application_set_accels_for_action (gtk_app, "app.quit", quit_accels);
  gtk_application_set_accels_for_action (gtk_app, "window.close", close_accels);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  const char *developers[] = { _("The Kuril Atlas authors"), NULL };
  KaApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  adw_about_window_set_application_name (about, _("Kuril Atlas"));
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Kuril Atlas authors"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_copyright (about, _("© 2026 The Kuril Atlas authors"));
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_website (about, "https://github.com/kurilatlas/kuril-atlas");
  adw_about_window_set_comments (about,
                                 _("The boundaries of Hokkaido, Sakhalin and the Kuril Islands "
                                   "in 1855, 1875, 1905 and 1945, and each party's claim to them "
                                   "as argued in the 2004 report “Russia-Japan Relations: "
                                   "Prisoners of History?”."));
  adw_about_window_add_legal_section (about,
                                      _("Coastlines"),
                                      _("GSHHG — Global Self-consistent, Hierarchical, High-resolution "
                                        "Geography Database, by Paul Wessel and Walter H. F. Smith"),
                                      GTK_LICENSE_LGPL_3_0, NULL);
  adw_about_window_add_legal_section (about,
                                      _("Report"),
                                      _("John H. Miller, “Russia-Japan Relations: Prisoners of History?”, "
                                        "Special Assessment, Asia-Pacific Center for Security Studies, "
                                        "October 2004. Approved for public release; distribution unlimited."),
                                      GTK_LICENSE_CUSTOM,
                                      _("Bundled unchanged, with its attribution."));
  adw_about_window_add_legal_section (about,
                                      _("Online map"),
                                      _("Map data © OpenStreetMap contributors, used only when the "
                                        "online map is chosen"),
                                      GTK_LICENSE_CUSTOM,
                                      _("Open Database License (ODbL) 1.0"));

  gtk_window_set_transient_for (GTK_WINDOW (about), window);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  KaApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (ka_preferences_window_new (window)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  KaApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Close rather than quit outright, so each window saves its size. */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
ka_application_dispose (GObject *object)
{
  KaApplication *self = (KaApplication *)object;

  g_clear_object (&self->settings);
  g_clear_pointer (&self->command_line, ka_command_line_free);
  if (self->loader != NULL)
    {
      g_autoptr(KaAtlas) unused = finish_loading_atlas (self, NULL);
    }
  g_clear_pointer (&self->tile_renderer, ka_tile_renderer_unref);
  g_clear_pointer (&self->atlas, ka_atlas_unref);

  G_OBJECT_CLASS (ka_application_parent_class)->dispose (object);
}

static void
ka_application_class_init (KaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ka_application_dispose;

  app_class->activate = ka_application_activate;
  app_class->handle_local_options = ka_application_handle_local_options;
  app_class->open = ka_application_open;
  app_class->startup = ka_application_startup;
}

static void
ka_application_init (KaApplication *self)
{
  /* Tiles are 256 KiB images, made and dropped all the time. glibc would
   * raise its mmap threshold past them after the first few are freed and
   * then carve them from a heap that never shrinks; a fixed threshold
   * keeps each one in its own mapping, given back to the system when the
   * tile cache lets it go. */
  mallopt (M_MMAP_THRESHOLD, 128 * 1024);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  g_application_add_main_option_entries (G_APPLICATION (self), ka_command_line_get_option_entries ());
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("An atlas of the Kuril Islands, their boundaries of "
                                              "1855, 1875, 1905 and 1945, and the claims to them."));
}

KaApplication *
ka_application_new (const char        *application_id,
                    GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (KA_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

KaAtlas *
ka_application_get_atlas (KaApplication *self)
{
  g_return_val_if_fail (KA_IS_APPLICATION (self), NULL);

  ensure_atlas (self);

  return self->atlas;
}

KaTileRenderer *
ka_application_get_tile_renderer (KaApplication *self)
{
  g_return_val_if_fail (KA_IS_APPLICATION (self), NULL);

  ensure_atlas (self);

  return self->tile_renderer;
}

/**
 * ka_application_new_window:
 *
 * Returns: (transfer none): a new window showing the application's atlas,
 *   or %NULL if the atlas could not be loaded
 */
KaWindow *
ka_application_new_window (KaApplication *self)
{
  g_return_val_if_fail (KA_IS_APPLICATION (self), NULL);

  if (!ensure_atlas (self))
    return NULL;

  return ka_window_new (GTK_APPLICATION (self), self->atlas, self->tile_renderer);
}
