/* ka-symbols.h — map symbols and legend swatches, drawn from SVG resources
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "ka-layer-style.h"

G_BEGIN_DECLS

typedef enum
{
  KA_SYMBOL_FILL_JAPAN,
  KA_SYMBOL_FILL_RUSSIA,
  KA_SYMBOL_FILL_UNDIVIDED,
  KA_SYMBOL_FILL_RUSSIA_CLAIMED_BY_JAPAN,
  KA_SYMBOL_LINE_1855,
  KA_SYMBOL_LINE_1875,
  KA_SYMBOL_LINE_1905,
  KA_SYMBOL_LINE_1945,
  KA_SYMBOL_LINE_CLAIM,
  KA_SYMBOL_TOWN,
  KA_N_SYMBOLS
} KaSymbol;

/* The SVG's path in the GResource, e.g. "/io/github/…/symbols/town.svg". */
const char *ka_symbols_get_resource_path (KaSymbol           symbol);
KaSymbol    ka_symbols_for_fill          (KaFill             fill);
/* The legend line for @style, one of ka_layer_style_line_for()'s. */
KaSymbol    ka_symbols_for_line          (const KaLineStyle *style);
void        ka_symbols_draw              (cairo_t           *cr,
                                          KaSymbol           symbol,
                                          gboolean           dark,
                                          gboolean           high_contrast,
                                          double             x,
                                          double             y,
                                          double             width,
                                          double             height);

G_END_DECLS
