/* ka-layer-style.h — how holders and boundary years look on the map
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gdk/gdk.h>

#include "ka-boundary.h"
#include "ka-island.h"

G_BEGIN_DECLS

/* What an island's fill says in a year: colour alone never carries it,
 * each has its own texture too. */
typedef enum
{
  KA_FILL_JAPAN,
  KA_FILL_RUSSIA,
  KA_FILL_UNDIVIDED,
  KA_FILL_RUSSIA_CLAIMED_BY_JAPAN,
  KA_N_FILLS
} KaFill;

typedef struct
{
  GdkRGBA colour;
  double width;            /* logical pixels */
  double dashes[4];        /* in multiples of width; n_dashes 0 is solid */
  guint n_dashes;
  cairo_line_cap_t cap;
} KaLineStyle;

KaFill             ka_layer_style_fill_for          (KaIsland          *island,
                                                     guint              year_index);
const char        *ka_layer_style_fill_label        (KaFill             fill);
const GdkRGBA     *ka_layer_style_fill_colour       (KaFill             fill);
/* Sets @cr's source to the fill's colour and texture at @alpha; @scale
 * enlarges the texture beyond the user space's own (for export). The
 * texture is anchored to the map: (@origin_x, @origin_y) is the world
 * pixel at the user space's origin (0, 0 where there is no map). */
void               ka_layer_style_set_fill_source   (cairo_t           *cr,
                                                     KaFill             fill,
                                                     double             alpha,
                                                     double             scale,
                                                     gboolean           high_contrast,
                                                     double             origin_x,
                                                     double             origin_y);
/* How opaque an island's fill is: its holder must show through, and in
 * high contrast it must show more. */
double             ka_layer_style_fill_alpha        (gboolean           context_area,
                                                     gboolean           high_contrast);
const KaLineStyle *ka_layer_style_line_for          (guint              year_index,
                                                     KaBoundaryKind     kind);
/* Strokes the current path as @style at @scale, over a light casing
 * that keeps it visible on land and on sea; in high contrast both are
 * wider and the casing opaque. */
void               ka_layer_style_stroke_line       (cairo_t           *cr,
                                                     const KaLineStyle *style,
                                                     double             scale,
                                                     gboolean           dark,
                                                     gboolean           high_contrast);
double             ka_layer_style_casing_width      (const KaLineStyle *style,
                                                     gboolean           high_contrast);
/* The two halves of ka_layer_style_stroke_line(): the casing keeps the
 * path, the line clears it. */
void               ka_layer_style_stroke_casing     (cairo_t           *cr,
                                                     const KaLineStyle *style,
                                                     double             scale,
                                                     gboolean           dark,
                                                     gboolean           high_contrast);
void               ka_layer_style_stroke_core       (cairo_t           *cr,
                                                     const KaLineStyle *style,
                                                     double             scale,
                                                     gboolean           dark,
                                                     gboolean           high_contrast);
/* The colour of a line's label: the line's own. */
const GdkRGBA     *ka_layer_style_line_text_colour  (const KaLineStyle *style,
                                                     gboolean           dark,
                                                     gboolean           high_contrast);
/* The selected island: a translucent accent wash over the current path
 * (kept), and a soft accent glow along it (cleared), unlike any line. */
void               ka_layer_style_fill_selection    (cairo_t           *cr,
                                                     double             scale,
                                                     gboolean           dark,
                                                     gboolean           high_contrast);
void               ka_layer_style_stroke_selection  (cairo_t           *cr,
                                                     double             scale,
                                                     gboolean           dark,
                                                     gboolean           high_contrast);
const GdkRGBA     *ka_layer_style_selection_colour  (void);
const GdkRGBA     *ka_layer_style_halo_colour       (gboolean           dark,
                                                     gboolean           high_contrast);
const GdkRGBA     *ka_layer_style_text_colour       (gboolean           dark,
                                                     gboolean           high_contrast);
/* The halo around map text of @size_px: its width and its opacity. */
double             ka_layer_style_halo_width        (double             size_px,
                                                     gboolean           high_contrast);
double             ka_layer_style_halo_alpha        (gboolean           high_contrast);
double             ka_layer_style_reference_alpha   (gboolean           high_contrast);

G_END_DECLS
