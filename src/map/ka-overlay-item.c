/* ka-overlay-item.c — drawing overlay items on a canvas or straight on a cairo_t
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-overlay"

#include "config.h"

#include <math.h>

#include "ka-overlay.h"

cairo_t *
ka_overlay_begin_item (const KaOverlayScene *scene,
                       cairo_t              *cr,
                       const KaBox          *box)
{
  KaBox view = { 0, 0, scene->transform.width, scene->transform.height };

  if (!ka_box_intersects (box, &view))
    return NULL;

  if (scene->canvas != NULL)
    return scene->canvas->begin (scene->canvas,
                                 box->min_x, box->min_y,
                                 box->max_x - box->min_x, box->max_y - box->min_y);

  cairo_save (cr);
  cairo_new_path (cr);

  return cr;
}

void
ka_overlay_end_item (const KaOverlayScene *scene,
                     cairo_t              *cr,
                     cairo_t              *item)
{
  if (item == NULL)
    return;

  if (scene->canvas != NULL)
    scene->canvas->end (scene->canvas, item);
  else
    cairo_restore (cr);
}

KaBox
ka_overlay_pixel_box (const KaOverlayScene *scene,
                      const KaBox          *mercator,
                      double                margin)
{
  KaBox box = ka_box_empty ();
  double x, y;

  ka_view_transform_to_pixels (&scene->transform, mercator->min_x, mercator->min_y, &x, &y);
  ka_box_add_point (&box, x, y);
  ka_view_transform_to_pixels (&scene->transform, mercator->max_x, mercator->max_y, &x, &y);
  ka_box_add_point (&box, x, y);

  return ka_box_expand (&box, margin);
}

gboolean
ka_overlay_shows_year (const KaOverlayScene *scene,
                       guint                 year_index)
{
  return scene->compare_years || year_index == scene->year_index;
}

/* The length in pixels of the parts of @path (Mercator) whose midpoints
 * lie in @box (pixels). */
double
ka_overlay_path_length_in (const KaOverlayScene *scene,
                           const KaPath         *path,
                           const KaBox          *box)
{
  double length = 0, last_x = 0, last_y = 0;

  for (guint i = 0; i < path->n_points; i++)
    {
      double x, y;

      ka_view_transform_to_pixels (&scene->transform, path->points[i].x, path->points[i].y, &x, &y);
      if (i > 0 && ka_box_contains_point (box, (x + last_x) / 2, (y + last_y) / 2))
        length += hypot (x - last_x, y - last_y);
      last_x = x;
      last_y = y;
    }

  return length;
}
