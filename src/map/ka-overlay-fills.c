/* ka-overlay-fills.c — islands coloured by their holder, and the selected one aglow
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-overlay"

#include "config.h"

#include <math.h>

#include "ka-layer-style.h"
#include "ka-overlay.h"

/* Below this size on screen an island gets a ring around it when
 * selected, or nobody would see the outline. */
#define SMALL_ISLAND_PX 14.0

/* Adds the island's rings in pixels, skipping points closer than half a
 * pixel to the last one kept: at low zoom the full-resolution shore has
 * far more points than pixels. */
static void
append_island_path (const KaOverlayScene *scene,
                    cairo_t              *cr,
                    KaIsland             *island)
{
  const KaPolygon *polygons;
  guint n_polygons;

  polygons = ka_island_get_mercator_polygons (island, &n_polygons);

  for (guint p = 0; p < n_polygons; p++)
    for (guint r = 0; r < polygons[p].n_rings; r++)
      {
        const KaPath *ring = &polygons[p].rings[r];
        double last_x, last_y;

        if (ring->n_points < 3)
          continue;

        ka_view_transform_to_pixels (&scene->transform, ring->points[0].x, ring->points[0].y,
                                     &last_x, &last_y);
        cairo_move_to (cr, last_x, last_y);

        for (guint i = 1; i < ring->n_points; i++)
          {
            double x, y;

            ka_view_transform_to_pixels (&scene->transform, ring->points[i].x, ring->points[i].y,
                                         &x, &y);
            if (fabs (x - last_x) + fabs (y - last_y) < 0.5 * scene->scale && i + 1 < ring->n_points)
              continue;

            cairo_line_to (cr, x, y);
            last_x = x;
            last_y = y;
          }
        cairo_close_path (cr);
      }
}

static gboolean
island_is_visible (const KaOverlayScene *scene,
                   KaIsland             *island,
                   const KaBox          *view)
{
  return ka_box_intersects (ka_island_get_mercator_bbox (island), view);
}

static void
fill_island (const KaOverlayScene *scene,
             cairo_t              *cr,
             KaIsland             *island)
{
  double alpha = ka_layer_style_fill_alpha (ka_island_get_kind (island) == KA_ISLAND_KIND_CONTEXT,
                                            scene->high_contrast);
  KaFill fill = ka_layer_style_fill_for (island, scene->year_index);
  KaFill previous = ka_layer_style_fill_for (island, scene->previous_year_index);

  append_island_path (scene, cr, island);

  if (previous == fill || scene->year_progress >= 1.0)
    {
      ka_layer_style_set_fill_source (cr, fill, alpha, scene->scale, scene->high_contrast,
                                      scene->transform.origin_x, scene->transform.origin_y);
      cairo_fill (cr);
      return;
    }

  /* Cross-fade from the old holder to the new one: adding the two
   * weighted fills in a group gives their mix, which then goes over the
   * map at the usual opacity. */
  cairo_push_group (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_ADD);
  ka_layer_style_set_fill_source (cr, previous, 1.0 - scene->year_progress, scene->scale,
                                  scene->high_contrast, scene->transform.origin_x, scene->transform.origin_y);
  cairo_fill_preserve (cr);
  ka_layer_style_set_fill_source (cr, fill, scene->year_progress, scene->scale, scene->high_contrast,
                                  scene->transform.origin_x, scene->transform.origin_y);
  cairo_fill (cr);
  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, alpha);
}

void
ka_overlay_paint_fills (const KaOverlayScene *scene,
                        cairo_t              *cr)
{
  KaBox view = ka_view_transform_get_mercator_bounds (&scene->transform, 8.0);
  guint n = ka_island_set_get_n_items (scene->islands);

  /* Context areas first: they are large and the islands sit beside them. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        KaIsland *island = ka_island_set_get_nth (scene->islands, i);
        gboolean is_context = ka_island_get_kind (island) == KA_ISLAND_KIND_CONTEXT;
        KaBox box;
        cairo_t *item;

        if (is_context != (pass == 0) || !island_is_visible (scene, island, &view))
          continue;

        box = ka_overlay_pixel_box (scene, ka_island_get_mercator_bbox (island), 2.0);
        item = ka_overlay_begin_item (scene, cr, &box);
        if (item == NULL)
          continue;

        cairo_set_fill_rule (item, CAIRO_FILL_RULE_EVEN_ODD);
        fill_island (scene, item, island);
        ka_overlay_end_item (scene, cr, item);
      }
}

static void
stroke_selection (const KaOverlayScene *scene,
                  cairo_t              *cr)
{
  ka_layer_style_stroke_selection (cr, scene->scale, scene->dark, scene->high_contrast);
}

static void
paint_selected_island (const KaOverlayScene *scene,
                       cairo_t              *cr,
                       const char           *island_id)
{
  KaIsland *island;
  KaBox box;
  cairo_t *item;
  double ring = SMALL_ISLAND_PX * scene->scale;

  island = ka_island_set_lookup (scene->islands, island_id);
  if (island == NULL)
    return;

  box = ka_overlay_pixel_box (scene, ka_island_get_mercator_bbox (island), 0);
  /* Room for the glow, half its widest band in high contrast. */
  ring += 12 * scene->scale;
  item = ka_overlay_begin_item (scene, cr, &(KaBox) { box.min_x - ring, box.min_y - ring,
                                                      box.max_x + ring, box.max_y + ring });
  if (item == NULL)
    return;

  append_island_path (scene, item, island);
  cairo_set_fill_rule (item, CAIRO_FILL_RULE_EVEN_ODD);
  ka_layer_style_fill_selection (item, scene->scale, scene->dark, scene->high_contrast);
  stroke_selection (scene, item);

  if (MAX (box.max_x - box.min_x, box.max_y - box.min_y) < SMALL_ISLAND_PX * scene->scale)
    {
      cairo_arc (item, (box.min_x + box.max_x) / 2.0, (box.min_y + box.max_y) / 2.0,
                 SMALL_ISLAND_PX * scene->scale, 0, 2 * G_PI);
      stroke_selection (scene, item);
    }

  ka_overlay_end_item (scene, cr, item);
}

void
ka_overlay_paint_selection (const KaOverlayScene *scene,
                            cairo_t              *cr)
{
  if (scene->selected_islands != NULL)
    {
      for (guint i = 0; scene->selected_islands[i] != NULL; i++)
        paint_selected_island (scene, cr, scene->selected_islands[i]);
    }
  else if (scene->selected_island != NULL)
    {
      paint_selected_island (scene, cr, scene->selected_island);
    }
}
