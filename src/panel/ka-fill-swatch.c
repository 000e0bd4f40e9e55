/* ka-fill-swatch.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-fill-swatch"

#include "config.h"

#include <adwaita.h>

#include "ka-fill-swatch.h"

struct _KaFillSwatch
{
  GtkWidget parent_instance;

  KaFill fill;
};

G_DEFINE_FINAL_TYPE (KaFillSwatch, ka_fill_swatch, GTK_TYPE_WIDGET)

static void
ka_fill_swatch_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  KaFillSwatch *self = KA_FILL_SWATCH (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
  ka_layer_style_set_fill_source (cr, self->fill, 0.85, 1.0,
                                  adw_style_manager_get_high_contrast (adw_style_manager_get_default ()), 0, 0);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.45);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static void
ka_fill_swatch_class_init (KaFillSwatchClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = ka_fill_swatch_snapshot;
  gtk_widget_class_set_css_name (widget_class, "ka-fill-swatch");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ka_fill_swatch_init (KaFillSwatch *self)
{
  gtk_widget_set_size_request (GTK_WIDGET (self), 36, 22);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);

  /* Hatched as on the map, which hatches more strongly in high contrast. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ka_fill_swatch_new (KaFill fill)
{
  KaFillSwatch *self = g_object_new (KA_TYPE_FILL_SWATCH, NULL);

  self->fill = fill;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ka_layer_style_fill_label (fill),
                                  -1);

  return GTK_WIDGET (self);
}
