/* ka-map-style.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-map-style"

#include "config.h"

#include "ka-map-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.f, ((hex) >> 8 & 0xff) / 255.f, ((hex) & 0xff) / 255.f, 1.f }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.f, ((hex) >> 8 & 0xff) / 255.f, ((hex) & 0xff) / 255.f, (a) }

/* Contrast ratios (WCAG relative luminance): land to sea 1.9, coast to
 * land 8.2, coast to sea 4.2. */
static const KaMapStyle light_style = {
  .sea = RGB (0x86b4dc),
  .land = RGB (0xf5f0e4),
  .lake = RGB (0x9cc3e3),
  .coast = RGB (0x34495e),
  .graticule = RGBA (0x1f3d5c, 0.28f),
  .coast_width = 1.6,
  .lake_shore_width = 0.8,
  .graticule_width = 1.0,
};

/* Land to sea 2.1, coast to land 6.8, coast to sea 14. */
static const KaMapStyle dark_style = {
  .sea = RGB (0x0c1626),
  .land = RGB (0x524b40),
  .lake = RGB (0x13233a),
  .coast = RGB (0xdfe6ee),
  .graticule = RGBA (0xc8dcf0, 0.20f),
  .coast_width = 1.6,
  .lake_shore_width = 0.8,
  .graticule_width = 1.0,
};

/* High contrast keeps land and sea, which already differ in luminance,
 * and draws the coast black or white and half as wide again: coast to
 * land 18 and to sea 9.6 in the light style, coast to sea 18 and to
 * land 8.6 in the dark one. */
static const KaMapStyle light_high_contrast_style = {
  .sea = RGB (0x86b4dc),
  .land = RGB (0xf5f0e4),
  .lake = RGB (0x9cc3e3),
  .coast = RGB (0x000000),
  .graticule = RGBA (0x1f3d5c, 0.40f),
  .coast_width = 2.4,
  .lake_shore_width = 1.2,
  .graticule_width = 1.0,
};

static const KaMapStyle dark_high_contrast_style = {
  .sea = RGB (0x0c1626),
  .land = RGB (0x524b40),
  .lake = RGB (0x13233a),
  .coast = RGB (0xffffff),
  .graticule = RGBA (0xc8dcf0, 0.32f),
  .coast_width = 2.4,
  .lake_shore_width = 1.2,
  .graticule_width = 1.0,
};

/**
 * ka_map_style_get:
 * @dark: whether to get the style for a dark background
 * @high_contrast: whether the system asks for high contrast
 *
 * Returns: (transfer none): a static style.
 */
const KaMapStyle *
ka_map_style_get (gboolean dark,
                  gboolean high_contrast)
{
  if (high_contrast)
    return dark ? &dark_high_contrast_style : &light_high_contrast_style;

  return dark ? &dark_style : &light_style;
}
