/* ka-ink-layer.c — the laser dot and the pen's strokes drawn over a map view
 *
 * The layer lies over a KaMapView (in the same GtkOverlay) and lets every
 * event through to it; it listens on the map view itself, so that the
 * map still pans and selects unless the pen is down.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-ink-layer"

#include "config.h"

#include "ka-ink-layer.h"

#define PEN_WIDTH_PX 5.0
#define PEN_CASING_PX 3.0
#define LASER_RADIUS_PX 9.0

/* A violet that no holder's fill, boundary line or selection uses
 * (src/map/ka-layer-style.c), so a stroke is never read as a frontier. */
static const GdkRGBA pen_colour = { 0xb3 / 255.f, 0x1a / 255.f, 0xff / 255.f, 1.f };
static const GdkRGBA laser_colour = { 1.f, 0x12 / 255.f, 0x12 / 255.f, 1.f };

struct _KaInkLayer
{
  GtkWidget parent_instance;

  /* Owned */
  KaMapView *map_view;
  KaInk *ink;

  double drag_x;
  double drag_y;
};

G_DEFINE_FINAL_TYPE (KaInkLayer, ka_ink_layer, GTK_TYPE_WIDGET)

static gboolean
to_location (KaInkLayer *self,
             double      x,
             double      y,
             double     *lat,
             double     *lon)
{
  if (gtk_widget_get_width (GTK_WIDGET (self->map_view)) <= 0)
    return FALSE;

  shumate_viewport_widget_coords_to_location (ka_map_view_get_viewport (self->map_view),
                                              GTK_WIDGET (self->map_view), x, y, lat, lon);

  return TRUE;
}

void
ka_ink_layer_point (KaInkLayer *self,
                    double      x,
                    double      y)
{
  double lat, lon;

  g_return_if_fail (KA_IS_INK_LAYER (self));

  if (to_location (self, x, y, &lat, &lon))
    ka_ink_set_pointer (self->ink, lat, lon);
}

void
ka_ink_layer_pen_down (KaInkLayer *self,
                       double      x,
                       double      y)
{
  double lat, lon;

  g_return_if_fail (KA_IS_INK_LAYER (self));

  if (to_location (self, x, y, &lat, &lon))
    ka_ink_begin_stroke (self->ink, lat, lon);
}

void
ka_ink_layer_pen_to (KaInkLayer *self,
                     double      x,
                     double      y)
{
  double lat, lon;

  g_return_if_fail (KA_IS_INK_LAYER (self));

  if (ka_ink_get_n_strokes (self->ink) > 0 && to_location (self, x, y, &lat, &lon))
    ka_ink_extend_stroke (self->ink, lat, lon);
}

static void
on_motion (KaInkLayer *self,
           double      x,
           double      y)
{
  if (ka_ink_get_laser (self->ink))
    ka_ink_layer_point (self, x, y);
}

static void
on_leave (KaInkLayer *self)
{
  ka_ink_hide_pointer (self->ink);
}

/* With the pen, a drag draws; otherwise the map has it, and pans. */
static void
on_drag_begin (KaInkLayer     *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  if (!ka_ink_get_pen (self->ink))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->drag_x = x;
  self->drag_y = y;
  ka_ink_layer_pen_down (self, x, y);
}

static void
on_drag_update (KaInkLayer *self,
                double      dx,
                double      dy)
{
  ka_ink_layer_pen_to (self, self->drag_x + dx, self->drag_y + dy);
}

static void
listen_to_map_view (KaInkLayer *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();

  g_signal_connect_object (motion, "motion", G_CALLBACK (on_motion), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (on_leave), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->map_view), motion);

  /* Capture: before the map's own drag, which would pan. */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (on_drag_begin), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (on_drag_update), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->map_view), GTK_EVENT_CONTROLLER (drag));
}

static void
trace_stroke (KaInkLayer       *self,
              cairo_t          *cr,
              const KaInkPoint *points,
              guint             n_points)
{
  ShumateViewport *viewport = ka_map_view_get_viewport (self->map_view);

  cairo_new_path (cr);
  for (guint i = 0; i < n_points; i++)
    {
      double x, y;

      shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self->map_view),
                                                  points[i].lat, points[i].lon, &x, &y);
      cairo_line_to (cr, x, y);
    }
  /* A single click leaves a dot. */
  if (n_points == 1)
    cairo_rel_line_to (cr, 0.01, 0);
}

static void
draw_strokes (KaInkLayer *self,
              cairo_t    *cr)
{
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = 0; i < ka_ink_get_n_strokes (self->ink); i++)
    {
      guint n_points;
      const KaInkPoint *points = ka_ink_get_stroke (self->ink, i, &n_points);

      /* A white casing keeps the stroke visible on sea, land and lines. */
      trace_stroke (self, cr, points, n_points);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      cairo_set_line_width (cr, PEN_WIDTH_PX + 2 * PEN_CASING_PX);
      cairo_stroke_preserve (cr);
      gdk_cairo_set_source_rgba (cr, &pen_colour);
      cairo_set_line_width (cr, PEN_WIDTH_PX);
      cairo_stroke (cr);
    }
}

static void
draw_laser (KaInkLayer *self,
            cairo_t    *cr)
{
  KaInkPoint point;
  double x, y;

  if (!ka_ink_get_pointer (self->ink, &point))
    return;

  shumate_viewport_location_to_widget_coords (ka_map_view_get_viewport (self->map_view),
                                              GTK_WIDGET (self->map_view), point.lat, point.lon, &x, &y);

  cairo_arc (cr, x, y, LASER_RADIUS_PX + 2, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
  cairo_fill (cr);
  cairo_arc (cr, x, y, LASER_RADIUS_PX, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, &laser_colour);
  cairo_fill (cr);
}

static void
ka_ink_layer_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  KaInkLayer *self = KA_INK_LAYER (widget);
  graphene_rect_t map_bounds;
  cairo_t *cr;

  if (ka_ink_get_n_strokes (self->ink) == 0 && !ka_ink_get_pointer (self->ink, NULL))
    return;
  if (!gtk_widget_compute_bounds (GTK_WIDGET (self->map_view), widget, &map_bounds))
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &map_bounds);
  cairo_translate (cr, map_bounds.origin.x, map_bounds.origin.y);
  draw_strokes (self, cr);
  draw_laser (self, cr);
  cairo_destroy (cr);
}

static void
ka_ink_layer_dispose (GObject *object)
{
  KaInkLayer *self = (KaInkLayer *)object;

  g_clear_object (&self->map_view);
  g_clear_object (&self->ink);

  G_OBJECT_CLASS (ka_ink_layer_parent_class)->dispose (object);
}

static void
ka_ink_layer_class_init (KaInkLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ka_ink_layer_dispose;
  widget_class->snapshot = ka_ink_layer_snapshot;

  gtk_widget_class_set_css_name (widget_class, "ka-ink-layer");
}

static void
ka_ink_layer_init (KaInkLayer *self)
{
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_can_focus (GTK_WIDGET (self), FALSE);
}

/**
 * ka_ink_layer_new:
 * @map_view: the map view the layer lies over
 * @ink: what to draw, shared with the other views
 */
GtkWidget *
ka_ink_layer_new (KaMapView *map_view,
                  KaInk     *ink)
{
  KaInkLayer *self;

  g_return_val_if_fail (KA_IS_MAP_VIEW (map_view), NULL);
  g_return_val_if_fail (KA_IS_INK (ink), NULL);

  self = g_object_new (KA_TYPE_INK_LAYER, NULL);
  self->map_view = g_object_ref (map_view);
  self->ink = g_object_ref (ink);

  g_signal_connect_object (ink, "changed", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ka_map_view_get_viewport (map_view), "notify",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  listen_to_map_view (self);

  return GTK_WIDGET (self);
}

KaMapView *
ka_ink_layer_get_map_view (KaInkLayer *self)
{
  g_return_val_if_fail (KA_IS_INK_LAYER (self), NULL);

  return self->map_view;
}

const GdkRGBA *
ka_ink_layer_pen_colour (void)
{
  return &pen_colour;
}

const GdkRGBA *
ka_ink_layer_laser_colour (void)
{
  return &laser_colour;
}
