/* ka-tile-cache.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gdk/gdk.h>

G_BEGIN_DECLS

#define KA_TYPE_TILE_CACHE (ka_tile_cache_get_type ())

G_DECLARE_FINAL_TYPE (KaTileCache, ka_tile_cache, KA, TILE_CACHE, GObject)

/* Identifies one rendered tile: the same place drawn in another style or
 * at another scale is another entry. */
typedef struct
{
  guint style;       /* which KaMapStyle, and how the tile is held */
  guint scale;
  guint zoom;
  guint x;
  guint y;
} KaTileKey;

KaTileCache *ka_tile_cache_new            (gsize             budget_bytes);
GdkPaintable *ka_tile_cache_lookup        (KaTileCache      *self,
                                           const KaTileKey  *key);
void         ka_tile_cache_store          (KaTileCache      *self,
                                           const KaTileKey  *key,
                                           GdkPaintable     *paintable,
                                           gsize             size);
gsize        ka_tile_cache_get_size       (KaTileCache      *self);
gsize        ka_tile_cache_get_budget     (KaTileCache      *self);
guint        ka_tile_cache_get_n_tiles    (KaTileCache      *self);

G_END_DECLS
