/* ka-preferences-window.c — the settings users change, each applied as it changes
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-preferences-window.h"
#include "ka-settings-enum.h"

struct _KaPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  AdwComboRow *basemap_row;
  AdwComboRow *naming_row;
  AdwComboRow *label_size_row;
  AdwComboRow *color_scheme_row;

  /* Owned */
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (KaPreferencesWindow, ka_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
ka_preferences_window_dispose (GObject *object)
{
  KaPreferencesWindow *self = (KaPreferencesWindow *)object;

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), KA_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (ka_preferences_window_parent_class)->dispose (object);
}

static void
ka_preferences_window_class_init (KaPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ka_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ka-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KaPreferencesWindow, basemap_row);
  gtk_widget_class_bind_template_child (widget_class, KaPreferencesWindow, naming_row);
  gtk_widget_class_bind_template_child (widget_class, KaPreferencesWindow, label_size_row);
  gtk_widget_class_bind_template_child (widget_class, KaPreferencesWindow, color_scheme_row);
}

static void
ka_preferences_window_init (KaPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Bound to the settings, which every window and the application
   * follow: a change shows at once, and is remembered. */
  self->settings = g_settings_new (SETTINGS_SCHEMA_ID);
  ka_settings_bind_enum (self->settings, "basemap", self->basemap_row, "selected", ka_basemap_nicks);
  ka_settings_bind_enum (self->settings, "naming", self->naming_row, "selected", ka_naming_nicks);
  ka_settings_bind_enum (self->settings, "label-size", self->label_size_row, "selected", ka_label_size_nicks);
  ka_settings_bind_enum (self->settings, "color-scheme", self->color_scheme_row, "selected",
                         ka_color_scheme_nicks);
}

GtkWidget *
ka_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (KA_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}
