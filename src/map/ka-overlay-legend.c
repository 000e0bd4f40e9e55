/* ka-overlay-legend.c — what the fills and lines mean, in the map's corner
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-overlay"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ka-layer-style.h"
#include "ka-map-style.h"
#include "ka-overlay.h"
#include "ka-places.h"
#include "ka-symbols.h"

#define MARGIN 12.0
#define PADDING 10.0
#define ROW_GAP 4.0
#define SWATCH_WIDTH 30.0
#define SWATCH_HEIGHT 17.0
#define SWATCH_GAP 9.0
/* The most of the map the legend covers, where it can shrink to that. */
#define LEGEND_SHARE 0.11

/* Legend rows whose swatches are drawn here, not symbols: the
 * selection's glow, the neighbouring lands' pale fills, and the land
 * the atlas leaves uncoloured. */
#define SELECTION_SWATCH KA_N_SYMBOLS
#define NEIGHBOUR_SWATCH (KA_N_SYMBOLS + 1)
#define OTHER_LAND_SWATCH (KA_N_SYMBOLS + 2)

typedef struct
{
  KaSymbol symbol;
  /* Below 1 for a muted entry: a town drawn only for reference. */
  double alpha;
  char *text;
} LegendRow;

static void
legend_row_clear (gpointer data)
{
  LegendRow *row = data;

  g_free (row->text);
}

/* Whether the layer draws a town in view by its name of today, muted. */
static gboolean
has_reference_town (const KaOverlayScene *scene)
{
  const KaPlaces *places = ka_places_get_default ();
  KaBox view = ka_view_transform_get_mercator_bounds (&scene->transform, 0);

  for (guint i = 0; i < ka_places_get_n_places (places); i++)
    {
      g_autofree char *name = NULL;
      gboolean reference;
      double lat, lon;

      ka_places_get_position (places, i, &lat, &lon);
      if (!ka_box_contains_point (&view, ka_geo_lon_to_mercator_x (lon), ka_geo_lat_to_mercator_y (lat)))
        continue;
      name = ka_places_dup_name (places, i, scene->year_index, scene->naming, KA_SCRIPT_LATIN, &reference);
      if (reference)
        return TRUE;
    }

  return FALSE;
}

static GArray *
collect_rows (const KaOverlayScene *scene)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (LegendRow));
  gboolean used[KA_N_FILLS] = { FALSE };
  gboolean has_claim = FALSE;

  g_array_set_clear_func (rows, legend_row_clear);

  for (guint i = 0; i < ka_island_set_get_n_items (scene->islands); i++)
    used[ka_layer_style_fill_for (ka_island_set_get_nth (scene->islands, i), scene->year_index)] = TRUE;

  for (guint f = 0; f < KA_N_FILLS; f++)
    if (used[f])
      {
        /* The legend speaks of its year: before 1945 Russia's holdings
         * were the Empire's, not the USSR's. */
        const char *text = f == KA_FILL_RUSSIA && ka_years[scene->year_index] < 1945 ?
                           _("Russian Empire") : ka_layer_style_fill_label (f);
        LegendRow row = { ka_symbols_for_fill (f), 1.0, g_strdup (text) };
        g_array_append_val (rows, row);
      }

  {
    /* Translators: a legend entry: Hokkaido, Sakhalin and Kamchatka are
     * coloured by their holder, paler than the Kurils */
    LegendRow neighbours = { NEIGHBOUR_SWATCH, 1.0, g_strdup (_("Neighbouring land, paler, by holder")) };
    /* Translators: a legend entry for the mainland and Honshu, which the
     * atlas does not colour by holder */
    LegendRow other = { OTHER_LAND_SWATCH, 1.0, g_strdup (_("Other land, not coloured by holder")) };

    g_array_append_val (rows, neighbours);
    g_array_append_val (rows, other);
  }

  for (guint y = 0; y < KA_N_YEARS; y++)
    {
      g_autoptr(GPtrArray) boundaries = NULL;

      if (!ka_overlay_shows_year (scene, y))
        continue;

      boundaries = ka_boundary_set_get_for_year (scene->boundaries, ka_years[y]);
      for (guint i = 0; i < boundaries->len; i++)
        if (ka_boundary_get_kind (g_ptr_array_index (boundaries, i)) == KA_BOUNDARY_KIND_CLAIM)
          has_claim = TRUE;

      {
        /* Translators: a legend entry, the boundary line of that year */
        LegendRow row = { ka_symbols_for_line (ka_layer_style_line_for (y, KA_BOUNDARY_KIND_BOUNDARY)), 1.0,
                          g_strdup_printf (_("Boundary of %u"), ka_years[y]) };
        g_array_append_val (rows, row);
      }
    }

  if (has_claim)
    {
      LegendRow row = { ka_symbols_for_line (ka_layer_style_line_for (KA_N_YEARS - 1, KA_BOUNDARY_KIND_CLAIM)), 1.0,
                        g_strdup (_("Frontier claimed by Japan")) };
      g_array_append_val (rows, row);
    }

  if (scene->selected_island != NULL && ka_island_set_lookup (scene->islands, scene->selected_island) != NULL)
    {
      /* Translators: a legend entry for the island selected on the map */
      LegendRow row = { SELECTION_SWATCH, 1.0, g_strdup (_("Selected")) };
      g_array_append_val (rows, row);
    }

  if (has_reference_town (scene))
    {
      /* Translators: a legend entry for towns drawn muted on an early layer,
       * where they did not exist under a name of the time; they carry today's */
      LegendRow row = { KA_SYMBOL_TOWN, ka_layer_style_reference_alpha (scene->high_contrast),
                        g_strdup (_("Present-day town, for reference")) };
      g_array_append_val (rows, row);
    }

  return rows;
}

static PangoLayout *
make_layout (const KaOverlayScene *scene,
             PangoContext         *context,
             const char           *text,
             double                size,
             double                unit,
             gboolean              bold)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, scene->font_family ? scene->font_family : "Cantarell, sans-serif");
  pango_font_description_set_absolute_size (font, size * unit * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_MEDIUM);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static char *
legend_title (const KaOverlayScene *scene)
{
  if (scene->compare_years)
    return g_strdup_printf (_("Boundaries %u–%u · holders in %u"),
                            ka_years[0], ka_years[KA_N_YEARS - 1], ka_years[scene->year_index]);

  /* Translators: the legend's title, e.g. "Holders in 1875" */
  return g_strdup_printf (_("Holders in %u"), ka_years[scene->year_index]);
}

/* How much of what the map shows lies under @box: the length of shore and
 * of boundary line inside it, a Kuril island's shore and a line counting
 * more than the coast of a neighbouring land. */
static double
covered_ink (const KaOverlayScene *scene,
             const KaBox          *box)
{
  g_autoptr(GArray) lines = ka_overlay_collect_lines (scene);
  double ink = 0;

  for (guint i = 0; i < ka_island_set_get_n_items (scene->islands); i++)
    {
      KaIsland *island = ka_island_set_get_nth (scene->islands, i);
      double weight = ka_island_get_kind (island) == KA_ISLAND_KIND_CONTEXT ? 1.0 : 4.0;
      KaBox pixels = ka_overlay_pixel_box (scene, ka_island_get_mercator_bbox (island), 0);
      const KaPolygon *polygons;
      guint n_polygons;

      if (!ka_box_intersects (&pixels, box))
        continue;

      polygons = ka_island_get_mercator_polygons (island, &n_polygons);
      for (guint p = 0; p < n_polygons; p++)
        for (guint r = 0; r < polygons[p].n_rings; r++)
          ink += weight * ka_overlay_path_length_in (scene, &polygons[p].rings[r], box);
    }

  for (guint i = 0; i < lines->len; i++)
    {
      const KaPath *paths;
      guint n_paths;

      paths = ka_boundary_get_mercator_lines (g_array_index (lines, KaDrawnLine, i).boundary, &n_paths);
      for (guint p = 0; p < n_paths; p++)
        ink += 8.0 * ka_overlay_path_length_in (scene, &paths[p], box);
    }

  return ink;
}

/* Moves @box off the widgets over the map, away from the edge it hugs;
 * returns whether it still fits the view. */
static gboolean
avoid_reserved (const KaOverlayScene *scene,
                KaBox                *box,
                gboolean              from_bottom,
                double                margin)
{
  for (guint moved = 0; moved <= scene->n_reserved; moved++)
    {
      gboolean clear = TRUE;

      for (guint i = 0; i < scene->n_reserved; i++)
        {
          const KaBox *reserved = &scene->reserved[i];
          double shift;

          if (!ka_box_intersects (box, reserved))
            continue;

          clear = FALSE;
          shift = from_bottom ? reserved->min_y - margin - box->max_y : reserved->max_y + margin - box->min_y;
          box->min_y += shift;
          box->max_y += shift;
        }

      if (clear)
        return box->min_y >= 0 && box->max_y <= scene->transform.height;
    }

  return FALSE;
}

/* The corner where the legend hides least of the map: the first one, top
 * left, unless another hides less. */
static KaBox
place_legend (const KaOverlayScene *scene,
              double                width,
              double                height,
              double                margin)
{
  double right = scene->transform.width - margin - width;
  double bottom = scene->transform.height - margin - height;
  const double corners[][2] = { { margin, margin }, { margin, bottom }, { right, bottom }, { right, margin } };
  KaBox best = { margin, margin, margin + width, margin + height };
  double best_ink = G_MAXDOUBLE;

  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    {
      KaBox box = { corners[i][0], corners[i][1], corners[i][0] + width, corners[i][1] + height };
      double ink;

      if (!avoid_reserved (scene, &box, corners[i][1] > margin, margin))
        continue;

      ink = covered_ink (scene, &box);
      /* A clear winner only: a legend that wanders for a few pixels of
       * shore would jump about as the map pans. */
      if (ink < best_ink * 0.8 || best_ink == G_MAXDOUBLE)
        {
          best = box;
          best_ink = ink;
        }
    }

  return best;
}

/* @row's sample of what the map draws, at @x, @y. */
static void
draw_swatch (const KaOverlayScene *scene,
             cairo_t              *cr,
             const LegendRow      *row,
             double                x,
             double                y,
             double                unit)
{
  if (row->symbol == NEIGHBOUR_SWATCH || row->symbol == OTHER_LAND_SWATCH)
    {
      const KaMapStyle *map = ka_map_style_get (scene->dark, scene->high_contrast);
      double alpha = ka_layer_style_fill_alpha (TRUE, scene->high_contrast);
      double half = SWATCH_WIDTH / 2 * unit;

      /* The basemap's land, then for neighbours the year's two
       * holders over it as the map fills them. */
      cairo_save (cr);
      cairo_rectangle (cr, x, y, SWATCH_WIDTH * unit, SWATCH_HEIGHT * unit);
      gdk_cairo_set_source_rgba (cr, &map->land);
      cairo_fill_preserve (cr);
      if (row->symbol == NEIGHBOUR_SWATCH)
        {
          cairo_new_path (cr);
          cairo_rectangle (cr, x, y, half, SWATCH_HEIGHT * unit);
          ka_layer_style_set_fill_source (cr, KA_FILL_JAPAN, alpha, unit, scene->high_contrast, 0, 0);
          cairo_fill (cr);
          cairo_rectangle (cr, x + half, y, half, SWATCH_HEIGHT * unit);
          ka_layer_style_set_fill_source (cr, KA_FILL_RUSSIA, alpha, unit, scene->high_contrast, 0, 0);
          cairo_fill (cr);
          cairo_rectangle (cr, x, y, SWATCH_WIDTH * unit, SWATCH_HEIGHT * unit);
        }
      gdk_cairo_set_source_rgba (cr, &map->coast);
      cairo_set_line_width (cr, 1.0 * unit);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  else if (row->symbol == SELECTION_SWATCH)
    {
      /* Drawn by the map's own selection painter, at half its size
       * so the glow fits the swatch. */
      cairo_save (cr);
      cairo_rectangle (cr, x + 4 * unit, y + 3 * unit, (SWATCH_WIDTH - 8) * unit, (SWATCH_HEIGHT - 6) * unit);
      ka_layer_style_fill_selection (cr, 0.4 * unit, scene->dark, scene->high_contrast);
      ka_layer_style_stroke_selection (cr, 0.4 * unit, scene->dark, scene->high_contrast);
      cairo_restore (cr);
    }
  else if (row->symbol == KA_SYMBOL_TOWN)
    {
      /* The town's dot at its size on the map, not stretched to a swatch. */
      cairo_push_group (cr);
      ka_symbols_draw (cr, row->symbol, scene->dark, scene->high_contrast,
                       x + (SWATCH_WIDTH - 9.0) / 2 * unit, y + (SWATCH_HEIGHT - 9.0) / 2 * unit,
                       9.0 * unit, 9.0 * unit);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, row->alpha);
    }
  else
    {
      ka_symbols_draw (cr, row->symbol, scene->dark, scene->high_contrast,
                       x, y, SWATCH_WIDTH * unit, SWATCH_HEIGHT * unit);
    }
}

/* Lays the legend out; draws it too when @cr is not %NULL. */
static KaBox
layout_legend (const KaOverlayScene *scene,
               PangoContext         *context,
               double                unit,
               cairo_t              *cr)
{
  g_autoptr(GArray) rows = collect_rows (scene);
  g_autofree char *title = legend_title (scene);
  g_autoptr(PangoLayout) title_layout = make_layout (scene, context, title, 15, unit, TRUE);
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  double width, height, x, y;
  KaBox place;
  int text_width, text_height;
  const GdkRGBA *halo = ka_layer_style_halo_colour (scene->dark, scene->high_contrast);
  const GdkRGBA *text = ka_layer_style_text_colour (scene->dark, scene->high_contrast);

  pango_layout_get_pixel_size (title_layout, &text_width, &text_height);
  width = text_width;
  height = text_height + ROW_GAP * unit;

  for (guint i = 0; i < rows->len; i++)
    {
      PangoLayout *layout = make_layout (scene, context, g_array_index (rows, LegendRow, i).text, 13, unit, FALSE);

      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      width = MAX (width, (SWATCH_WIDTH + SWATCH_GAP) * unit + text_width);
      height += MAX (text_height, SWATCH_HEIGHT * unit) + ROW_GAP * unit;
      g_ptr_array_add (layouts, layout);
    }

  width += 2 * PADDING * unit;
  height += 2 * PADDING * unit - ROW_GAP * unit;
  place = place_legend (scene, width, height, MARGIN * unit);

  if (cr == NULL)
    return place;

  cairo_save (cr);

  x = place.min_x;
  y = place.min_y;
  cairo_new_path (cr);
  cairo_arc (cr, x + width - 8 * unit, y + 8 * unit, 8 * unit, -G_PI / 2, 0);
  cairo_arc (cr, x + width - 8 * unit, y + height - 8 * unit, 8 * unit, 0, G_PI / 2);
  cairo_arc (cr, x + 8 * unit, y + height - 8 * unit, 8 * unit, G_PI / 2, G_PI);
  cairo_arc (cr, x + 8 * unit, y + 8 * unit, 8 * unit, G_PI, 1.5 * G_PI);
  cairo_close_path (cr);
  /* In high contrast nothing of the map shows through, and the border is solid. */
  cairo_set_source_rgba (cr, halo->red, halo->green, halo->blue, scene->high_contrast ? 1.0 : 0.92);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, text->red, text->green, text->blue, scene->high_contrast ? 1.0 : 0.25);
  cairo_set_line_width (cr, 1.0 * scene->scale);
  cairo_stroke (cr);

  x += PADDING * unit;
  y += PADDING * unit;
  cairo_set_source_rgba (cr, text->red, text->green, text->blue, 1.0);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, title_layout);
  pango_layout_get_pixel_size (title_layout, &text_width, &text_height);
  y += text_height + ROW_GAP * unit;

  for (guint i = 0; i < rows->len; i++)
    {
      const LegendRow *row = &g_array_index (rows, LegendRow, i);
      PangoLayout *layout = g_ptr_array_index (layouts, i);
      double row_height;
      double swatch_y;

      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      row_height = MAX (text_height, SWATCH_HEIGHT * unit);
      swatch_y = y + (row_height - SWATCH_HEIGHT * unit) / 2;

      draw_swatch (scene, cr, row, x, swatch_y, unit);

      cairo_set_source_rgba (cr, text->red, text->green, text->blue, row->alpha);
      cairo_move_to (cr, x + (SWATCH_WIDTH + SWATCH_GAP) * unit, y + (row_height - text_height) / 2);
      pango_cairo_show_layout (cr, layout);
      y += row_height + ROW_GAP * unit;
    }

  cairo_restore (cr);

  return place;
}

/* The legend's size: as large as the labels, unless that would cover
 * more than its share of the map, then smaller, down to the size it has
 * in the window. */
static double
fit_unit (const KaOverlayScene *scene,
          PangoContext         *context)
{
  double unit = scene->text_scale * scene->scale;
  KaBox box = layout_legend (scene, context, unit, NULL);
  double share = (box.max_x - box.min_x) * (box.max_y - box.min_y) /
                 MAX (1.0, scene->transform.width * scene->transform.height);

  if (share <= LEGEND_SHARE)
    return unit;

  return MAX (scene->scale, unit * sqrt (LEGEND_SHARE / share));
}

KaBox
ka_overlay_measure_legend (const KaOverlayScene *scene,
                           PangoContext         *context)
{
  return layout_legend (scene, context, fit_unit (scene, context), NULL);
}

void
ka_overlay_paint_legend (const KaOverlayScene *scene,
                         cairo_t              *cr,
                         PangoContext         *context)
{
  double unit = fit_unit (scene, context);
  KaBox box = layout_legend (scene, context, unit, NULL);
  cairo_t *item;

  item = ka_overlay_begin_item (scene, cr, &box);
  if (item == NULL)
    return;

  /* The legend is read back with the labels, under its title. */
  if (scene->placed_labels != NULL)
    {
      KaPlacedLabel label = { legend_title (scene), box };

      g_array_append_val (scene->placed_labels, label);
    }

  layout_legend (scene, context, unit, item);
  ka_overlay_end_item (scene, cr, item);
}

/* The legend as one run of entries, wrapped to @width: its title, then
 * each sample and its words, in light text for a dark strip. Lays out,
 * and draws too when @cr is not %NULL; returns the height it takes. */
double
ka_overlay_paint_legend_strip (const KaOverlayScene *scene,
                               cairo_t              *cr,
                               PangoContext         *context,
                               double                width)
{
  g_autoptr(GArray) rows = collect_rows (scene);
  g_autofree char *title = legend_title (scene);
  /* A little smaller than in the map's corner: the strip is read from
   * the same distance, but every line of it takes height from the map. */
  double unit = 0.85 * scene->text_scale * scene->scale;
  double entry_gap = 2 * SWATCH_GAP * unit;
  double x = 0, y = 0, line_height = 0;
  const GdkRGBA *plate = ka_layer_style_halo_colour (scene->dark, scene->high_contrast);

  for (guint i = 0; i <= rows->len; i++)
    {
      const LegendRow *row = i > 0 ? &g_array_index (rows, LegendRow, i - 1) : NULL;
      g_autoptr(PangoLayout) layout = make_layout (scene, context, row ? row->text : title, 15, unit, row == NULL);
      double swatch_width = row ? (SWATCH_WIDTH + SWATCH_GAP) * unit : 0;
      double entry_height;
      int text_width, text_height;

      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      entry_height = MAX (text_height, (SWATCH_HEIGHT + 2) * unit);

      /* A new line when this entry would run past the end of this one. */
      if (x > 0 && x + swatch_width + text_width > width)
        {
          x = 0;
          y += line_height + 2 * unit;
          line_height = 0;
        }

      if (cr != NULL)
        {
          double swatch_y = y + (entry_height - SWATCH_HEIGHT * unit) / 2;

          if (row != NULL)
            {
              /* On a plate of the map's halo colour: a black line or a
               * dark fill would be lost on the strip itself. */
              cairo_rectangle (cr, x - 2 * unit, swatch_y - 2 * unit, (SWATCH_WIDTH + 4) * unit, (SWATCH_HEIGHT + 4) * unit);
              gdk_cairo_set_source_rgba (cr, plate);
              cairo_fill (cr);
              draw_swatch (scene, cr, row, x, swatch_y, unit);
            }

          cairo_set_source_rgba (cr, 1, 1, 1, row ? row->alpha : 1.0);
          cairo_move_to (cr, x + swatch_width, y + (entry_height - text_height) / 2);
          pango_cairo_show_layout (cr, layout);
        }

      x += swatch_width + text_width + entry_gap;
      line_height = MAX (line_height, entry_height);
    }

  return y + line_height;
}

/* What the legend says, title and entries, as one string: whether it
 * changed, without laying it out. */
char *
ka_overlay_dup_legend_text (const KaOverlayScene *scene)
{
  g_autoptr(GArray) rows = collect_rows (scene);
  GString *text = g_string_new (NULL);
  g_autofree char *title = legend_title (scene);

  g_string_append (text, title);
  for (guint i = 0; i < rows->len; i++)
    g_string_append_printf (text, "\n%s", g_array_index (rows, LegendRow, i).text);

  return g_string_free (text, FALSE);
}

