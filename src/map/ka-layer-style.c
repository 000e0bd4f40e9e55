/* ka-layer-style.c
 *
 * The palette is Okabe and Ito's, safe for the common forms of colour
 * blindness; each boundary year also has its own dash pattern and each
 * holder its own texture, so the map reads in greyscale too.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-layer-style"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "ka-layer-style.h"

/* The widest a fill texture grows, in device pixels: vector exports
 * embed it as an image, which should stay small. */
#define TEXTURE_MAX_PX 64

#define RGB(r, g, b) { (r) / 255.0f, (g) / 255.0f, (b) / 255.0f, 1.0f }

static const GdkRGBA fill_colours[KA_N_FILLS] = {
  [KA_FILL_JAPAN] = RGB (0xd5, 0x5e, 0x00),                    /* vermillion */
  [KA_FILL_RUSSIA] = RGB (0x00, 0x9e, 0x73),                   /* bluish green */
  [KA_FILL_UNDIVIDED] = RGB (0xf0, 0xe4, 0x42),                /* yellow */
  [KA_FILL_RUSSIA_CLAIMED_BY_JAPAN] = RGB (0x00, 0x9e, 0x73),  /* green, striped vermillion */
};

static const GdkRGBA japan_stripe = RGB (0xd5, 0x5e, 0x00);

/* 1855 orange dash-dot, 1875 blue long dashes, 1905 purple dots,
 * 1945 black solid; Japan's claimed line vermillion short dashes. */
static const KaLineStyle year_lines[] = {
  { RGB (0xe6, 0x9f, 0x00), 4.0, { 4.0, 1.5, 0.6, 1.5 }, 4, CAIRO_LINE_CAP_BUTT },
  { RGB (0x00, 0x72, 0xb2), 4.0, { 5.0, 2.0 }, 2, CAIRO_LINE_CAP_BUTT },
  { RGB (0xcc, 0x79, 0xa7), 4.5, { 0.01, 1.8 }, 2, CAIRO_LINE_CAP_ROUND },
  { RGB (0x10, 0x10, 0x10), 4.0, { 0 }, 0, CAIRO_LINE_CAP_ROUND },
};

static const KaLineStyle claim_line = {
  RGB (0xd5, 0x5e, 0x00), 3.5, { 2.0, 1.5 }, 2, CAIRO_LINE_CAP_BUTT
};

static const GdkRGBA halo_light = RGB (0xff, 0xff, 0xff);
static const GdkRGBA halo_dark = RGB (0x12, 0x16, 0x1c);
static const GdkRGBA text_light = RGB (0x14, 0x18, 0x1e);
static const GdkRGBA text_dark = RGB (0xf4, 0xf4, 0xf0);
static const GdkRGBA line_1945_on_dark = RGB (0xf4, 0xf4, 0xf0);

/* High contrast asks for the most there is: pure black and white. */
static const GdkRGBA black = RGB (0x00, 0x00, 0x00);
static const GdkRGBA white = RGB (0xff, 0xff, 0xff);

/* In high contrast lines, casings, outlines and halos grow by half. */
#define HIGH_CONTRAST_WIDTH 1.5

KaFill
ka_layer_style_fill_for (KaIsland *island,
                         guint     year_index)
{
  switch (ka_island_get_holder (island, year_index))
    {
    case KA_HOLDER_JAPAN:
      return KA_FILL_JAPAN;
    case KA_HOLDER_UNDIVIDED:
      return KA_FILL_UNDIVIDED;
    case KA_HOLDER_RUSSIA:
    default:
      /* Japan's claim dates from the 1945 occupation on. */
      if (ka_years[year_index] >= 1945 && ka_island_is_claimed_by (island, KA_HOLDER_JAPAN))
        return KA_FILL_RUSSIA_CLAIMED_BY_JAPAN;
      return KA_FILL_RUSSIA;
    }
}

const char *
ka_layer_style_fill_label (KaFill fill)
{
  switch (fill)
    {
    case KA_FILL_JAPAN:
      return _("Japan");
    case KA_FILL_RUSSIA:
      return _("Russia / USSR");
    case KA_FILL_UNDIVIDED:
      return _("Undivided (1855 treaty)");
    case KA_FILL_RUSSIA_CLAIMED_BY_JAPAN:
      return _("Held by Russia, claimed by Japan");
    case KA_N_FILLS:
    default:
      g_assert_not_reached ();
    }
}

const GdkRGBA *
ka_layer_style_fill_colour (KaFill fill)
{
  g_return_val_if_fail (fill < KA_N_FILLS, &fill_colours[0]);

  return &fill_colours[fill];
}

static void
set_rgba (cairo_t       *cr,
          const GdkRGBA *rgba,
          double         alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}

/* Darker shades of the fills, drawn over them; in high contrast the
 * hatching is black, opaque and wider. */
static const GdkRGBA russia_hatching = { 0.0f, 0.25f, 0.18f, 0.55f };
static const GdkRGBA undivided_hatching = { 0.35f, 0.3f, 0.0f, 0.6f };

static void
set_hatching (cairo_t       *cr,
              const GdkRGBA *hatching,
              double         alpha,
              gboolean       high_contrast)
{
  if (high_contrast)
    set_rgba (cr, &black, alpha);
  else
    set_rgba (cr, hatching, alpha);
}

/* A small repeating tile: the texture that tells the fills apart without
 * colour. Japan is plain; Russia has fine diagonal lines; undivided a
 * cross-hatch; the disputed islands wide vermillion stripes. */
static cairo_pattern_t *
create_texture (KaFill   fill,
                double   alpha,
                double   scale,
                gboolean high_contrast)
{
  double widen = high_contrast ? HIGH_CONTRAST_WIDTH : 1.0;
  int size = (int) (10 * scale + 0.5);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (surface);
  cairo_pattern_t *pattern;
  int tiles;

  set_rgba (cr, &fill_colours[fill], alpha);
  cairo_paint (cr);

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  switch (fill)
    {
    case KA_FILL_RUSSIA:
      set_hatching (cr, &russia_hatching, alpha, high_contrast);
      cairo_set_line_width (cr, 1.2 * widen * scale);
      cairo_move_to (cr, 0, size);
      cairo_line_to (cr, size, 0);
      cairo_stroke (cr);
      break;
    case KA_FILL_UNDIVIDED:
      set_hatching (cr, &undivided_hatching, alpha, high_contrast);
      cairo_set_line_width (cr, 1.0 * widen * scale);
      cairo_move_to (cr, 0, size);
      cairo_line_to (cr, size, 0);
      cairo_move_to (cr, 0, 0);
      cairo_line_to (cr, size, size);
      cairo_stroke (cr);
      break;
    case KA_FILL_RUSSIA_CLAIMED_BY_JAPAN:
      set_rgba (cr, &japan_stripe, alpha);
      cairo_set_line_width (cr, 3.0 * scale);
      cairo_move_to (cr, -size / 2.0, size / 2.0);
      cairo_line_to (cr, size / 2.0, 1.5 * size);
      cairo_move_to (cr, 0, 0);
      cairo_line_to (cr, size, size);
      cairo_move_to (cr, size / 2.0, -size / 2.0);
      cairo_line_to (cr, 1.5 * size, size / 2.0);
      cairo_stroke (cr);
      break;
    case KA_FILL_JAPAN:
    case KA_N_FILLS:
    default:
      break;
    }

  cairo_destroy (cr);
  pattern = cairo_pattern_create_for_surface (surface);
  cairo_surface_destroy (surface);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);

  /* pixman repeats a texture narrower than 32 pixels in short pieces,
   * which made hatched fills cost twice a plain one: the same tile,
   * repeated into a wider texture, repeats alike and cheaper. */
  tiles = MAX (1, TEXTURE_MAX_PX / size);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, tiles * size, tiles * size);
  cr = cairo_create (surface);
  cairo_set_source (cr, pattern);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_pattern_destroy (pattern);

  pattern = cairo_pattern_create_for_surface (surface);
  cairo_surface_destroy (surface);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);

  return pattern;
}

/* The textures in use, kept: every frame fills every island with them.
 * Only the main thread draws overlays, but exports may come from others. */
static cairo_pattern_t *
lookup_texture (KaFill   fill,
                double   alpha,
                double   device_scale,
                gboolean high_contrast)
{
  static GMutex lock;
  static GHashTable *textures;
  g_autofree char *key = NULL;
  cairo_pattern_t *pattern;

  /* Fades pass through every opacity: in steps of 1/32 nobody sees the
   * difference, and the cache stays small. */
  alpha = round (alpha * 32.0) / 32.0;
  key = g_strdup_printf ("%d %.5f %.3f %d", fill, alpha, device_scale, !!high_contrast);

  g_mutex_lock (&lock);

  if (textures == NULL)
    textures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) cairo_pattern_destroy);

  pattern = g_hash_table_lookup (textures, key);
  if (pattern == NULL)
    {
      /* Each user sets the pattern's matrix, so each gets its own copy of
       * the cached texture's surface in a pattern of its own. */
      pattern = create_texture (fill, alpha, device_scale, high_contrast);
      g_hash_table_insert (textures, g_strdup (key), cairo_pattern_reference (pattern));
    }
  else
    {
      cairo_surface_t *surface;

      cairo_pattern_get_surface (pattern, &surface);
      pattern = cairo_pattern_create_for_surface (surface);
      cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
    }

  g_mutex_unlock (&lock);

  return pattern;
}

void
ka_layer_style_set_fill_source (cairo_t  *cr,
                                KaFill    fill,
                                double    alpha,
                                double    scale,
                                gboolean  high_contrast,
                                double    origin_x,
                                double    origin_y)
{
  cairo_pattern_t *pattern;
  cairo_surface_t *texture;
  cairo_matrix_t matrix;
  double device_scale, texels, size;

  g_return_if_fail (fill < KA_N_FILLS);

  if (fill == KA_FILL_JAPAN)
    {
      set_rgba (cr, &fill_colours[fill], alpha);
      return;
    }

  /* Draw the texture at device resolution, so it stays crisp on HiDPI
   * screens, and map it back to user space. */
  device_scale = 1.0;
  cairo_user_to_device_distance (cr, &device_scale, &(double) { 0.0 });
  device_scale = MAX (fabs (device_scale), 1.0) * scale;
  pattern = lookup_texture (fill, alpha, device_scale, high_contrast);
  cairo_pattern_get_surface (pattern, &texture);
  size = cairo_image_surface_get_width (texture);
  texels = device_scale / scale;
  cairo_matrix_init_scale (&matrix, texels, texels);
  /* Fixed to the map, so an image of the fills drawn for one view can be
   * moved with the map and still match one drawn for the next; in whole
   * texels, so the texture is copied, not resampled. */
  cairo_matrix_translate (&matrix,
                          fmod (round (origin_x * texels), size) / texels,
                          fmod (round (origin_y * texels), size) / texels);
  cairo_pattern_set_matrix (pattern, &matrix);
  cairo_set_source (cr, pattern);
  cairo_pattern_destroy (pattern);
}

double
ka_layer_style_fill_alpha (gboolean context_area,
                           gboolean high_contrast)
{
  if (high_contrast)
    return context_area ? 0.55 : 0.88;

  return context_area ? 0.38 : 0.62;
}

const KaLineStyle *
ka_layer_style_line_for (guint          year_index,
                         KaBoundaryKind kind)
{
  g_return_val_if_fail (year_index < G_N_ELEMENTS (year_lines), &year_lines[0]);

  if (kind == KA_BOUNDARY_KIND_CLAIM)
    return &claim_line;

  return &year_lines[year_index];
}

/* How wide a line is with its casing, in logical pixels. */
double
ka_layer_style_casing_width (const KaLineStyle *style,
                             gboolean           high_contrast)
{
  return (style->width + 4.0) * (high_contrast ? HIGH_CONTRAST_WIDTH : 1.0);
}

/* 1945's black vanishes on a dark map, and high contrast wants it pure
 * black or white. */
static const GdkRGBA *
line_colour (const KaLineStyle *style,
             gboolean           dark,
             gboolean           high_contrast)
{
  if (style == &year_lines[G_N_ELEMENTS (year_lines) - 1])
    {
      if (high_contrast)
        return dark ? &white : &black;
      else if (dark)
        return &line_1945_on_dark;
    }

  return &style->colour;
}

void
ka_layer_style_stroke_casing (cairo_t           *cr,
                              const KaLineStyle *style,
                              double             scale,
                              gboolean           dark,
                              gboolean           high_contrast)
{
  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_rgba (cr, ka_layer_style_halo_colour (dark, high_contrast), high_contrast ? 1.0 : 0.85);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, ka_layer_style_casing_width (style, high_contrast) * scale);
  cairo_stroke_preserve (cr);
  cairo_restore (cr);
}

void
ka_layer_style_stroke_core (cairo_t           *cr,
                            const KaLineStyle *style,
                            double             scale,
                            gboolean           dark,
                            gboolean           high_contrast)
{
  double dashes[G_N_ELEMENTS (style->dashes)];
  double widen = high_contrast ? HIGH_CONTRAST_WIDTH : 1.0;
  double width = style->width * widen * scale;

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < style->n_dashes; i++)
    dashes[i] = style->dashes[i] * width;
  cairo_set_dash (cr, dashes, style->n_dashes, 0);
  cairo_set_line_cap (cr, style->cap);
  cairo_set_line_width (cr, width);
  set_rgba (cr, line_colour (style, dark, high_contrast), 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
ka_layer_style_stroke_line (cairo_t           *cr,
                            const KaLineStyle *style,
                            double             scale,
                            gboolean           dark,
                            gboolean           high_contrast)
{
  ka_layer_style_stroke_casing (cr, style, scale, dark, high_contrast);
  ka_layer_style_stroke_core (cr, style, scale, dark, high_contrast);
}

const GdkRGBA *
ka_layer_style_line_text_colour (const KaLineStyle *style,
                                 gboolean           dark,
                                 gboolean           high_contrast)
{
  /* The 1945 black must turn light in the dark style, and pure black or
   * white in high contrast, as its line does. */
  if (style == &year_lines[G_N_ELEMENTS (year_lines) - 1])
    return line_colour (style, dark, high_contrast);

  return &style->colour;
}

/* The selection's accent: a highlighter's lemon that no line, fill or
 * hatching of the map uses, lighter than any of them so it stands out
 * in greyscale too; green enough that over the dark coast it never
 * turns to the 1855 line's orange. */
static const GdkRGBA selection_accent = RGB (0xf0, 0xff, 0x2a);

/* Soft bands from wide and faint to narrow and strong, so the edge glows
 * and never reads as a boundary's sharp stroke; in logical pixels. */
static const double glow_widths[] = { 16.0, 10.0, 5.0 };
static const double glow_alphas[] = { 0.22, 0.35, 0.6 };

void
ka_layer_style_fill_selection (cairo_t  *cr,
                               double    scale,
                               gboolean  dark,
                               gboolean  high_contrast)
{
  set_rgba (cr, &selection_accent, high_contrast ? 0.45 : dark ? 0.32 : 0.28);
  cairo_fill_preserve (cr);
}

void
ka_layer_style_stroke_selection (cairo_t  *cr,
                                 double    scale,
                                 gboolean  dark,
                                 gboolean  high_contrast)
{
  double widen = high_contrast ? HIGH_CONTRAST_WIDTH : 1.0;

  G_STATIC_ASSERT (G_N_ELEMENTS (glow_widths) == G_N_ELEMENTS (glow_alphas));

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < G_N_ELEMENTS (glow_widths); i++)
    {
      set_rgba (cr, &selection_accent, MIN (1.0, glow_alphas[i] * widen));
      cairo_set_line_width (cr, glow_widths[i] * widen * scale);
      cairo_stroke_preserve (cr);
    }
  cairo_restore (cr);
  cairo_new_path (cr);
}

const GdkRGBA *
ka_layer_style_selection_colour (void)
{
  return &selection_accent;
}

const GdkRGBA *
ka_layer_style_halo_colour (gboolean dark,
                            gboolean high_contrast)
{
  if (high_contrast)
    return dark ? &black : &white;

  return dark ? &halo_dark : &halo_light;
}

const GdkRGBA *
ka_layer_style_text_colour (gboolean dark,
                            gboolean high_contrast)
{
  if (high_contrast)
    return dark ? &white : &black;

  return dark ? &text_dark : &text_light;
}

double
ka_layer_style_halo_width (double   size_px,
                           gboolean high_contrast)
{
  return MAX (3.0, size_px / 4.0) * (high_contrast ? HIGH_CONTRAST_WIDTH : 1.0);
}

double
ka_layer_style_halo_alpha (gboolean high_contrast)
{
  return high_contrast ? 1.0 : 0.9;
}

/* A town drawn only as a present-day reference on a layer where it did not
 * exist yet: faint enough to read as not of the period, still legible. */
double
ka_layer_style_reference_alpha (gboolean high_contrast)
{
  return high_contrast ? 0.75 : 0.55;
}
