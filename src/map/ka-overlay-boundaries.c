/* ka-overlay-boundaries.c — the boundary lines of the chosen year, or of every year
 *
 * With every year at once, lines of different years that run along the
 * same strait are drawn side by side, each offset from the shared course,
 * so none hides another; all casings go down before any line, so no
 * casing cuts into its neighbour.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-overlay"

#include "config.h"

#include <math.h>

#include "ka-layer-style.h"
#include "ka-overlay.h"

/* Lines whose extents differ by less than this, in degrees, share a course. */
#define SAME_COURSE_DEGREES 0.02
/* Between side-by-side lines, in logical pixels beyond their widths. */
#define SIDE_BY_SIDE_GAP 1.5

static gboolean
same_course (KaBoundary *a,
             KaBoundary *b)
{
  const KaBox *x = ka_boundary_get_bbox (a);
  const KaBox *y = ka_boundary_get_bbox (b);

  return fabs (x->min_x - y->min_x) < SAME_COURSE_DEGREES && fabs (x->max_x - y->max_x) < SAME_COURSE_DEGREES &&
         fabs (x->min_y - y->min_y) < SAME_COURSE_DEGREES && fabs (x->max_y - y->max_y) < SAME_COURSE_DEGREES;
}

/**
 * ka_overlay_collect_lines:
 *
 * Returns: (transfer full): the lines the scene draws (KaDrawnLine),
 * oldest year first, each with the others that share its course.
 */
GArray *
ka_overlay_collect_lines (const KaOverlayScene *scene)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (KaDrawnLine));

  for (guint y = 0; y < KA_N_YEARS; y++)
    {
      g_autoptr(GPtrArray) boundaries = NULL;

      if (!ka_overlay_shows_year (scene, y))
        continue;

      boundaries = ka_boundary_set_get_for_year (scene->boundaries, ka_years[y]);
      for (guint i = 0; i < boundaries->len; i++)
        {
          KaDrawnLine line = { y, g_ptr_array_index (boundaries, i), lines->len, 0, 1 };

          for (guint j = 0; j < lines->len; j++)
            {
              KaDrawnLine *other = &g_array_index (lines, KaDrawnLine, j);

              if (other->group == j && same_course (line.boundary, other->boundary))
                {
                  line.group = j;
                  break;
                }
            }
          g_array_append_val (lines, line);
        }
    }

  /* Number each line within its course, and tell each how many share it. */
  for (guint i = 0; i < lines->len; i++)
    {
      KaDrawnLine *line = &g_array_index (lines, KaDrawnLine, i);

      for (guint j = 0; j < i; j++)
        if (g_array_index (lines, KaDrawnLine, j).group == line->group)
          line->rank++;
    }
  for (guint i = 0; i < lines->len; i++)
    {
      KaDrawnLine *line = &g_array_index (lines, KaDrawnLine, i);

      line->n_shared = g_array_index (lines, KaDrawnLine, line->group).rank;
      for (guint j = i + 1; j < lines->len; j++)
        if (g_array_index (lines, KaDrawnLine, j).group == line->group)
          line->n_shared = MAX (line->n_shared, g_array_index (lines, KaDrawnLine, j).rank);
      line->n_shared++;
    }

  return lines;
}

/* Adds @boundary's lines in pixels, moved @offset pixels to their left
 * (to their right when negative), along each point's normal. */
static void
append_lines (const KaOverlayScene *scene,
              cairo_t              *cr,
              KaBoundary           *boundary,
              double                offset)
{
  const KaPath *lines;
  guint n_lines;

  lines = ka_boundary_get_mercator_lines (boundary, &n_lines);

  for (guint l = 0; l < n_lines; l++)
    {
      g_autofree KaPoint *pixels = g_new (KaPoint, lines[l].n_points);
      double normal_x = 0, normal_y = 0;

      for (guint i = 0; i < lines[l].n_points; i++)
        ka_view_transform_to_pixels (&scene->transform, lines[l].points[i].x, lines[l].points[i].y,
                                     &pixels[i].x, &pixels[i].y);

      for (guint i = 0; i < lines[l].n_points; i++)
        {
          const KaPoint *before = &pixels[i > 0 ? i - 1 : i];
          const KaPoint *after = &pixels[i + 1 < lines[l].n_points ? i + 1 : i];
          double dx = after->x - before->x, dy = after->y - before->y;
          double length = hypot (dx, dy);

          /* Where points crowd into one pixel, the last normal holds. */
          if (length > 1e-6)
            {
              normal_x = dy / length;
              normal_y = -dx / length;
            }

          if (i == 0)
            cairo_move_to (cr, pixels[i].x + offset * normal_x, pixels[i].y + offset * normal_y);
          else
            cairo_line_to (cr, pixels[i].x + offset * normal_x, pixels[i].y + offset * normal_y);
        }
    }
}

static void
paint_line (const KaOverlayScene *scene,
            cairo_t              *cr,
            const KaDrawnLine    *line,
            gboolean              casing)
{
  const KaLineStyle *style = ka_layer_style_line_for (line->year_index, ka_boundary_get_kind (line->boundary));
  const KaBox *bbox = ka_boundary_get_bbox (line->boundary);
  double spacing = ka_overlay_line_spacing (scene);
  double offset = (line->rank - (line->n_shared - 1) / 2.0) * spacing;
  KaBox mercator = {
    ka_geo_lon_to_mercator_x (bbox->min_x), ka_geo_lat_to_mercator_y (bbox->max_y),
    ka_geo_lon_to_mercator_x (bbox->max_x), ka_geo_lat_to_mercator_y (bbox->min_y),
  };
  KaBox box = ka_overlay_pixel_box (scene, &mercator,
                                    ka_layer_style_casing_width (style, scene->high_contrast) * scene->scale +
                                    fabs (offset));
  cairo_t *item = ka_overlay_begin_item (scene, cr, &box);

  if (item == NULL)
    return;

  append_lines (scene, item, line->boundary, offset);
  if (casing)
    ka_layer_style_stroke_casing (item, style, scene->scale, scene->dark, scene->high_contrast);
  else
    ka_layer_style_stroke_core (item, style, scene->scale, scene->dark, scene->high_contrast);
  ka_overlay_end_item (scene, cr, item);
}

/* How far apart side-by-side lines are drawn, in pixels. */
double
ka_overlay_line_spacing (const KaOverlayScene *scene)
{
  double widest = 0;

  for (guint y = 0; y < KA_N_YEARS; y++)
    widest = MAX (widest, ka_layer_style_line_for (y, KA_BOUNDARY_KIND_BOUNDARY)->width);

  return (widest * (scene->high_contrast ? 1.5 : 1.0) + SIDE_BY_SIDE_GAP) * scene->scale;
}

void
ka_overlay_paint_boundaries (const KaOverlayScene *scene,
                             cairo_t              *cr)
{
  g_autoptr(GArray) lines = ka_overlay_collect_lines (scene);

  /* Oldest first, so the line that holds today is on top. */
  for (guint i = 0; i < lines->len; i++)
    paint_line (scene, cr, &g_array_index (lines, KaDrawnLine, i), TRUE);
  for (guint i = 0; i < lines->len; i++)
    paint_line (scene, cr, &g_array_index (lines, KaDrawnLine, i), FALSE);
}
