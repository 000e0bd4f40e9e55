/* ka-overlay-labels.c — names on the map that never overlap
 *
 * Labels are placed in priority order and each takes its rectangle; a
 * label that would overlap one already placed is left out. The order:
 * the islands a lecture turns on (the selected one, the disputed ones,
 * Urup and those the lecture step names), the graticule, boundary years,
 * context areas and large islands, towns, then the small islands. The
 * lecture's islands and the boundary years move beside their place
 * rather than vanish, so a strait's name gives way to an island's.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-overlay"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ka-layer-style.h"
#include "ka-overlay.h"
#include "ka-places.h"
#include "ka-symbols.h"

#define LABEL_PADDING 3.0
/* The farthest a moved label's edge may be from its point. */
#define MOVE_LIMIT_PX 56.0
#define LAYOUT_CACHE_KEY "ka-overlay-layout-cache"
#define IMAGE_CACHE_KEY "ka-overlay-label-images"

struct _KaLabelSpace
{
  GArray *taken;  /* KaBox, in pixels */
};

KaLabelSpace *
ka_label_space_new (void)
{
  KaLabelSpace *self = g_new0 (KaLabelSpace, 1);

  self->taken = g_array_new (FALSE, FALSE, sizeof (KaBox));

  return self;
}

void
ka_label_space_free (KaLabelSpace *self)
{
  g_array_unref (self->taken);
  g_free (self);
}

/* Takes @box whether or not it overlaps what is taken already. */
void
ka_label_space_reserve (KaLabelSpace *self,
                        const KaBox  *box)
{
  g_array_append_val (self->taken, *box);
}

gboolean
ka_label_space_try_take (KaLabelSpace *self,
                         double        x,
                         double        y,
                         double        width,
                         double        height)
{
  KaBox box = { x, y, x + width, y + height };

  for (guint i = 0; i < self->taken->len; i++)
    if (ka_box_intersects (&box, &g_array_index (self->taken, KaBox, i)))
      return FALSE;

  g_array_append_val (self->taken, box);

  return TRUE;
}

/* Shaping text is the slow part of a label, and the same few dozen labels
 * come back every frame: keep their layouts on the Pango context. */
static PangoLayout *
get_layout (const KaOverlayScene *scene,
            PangoContext         *context,
            const char           *text,
            gboolean              markup,
            double                size_px,
            gboolean              bold)
{
  GHashTable *cache = g_object_get_data (G_OBJECT (context), LAYOUT_CACHE_KEY);
  g_autofree char *key = NULL;
  PangoLayout *layout;
  PangoFontDescription *font;

  if (cache == NULL)
    {
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      g_object_set_data_full (G_OBJECT (context), LAYOUT_CACHE_KEY, cache,
                              (GDestroyNotify) g_hash_table_unref);
    }

  key = g_strdup_printf ("%s\x1f%d\x1f%.2f\x1f%d\x1f%s", text, markup, size_px, bold,
                         scene->font_family ? scene->font_family : "");
  layout = g_hash_table_lookup (cache, key);
  if (layout != NULL)
    return layout;

  layout = pango_layout_new (context);
  font = pango_font_description_new ();
  pango_font_description_set_family (font, scene->font_family ? scene->font_family : "Cantarell, sans-serif");
  pango_font_description_set_absolute_size (font, size_px * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_MEDIUM);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);

  g_hash_table_insert (cache, g_steal_pointer (&key), layout);

  return layout;
}

/**
 * ka_overlay_forget_layouts:
 *
 * Drops the label layouts cached on @context; each holds a reference to
 * @context, so without this the two keep each other alive.
 */
void
ka_overlay_forget_layouts (PangoContext *context)
{
  g_object_set_data (G_OBJECT (context), LAYOUT_CACHE_KEY, NULL);
}

static void
paint_layout_with_halo (const KaOverlayScene *scene,
                        cairo_t              *cr,
                        PangoLayout          *layout,
                        double                x,
                        double                y,
                        double                size_px,
                        const GdkRGBA        *halo,
                        const GdkRGBA        *colour)
{
  cairo_move_to (cr, x, y);
  pango_cairo_layout_path (cr, layout);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, ka_layer_style_halo_width (size_px, scene->high_contrast));
  cairo_set_source_rgba (cr, halo->red, halo->green, halo->blue, ka_layer_style_halo_alpha (scene->high_contrast));
  cairo_stroke (cr);

  cairo_move_to (cr, x, y);
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha);
  pango_cairo_show_layout (cr, layout);
}

/* Stroking the halo around every glyph is most of a label's cost, and a
 * frame on screen has dozens: there each label is drawn once into an
 * image at the device's resolution and pasted after. Exports keep their
 * text as vectors. */
static cairo_surface_t *
get_label_image (const KaOverlayScene *scene,
                 cairo_t              *cr,
                 PangoLayout          *layout,
                 double                size_px,
                 const GdkRGBA        *halo,
                 const GdkRGBA        *colour)
{
  GHashTable *cache = g_object_get_data (G_OBJECT (layout), IMAGE_CACHE_KEY);
  double device_scale = 1.0;
  double pad = ka_layer_style_halo_width (size_px, scene->high_contrast);
  g_autofree char *key = NULL;
  cairo_surface_t *image;
  cairo_t *image_cr;
  int width, height;

  cairo_user_to_device_distance (cr, &device_scale, &(double) { 0.0 });
  device_scale = MAX (fabs (device_scale), 1.0);

  if (cache == NULL)
    {
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) cairo_surface_destroy);
      g_object_set_data_full (G_OBJECT (layout), IMAGE_CACHE_KEY, cache,
                              (GDestroyNotify) g_hash_table_unref);
    }

  key = g_strdup_printf ("%.3f %.3f %.3f %.3f %.3f %.3f %.3f %.2f %d",
                         halo->red, halo->green, halo->blue,
                         colour->red, colour->green, colour->blue, colour->alpha, device_scale,
                         scene->high_contrast);
  image = g_hash_table_lookup (cache, key);
  if (image != NULL)
    return image;

  pango_layout_get_pixel_size (layout, &width, &height);
  image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                      (int) ceil ((width + 2 * pad) * device_scale),
                                      (int) ceil ((height + 2 * pad) * device_scale));
  cairo_surface_set_device_scale (image, device_scale, device_scale);
  image_cr = cairo_create (image);
  paint_layout_with_halo (scene, image_cr, layout, pad, pad, size_px, halo, colour);
  cairo_destroy (image_cr);

  g_hash_table_insert (cache, g_steal_pointer (&key), image);

  return image;
}

static void
draw_layout_with_halo (const KaOverlayScene *scene,
                       cairo_t              *cr,
                       PangoLayout          *layout,
                       double                x,
                       double                y,
                       double                size_px,
                       const GdkRGBA        *colour)
{
  const GdkRGBA *halo = ka_layer_style_halo_colour (scene->dark, scene->high_contrast);
  double pad = ka_layer_style_halo_width (size_px, scene->high_contrast);
  cairo_surface_t *image;
  cairo_t *item;
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  item = ka_overlay_begin_item (scene, cr, &(KaBox) { x - pad, y - pad, x + width + pad, y + height + pad });
  if (item == NULL)
    return;

  if (scene->cache_text)
    {
      image = get_label_image (scene, item, layout, size_px, halo, colour);
      cairo_set_source_surface (item, image, x - pad, y - pad);
      cairo_paint (item);
    }
  else
    {
      paint_layout_with_halo (scene, item, layout, x, y, size_px, halo, colour);
    }

  ka_overlay_end_item (scene, cr, item);
}

static void
placed_label_clear (gpointer data)
{
  KaPlacedLabel *label = data;

  g_free (label->text);
}

GArray *
ka_placed_labels_new (void)
{
  GArray *labels = g_array_new (FALSE, TRUE, sizeof (KaPlacedLabel));

  g_array_set_clear_func (labels, placed_label_clear);

  return labels;
}

static void
record_label (const KaOverlayScene *scene,
              const char           *text,
              double                left,
              double                top,
              int                   width,
              int                   height)
{
  KaPlacedLabel label = { g_strdup (text), { left, top, left + width, top + height } };

  if (scene->placed_labels != NULL)
    g_array_append_val (scene->placed_labels, label);
  else
    g_free (label.text);
}

/* Where a label may go when its own place is taken, in multiples of its
 * width and height: just above or below its point first, then beside,
 * then a little farther out, never so far it seems to name another. */
static const double label_moves[][2] = {
  { 0.0, 0.0 },
  { 0.0, -0.85 }, { 0.0, 0.85 },
  { 0.6, 0.0 }, { -0.6, 0.0 },
  { 0.45, -0.85 }, { -0.45, -0.85 }, { 0.45, 0.85 }, { -0.45, 0.85 },
  { 0.0, -1.7 }, { 0.0, 1.7 },
  { 1.1, 0.0 }, { -1.1, 0.0 },
  { 0.6, 1.7 }, { -0.6, 1.7 }, { 0.6, -1.7 }, { -0.6, -1.7 },
  { 0.0, 2.55 }, { 0.0, -2.55 }, { 0.5, 2.55 }, { -0.5, 2.55 }, { 0.5, -2.55 }, { -0.5, -2.55 },
};

/* Whether the box would hide any of @lines (KaBoundary), or there are none. */
static gboolean
hides_lines (const KaOverlayScene *scene,
             GPtrArray            *lines,
             const KaBox          *box)
{
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      const KaPath *paths;
      guint n_paths;

      paths = ka_boundary_get_mercator_lines (g_ptr_array_index (lines, i), &n_paths);
      for (guint p = 0; p < n_paths; p++)
        if (ka_overlay_path_length_in (scene, &paths[p], box) > 0)
          return TRUE;
    }

  return FALSE;
}

/* Finds room in @space for a @width × @height label centred on (@x, @y),
 * or moved beside it when @may_move, where possible off the @lines it
 * names; sets its top left corner. */
static gboolean
find_room (const KaOverlayScene *scene,
           KaLabelSpace         *space,
           double                x,
           double                y,
           int                   width,
           int                   height,
           gboolean              may_move,
           GPtrArray            *lines,
           double               *left,
           double               *top)
{
  guint n_moves = may_move ? G_N_ELEMENTS (label_moves) : 1;

  for (guint pass = lines != NULL && may_move ? 0 : 1; pass < 2; pass++)
    for (guint i = 0; i < n_moves; i++)
      {
        double l = x - width / 2.0 + label_moves[i][0] * (width + 2 * LABEL_PADDING);
        double t = y - height / 2.0 + label_moves[i][1] * (height + 2 * LABEL_PADDING);
        KaBox box = { l - LABEL_PADDING, t - LABEL_PADDING, l + width + LABEL_PADDING, t + height + LABEL_PADDING };

        if (l < 0 || t < 0 || l + width > scene->transform.width || t + height > scene->transform.height)
          continue;

        /* A label far from its point would seem to name something else. */
        if (hypot (MAX (0, MAX (l - x, x - (l + width))), MAX (0, MAX (t - y, y - (t + height)))) >
            MOVE_LIMIT_PX * scene->text_scale * scene->scale)
          continue;

        /* First look for a place that leaves the named lines in sight. */
        if (pass == 0 && hides_lines (scene, lines, &box))
          continue;

        if (space != NULL &&
            !ka_label_space_try_take (space, box.min_x, box.min_y, box.max_x - box.min_x, box.max_y - box.min_y))
          continue;

        *left = l;
        *top = t;
        return TRUE;
      }

  return FALSE;
}

static gboolean
draw_text (const KaOverlayScene *scene,
           cairo_t              *cr,
           PangoContext         *context,
           KaLabelSpace         *space,
           GPtrArray            *lines,
           const char           *text,
           gboolean              markup,
           double                x,
           double                y,
           double                size_px,
           gboolean              bold,
           gboolean              may_move,
           const GdkRGBA        *colour)
{
  PangoLayout *layout;
  int width, height;
  double left, top;

  size_px *= scene->text_scale * scene->scale;
  layout = get_layout (scene, context, text, markup, size_px, bold);
  pango_layout_get_pixel_size (layout, &width, &height);

  if (!find_room (scene, space, x, y, width, height, may_move, lines, &left, &top))
    return FALSE;

  draw_layout_with_halo (scene, cr, layout, left, top, size_px, colour);
  record_label (scene, pango_layout_get_text (layout), left, top, width, height);

  return TRUE;
}

gboolean
ka_overlay_draw_label (const KaOverlayScene *scene,
                       cairo_t              *cr,
                       PangoContext         *context,
                       KaLabelSpace         *space,
                       const char           *text,
                       double                x,
                       double                y,
                       double                size_px,
                       gboolean              bold,
                       gboolean              may_move,
                       const GdkRGBA        *colour)
{
  return draw_text (scene, cr, context, space, NULL, text, FALSE, x, y, size_px, bold, may_move, colour);
}

static void
draw_graticule_labels (const KaOverlayScene *scene,
                       cairo_t              *cr,
                       PangoContext         *context,
                       KaLabelSpace         *space)
{
  const KaViewTransform *t = &scene->transform;
  double west, east, north, south;
  double degrees_per_px;
  int step;
  GdkRGBA colour = *ka_layer_style_text_colour (scene->dark, scene->high_contrast);

  colour.alpha = 0.75;
  ka_view_transform_pixels_to_lonlat (t, 0, 0, &west, &north);
  ka_view_transform_pixels_to_lonlat (t, t->width, t->height, &east, &south);

  /* One label a degree while they stay at least 70 px apart. */
  degrees_per_px = (east - west) / t->width;
  step = MAX (1, (int) ceil (70.0 * scene->text_scale * scene->scale * degrees_per_px));

  for (int lon = (int) ceil (west / step) * step; lon <= east; lon += step)
    {
      g_autofree char *text = g_strdup_printf (_("%d°E"), lon);
      double x, y;

      ka_view_transform_lonlat_to_pixels (t, lon, north, &x, &y);
      ka_overlay_draw_label (scene, cr, context, space, text, x, 12 * scene->text_scale * scene->scale,
                             13, FALSE, FALSE, &colour);
    }

  for (int lat = (int) ceil (south / step) * step; lat <= north; lat += step)
    {
      g_autofree char *text = g_strdup_printf (_("%d°N"), lat);
      double x, y;

      ka_view_transform_lonlat_to_pixels (t, west, lat, &x, &y);
      ka_overlay_draw_label (scene, cr, context, space, text, 26 * scene->text_scale * scene->scale, y,
                             13, FALSE, FALSE, &colour);
    }
}

static void
draw_island_label (const KaOverlayScene *scene,
                   cairo_t              *cr,
                   PangoContext         *context,
                   KaLabelSpace         *space,
                   KaIsland             *island,
                   gboolean              may_move)
{
  KaPoint label = ka_island_get_label (island);
  double area = ka_island_get_area_km2 (island);
  gboolean selected = g_strcmp0 (scene->selected_island, ka_island_get_id (island)) == 0;
  gboolean context_area = ka_island_get_kind (island) == KA_ISLAND_KIND_CONTEXT;
  double size = context_area ? 20 : area >= 300 ? 16 : 13.5;
  double x, y;

  if (selected)
    size += 3;

  ka_view_transform_lonlat_to_pixels (&scene->transform, label.x, label.y, &x, &y);
  ka_overlay_draw_label (scene, cr, context, space,
                         scene->native_names ? ka_island_get_native_name (island, scene->naming)
                                             : ka_island_get_name (island, scene->naming),
                         x, y, size, !context_area || selected, may_move,
                         ka_layer_style_text_colour (scene->dark, scene->high_contrast));
}

static char *
css_colour (const GdkRGBA *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x", (guint) (rgba->red * 255 + 0.5),
                          (guint) (rgba->green * 255 + 0.5), (guint) (rgba->blue * 255 + 0.5));
}

/* The WCAG relative luminance of @rgba. */
static double
luminance (const GdkRGBA *rgba)
{
  double channels[3] = { rgba->red, rgba->green, rgba->blue };

  for (guint i = 0; i < 3; i++)
    channels[i] = channels[i] <= 0.04045 ? channels[i] / 12.92 : pow ((channels[i] + 0.055) / 1.055, 2.4);

  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

/* A strait's name in the UI's language. */
static const char *
boundary_name (const KaOverlayScene *scene,
               KaBoundary           *boundary)
{
  if (g_strcmp0 (scene->ui_language, "ja") == 0)
    return ka_boundary_get_name_ja (boundary);
  if (g_strcmp0 (scene->ui_language, "ru") == 0)
    return ka_boundary_get_name_ru (boundary);

  return ka_boundary_get_name_en (boundary);
}

/* Each course's label once: its years on chips of their lines' colours,
 * side by side ("1875 1945"), over the strait's name in the map's text
 * colour, which reads on any sea where a line's colour may not. */
static void
draw_boundary_labels (const KaOverlayScene *scene,
                      cairo_t              *cr,
                      PangoContext         *context,
                      KaLabelSpace         *space)
{
  g_autoptr(GArray) lines = ka_overlay_collect_lines (scene);

  for (guint i = 0; i < lines->len; i++)
    {
      const KaDrawnLine *line = &g_array_index (lines, KaDrawnLine, i);
      g_autoptr(GString) markup = g_string_new (NULL);
      g_autoptr(GPtrArray) course = g_ptr_array_new ();
      g_autofree char *name = NULL;
      KaPoint label = ka_boundary_get_label (line->boundary);
      double x, y;

      if (line->rank != 0)
        continue;

      for (guint j = i; j < lines->len; j++)
        {
          const KaDrawnLine *shared = &g_array_index (lines, KaDrawnLine, j);
          const KaLineStyle *style;
          const GdkRGBA *chip;
          g_autofree char *chip_colour = NULL;

          if (shared->group != line->group)
            continue;

          g_ptr_array_add (course, shared->boundary);
          style = ka_layer_style_line_for (shared->year_index, ka_boundary_get_kind (shared->boundary));
          chip = ka_layer_style_line_text_colour (style, scene->dark, scene->high_contrast);
          chip_colour = css_colour (chip);
          /* White or near-black on the chip, whichever contrasts more. */
          g_string_append_printf (markup, "%s<span background=\"%s\" foreground=\"%s\">\u2009%u\u2009</span>",
                                  markup->len > 0 ? " " : "", chip_colour,
                                  luminance (chip) < 0.2 ? "#ffffff" : "#14181e",
                                  ka_years[shared->year_index]);
        }

      name = g_markup_escape_text (boundary_name (scene, line->boundary), -1);
      g_string_append_printf (markup, "\n%s", name);

      ka_view_transform_lonlat_to_pixels (&scene->transform, label.x, label.y, &x, &y);
      draw_text (scene, cr, context, space, course, markup->str, TRUE, x, y, 14, TRUE, TRUE,
                 ka_layer_style_text_colour (scene->dark, scene->high_contrast));
    }
}

static void
draw_places (const KaOverlayScene *scene,
             cairo_t              *cr,
             PangoContext         *context,
             KaLabelSpace         *space)
{
  const KaPlaces *places = ka_places_get_default ();
  KaScript script = ka_places_get_ui_script ();
  double radius = 3.5 * scene->text_scale * scene->scale;
  /* The symbol's ring reaches 4.5 units out from its 3.5-unit dot. */
  double symbol_radius = radius * 4.5 / 3.5;

  for (guint i = 0; i < ka_places_get_n_places (places); i++)
    {
      GdkRGBA text = *ka_layer_style_text_colour (scene->dark, scene->high_contrast);
      g_autofree char *name = NULL;
      PangoLayout *layout;
      double x, y, lat, lon, size = 13.5 * scene->text_scale * scene->scale;
      gboolean reference;
      int width, height;
      double left, top;
      cairo_t *symbol;

      ka_places_get_position (places, i, &lat, &lon);
      ka_view_transform_lonlat_to_pixels (&scene->transform, lon, lat, &x, &y);
      name = ka_places_dup_name (places, i, scene->year_index, scene->naming, script, &reference);
      if (reference)
        text.alpha = ka_layer_style_reference_alpha (scene->high_contrast);
      layout = get_layout (scene, context, name, FALSE, size, FALSE);
      pango_layout_get_pixel_size (layout, &width, &height);

      /* Name to the right of the dot, or to the left where the right is taken. */
      left = x + radius + 4;
      top = y - height / 2.0;
      if (left + width > scene->transform.width || top < 0 || top + height > scene->transform.height ||
          !ka_label_space_try_take (space, left - LABEL_PADDING, top - LABEL_PADDING,
                                    width + 2 * LABEL_PADDING, height + 2 * LABEL_PADDING))
        {
          left = x - radius - 4 - width;
          if (left < 0 || top < 0 || top + height > scene->transform.height ||
              !ka_label_space_try_take (space, left - LABEL_PADDING, top - LABEL_PADDING,
                                        width + 2 * LABEL_PADDING, height + 2 * LABEL_PADDING))
            continue;
        }

      symbol = ka_overlay_begin_item (scene, cr, &(KaBox) { x - symbol_radius, y - symbol_radius,
                                                            x + symbol_radius, y + symbol_radius });
      if (symbol != NULL)
        {
          cairo_push_group (symbol);
          ka_symbols_draw (symbol, KA_SYMBOL_TOWN, scene->dark, scene->high_contrast,
                           x - symbol_radius, y - symbol_radius, 2 * symbol_radius, 2 * symbol_radius);
          cairo_pop_group_to_source (symbol);
          cairo_paint_with_alpha (symbol, text.alpha);
          ka_overlay_end_item (scene, cr, symbol);
        }

      draw_layout_with_halo (scene, cr, layout, left, top, size, &text);
      record_label (scene, name, left, top, width, height);
    }
}

/* Whether @text names @island, in any of its spellings, as a word. */
static gboolean
text_names_island (const char *text,
                   KaIsland   *island)
{
  const char *names[] = {
    ka_island_get_name_en (island), ka_island_get_name_ja_latn (island),
    ka_island_get_name_ru (island), ka_island_get_name_ja (island),
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      size_t length = names[i] != NULL ? strlen (names[i]) : 0;

      if (length == 0)
        continue;

      for (const char *found = strstr (text, names[i]); found != NULL; found = strstr (found + 1, names[i]))
        {
          gunichar before = found > text ? g_utf8_get_char (g_utf8_prev_char (found)) : ' ';
          gunichar after = g_utf8_get_char (found + length);

          if (!g_unichar_isalpha (before) && !g_unichar_isalpha (after))
            return TRUE;
        }
    }

  return FALSE;
}

/* The islands a lecture on the frontier turns on, whose names must never
 * give way: the selected one, the four disputed ones (of the Habomai
 * islets, the largest in view stands for the group), Urup, where the
 * first frontier ran, and those the lecture step names. */
static gboolean
is_lecture_island (const KaOverlayScene *scene,
                   KaIsland             *island,
                   KaIsland             *habomai)
{
  if (g_strcmp0 (scene->selected_island, ka_island_get_id (island)) == 0)
    return TRUE;

  if (scene->step_text != NULL && text_names_island (scene->step_text, island))
    return TRUE;

  if (ka_island_get_kind (island) == KA_ISLAND_KIND_CONTEXT)
    return FALSE;

  if (ka_island_get_group (island) == KA_ISLAND_GROUP_HABOMAI)
    return island == habomai;

  return ka_island_is_claimed_by (island, KA_HOLDER_JAPAN) ||
         g_strcmp0 (ka_island_get_id (island), "urup") == 0;
}

static int
compare_by_area (gconstpointer a,
                 gconstpointer b)
{
  KaIsland *x = *(KaIsland **) a;
  KaIsland *y = *(KaIsland **) b;
  double ax = ka_island_get_area_km2 (x);
  double ay = ka_island_get_area_km2 (y);

  return (ax < ay) - (ax > ay);
}

void
ka_overlay_paint_labels (const KaOverlayScene *scene,
                         cairo_t              *cr,
                         PangoContext         *context)
{
  g_autoptr(KaLabelSpace) space = ka_label_space_new ();
  g_autoptr(GPtrArray) in_view = g_ptr_array_new ();
  g_autoptr(GPtrArray) lecture = g_ptr_array_new ();
  g_autoptr(GPtrArray) large = g_ptr_array_new ();
  g_autoptr(GPtrArray) small = g_ptr_array_new ();
  KaIsland *habomai = NULL;
  KaBox view = ka_view_transform_get_mercator_bounds (&scene->transform, 0);
  guint n = ka_island_set_get_n_items (scene->islands);

  KaBox legend = ka_overlay_measure_legend (scene, context);

  /* Labels keep out of the legend and of whatever the view puts over the
   * map, such as the scale and the zoom buttons. */
  ka_label_space_try_take (space, legend.min_x, legend.min_y,
                           legend.max_x - legend.min_x, legend.max_y - legend.min_y);
  for (guint i = 0; i < scene->n_reserved; i++)
    ka_label_space_reserve (space, &scene->reserved[i]);

  for (guint i = 0; i < n; i++)
    {
      KaIsland *island = ka_island_set_get_nth (scene->islands, i);
      KaPoint label = ka_island_get_label (island);

      if (!ka_box_contains_point (&view, ka_geo_lon_to_mercator_x (label.x),
                                  ka_geo_lat_to_mercator_y (label.y)))
        continue;

      g_ptr_array_add (in_view, island);
      if (ka_island_get_group (island) == KA_ISLAND_GROUP_HABOMAI &&
          (habomai == NULL || ka_island_get_area_km2 (island) > ka_island_get_area_km2 (habomai)))
        habomai = island;
    }

  for (guint i = 0; i < in_view->len; i++)
    {
      KaIsland *island = g_ptr_array_index (in_view, i);

      if (is_lecture_island (scene, island, habomai))
        g_ptr_array_add (lecture, island);
      else if (ka_island_get_kind (island) == KA_ISLAND_KIND_CONTEXT ||
               ka_island_get_area_km2 (island) >= 100)
        g_ptr_array_add (large, island);
      else
        g_ptr_array_add (small, island);
    }
  g_ptr_array_sort (lecture, compare_by_area);
  g_ptr_array_sort (large, compare_by_area);
  g_ptr_array_sort (small, compare_by_area);

  /* The selected island first of all: it is what the panel speaks of. */
  for (guint i = 0; i < lecture->len; i++)
    if (g_strcmp0 (scene->selected_island, ka_island_get_id (g_ptr_array_index (lecture, i))) == 0)
      draw_island_label (scene, cr, context, space, g_ptr_array_index (lecture, i), TRUE);
  for (guint i = 0; i < lecture->len; i++)
    if (g_strcmp0 (scene->selected_island, ka_island_get_id (g_ptr_array_index (lecture, i))) != 0)
      draw_island_label (scene, cr, context, space, g_ptr_array_index (lecture, i), TRUE);
  draw_graticule_labels (scene, cr, context, space);
  draw_boundary_labels (scene, cr, context, space);
  for (guint i = 0; i < large->len; i++)
    draw_island_label (scene, cr, context, space, g_ptr_array_index (large, i), FALSE);
  draw_places (scene, cr, context, space);
  for (guint i = 0; i < small->len; i++)
    draw_island_label (scene, cr, context, space, g_ptr_array_index (small, i), FALSE);
}
