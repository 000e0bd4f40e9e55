/* ka-legend-strip.c — the map's legend as a line of the caption strip
 *
 * While presenting, the legend sits in the caption strip rather than
 * over the map, so that the whole map shows what the step talks about.
 * The map view says what the legend holds and draws its samples; this
 * widget gives it a place in the strip's layout.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-legend-strip"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "ka-legend-strip.h"

/* The width to wrap to before the strip has one. */
#define FALLBACK_WIDTH 800

struct _KaLegendStrip
{
  GtkWidget parent_instance;

  KaMapView *map_view;
};

G_DEFINE_FINAL_TYPE (KaLegendStrip, ka_legend_strip, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
ka_legend_strip_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ka_legend_strip_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  KaLegendStrip *self = KA_LEGEND_STRIP (widget);
  double height;

  /* As wide as the strip makes it: the entries wrap to fit. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL || self->map_view == NULL)
    {
      *minimum = *natural = 0;
      return;
    }

  height = ka_map_view_paint_legend_strip (self->map_view, NULL, gtk_widget_get_pango_context (widget),
                                           for_size > 0 ? for_size : FALLBACK_WIDTH);
  *minimum = *natural = (int) ceil (height);
}

static void
ka_legend_strip_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  KaLegendStrip *self = KA_LEGEND_STRIP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->map_view == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  ka_map_view_paint_legend_strip (self->map_view, cr, gtk_widget_get_pango_context (widget), width);
  cairo_destroy (cr);
}

static void
ka_legend_strip_dispose (GObject *object)
{
  KaLegendStrip *self = KA_LEGEND_STRIP (object);

  g_clear_object (&self->map_view);

  G_OBJECT_CLASS (ka_legend_strip_parent_class)->dispose (object);
}

static void
ka_legend_strip_class_init (KaLegendStripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ka_legend_strip_dispose;
  widget_class->get_request_mode = ka_legend_strip_get_request_mode;
  widget_class->measure = ka_legend_strip_measure;
  widget_class->snapshot = ka_legend_strip_snapshot;

  gtk_widget_class_set_css_name (widget_class, "ka-legend-strip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ka_legend_strip_init (KaLegendStrip *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Legend"), -1);
}

GtkWidget *
ka_legend_strip_new (void)
{
  return g_object_new (KA_TYPE_LEGEND_STRIP, NULL);
}

void
ka_legend_strip_set_map_view (KaLegendStrip *self,
                              KaMapView     *map_view)
{
  g_return_if_fail (KA_IS_LEGEND_STRIP (self));
  g_return_if_fail (map_view == NULL || KA_IS_MAP_VIEW (map_view));

  if (self->map_view != NULL)
    g_signal_handlers_disconnect_by_data (self->map_view, self);

  if (!g_set_object (&self->map_view, map_view))
    return;

  if (map_view != NULL)
    g_signal_connect_object (map_view, "legend-changed", G_CALLBACK (gtk_widget_queue_resize),
                             self, G_CONNECT_SWAPPED);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
