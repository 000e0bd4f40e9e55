/* ka-preferences-window.c — the settings users change, each applied as it changes
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-enum-types.h"
#include "ka-preferences-window.h"

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

/* A combo row lists an enum's values in order: its position is the value,
 * which the settings store by its nick. */
static gboolean
nick_to_position (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (GPOINTER_TO_SIZE (user_data));
  GEnumValue *enum_value = g_enum_get_value_by_nick (enum_class, g_variant_get_string (variant, NULL));

  if (enum_value == NULL)
    return FALSE;

  g_value_set_uint (value, enum_value->value);
  return TRUE;
}

static GVariant *
position_to_nick (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (GPOINTER_TO_SIZE (user_data));
  GEnumValue *enum_value = g_enum_get_value (enum_class, g_value_get_uint (value));

  return enum_value ? g_variant_new_string (enum_value->value_nick) : NULL;
}

static void
bind_combo_row (KaPreferencesWindow *self,
                const char          *key,
                AdwComboRow         *row,
                GType                enum_type)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                nick_to_position, position_to_nick,
                                GSIZE_TO_POINTER (enum_type), NULL);
}

static void
ka_preferences_window_init (KaPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Bound to the settings, which every window and the application
   * follow: a change shows at once, and is remembered. */
  self->settings = g_settings_new (SETTINGS_SCHEMA_ID);
  bind_combo_row (self, "basemap", self->basemap_row, KA_TYPE_BASEMAP);
  bind_combo_row (self, "naming", self->naming_row, KA_TYPE_NAMING);
  bind_combo_row (self, "label-size", self->label_size_row, KA_TYPE_LABEL_SIZE);
  bind_combo_row (self, "color-scheme", self->color_scheme_row, KA_TYPE_COLOR_SCHEME);
}

GtkWidget *
ka_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (KA_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}
