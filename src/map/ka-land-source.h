/* ka-land-source.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "ka-map-style.h"
#include "ka-tile-cache.h"
#include "ka-tile-renderer.h"

G_BEGIN_DECLS

#define KA_TYPE_LAND_SOURCE (ka_land_source_get_type ())

G_DECLARE_FINAL_TYPE (KaLandSource, ka_land_source, KA, LAND_SOURCE, ShumateMapSource)


KaLandSource *ka_land_source_new (KaTileRenderer *renderer,
                                  KaTileCache    *cache,
                                  gboolean        dark,
                                  gboolean        high_contrast,
                                  guint           scale_factor,
                                  gboolean        cairo_renderer);

gboolean      ka_land_source_get_dark         (KaLandSource *self);
gboolean      ka_land_source_get_high_contrast (KaLandSource *self);
guint         ka_land_source_get_scale_factor (KaLandSource *self);
guint         ka_land_source_get_n_requested  (KaLandSource *self);
guint         ka_land_source_get_n_pending    (KaLandSource *self);

G_END_DECLS
