/* ka-legend-strip.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-map-view.h"

G_BEGIN_DECLS

#define KA_TYPE_LEGEND_STRIP (ka_legend_strip_get_type ())

G_DECLARE_FINAL_TYPE (KaLegendStrip, ka_legend_strip, KA, LEGEND_STRIP, GtkWidget)

GtkWidget *ka_legend_strip_new          (void);
/* Shows @map_view's legend, as the map it explains changes. */
void       ka_legend_strip_set_map_view (KaLegendStrip *self,
                                         KaMapView     *map_view);

G_END_DECLS
