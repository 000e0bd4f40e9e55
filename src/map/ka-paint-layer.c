/* ka-paint-layer.c — a map layer that draws with cairo, in step with the viewport
 *
 * Unlike ShumatePathLayer, which keeps a node per point and cannot be
 * hit-tested, this layer only asks its paint function to draw the frame:
 * the overlays hold their geometry in the atlas data already.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-paint-layer"

#include "config.h"

#include <math.h>

#include "ka-paint-layer.h"

struct _KaPaintLayer
{
  ShumateLayer parent_instance;

  KaPaintFunc paint;
  gpointer user_data;
};

G_DEFINE_FINAL_TYPE (KaPaintLayer, ka_paint_layer, SHUMATE_TYPE_LAYER)

/* All of a layer's items go into one cairo node the size of the view,
 * made when the first item in view is drawn: GTK 4.8 replays a node
 * through an image as large as the node, and one full-view replay a
 * layer measured cheaper than a node for every label and island. */
typedef struct
{
  KaCanvas parent;
  GtkSnapshot *snapshot;
  double width;
  double height;
  cairo_t *cr;
} SnapshotCanvas;

static cairo_t *
snapshot_canvas_begin (KaCanvas *canvas,
                       double    x,
                       double    y,
                       double    width,
                       double    height)
{
  SnapshotCanvas *self = (SnapshotCanvas *) canvas;

  if (x >= self->width || y >= self->height || x + width <= 0 || y + height <= 0)
    return NULL;

  if (self->cr == NULL)
    self->cr = gtk_snapshot_append_cairo (self->snapshot,
                                          &GRAPHENE_RECT_INIT (0, 0, self->width, self->height));

  cairo_save (self->cr);
  cairo_new_path (self->cr);

  return self->cr;
}

static void
snapshot_canvas_end (KaCanvas *canvas,
                     cairo_t  *cr)
{
  cairo_restore (cr);
}

static void
ka_paint_layer_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  KaPaintLayer *self = KA_PAINT_LAYER (widget);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  SnapshotCanvas canvas = {
    { snapshot_canvas_begin, snapshot_canvas_end },
    snapshot, width, height, NULL,
  };
  KaViewTransform transform;

  if (width <= 0 || height <= 0 || self->paint == NULL)
    return;

  transform = ka_view_transform_from_viewport (viewport, width, height);
  self->paint (self, &canvas.parent, &transform, self->user_data);
  g_clear_pointer (&canvas.cr, cairo_destroy);
}

static void
ka_paint_layer_constructed (GObject *object)
{
  KaPaintLayer *self = (KaPaintLayer *)object;
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));

  G_OBJECT_CLASS (ka_paint_layer_parent_class)->constructed (object);

  /* Redraw with every move, so the overlay never lags the tiles. */
  g_signal_connect_object (viewport, "notify", G_CALLBACK (gtk_widget_queue_draw),
                           self, G_CONNECT_SWAPPED);
}

static void
ka_paint_layer_class_init (KaPaintLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ka_paint_layer_constructed;

  widget_class->snapshot = ka_paint_layer_snapshot;
}

static void
ka_paint_layer_init (KaPaintLayer *self)
{
  /* Clicks go through to the map, which hit-tests the islands itself. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

KaPaintLayer *
ka_paint_layer_new (ShumateViewport *viewport,
                    const char      *name,
                    KaPaintFunc      paint,
                    gpointer         user_data)
{
  KaPaintLayer *self = g_object_new (KA_TYPE_PAINT_LAYER,
                                     "viewport", viewport,
                                     NULL);

  gtk_widget_set_name (GTK_WIDGET (self), name);
  self->paint = paint;
  self->user_data = user_data;

  return self;
}
