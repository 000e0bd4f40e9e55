/* ka-overlay-item.c — drawing overlay items on a canvas or straight on a cairo_t
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-overlay"

#include "config.h"

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
