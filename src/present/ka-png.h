/* ka-png.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

cairo_status_t ka_png_write (cairo_surface_t    *surface,
                             cairo_write_func_t  write,
                             void               *closure);

G_END_DECLS
