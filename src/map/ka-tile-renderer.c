/* ka-tile-renderer.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-tile-renderer"

#include "config.h"

#include <math.h>

#include "ka-coast-lod.h"
#include "ka-tile-renderer.h"
#include "ka-view-transform.h"

/* Level of detail n is simplified for a world 256 * 2^n device pixels
 * wide; beyond the last one the data has no more detail to show. */
#define N_LODS 18
#define LOD_BASE_PIXELS 256.0
#define SIMPLIFY_PIXELS 0.3
/* Lakes smaller than this many device pixels are left out. */
#define MIN_WATER_PIXELS 1.5
/* Land smaller than this many device pixels is drawn as a dot the size
 * its outline would have: it looks the same and costs far less. */
#define DOT_PIXELS 2.0
/* Geometry is cut to the tile grown by this much plus the line width, so
 * that nothing cut shows and neighbouring tiles antialias alike. */
#define CLIP_MARGIN_PIXELS 3.0

struct _KaTileRenderer
{
  gatomicrefcount ref_count;

  /* Owned */
  KaCoastline *coastline;
  GMutex lod_lock;
  KaCoastLod *lods[N_LODS];
};

G_DEFINE_BOXED_TYPE (KaTileRenderer, ka_tile_renderer, ka_tile_renderer_ref, ka_tile_renderer_unref)

/* Maps normalised Mercator to the device pixels of a tile or a view. */
typedef struct
{
  double origin_x;
  double origin_y;
  double pixels;
  /* The drawn area, in device pixels from the origin. */
  double width;
  double height;
  KaBox clip;
  /* Rings smaller than this, in Mercator units, are dots. */
  double dot_extent;
} TileFrame;

/**
 * ka_tile_renderer_new:
 * @coastline: the land polygons to draw
 *
 * The renderer is immutable and may draw tiles from several threads at
 * once; it simplifies the coastline per zoom level the first time a
 * zoom level is drawn.
 *
 * Returns: (transfer full): a new renderer.
 */
KaTileRenderer *
ka_tile_renderer_new (KaCoastline *coastline)
{
  KaTileRenderer *self;

  g_return_val_if_fail (coastline != NULL, NULL);

  self = g_new0 (KaTileRenderer, 1);
  g_atomic_ref_count_init (&self->ref_count);
  g_mutex_init (&self->lod_lock);
  self->coastline = ka_coastline_ref (coastline);

  return self;
}

KaTileRenderer *
ka_tile_renderer_ref (KaTileRenderer *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ka_tile_renderer_unref (KaTileRenderer *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  for (guint i = 0; i < N_LODS; i++)
    g_clear_pointer (&self->lods[i], ka_coast_lod_free);
  g_mutex_clear (&self->lod_lock);
  g_clear_pointer (&self->coastline, ka_coastline_unref);
  g_free (self);
}

/**
 * ka_tile_renderer_get_coastline:
 *
 * Returns: (transfer none): the coastline the renderer draws.
 */
KaCoastline *
ka_tile_renderer_get_coastline (KaTileRenderer *self)
{
  return self->coastline;
}

static const KaCoastLod *
get_lod (KaTileRenderer *self,
         double          world_pixels)
{
  int lod_index = (int) ceil (log2 (world_pixels / LOD_BASE_PIXELS) - 1e-9);
  KaCoastLod *lod;

  lod_index = CLAMP (lod_index, 0, N_LODS - 1);

  lod = g_atomic_pointer_get (&self->lods[lod_index]);
  if (lod != NULL)
    return lod;

  g_mutex_lock (&self->lod_lock);
  lod = self->lods[lod_index];
  if (lod == NULL)
    {
      double lod_pixels = LOD_BASE_PIXELS * ldexp (1.0, lod_index);

      lod = ka_coast_lod_new (self->coastline,
                              SIMPLIFY_PIXELS / lod_pixels,
                              MIN_WATER_PIXELS / lod_pixels);
      g_atomic_pointer_set (&self->lods[lod_index], lod);
    }
  g_mutex_unlock (&self->lod_lock);

  return lod;
}

static inline void
frame_line_to (cairo_t          *cr,
               const TileFrame  *frame,
               const KaPoint    *p)
{
  cairo_line_to (cr,
                 (p->x - frame->origin_x) * frame->pixels,
                 (p->y - frame->origin_y) * frame->pixels);
}

static inline void
frame_move_to (cairo_t          *cr,
               const TileFrame  *frame,
               const KaPoint    *p)
{
  cairo_move_to (cr,
                 (p->x - frame->origin_x) * frame->pixels,
                 (p->y - frame->origin_y) * frame->pixels);
}

static inline KaPoint
clamp_to_box (const KaPoint *p,
              const KaBox   *box)
{
  return (KaPoint) { CLAMP (p->x, box->min_x, box->max_x), CLAMP (p->y, box->min_y, box->max_y) };
}

/* Adds the ring to the fill path, exact inside the clip box but with
 * every chunk that misses the box cut down to its end points, clamped
 * onto the box.  That keeps the fill inside the box unchanged: such a
 * chunk lies wholly beyond one side of the box, and so does the short
 * cut that replaces it, so no point inside is passed over. */
static void
add_ring_fill (cairo_t              *cr,
               const TileFrame      *frame,
               const KaCoastLodRing *ring)
{
  const KaBox *clip = &frame->clip;
  const KaPoint *points = ring->points;
  guint n_chunks = ring->n_chunks;
  gboolean first_hit, prev_hit;
  KaPoint last;

  if (clip->min_x <= ring->bbox.min_x && ring->bbox.max_x <= clip->max_x &&
      clip->min_y <= ring->bbox.min_y && ring->bbox.max_y <= clip->max_y)
    {
      frame_move_to (cr, frame, &points[0]);
      for (guint i = 1; i < ring->n_points; i++)
        frame_line_to (cr, frame, &points[i]);
      cairo_close_path (cr);
      return;
    }

  first_hit = ka_box_intersects (&ring->chunks[0].bbox, clip);
  prev_hit = ka_box_intersects (&ring->chunks[n_chunks - 1].bbox, clip);
  last = (first_hit || prev_hit) ? points[0] : clamp_to_box (&points[0], clip);
  frame_move_to (cr, frame, &last);

  for (guint c = 0; c < n_chunks; c++)
    {
      const KaCoastChunk *chunk = &ring->chunks[c];
      gboolean hit = (c == 0) ? first_hit : ka_box_intersects (&chunk->bbox, clip);

      if (hit)
        {
          for (guint i = chunk->start + 1; i <= chunk->end; i++)
            frame_line_to (cr, frame, &points[i]);
          last = points[chunk->end];
        }
      else
        {
          gboolean next_hit = (c + 1 < n_chunks)
            ? ka_box_intersects (&ring->chunks[c + 1].bbox, clip)
            : first_hit;
          KaPoint end = next_hit ? points[chunk->end] : clamp_to_box (&points[chunk->end], clip);

          if (end.x != last.x || end.y != last.y)
            {
              frame_line_to (cr, frame, &end);
              last = end;
            }
        }
    }

  cairo_close_path (cr);
}

static inline gboolean
is_part_edge (const KaBox   *region,
              const KaPoint *a,
              const KaPoint *b)
{
  return (a->x == b->x && (a->x == region->min_x || a->x == region->max_x)) ||
         (a->y == b->y && (a->y == region->min_y || a->y == region->max_y));
}

/* Adds the shore of the ring to the stroke path: only chunks that reach
 * the clip box, and never the stretches that close a ring along the edge
 * of its part of the data. */
static void
add_ring_stroke (cairo_t              *cr,
                 const TileFrame      *frame,
                 const KaCoastLodRing *ring)
{
  const KaPoint *points = ring->points;
  gboolean in_path = FALSE;
  gboolean whole = TRUE;

  for (guint c = 0; c < ring->n_chunks; c++)
    {
      const KaCoastChunk *chunk = &ring->chunks[c];

      if (!ka_box_intersects (&chunk->bbox, &frame->clip))
        {
          in_path = FALSE;
          whole = FALSE;
          continue;
        }

      if (!in_path)
        {
          frame_move_to (cr, frame, &points[chunk->start]);
          in_path = TRUE;
        }

      for (guint i = chunk->start + 1; i <= chunk->end; i++)
        {
          if (ring->touches_part_edge && is_part_edge (&ring->part_box, &points[i - 1], &points[i]))
            {
              frame_move_to (cr, frame, &points[i]);
              whole = FALSE;
            }
          else
            frame_line_to (cr, frame, &points[i]);
        }
    }

  /* A closed path joins its ends instead of capping them twice. */
  if (whole)
    cairo_close_path (cr);
}

static void
set_source (cairo_t       *cr,
            const GdkRGBA *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static inline gboolean
is_dot (const TileFrame      *frame,
        const KaCoastLodRing *ring)
{
  return ring->level % 2 == 1 &&
         ring->bbox.max_x - ring->bbox.min_x < frame->dot_extent &&
         ring->bbox.max_y - ring->bbox.min_y < frame->dot_extent;
}

static void
fill_level (cairo_t          *cr,
            const TileFrame  *frame,
            const KaCoastLod *lod,
            KaCoastlineLevel  level,
            const GdkRGBA    *color)
{
  gboolean any = FALSE;

  for (guint r = 0; r < lod->n_rings; r++)
    {
      const KaCoastLodRing *ring = &lod->rings[r];

      if (ring->level == level && ka_box_intersects (&ring->bbox, &frame->clip) &&
          !is_dot (frame, ring))
        {
          add_ring_fill (cr, frame, ring);
          any = TRUE;
        }
    }

  if (any)
    {
      set_source (cr, color);
      cairo_fill (cr);
    }
}

static void
stroke_shores (cairo_t          *cr,
               const TileFrame  *frame,
               const KaCoastLod *lod,
               gboolean          sea_shore,
               double            width)
{
  gboolean any = FALSE;

  for (guint r = 0; r < lod->n_rings; r++)
    {
      const KaCoastLodRing *ring = &lod->rings[r];

      if ((ring->level == KA_COASTLINE_LEVEL_LAND) == sea_shore &&
          ka_box_intersects (&ring->bbox, &frame->clip) &&
          !is_dot (frame, ring))
        {
          add_ring_stroke (cr, frame, ring);
          any = TRUE;
        }
    }

  if (any)
    {
      cairo_set_line_width (cr, width);
      cairo_stroke (cr);
    }
  else
    cairo_new_path (cr);
}

/* Tiny islands as squares as big as their outlined shape would be. */
static void
fill_dots (cairo_t          *cr,
           const TileFrame  *frame,
           const KaCoastLod *lod,
           double            width)
{
  gboolean any = FALSE;

  for (guint r = 0; r < lod->n_rings; r++)
    {
      const KaCoastLodRing *ring = &lod->rings[r];

      if (ka_box_intersects (&ring->bbox, &frame->clip) && is_dot (frame, ring))
        {
          double x0 = (ring->bbox.min_x - frame->origin_x) * frame->pixels - width / 2;
          double y0 = (ring->bbox.min_y - frame->origin_y) * frame->pixels - width / 2;
          double x1 = (ring->bbox.max_x - frame->origin_x) * frame->pixels + width / 2;
          double y1 = (ring->bbox.max_y - frame->origin_y) * frame->pixels + width / 2;

          cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
          any = TRUE;
        }
    }

  if (any)
    cairo_fill (cr);
}

/* Puts a line of width @width on whole device pixels, so it stays crisp. */
static double
snap_line (double position,
           double width)
{
  double half = round (width) / 2.0;

  return round (position - half) + half;
}

/* The finest of 1°, 2°, 5° and 10° with lines at least this far apart. */
#define GRATICULE_MIN_GAP 60.0

static double
graticule_step (double pixels_per_degree)
{
  static const double steps[] = { 1.0, 2.0, 5.0 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * pixels_per_degree >= GRATICULE_MIN_GAP)
      return steps[i];

  return 10.0;
}

static void
draw_graticule (cairo_t          *cr,
                const TileFrame  *frame,
                const KaMapStyle *style,
                double            scale)
{
  double width = MAX (1.0, round (style->graticule_width * scale));
  double step = graticule_step (frame->pixels / 360.0 / scale);
  double west = ka_geo_mercator_x_to_lon (frame->origin_x);
  double east = ka_geo_mercator_x_to_lon (frame->origin_x + frame->width / frame->pixels);
  double north = ka_geo_mercator_y_to_lat (frame->origin_y);
  double south = ka_geo_mercator_y_to_lat (frame->origin_y + frame->height / frame->pixels);

  for (double lon = ceil (west / step) * step; lon <= east; lon += step)
    {
      double x = snap_line ((ka_geo_lon_to_mercator_x (lon) - frame->origin_x) * frame->pixels, width);

      cairo_move_to (cr, x, 0);
      cairo_line_to (cr, x, frame->height);
    }

  for (double lat = ceil (south / step) * step; lat <= north; lat += step)
    {
      double y = snap_line ((ka_geo_lat_to_mercator_y (lat) - frame->origin_y) * frame->pixels, width);

      cairo_move_to (cr, 0, y);
      cairo_line_to (cr, frame->width, y);
    }

  set_source (cr, &style->graticule);
  cairo_set_line_width (cr, width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_stroke (cr);
}

/* Sets the clip box and the dot size of a frame whose origin, pixels
 * and size are known. */
static void
frame_finish (TileFrame        *frame,
              const KaMapStyle *style,
              double            scale)
{
  double margin = (CLIP_MARGIN_PIXELS + style->coast_width) * scale / frame->pixels;

  frame->clip = (KaBox) {
    frame->origin_x - margin,
    frame->origin_y - margin,
    frame->origin_x + frame->width / frame->pixels + margin,
    frame->origin_y + frame->height / frame->pixels + margin,
  };
  frame->dot_extent = DOT_PIXELS / frame->pixels;
}

/* Draws the frame's area in @cr's user space, which must be the frame's
 * device pixels from (0, 0) to (width, height). */
static void
draw_frame (KaTileRenderer   *self,
            cairo_t          *cr,
            const KaMapStyle *style,
            const TileFrame  *frame,
            double            scale)
{
  const KaCoastLod *lod = get_lod (self, frame->pixels);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, frame->width, frame->height);
  cairo_clip (cr);
  cairo_new_path (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);

  set_source (cr, &style->sea);
  cairo_paint (cr);

  fill_level (cr, frame, lod, KA_COASTLINE_LEVEL_LAND, &style->land);
  fill_level (cr, frame, lod, KA_COASTLINE_LEVEL_LAKE, &style->lake);
  fill_level (cr, frame, lod, KA_COASTLINE_LEVEL_ISLAND_IN_LAKE, &style->land);
  fill_level (cr, frame, lod, KA_COASTLINE_LEVEL_POND, &style->lake);

  draw_graticule (cr, frame, style, scale);

  /* Bevel joins look the same as round ones on lines this thin, cost less
   * and never spike; round caps close the gap where a shore meets the
   * edge of a part of the data and goes on in the next.  A shore line is
   * under two pixels wide, and cairo's 4 × 4 sampled antialiasing draws it
   * as smoothly as the finer default (side by side at 6× no difference
   * shows) in little more than half the time: at zoom 3 to 5, where one
   * tile holds the whole Sea of Okhotsk's shore, the stroke is most of a
   * tile's cost. */
  set_source (cr, &style->coast);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  stroke_shores (cr, frame, lod, FALSE, style->lake_shore_width * scale);
  stroke_shores (cr, frame, lod, TRUE, style->coast_width * scale);
  fill_dots (cr, frame, lod, style->coast_width * scale);

  cairo_restore (cr);
}

/**
 * ka_tile_renderer_draw:
 * @self: a #KaTileRenderer
 * @cr: where to draw; the tile fills (0, 0) to (@tile_size * @scale,
 *   @tile_size * @scale) with @cr's matrix reset, which on an image
 *   surface without a device scale are its pixels
 * @style: the colours
 * @zoom: the zoom level
 * @x: the tile's column
 * @y: the tile's row
 * @tile_size: the tile's size in logical pixels
 * @scale: device pixels per logical pixel
 *
 * Draws the Web Mercator tile (@zoom, @x, @y): sea, land and lakes, a
 * graticule and the shore lines.  The same tile always gives the same
 * pixels.
 */
void
ka_tile_renderer_draw (KaTileRenderer   *self,
                       cairo_t          *cr,
                       const KaMapStyle *style,
                       guint             zoom,
                       guint             x,
                       guint             y,
                       guint             tile_size,
                       double            scale)
{
  double size = tile_size * scale;
  double tiles = ldexp (1.0, zoom);
  TileFrame frame;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (tile_size > 0 && scale > 0.0);

  frame.pixels = size * tiles;
  frame.origin_x = x / tiles;
  frame.origin_y = y / tiles;
  frame.width = size;
  frame.height = size;
  frame_finish (&frame, style, scale);

  cairo_save (cr);
  cairo_identity_matrix (cr);
  draw_frame (self, cr, style, &frame, scale);
  cairo_restore (cr);
}

/**
 * ka_tile_renderer_draw_view:
 * @self: a #KaTileRenderer
 * @cr: where to draw, in user space units of @view's pixels: the view
 *   fills (0, 0) to (@view->width, @view->height)
 * @style: the colours
 * @view: the part of the map to draw, in device pixels
 * @scale: device pixels per logical pixel, for the line widths
 *
 * Draws any view of the basemap as the tiles would show it, in one
 * piece: on a vector surface (SVG, PDF) the land, shores and graticule
 * stay vector paths.
 */
void
ka_tile_renderer_draw_view (KaTileRenderer        *self,
                            cairo_t               *cr,
                            const KaMapStyle      *style,
                            const KaViewTransform *view,
                            double                 scale)
{
  TileFrame frame;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (view != NULL && view->world_size > 0.0);
  g_return_if_fail (scale > 0.0);

  frame.pixels = view->world_size;
  frame.origin_x = view->origin_x / view->world_size;
  frame.origin_y = view->origin_y / view->world_size;
  frame.width = view->width;
  frame.height = view->height;
  frame_finish (&frame, style, scale);

  draw_frame (self, cr, style, &frame, scale);
}
