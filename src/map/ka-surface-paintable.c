/* ka-surface-paintable.c — a tile image that GTK's cairo renderer draws without copying
 *
 * GTK 4.8's cairo renderer converts a GdkTexture into a new cairo surface
 * every time it draws it, which at 1920×1080 costs most of a frame. A
 * paintable that paints its cairo surface directly skips that; the map
 * source hands these out when the window renders with cairo, and plain
 * textures, which the GL renderer keeps on the GPU, otherwise. Later
 * GTK releases' cairo renderer still converts a texture at every draw
 * (gsk_texture_node_draw() downloads it each time), so this holds for
 * that renderer whatever the GTK version: remove it once the cairo
 * renderer keeps the converted surface.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-surface-paintable"

#include "config.h"

#include "ka-surface-paintable.h"

struct _KaSurfacePaintable
{
  GObject parent_instance;

  /* Owned */
  cairo_surface_t *surface;

  int width;
  int height;
};

static void paintable_iface_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KaSurfacePaintable, ka_surface_paintable, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE, paintable_iface_init))

static void
ka_surface_paintable_snapshot (GdkPaintable *paintable,
                               GdkSnapshot  *snapshot,
                               double        width,
                               double        height)
{
  KaSurfacePaintable *self = KA_SURFACE_PAINTABLE (paintable);
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (GTK_SNAPSHOT (snapshot), &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_scale (cr,
               width / cairo_image_surface_get_width (self->surface),
               height / cairo_image_surface_get_height (self->surface));
  cairo_set_source_surface (cr, self->surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_BILINEAR);
  /* Scaled, the edge pixels would blend with nothing and show seams
   * between tiles. */
  cairo_pattern_set_extend (cairo_get_source (cr), CAIRO_EXTEND_PAD);
  cairo_paint (cr);
  cairo_destroy (cr);
}

static GdkPaintableFlags
ka_surface_paintable_get_flags (GdkPaintable *paintable)
{
  return GDK_PAINTABLE_STATIC_SIZE | GDK_PAINTABLE_STATIC_CONTENTS;
}

static int
ka_surface_paintable_get_intrinsic_width (GdkPaintable *paintable)
{
  return KA_SURFACE_PAINTABLE (paintable)->width;
}

static int
ka_surface_paintable_get_intrinsic_height (GdkPaintable *paintable)
{
  return KA_SURFACE_PAINTABLE (paintable)->height;
}

static void
paintable_iface_init (GdkPaintableInterface *iface)
{
  iface->snapshot = ka_surface_paintable_snapshot;
  iface->get_flags = ka_surface_paintable_get_flags;
  iface->get_intrinsic_width = ka_surface_paintable_get_intrinsic_width;
  iface->get_intrinsic_height = ka_surface_paintable_get_intrinsic_height;
}

static void
ka_surface_paintable_finalize (GObject *object)
{
  KaSurfacePaintable *self = (KaSurfacePaintable *)object;

  g_clear_pointer (&self->surface, cairo_surface_destroy);

  G_OBJECT_CLASS (ka_surface_paintable_parent_class)->finalize (object);
}

static void
ka_surface_paintable_class_init (KaSurfacePaintableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ka_surface_paintable_finalize;
}

static void
ka_surface_paintable_init (KaSurfacePaintable *self)
{
}

/**
 * ka_surface_paintable_new:
 * @surface: an image surface, never drawn to again
 * @width: the logical size it is shown at
 * @height: likewise
 */
KaSurfacePaintable *
ka_surface_paintable_new (cairo_surface_t *surface,
                          int              width,
                          int              height)
{
  KaSurfacePaintable *self = g_object_new (KA_TYPE_SURFACE_PAINTABLE, NULL);

  self->surface = cairo_surface_reference (surface);
  self->width = width;
  self->height = height;

  return self;
}

cairo_surface_t *
ka_surface_paintable_get_surface (KaSurfacePaintable *self)
{
  g_return_val_if_fail (KA_IS_SURFACE_PAINTABLE (self), NULL);

  return self->surface;
}
