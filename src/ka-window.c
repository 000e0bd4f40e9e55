/* ka-window.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-help-overlay.h"
#include "ka-ui-language.h"
#include "ka-window-private.h"

G_DEFINE_FINAL_TYPE (KaWindow, ka_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STATE,
  PROP_ATLAS,
  PROP_TILE_RENDERER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


/* The state's properties that are also the user's preferences: the
 * settings keys have the same names. */
static const char * const saved_properties[] = {
  "year", "compare-years", "naming", "basemap", "panel-visible", "label-size", NULL,
};

/* The settings hold what the user chose; the state starts from them and
 * follows them (the preferences window writes them). The way back is
 * save_choice(), not a two-way binding: a lecture's steps and the command
 * line's options change the state to show something, and must not become
 * the user's saved choices. */
static void
bind_state_to_settings (KaWindow *self)
{
  for (guint i = 0; saved_properties[i] != NULL; i++)
    g_settings_bind (self->settings, saved_properties[i], self->state, saved_properties[i],
                     G_SETTINGS_BIND_GET);
}

/* Nothing a lecture shows is saved, nor what the command line asked for
 * (held while it is applied). */
static gboolean
saves_choices (KaWindow *self)
{
  return self->settings_holds == 0 && !ka_state_get_presenting (self->state);
}

static GVariant *
value_to_variant (const GValue *value)
{
  if (G_VALUE_HOLDS_ENUM (value))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (G_VALUE_TYPE (value));

      return g_variant_new_string (g_enum_get_value (enum_class, g_value_get_enum (value))->value_nick);
    }
  if (G_VALUE_HOLDS_UINT (value))
    return g_variant_new_uint32 (g_value_get_uint (value));

  return g_variant_new_boolean (g_value_get_boolean (value));
}

static void
save_choice (KaWindow   *self,
             GParamSpec *pspec,
             KaState    *state)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GVariant) chosen = NULL;
  g_autoptr(GVariant) saved = NULL;

  if (!g_strv_contains (saved_properties, pspec->name) || !saves_choices (self))
    return;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (state), pspec->name, &value);
  chosen = g_variant_ref_sink (value_to_variant (&value));
  saved = g_settings_get_value (self->settings, pspec->name);
  if (!g_variant_equal (chosen, saved))
    g_settings_set_value (self->settings, pspec->name, chosen);
}

/* In a Japanese or Russian UI, until the user chooses a naming, islands
 * are named in that language's own script (択捉島, Итуруп). */
static void
update_native_names (KaWindow *self)
{
  g_autoptr(GVariant) chosen = g_settings_get_user_value (self->settings, "naming");
  int naming = ka_ui_language_get_naming ();
  gboolean native = chosen == NULL && naming >= 0;

  ka_state_set_native_names (self->state, native);
  if (native)
    {
      /* Shown for the language, not the user's choice: not saved. */
      self->settings_holds++;
      ka_state_set_naming (self->state, naming);
      self->settings_holds--;
    }
}

/* The views observe the state; they keep no copy of it. */
static void
bind_views_to_state (KaWindow *self)
{
  ka_map_view_set_state (self->map_view, self->state);
  ka_side_panel_set_state (self->side_panel, self->state);
}

static void
save_window_size (KaWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && !gtk_window_is_fullscreen (GTK_WINDOW (self)))
    g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_apply (self->settings);
}

static void
restore_window_size (KaWindow *self)
{
  int width, height;

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 800), MAX (height, 600));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
ka_window_close_request (GtkWindow *window)
{
  /* Unsaved changes to a lecture: ask first; the window closes after. */
  if (!ka_window_editor_confirm (KA_WINDOW (window), "window.close"))
    return TRUE;

  save_window_size (KA_WINDOW (window));

  return GTK_WINDOW_CLASS (ka_window_parent_class)->close_request (window);
}

static void
use_offline_map (KaWindow *self)
{
  ka_state_set_basemap (self->state, KA_BASEMAP_OFFLINE);
}

static void
on_online_failed (KaWindow   *self,
                  const char *message,
                  KaMapView  *map_view)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  title = g_strdup_printf (_("Online map unavailable: %s"), message);
  toast = adw_toast_new (title);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("Use Offline Map"));
  g_signal_connect_object (toast, "button-clicked",
                           G_CALLBACK (use_offline_map), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
step_year_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  int delta = g_str_equal (action_name, "win.next-year") ? 1 : -1;
  int index = ka_year_index (ka_state_get_year (self->state)) + delta;

  ka_state_set_year (self->state, ka_years[CLAMP (index, 0, KA_N_YEARS - 1)]);
}

/* Page Down and Page Up, what presentation clickers send: north to south
 * through the islands and back. */
static void
step_island_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  KaIslandSet *islands = ka_atlas_get_islands (self->atlas);
  int delta = g_str_equal (action_name, "win.next-island") ? 1 : -1;
  const char *selected = ka_state_get_selected_island (self->state);
  KaIsland *from = NULL;
  KaIsland *to;

  if (selected != NULL)
    from = ka_island_set_lookup (islands, selected);

  to = ka_island_set_step (islands, from, delta);
  if (to != NULL)
    ka_state_set_selected_island (self->state, ka_island_get_id (to));
}

static void
select_island_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  if (ka_island_set_lookup (ka_atlas_get_islands (self->atlas), id) == NULL)
    {
      g_warning ("No island has the id “%s”", id);
      return;
    }

  ka_state_set_selected_island (self->state, id);
}

static void on_search_stop (KaWindow       *self,
                            GtkSearchEntry *entry);

static void
clear_selection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);

  /* Esc closes the innermost thing first: the island search, then what
   * the panel opened (the report's search, the report), and only then
   * the selection. */
  if (gtk_search_bar_get_search_mode (self->search_bar))
    on_search_stop (self, self->search_entry);
  else if (!ka_side_panel_close_innermost (self->side_panel))
    ka_state_set_selected_island (self->state, NULL);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  /* Ctrl+F searches where the focus is: in the panel's report, the report. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->side_panel)) &&
      ka_side_panel_find (self->side_panel))
    return;

  if (gtk_search_bar_get_search_mode (self->search_bar) &&
      gtk_widget_has_focus (GTK_WIDGET (self->search_entry)))
    {
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      return;
    }

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_search_changed (KaWindow       *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  /* Results show in the side panel, so it must be there to show them. */
  if (*text != '\0')
    ka_state_set_panel_visible (self->state, TRUE);

  ka_side_panel_search (self->side_panel, text);
}

static void
on_search_activate (KaWindow       *self,
                    GtkSearchEntry *entry)
{
  /* Enter may come before the entry's delayed search-changed: search now. */
  ka_side_panel_search (self->side_panel, gtk_editable_get_text (GTK_EDITABLE (entry)));

  if (ka_side_panel_activate_first_result (self->side_panel))
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), "");
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      gtk_widget_grab_focus (GTK_WIDGET (self->map_view));
    }
}

static void
on_search_stop (KaWindow       *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  ka_side_panel_search (self->side_panel, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->map_view));
}

static void
on_search_mode_changed (KaWindow *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    ka_side_panel_search (self->side_panel, NULL);
}

static void
on_year_changed (KaWindow *self)
{
  g_autofree char *subtitle = NULL;
  guint year = ka_state_get_year (self->state);
  g_autoptr(GPtrArray) boundaries = ka_boundary_set_get_for_year (ka_atlas_get_boundaries (self->atlas), year);

  if (boundaries->len > 0)
    subtitle = g_strdup_printf ("%u · %s", year, _(ka_boundary_get_event (g_ptr_array_index (boundaries, 0))));
  else
    subtitle = g_strdup_printf ("%u", year);

  adw_window_title_set_subtitle (self->window_title, subtitle);
}

/* The panel goes while presenting, and comes back as it was. */
static void
update_panel_visible (KaWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->side_panel),
                          ka_state_get_panel_visible (self->state) && !ka_state_get_presenting (self->state));
}

/* The atlas and the renderer are construct properties: by now both are here. */
static void
ka_window_constructed (GObject *object)
{
  KaWindow *self = KA_WINDOW (object);

  G_OBJECT_CLASS (ka_window_parent_class)->constructed (object);

  g_return_if_fail (self->atlas != NULL && self->renderer != NULL);

  ka_map_view_set_atlas (self->map_view, self->atlas, self->renderer);
  ka_side_panel_set_atlas (self->side_panel, self->atlas);
  on_year_changed (self);
}

/* The application gives the window its shortcuts window as it adds it. */
static void
on_application_changed (KaWindow *self)
{
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  if (overlay != NULL)
    ka_help_overlay_spell_keys (overlay);
}

/* The header's buttons, the menu and the keys change the state through
 * these, as gnome-text-editor's window does. */
static const struct {
  const char *action;
  const char *property;
} state_actions[] = {
  { "year", "year" },
  { "compare-years", "compare-years" },
  { "naming", "naming" },
  { "online-map", "online-map" },
  { "toggle-panel", "panel-visible" },
};

static void
ka_window_dispose (GObject *object)
{
  KaWindow *self = (KaWindow *)object;

  /* A closed window follows the settings no more, and its actions go:
   * whatever still holds one must not reach the state through it. */
  for (guint i = 0; self->state != NULL && saved_properties[i] != NULL; i++)
    g_settings_unbind (self->state, saved_properties[i]);
  for (guint i = 0; i < G_N_ELEMENTS (state_actions); i++)
    g_action_map_remove_action (G_ACTION_MAP (self), state_actions[i].action);

  ka_window_editor_dispose (self);
  ka_window_presentation_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KA_TYPE_WINDOW);

  G_OBJECT_CLASS (ka_window_parent_class)->dispose (object);
}

static void
ka_window_finalize (GObject *object)
{
  KaWindow *self = (KaWindow *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->state);
  g_clear_pointer (&self->atlas, ka_atlas_unref);
  g_clear_pointer (&self->renderer, ka_tile_renderer_unref);

  G_OBJECT_CLASS (ka_window_parent_class)->finalize (object);
}

static void
ka_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KaWindow *self = KA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    case PROP_ATLAS:
      g_value_set_boxed (value, self->atlas);
      break;
    case PROP_TILE_RENDERER:
      g_value_set_boxed (value, self->renderer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ka_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KaWindow *self = KA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      self->atlas = g_value_dup_boxed (value);
      break;
    case PROP_TILE_RENDERER:
      self->renderer = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ka_window_class_init (KaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ka_window_constructed;
  object_class->dispose = ka_window_dispose;
  object_class->finalize = ka_window_finalize;
  object_class->get_property = ka_window_get_property;
  object_class->set_property = ka_window_set_property;

  window_class->close_request = ka_window_close_request;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL,
                         KA_TYPE_STATE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /* The data the window shows, shared by every window of the application. */
  properties[PROP_ATLAS] =
    g_param_spec_boxed ("atlas", NULL, NULL,
                        KA_TYPE_ATLAS,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TILE_RENDERER] =
    g_param_spec_boxed ("tile-renderer", NULL, NULL,
                        KA_TYPE_TILE_RENDERER,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KA_TYPE_MAP_VIEW);
  g_type_ensure (KA_TYPE_SIDE_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ka-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, year_switcher);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, caption_revealer);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, caption_strip);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, curtain);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, content_overlay);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, panel_stack);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, lecture_editor);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);

  gtk_widget_class_install_action (widget_class, "win.previous-year", NULL, step_year_action);
  gtk_widget_class_install_action (widget_class, "win.next-year", NULL, step_year_action);
  gtk_widget_class_install_action (widget_class, "win.previous-island", NULL, step_island_action);
  gtk_widget_class_install_action (widget_class, "win.next-island", NULL, step_island_action);
  gtk_widget_class_install_action (widget_class, "win.select-island", "s", select_island_action);
  gtk_widget_class_install_action (widget_class, "win.clear-selection", NULL, clear_selection_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);

  ka_window_clipboard_class_init (widget_class);
  ka_window_export_class_init (widget_class);
  ka_window_presentation_class_init (widget_class);
  ka_window_editor_class_init (widget_class);
}

/* The header's year buttons: one for each year of the table. */
static void
add_year_buttons (KaWindow *self)
{
  for (guint i = 0; i < KA_N_YEARS; i++)
    {
      g_autofree char *label = g_strdup_printf ("%u", ka_years[i]);
      GtkWidget *button = gtk_toggle_button_new_with_label (label);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.year");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", ka_years[i]);
      gtk_widget_set_tooltip_text (button, _(ka_year_events[i]));
      gtk_box_append (self->year_switcher, button);
    }
}

static void
add_state_actions (KaWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (state_actions); i++)
    {
      g_autoptr(GPropertyAction) action = g_property_action_new (state_actions[i].action, self->state,
                                                                 state_actions[i].property);

      g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
    }
}

static void
ka_window_init (KaWindow *self)
{
  KaBox home = KA_FRAME_BOX;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SETTINGS_SCHEMA_ID);
  self->state = ka_state_new ();

  if (g_strcmp0 (PROFILE, "Devel") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  restore_window_size (self);
  bind_state_to_settings (self);
  update_native_names (self);
  g_signal_connect_object (self->settings, "changed::naming",
                           G_CALLBACK (update_native_names), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify", G_CALLBACK (save_choice), self, G_CONNECT_SWAPPED);
  bind_views_to_state (self);
  add_state_actions (self);
  add_year_buttons (self);

  g_signal_connect_object (self->state, "notify::panel-visible",
                           G_CALLBACK (update_panel_visible), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::presenting",
                           G_CALLBACK (update_panel_visible), self, G_CONNECT_SWAPPED);
  update_panel_visible (self);

  g_signal_connect_object (self->map_view, "online-failed",
                           G_CALLBACK (on_online_failed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::year",
                           G_CALLBACK (on_year_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled",
                            G_CALLBACK (on_search_mode_changed), self);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  g_signal_connect (self, "notify::application", G_CALLBACK (on_application_changed), NULL);

  ka_window_presentation_init (self);
  ka_window_editor_init (self);
  ka_map_view_frame (self->map_view, &home, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->map_view));
}

KaWindow *
ka_window_new (GtkApplication *application,
               KaAtlas        *atlas,
               KaTileRenderer *renderer)
{
  return g_object_new (KA_TYPE_WINDOW,
                       "application", application,
                       "atlas", atlas,
                       "tile-renderer", renderer,
                       NULL);
}

KaState *
ka_window_get_state (KaWindow *self)
{
  g_return_val_if_fail (KA_IS_WINDOW (self), NULL);

  return self->state;
}

KaMapView *
ka_window_get_map_view (KaWindow *self)
{
  g_return_val_if_fail (KA_IS_WINDOW (self), NULL);

  return self->map_view;
}

/**
 * ka_window_hold_settings:
 *
 * Until ka_window_release_settings(), changes to the state show a view
 * the user did not choose (the command line's), and are not saved.
 */
void
ka_window_hold_settings (KaWindow *self)
{
  g_return_if_fail (KA_IS_WINDOW (self));

  self->settings_holds++;
}

void
ka_window_release_settings (KaWindow *self)
{
  g_return_if_fail (KA_IS_WINDOW (self));
  g_return_if_fail (self->settings_holds > 0);

  self->settings_holds--;
}
