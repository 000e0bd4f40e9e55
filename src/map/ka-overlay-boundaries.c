/* ka-overlay-boundaries.c — the boundary lines of the chosen year, or of every year
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-overlay"

#include "config.h"

#include "ka-layer-style.h"
#include "ka-overlay.h"

static void
append_lines (const KaOverlayScene *scene,
              cairo_t              *cr,
              KaBoundary           *boundary)
{
  const KaPath *lines;
  guint n_lines;

  lines = ka_boundary_get_mercator_lines (boundary, &n_lines);

  for (guint l = 0; l < n_lines; l++)
    for (guint i = 0; i < lines[l].n_points; i++)
      {
        double x, y;

        ka_view_transform_to_pixels (&scene->transform, lines[l].points[i].x, lines[l].points[i].y,
                                     &x, &y);
        if (i == 0)
          cairo_move_to (cr, x, y);
        else
          cairo_line_to (cr, x, y);
      }
}

static void
paint_year (const KaOverlayScene *scene,
            cairo_t              *cr,
            guint                 year_index)
{
  g_autoptr(GPtrArray) boundaries = ka_boundary_set_get_for_year (scene->boundaries,
                                                                  ka_years[year_index]);

  for (guint i = 0; i < boundaries->len; i++)
    {
      KaBoundary *boundary = g_ptr_array_index (boundaries, i);
      const KaLineStyle *style = ka_layer_style_line_for (year_index, ka_boundary_get_kind (boundary));
      const KaBox *bbox = ka_boundary_get_bbox (boundary);
      KaBox mercator = {
        ka_geo_lon_to_mercator_x (bbox->min_x), ka_geo_lat_to_mercator_y (bbox->max_y),
        ka_geo_lon_to_mercator_x (bbox->max_x), ka_geo_lat_to_mercator_y (bbox->min_y),
      };
      KaBox box = ka_overlay_pixel_box (scene, &mercator,
                                        ka_layer_style_casing_width (style, scene->high_contrast) * scene->scale);
      cairo_t *item = ka_overlay_begin_item (scene, cr, &box);

      if (item == NULL)
        continue;

      append_lines (scene, item, boundary);
      ka_layer_style_stroke_line (item, style, scene->scale, scene->dark, scene->high_contrast);
      ka_overlay_end_item (scene, cr, item);
    }
}

void
ka_overlay_paint_boundaries (const KaOverlayScene *scene,
                             cairo_t              *cr)
{
  if (scene->compare_years)
    {
      /* Oldest first, so the line that holds today is on top. */
      for (guint i = 0; i < KA_N_YEARS; i++)
        paint_year (scene, cr, i);
    }
  else
    {
      paint_year (scene, cr, scene->year_index);
    }
}
