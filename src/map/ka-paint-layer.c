/* ka-paint-layer.c — a map layer that draws with cairo, in step with the viewport
 *
 * Unlike ShumatePathLayer, which keeps a node per point and cannot be
 * hit-tested, this layer only asks its paint functions to draw the frame:
 * the overlays hold their geometry in the atlas data already.
 *
 * Under GTK 4.8's cairo renderer a cairo node is replayed through an
 * image as large as the node, which is then composited over the frame:
 * one view-sized node costs a view-sized image to clear, fill and
 * composite every frame, though most of the view holds no overlay at
 * all. So the layer draws into images of its own, notes which cells of
 * them hold ink, and hands GTK a node only for each run of inked cells.
 *
 * What is fixed to the map (the base: fills and lines) is drawn into an
 * image with a margin around the view when the map pans, and later
 * frames at the same zoom only move that image until the view leaves
 * it. Labels and the legend are placed for each view, so they are drawn
 * every frame, into an image of their own.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-paint-layer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ka-paint-layer.h"

/* Device pixels a side: small enough to skip most empty sea, large
 * enough that a frame has a few dozen nodes, not thousands. */
#define CELL_PX 64
/* A node's images stay under glibc's threshold for mapping fresh
 * pages, which would all fault on every frame: 7 × 64 × 64 × 4 bytes. */
#define MAX_RUN_CELLS 7
/* How far a pan may go before the base is drawn again. */
#define PAN_MARGIN_PX 192
/* After a pan drawn from the base at a whole-pixel offset, the base is
 * drawn again exactly once the map has been still this long. */
#define SETTLE_MS 120

typedef struct
{
  cairo_surface_t *surface;
  int width;               /* device pixels */
  int height;
  int n_cols;
  int n_rows;
  guint8 *inked;           /* per cell: drawn in, then: holds ink */
} Buffer;

struct _KaPaintLayer
{
  ShumateLayer parent_instance;

  /* Owned */
  Buffer base;
  Buffer top;

  /* Borrowed */
  KaPaintFunc paint_base;
  KaPaintFunc paint_top;
  gpointer user_data;

  /* Where the base was drawn, in the world pixels of its zoom. */
  gboolean base_valid;
  double base_world_size;
  double base_origin_x;
  double base_origin_y;
  int base_view_width;
  int base_view_height;
  int base_scale;
  guint n_base_draws;

  guint settle_id;
};

G_DEFINE_FINAL_TYPE (KaPaintLayer, ka_paint_layer, SHUMATE_TYPE_LAYER)

static void
buffer_clear (Buffer *buffer)
{
  g_clear_pointer (&buffer->surface, cairo_surface_destroy);
  g_clear_pointer (&buffer->inked, g_free);
  buffer->width = buffer->height = 0;
}

/* Readies @buffer to draw on, wholly transparent, at the given size. */
static void
buffer_prepare (Buffer *buffer,
                int     width,
                int     height,
                int     scale)
{
  cairo_t *cr;

  if (buffer->surface == NULL || buffer->width != width || buffer->height != height)
    {
      buffer_clear (buffer);
      buffer->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      buffer->width = width;
      buffer->height = height;
      buffer->n_cols = (width + CELL_PX - 1) / CELL_PX;
      buffer->n_rows = (height + CELL_PX - 1) / CELL_PX;
      buffer->inked = g_new0 (guint8, buffer->n_cols * buffer->n_rows);
      cairo_surface_set_device_scale (buffer->surface, scale, scale);
      return;
    }

  cairo_surface_set_device_scale (buffer->surface, scale, scale);

  /* Only what was drawn last time needs clearing. */
  cr = cairo_create (buffer->surface);
  cairo_identity_matrix (cr);
  cairo_scale (cr, 1.0 / scale, 1.0 / scale);
  for (int row = 0; row < buffer->n_rows; row++)
    for (int col = 0; col < buffer->n_cols; col++)
      if (buffer->inked[row * buffer->n_cols + col])
        cairo_rectangle (cr, col * CELL_PX, row * CELL_PX, CELL_PX, CELL_PX);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_fill (cr);
  cairo_destroy (cr);

  memset (buffer->inked, 0, buffer->n_cols * buffer->n_rows);
}

/* Of the cells items were drawn in, keeps those that hold ink. */
static void
buffer_find_ink (Buffer *buffer)
{
  const guint8 *data;
  int stride;

  cairo_surface_flush (buffer->surface);
  data = cairo_image_surface_get_data (buffer->surface);
  stride = cairo_image_surface_get_stride (buffer->surface);

  for (int row = 0; row < buffer->n_rows; row++)
    for (int col = 0; col < buffer->n_cols; col++)
      {
        int x0 = col * CELL_PX;
        int width = MIN (CELL_PX, buffer->width - x0);
        int y0 = row * CELL_PX;
        int y1 = MIN (y0 + CELL_PX, buffer->height);
        guint8 *inked = &buffer->inked[row * buffer->n_cols + col];
        guint32 any = 0;

        if (!*inked)
          continue;

        /* A pixel at a time: cairo's rows are 4-byte aligned, not 8 (a
         * view an odd number of pixels wide); the compiler widens it. */
        for (int y = y0; y < y1 && any == 0; y++)
          {
            const guint32 *pixels = (const guint32 *) (data + (gsize) y * stride + (gsize) x0 * 4);

            for (int x = 0; x < width; x++)
              any |= pixels[x];
          }

        *inked = any != 0;
      }
}

/* One node for each run of inked cells in a row, drawing the buffer
 * with its top left corner at (@x, @y) and clipped to the view. */
static void
buffer_append_nodes (Buffer      *buffer,
                     GtkSnapshot *snapshot,
                     double       x,
                     double       y,
                     int          scale,
                     int          view_width,
                     int          view_height)
{
  for (int row = 0; row < buffer->n_rows; row++)
    {
      int col = 0;

      while (col < buffer->n_cols)
        {
          int first, sub_x, sub_y;
          graphene_rect_t rect, view, bounds;
          cairo_surface_t *run;
          cairo_t *cr;

          if (!buffer->inked[row * buffer->n_cols + col])
            {
              col++;
              continue;
            }

          first = col;
          while (col < buffer->n_cols && col - first < MAX_RUN_CELLS &&
                 buffer->inked[row * buffer->n_cols + col])
            col++;

          graphene_rect_init (&rect,
                              x + (double) first * CELL_PX / scale,
                              y + (double) row * CELL_PX / scale,
                              (double) (MIN (col * CELL_PX, buffer->width) - first * CELL_PX) / scale,
                              (double) (MIN ((row + 1) * CELL_PX, buffer->height) - row * CELL_PX) / scale);
          graphene_rect_init (&view, 0, 0, view_width, view_height);
          if (!graphene_rect_intersection (&rect, &view, &bounds))
            continue;

          /* cairo records a copy of the image a node paints from, so
           * the buffer can be drawn on again while GTK still holds the
           * last frame's nodes; a copy of just this run, not of the
           * whole buffer. */
          sub_x = (int) round ((bounds.origin.x - x) * scale);
          sub_y = (int) round ((bounds.origin.y - y) * scale);
          /* In the buffer's logical units: cairo applies its device scale. */
          run = cairo_surface_create_for_rectangle (buffer->surface,
                                                    (double) sub_x / scale, (double) sub_y / scale,
                                                    round (bounds.size.width * scale) / scale,
                                                    round (bounds.size.height * scale) / scale);
          cr = gtk_snapshot_append_cairo (snapshot, &bounds);
          cairo_set_source_surface (cr, run, x + (double) sub_x / scale, y + (double) sub_y / scale);
          cairo_paint (cr);
          cairo_destroy (cr);
          cairo_surface_destroy (run);
        }
    }
}

/* Hands items a context on one buffer; every item draws on the same. */
typedef struct
{
  KaCanvas parent;
  Buffer *buffer;
  double width;
  double height;
  int scale;
  cairo_t *cr;
} BufferCanvas;

/* Marks the cells an item's box touches, and keeps the item to them:
 * only those cells are looked at for ink, shown and cleared after. */
static cairo_t *
buffer_canvas_begin (KaCanvas *canvas,
                     double    x,
                     double    y,
                     double    width,
                     double    height)
{
  BufferCanvas *self = (BufferCanvas *) canvas;
  Buffer *buffer = self->buffer;
  int col0, col1, row0, row1;

  if (x >= self->width || y >= self->height || x + width <= 0 || y + height <= 0)
    return NULL;

  col0 = CLAMP ((int) floor (x * self->scale / CELL_PX), 0, buffer->n_cols - 1);
  col1 = CLAMP ((int) floor ((x + width) * self->scale / CELL_PX), 0, buffer->n_cols - 1);
  row0 = CLAMP ((int) floor (y * self->scale / CELL_PX), 0, buffer->n_rows - 1);
  row1 = CLAMP ((int) floor ((y + height) * self->scale / CELL_PX), 0, buffer->n_rows - 1);
  for (int row = row0; row <= row1; row++)
    memset (&buffer->inked[row * buffer->n_cols + col0], 1, col1 - col0 + 1);

  if (self->cr == NULL)
    self->cr = cairo_create (buffer->surface);

  cairo_save (self->cr);
  cairo_rectangle (self->cr,
                   (double) col0 * CELL_PX / self->scale, (double) row0 * CELL_PX / self->scale,
                   (double) (col1 + 1 - col0) * CELL_PX / self->scale,
                   (double) (row1 + 1 - row0) * CELL_PX / self->scale);
  cairo_clip (self->cr);
  cairo_new_path (self->cr);

  return self->cr;
}

static void
buffer_canvas_end (KaCanvas *canvas,
                   cairo_t  *cr)
{
  cairo_restore (cr);
}

static void
paint_into (KaPaintLayer          *self,
            KaPaintFunc            paint,
            Buffer                *buffer,
            const KaViewTransform *transform,
            int                    scale)
{
  BufferCanvas canvas = {
    { buffer_canvas_begin, buffer_canvas_end },
    NULL, transform->width, transform->height, scale, NULL,
  };

  buffer_prepare (buffer, (int) transform->width * scale, (int) transform->height * scale, scale);
  canvas.buffer = buffer;
  paint (self, &canvas.parent, transform, self->user_data);
  g_clear_pointer (&canvas.cr, cairo_destroy);
  buffer_find_ink (buffer);
}

static gboolean
on_settled (gpointer data)
{
  KaPaintLayer *self = data;

  self->settle_id = 0;
  ka_paint_layer_invalidate (self);

  return G_SOURCE_REMOVE;
}

/* Draws the base anew unless the one drawn last still covers the view
 * at this zoom; returns where its top left corner goes in the view. */
static void
update_base (KaPaintLayer          *self,
             const KaViewTransform *view,
             int                    scale,
             double                *x,
             double                *y)
{
  Buffer *buffer = &self->base;
  gboolean same_zoom = self->base_valid && self->base_world_size == view->world_size &&
                       self->base_view_width == (int) view->width &&
                       self->base_view_height == (int) view->height &&
                       self->base_scale == scale;
  KaViewTransform base;
  double margin;

  if (same_zoom)
    {
      /* Whole device pixels, so the image is copied, not resampled. */
      *x = round ((self->base_origin_x - view->origin_x) * scale) / scale;
      *y = round ((self->base_origin_y - view->origin_y) * scale) / scale;

      if (*x <= 0 && *y <= 0 &&
          *x + (double) buffer->width / scale >= view->width &&
          *y + (double) buffer->height / scale >= view->height)
        {
          /* Off by a fraction of a pixel: right it once the map stops. */
          if (fabs (*x - (self->base_origin_x - view->origin_x)) * scale > 1e-3 ||
              fabs (*y - (self->base_origin_y - view->origin_y)) * scale > 1e-3)
            {
              g_clear_handle_id (&self->settle_id, g_source_remove);
              self->settle_id = g_timeout_add (SETTLE_MS, on_settled, self);
            }
          return;
        }
    }

  /* Only a pan at one zoom gets the margin: while zooming, or after any
   * other change, the next frame needs a new base anyway. */
  margin = same_zoom ? PAN_MARGIN_PX : 0;
  base = *view;
  base.origin_x -= margin;
  base.origin_y -= margin;
  base.width += 2 * margin;
  base.height += 2 * margin;

  paint_into (self, self->paint_base, &self->base, &base, scale);

  self->base_valid = TRUE;
  self->base_world_size = view->world_size;
  self->base_origin_x = base.origin_x;
  self->base_origin_y = base.origin_y;
  self->base_view_width = (int) view->width;
  self->base_view_height = (int) view->height;
  self->base_scale = scale;
  self->n_base_draws++;
  *x = *y = -margin;
}

static void
ka_paint_layer_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  KaPaintLayer *self = KA_PAINT_LAYER (widget);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = MAX (1, gtk_widget_get_scale_factor (widget));
  KaViewTransform transform;
  double x, y;

  if (width <= 0 || height <= 0)
    return;

  transform = ka_view_transform_from_viewport (viewport, width, height);

  update_base (self, &transform, scale, &x, &y);
  buffer_append_nodes (&self->base, snapshot, x, y, scale, width, height);

  paint_into (self, self->paint_top, &self->top, &transform, scale);
  buffer_append_nodes (&self->top, snapshot, 0, 0, scale, width, height);
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
ka_paint_layer_dispose (GObject *object)
{
  KaPaintLayer *self = (KaPaintLayer *)object;

  g_clear_handle_id (&self->settle_id, g_source_remove);

  G_OBJECT_CLASS (ka_paint_layer_parent_class)->dispose (object);
}

static void
ka_paint_layer_finalize (GObject *object)
{
  KaPaintLayer *self = (KaPaintLayer *)object;

  buffer_clear (&self->base);
  buffer_clear (&self->top);

  G_OBJECT_CLASS (ka_paint_layer_parent_class)->finalize (object);
}

static void
ka_paint_layer_class_init (KaPaintLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ka_paint_layer_constructed;
  object_class->dispose = ka_paint_layer_dispose;
  object_class->finalize = ka_paint_layer_finalize;

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
                    KaPaintFunc      paint_base,
                    KaPaintFunc      paint_top,
                    gpointer         user_data)
{
  KaPaintLayer *self = g_object_new (KA_TYPE_PAINT_LAYER,
                                     "viewport", viewport,
                                     NULL);

  gtk_widget_set_name (GTK_WIDGET (self), name);
  self->paint_base = paint_base;
  self->paint_top = paint_top;
  self->user_data = user_data;

  return self;
}

/**
 * ka_paint_layer_invalidate:
 *
 * Something either paint function draws has changed, beyond the
 * viewport: the base drawn for earlier frames must not be shown again.
 */
void
ka_paint_layer_invalidate (KaPaintLayer *self)
{
  g_return_if_fail (KA_IS_PAINT_LAYER (self));

  self->base_valid = FALSE;
  g_clear_handle_id (&self->settle_id, g_source_remove);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
ka_paint_layer_get_n_base_draws (KaPaintLayer *self)
{
  g_return_val_if_fail (KA_IS_PAINT_LAYER (self), 0);

  return self->n_base_draws;
}
