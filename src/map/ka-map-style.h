/* ka-map-style.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gdk/gdk.h>

G_BEGIN_DECLS

/* The basemap's colours, chosen for a projector: land and sea differ in
 * luminance (so they survive washing-out, greyscale and colour-blindness)
 * and the coastline is dark on light or light on dark. */
typedef struct
{
  GdkRGBA sea;
  GdkRGBA land;
  GdkRGBA lake;
  GdkRGBA coast;
  GdkRGBA graticule;

  /* In logical pixels; drawn at this times the device scale. */
  double coast_width;
  double lake_shore_width;
  double graticule_width;
} KaMapStyle;

const KaMapStyle *ka_map_style_get (gboolean dark,
                                    gboolean high_contrast);

G_END_DECLS
