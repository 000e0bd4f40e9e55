/* ka-monitor.c — which monitor a window is on, and which one is not its
 *
 * On Wayland a window does not know where it is, and GTK 4.8's
 * gdk_display_get_monitor_at_surface() answers the first monitor there;
 * but the compositor tells each surface which monitors it entered. So a
 * tracked window keeps the last monitor it entered, and asks the display
 * only until one is known (and on X11, where it knows).
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-monitor"

#include "config.h"

#include "ka-monitor.h"

#define ENTERED_KEY "ka-monitor-entered"

static void
on_enter_monitor (GtkWindow  *window,
                  GdkMonitor *monitor)
{
  g_object_set_data_full (G_OBJECT (window), ENTERED_KEY, g_object_ref (monitor), g_object_unref);
}

static void
on_leave_monitor (GtkWindow  *window,
                  GdkMonitor *monitor)
{
  if (g_object_get_data (G_OBJECT (window), ENTERED_KEY) == monitor)
    g_object_set_data (G_OBJECT (window), ENTERED_KEY, NULL);
}

static void
on_realize (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  g_signal_connect_object (surface, "enter-monitor", G_CALLBACK (on_enter_monitor), window, G_CONNECT_SWAPPED);
  g_signal_connect_object (surface, "leave-monitor", G_CALLBACK (on_leave_monitor), window, G_CONNECT_SWAPPED);
}

/* From now on @window remembers the monitor it entered last. */
void
ka_monitor_track (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    on_realize (window);
}

/* Returns: (nullable): the monitor @window is on, as far as is known */
GdkMonitor *
ka_monitor_of (GtkWindow *window)
{
  GdkMonitor *entered;
  GdkSurface *surface;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  entered = g_object_get_data (G_OBJECT (window), ENTERED_KEY);
  if (entered != NULL)
    return entered;

  surface = gtk_native_get_surface (GTK_NATIVE (window));
  if (surface == NULL)
    return NULL;

  return gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (window)), surface);
}

/* Returns: (nullable): a monitor that is not @window's (the projector,
 * when @window is on the laptop's screen); NULL with one monitor */
GdkMonitor *
ka_monitor_other (GtkWindow *window)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (window)));
  GdkMonitor *own = ka_monitor_of (window);

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != own)
        return monitor;
    }

  return NULL;
}
