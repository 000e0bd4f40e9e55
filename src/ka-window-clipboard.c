/* ka-window-clipboard.c — the map as it is on screen, copied as an image
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-window"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ka-export-file.h"
#include "ka-window-private.h"

/* What the map shows now, at the map's size in device pixels: drawn by
 * the exporter, so the copy has the same overlays as the screen without
 * the widgets over the map. */
void
ka_window_describe_view (KaWindow     *self,
                         KaExportView *view)
{
  GtkWidget *map = GTK_WIDGET (self->map_view);
  ShumateViewport *viewport = ka_map_view_get_viewport (self->map_view);
  int scale = MAX (1, gtk_widget_get_scale_factor (map));

  ka_export_view_init (view);
  view->year = ka_state_get_year (self->state);
  view->compare_years = ka_state_get_compare_years (self->state);
  view->selected_island = ka_state_get_selected_island (self->state);
  view->naming = ka_state_get_naming (self->state);
  view->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  view->high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  view->text_scale = ka_map_view_get_label_scale (self->map_view);
  view->fit_box = FALSE;
  view->centre_lat = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  view->centre_lon = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));
  view->zoom = shumate_viewport_get_zoom_level (viewport);
  view->scale = scale;
  view->width = CLAMP (gtk_widget_get_width (map) * scale, KA_EXPORT_MIN_SIZE, KA_EXPORT_MAX_SIZE);
  view->height = CLAMP (gtk_widget_get_height (map) * scale, KA_EXPORT_MIN_SIZE, KA_EXPORT_MAX_SIZE);
}

static void
show_toast (KaWindow   *self,
            const char *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
copy_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  KaExportView view;

  ka_window_describe_view (self, &view);
  texture = ka_export_view_to_texture (self->atlas, self->renderer, &view, &error);
  if (texture == NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Cannot copy the map: %s"), error->message);

      show_toast (self, title);
      return;
    }

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  show_toast (self, _("Map image copied"));
}

void
ka_window_clipboard_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.copy-view", NULL, copy_view_action);
}
