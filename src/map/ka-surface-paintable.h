/* ka-surface-paintable.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KA_TYPE_SURFACE_PAINTABLE (ka_surface_paintable_get_type ())

G_DECLARE_FINAL_TYPE (KaSurfacePaintable, ka_surface_paintable, KA, SURFACE_PAINTABLE, GObject)

KaSurfacePaintable *ka_surface_paintable_new         (cairo_surface_t    *surface,
                                                      int                 width,
                                                      int                 height);
cairo_surface_t    *ka_surface_paintable_get_surface (KaSurfacePaintable *self);

G_END_DECLS
