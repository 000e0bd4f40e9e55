/* ka-window.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-settings-enum.h"
#include "ka-window-private.h"

G_DEFINE_FINAL_TYPE (KaWindow, ka_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STATE,
  PROP_ONLINE_MAP,
  PROP_YEAR,
  PROP_COMPARE_YEARS,
  PROP_NAMING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


static void
bind_state_to_settings (KaWindow *self)
{
  ka_settings_bind_enum (self->settings, "basemap", self->state, "basemap", ka_basemap_nicks);
  ka_settings_bind_enum (self->settings, "naming", self->state, "naming", ka_naming_nicks);
  g_settings_bind (self->settings, "year", self->state, "year", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "compare-years", self->state, "compare-years",
                   G_SETTINGS_BIND_DEFAULT);
}

/* The map is a view of the state: it shows what the state says, and a
 * click on it changes the state's selection. */
static void
bind_map_to_state (KaWindow *self)
{
  g_object_bind_property (self->state, "year", self->map_view, "year", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->state, "compare-years", self->map_view, "compare-years",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->state, "naming", self->map_view, "naming", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->state, "selected-island", self->map_view, "selected-island",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  g_object_bind_property (self->state, "year", self->side_panel, "year", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->state, "naming", self->side_panel, "naming", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->state, "selected-island", self->side_panel, "selected-island",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
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
  save_window_size (KA_WINDOW (window));

  return GTK_WINDOW_CLASS (ka_window_parent_class)->close_request (window);
}

static void
on_basemap_changed (KaWindow *self)
{
  gboolean online = ka_state_get_basemap (self->state) == KA_BASEMAP_ONLINE;

  ka_map_view_set_online (self->map_view, online);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLINE_MAP]);
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

static KaIslandSet *
get_islands (KaWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (!KA_IS_APPLICATION (app) || ka_application_get_atlas (KA_APPLICATION (app)) == NULL)
    return NULL;

  return ka_atlas_get_islands (ka_application_get_atlas (KA_APPLICATION (app)));
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
  KaIslandSet *islands = get_islands (self);
  int delta = g_str_equal (action_name, "win.next-island") ? 1 : -1;
  const char *selected = ka_state_get_selected_island (self->state);
  KaIsland *from = NULL;
  KaIsland *to;

  /* While presenting, the same keys move through the lecture. */
  if (self->presenting)
    {
      gtk_widget_activate_action (widget, delta > 0 ? "win.present-next" : "win.present-previous", NULL);
      return;
    }

  if (islands == NULL)
    return;

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
  KaIslandSet *islands = get_islands (self);
  const char *id = g_variant_get_string (parameter, NULL);

  if (islands == NULL || ka_island_set_lookup (islands, id) == NULL)
    {
      g_warning ("No island has the id “%s”", id);
      return;
    }

  ka_state_set_selected_island (self->state, id);
}

static void
clear_selection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);

  /* Escape leaves a presentation before it clears anything. */
  if (self->presenting)
    {
      gtk_widget_activate_action (widget, "win.present-leave", NULL);
      return;
    }

  ka_state_set_selected_island (self->state, NULL);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);

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
    g_settings_set_boolean (self->settings, "panel-visible", TRUE);

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
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  guint year = ka_state_get_year (self->state);
  KaAtlas *atlas = KA_IS_APPLICATION (app) ? ka_application_get_atlas (KA_APPLICATION (app)) : NULL;
  g_autoptr(GPtrArray) boundaries = NULL;

  if (atlas != NULL)
    boundaries = ka_boundary_set_get_for_year (ka_atlas_get_boundaries (atlas), year);

  if (boundaries != NULL && boundaries->len > 0)
    subtitle = g_strdup_printf ("%u · %s", year, ka_boundary_get_event (g_ptr_array_index (boundaries, 0)));
  else
    subtitle = g_strdup_printf ("%u", year);

  adw_window_title_set_subtitle (self->window_title, subtitle);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

static void
on_compare_years_changed (KaWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARE_YEARS]);
}

static void
on_naming_changed (KaWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAMING]);
}

static void
toggle_panel_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);

  g_settings_set_boolean (self->settings, "panel-visible",
                          !g_settings_get_boolean (self->settings, "panel-visible"));
}

/* Labels follow the label size chosen in the preferences, and grow
 * further while presenting. */
void
ka_window_update_text_scale (KaWindow *self)
{
  static const double sizes[] = { 1.0, 1.3, 1.6 };
  guint size = MIN ((guint) g_settings_get_enum (self->settings, "label-size"), G_N_ELEMENTS (sizes) - 1);

  ka_map_view_set_text_scale (self->map_view, sizes[size] * (self->presenting ? PRESENTING_TEXT_SCALE : 1.0));
}

static void
on_panel_visible_changed (KaWindow *self)
{
  gboolean visible = g_settings_get_boolean (self->settings, "panel-visible");

  gtk_widget_set_visible (GTK_WIDGET (self->side_panel), visible);
  gtk_toggle_button_set_active (self->panel_button, visible);
}

/* "application" is set after construction, and it holds the atlas data. */
static void
on_application_changed (KaWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (!KA_IS_APPLICATION (app))
    return;

  ka_map_view_set_atlas (self->map_view,
                         ka_application_get_atlas (KA_APPLICATION (app)),
                         ka_application_get_tile_renderer (KA_APPLICATION (app)));
  ka_side_panel_set_atlas (self->side_panel, ka_application_get_atlas (KA_APPLICATION (app)));
  on_year_changed (self);
}

static void
ka_window_dispose (GObject *object)
{
  KaWindow *self = (KaWindow *)object;

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
    case PROP_ONLINE_MAP:
      /* The action machinery asks before the template is complete. */
      g_value_set_boolean (value, self->state != NULL &&
                                  ka_state_get_basemap (self->state) == KA_BASEMAP_ONLINE);
      break;
    case PROP_YEAR:
      g_value_set_uint (value, self->state ? ka_state_get_year (self->state) : 1945);
      break;
    case PROP_COMPARE_YEARS:
      g_value_set_boolean (value, self->state && ka_state_get_compare_years (self->state));
      break;
    case PROP_NAMING:
      g_value_set_string (value, ka_naming_nicks[self->state ? ka_state_get_naming (self->state) : KA_NAMING_BOTH]);
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
    case PROP_ONLINE_MAP:
      ka_state_set_basemap (self->state,
                            g_value_get_boolean (value) ? KA_BASEMAP_ONLINE : KA_BASEMAP_OFFLINE);
      break;
    case PROP_YEAR:
      if (ka_year_index (g_value_get_uint (value)) >= 0)
        ka_state_set_year (self->state, g_value_get_uint (value));
      break;
    case PROP_COMPARE_YEARS:
      ka_state_set_compare_years (self->state, g_value_get_boolean (value));
      break;
    case PROP_NAMING:
      for (int i = 0; ka_naming_nicks[i] != NULL; i++)
        if (g_strcmp0 (ka_naming_nicks[i], g_value_get_string (value)) == 0)
          ka_state_set_naming (self->state, i);
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

  object_class->dispose = ka_window_dispose;
  object_class->finalize = ka_window_finalize;
  object_class->get_property = ka_window_get_property;
  object_class->set_property = ka_window_set_property;

  window_class->close_request = ka_window_close_request;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL,
                         KA_TYPE_STATE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /* Mirrors the state's basemap as a boolean, for the menu's check item. */
  properties[PROP_ONLINE_MAP] =
    g_param_spec_boolean ("online-map", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The state's year, compare flag and naming, mirrored here so that the
   * header's buttons and the menu can be stateful actions on them. */
  properties[PROP_YEAR] =
    g_param_spec_uint ("year", NULL, NULL,
                       1855, 1945, 1945,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARE_YEARS] =
    g_param_spec_boolean ("compare-years", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAMING] =
    g_param_spec_string ("naming", NULL, NULL,
                         "both",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KA_TYPE_MAP_VIEW);
  g_type_ensure (KA_TYPE_SIDE_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ka-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, panel_button);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, caption_revealer);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, caption_strip);
  gtk_widget_class_bind_template_child (widget_class, KaWindow, blank_box);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);

  gtk_widget_class_install_action (widget_class, "win.toggle-panel", NULL, toggle_panel_action);
  gtk_widget_class_install_property_action (widget_class, "win.online-map", "online-map");
  gtk_widget_class_install_property_action (widget_class, "win.year", "year");
  gtk_widget_class_install_property_action (widget_class, "win.compare-years", "compare-years");
  gtk_widget_class_install_property_action (widget_class, "win.naming", "naming");
  gtk_widget_class_install_action (widget_class, "win.previous-year", NULL, step_year_action);
  gtk_widget_class_install_action (widget_class, "win.next-year", NULL, step_year_action);
  gtk_widget_class_install_action (widget_class, "win.previous-island", NULL, step_island_action);
  gtk_widget_class_install_action (widget_class, "win.next-island", NULL, step_island_action);
  gtk_widget_class_install_action (widget_class, "win.select-island", "s", select_island_action);
  gtk_widget_class_install_action (widget_class, "win.clear-selection", NULL, clear_selection_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);

  ka_window_clipboard_class_init (widget_class);
  ka_window_presentation_class_init (widget_class);
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
  bind_map_to_state (self);

  g_signal_connect_object (self->settings, "changed::label-size",
                           G_CALLBACK (ka_window_update_text_scale), self, G_CONNECT_SWAPPED);
  ka_window_update_text_scale (self);

  g_signal_connect_object (self->settings, "changed::panel-visible",
                           G_CALLBACK (on_panel_visible_changed), self, G_CONNECT_SWAPPED);
  on_panel_visible_changed (self);

  g_signal_connect_object (self->state, "notify::basemap",
                           G_CALLBACK (on_basemap_changed), self, G_CONNECT_SWAPPED);
  on_basemap_changed (self);

  g_signal_connect_object (self->map_view, "online-failed",
                           G_CALLBACK (on_online_failed), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->state, "notify::year",
                           G_CALLBACK (on_year_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::compare-years",
                           G_CALLBACK (on_compare_years_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::naming",
                           G_CALLBACK (on_naming_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled",
                            G_CALLBACK (on_search_mode_changed), self);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  g_signal_connect (self, "notify::application", G_CALLBACK (on_application_changed), NULL);
  ka_window_presentation_init (self);
  ka_map_view_frame (self->map_view, &home, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->map_view));
}

KaWindow *
ka_window_new (KaApplication *application)
{
  return g_object_new (KA_TYPE_WINDOW,
                       "application", application,
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
