/* test-symbols.c — the SVG symbols keep to the map's palette
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-symbols"

#include "config.h"

#include <math.h>

#include "ka-layer-style.h"
#include "ka-symbols.h"

/* One element of a symbol's SVG: its class and attributes. */
typedef struct
{
  char *class_name;
  GHashTable *attributes;
} Element;

static void
element_free (gpointer data)
{
  Element *element = data;

  g_free (element->class_name);
  g_hash_table_unref (element->attributes);
  g_free (element);
}

/* Enough of XML for these files: every start tag and its attributes. */
static GPtrArray *
parse_symbol (KaSymbol symbol)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (ka_symbols_get_resource_path (symbol),
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_autoptr(GRegex) tag_regex = g_regex_new ("<([a-zA-Z]+)((?:\\s+[a-zA-Z:-]+=\"[^\"]*\")*)\\s*/?>", 0, 0, NULL);
  g_autoptr(GRegex) attribute_regex = g_regex_new ("([a-zA-Z:-]+)=\"([^\"]*)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) tags = NULL;
  g_autofree char *text = NULL;
  GPtrArray *elements = g_ptr_array_new_with_free_func (element_free);

  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_regex_match (tag_regex, text, 0, &tags);
  while (g_match_info_matches (tags))
    {
      g_autofree char *attributes = g_match_info_fetch (tags, 2);
      g_autoptr(GMatchInfo) pairs = NULL;
      Element *element = g_new0 (Element, 1);

      element->attributes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_regex_match (attribute_regex, attributes, 0, &pairs);
      while (g_match_info_matches (pairs))
        {
          g_hash_table_insert (element->attributes, g_match_info_fetch (pairs, 1), g_match_info_fetch (pairs, 2));
          g_match_info_next (pairs, NULL);
        }
      element->class_name = g_strdup (g_hash_table_lookup (element->attributes, "class"));
      g_ptr_array_add (elements, element);
      g_match_info_next (tags, NULL);
    }

  g_assert_cmpuint (elements->len, >, 1);
  return elements;
}

static char *
hex (const GdkRGBA *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (guint) round (rgba->red * 255),
                          (guint) round (rgba->green * 255),
                          (guint) round (rgba->blue * 255));
}

static void
assert_colour (KaSymbol       symbol,
               const Element *element,
               const char    *attribute,
               const GdkRGBA *expected)
{
  const char *value = g_hash_table_lookup (element->attributes, attribute);
  g_autofree char *wanted = hex (expected);

  if (value == NULL || g_ascii_strcasecmp (value, wanted) != 0)
    g_error ("%s: the %s of class “%s” is %s, but the map's palette has %s",
             ka_symbols_get_resource_path (symbol), attribute, element->class_name,
             value ? value : "(none)", wanted);
}

static double
number (const Element *element,
        const char    *attribute)
{
  const char *value = g_hash_table_lookup (element->attributes, attribute);

  g_assert_nonnull (value);
  return g_ascii_strtod (value, NULL);
}

static void
assert_line_element (KaSymbol           symbol,
                     const Element     *element,
                     const KaLineStyle *style)
{
  const char *dashes = g_hash_table_lookup (element->attributes, "stroke-dasharray");
  const char *caps[] = { [CAIRO_LINE_CAP_BUTT] = "butt", [CAIRO_LINE_CAP_ROUND] = "round",
                         [CAIRO_LINE_CAP_SQUARE] = "square" };

  assert_colour (symbol, element, "stroke", &style->colour);
  g_assert_cmpfloat_with_epsilon (number (element, "stroke-width"), style->width, 1e-6);
  g_assert_cmpstr (g_hash_table_lookup (element->attributes, "stroke-linecap"), ==, caps[style->cap]);

  if (style->n_dashes == 0)
    {
      g_assert_null (dashes);
    }
  else
    {
      g_auto(GStrv) parts = NULL;

      g_assert_nonnull (dashes);
      parts = g_strsplit (dashes, " ", -1);
      g_assert_cmpuint (g_strv_length (parts), ==, style->n_dashes);
      for (guint i = 0; i < style->n_dashes; i++)
        g_assert_cmpfloat_with_epsilon (g_ascii_strtod (parts[i], NULL), style->dashes[i] * style->width, 1e-6);
    }
}

static const KaLineStyle *
line_style_for (KaSymbol symbol)
{
  if (symbol == KA_SYMBOL_LINE_CLAIM)
    return ka_layer_style_line_for (KA_N_YEARS - 1, KA_BOUNDARY_KIND_CLAIM);

  return ka_layer_style_line_for (symbol - KA_SYMBOL_LINE_1855, KA_BOUNDARY_KIND_BOUNDARY);
}

/* Every coloured element has a class the test knows, and each known class
 * has the palette's colour, so the files and ka-layer-style.c cannot drift. */
static void
test_palette (void)
{
  for (KaSymbol symbol = 0; symbol < KA_N_SYMBOLS; symbol++)
    {
      g_autoptr(GPtrArray) elements = parse_symbol (symbol);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      gboolean is_fill = symbol <= KA_SYMBOL_FILL_RUSSIA_CLAIMED_BY_JAPAN;
      gboolean is_line = symbol >= KA_SYMBOL_LINE_1855 && symbol <= KA_SYMBOL_LINE_CLAIM;
      const char * const *required;
      static const char * const fill_classes[] = { "fill", "frame", NULL };
      static const char * const striped_classes[] = { "fill", "frame", "stripe", NULL };
      static const char * const hatched_classes[] = { "fill", "frame", "hatch", NULL };
      static const char * const line_classes[] = { "line", "casing", NULL };
      static const char * const town_classes[] = { "dot-halo", "dot-core", NULL };

      for (guint i = 0; i < elements->len; i++)
        {
          const Element *element = g_ptr_array_index (elements, i);
          const char *fill = g_hash_table_lookup (element->attributes, "fill");
          const char *stroke = g_hash_table_lookup (element->attributes, "stroke");
          gboolean coloured = (fill && fill[0] == '#') || (stroke && stroke[0] == '#');
          const char *name = element->class_name;

          if (!coloured)
            continue;

          if (name == NULL)
            g_error ("%s: an element with a colour but no class", ka_symbols_get_resource_path (symbol));
          g_hash_table_add (seen, (gpointer) name);

          if (is_fill && g_str_equal (name, "fill"))
            assert_colour (symbol, element, "fill", ka_layer_style_fill_colour (symbol - KA_SYMBOL_FILL_JAPAN));
          else if (is_fill && g_str_equal (name, "stripe"))
            assert_colour (symbol, element, "stroke", ka_layer_style_fill_colour (KA_FILL_JAPAN));
          else if (is_fill && g_str_equal (name, "frame"))
            assert_colour (symbol, element, "stroke", ka_layer_style_text_colour (FALSE, FALSE));
          else if (is_fill && g_str_equal (name, "hatch"))
            /* The hatch's shade is private to ka-layer-style.c; it only has to be there. */
            g_assert_nonnull (stroke);
          else if (is_line && g_str_equal (name, "line"))
            assert_line_element (symbol, element, line_style_for (symbol));
          else if (is_line && g_str_equal (name, "casing"))
            {
              assert_colour (symbol, element, "stroke", ka_layer_style_halo_colour (FALSE, FALSE));
              g_assert_cmpfloat_with_epsilon (number (element, "stroke-width"),
                                              line_style_for (symbol)->width + 4.0, 1e-6);
            }
          else if (symbol == KA_SYMBOL_TOWN && g_str_equal (name, "dot-halo"))
            assert_colour (symbol, element, "fill", ka_layer_style_halo_colour (FALSE, FALSE));
          else if (symbol == KA_SYMBOL_TOWN && g_str_equal (name, "dot-core"))
            assert_colour (symbol, element, "fill", ka_layer_style_text_colour (FALSE, FALSE));
          else
            g_error ("%s: unexpected class “%s”", ka_symbols_get_resource_path (symbol), name);
        }

      if (symbol == KA_SYMBOL_FILL_JAPAN)
        required = fill_classes;
      else if (symbol == KA_SYMBOL_FILL_RUSSIA_CLAIMED_BY_JAPAN)
        required = striped_classes;
      else if (is_fill)
        required = hatched_classes;
      else if (is_line)
        required = line_classes;
      else
        required = town_classes;

      for (guint i = 0; required[i] != NULL; i++)
        if (!g_hash_table_contains (seen, required[i]))
          g_error ("%s: no element of class “%s”", ka_symbols_get_resource_path (symbol), required[i]);
    }
}

static void
test_for_line (void)
{
  for (guint y = 0; y < KA_N_YEARS; y++)
    g_assert_cmpint (ka_symbols_for_line (ka_layer_style_line_for (y, KA_BOUNDARY_KIND_BOUNDARY)),
                     ==, KA_SYMBOL_LINE_1855 + y);
  g_assert_cmpint (ka_symbols_for_line (ka_layer_style_line_for (0, KA_BOUNDARY_KIND_CLAIM)),
                   ==, KA_SYMBOL_LINE_CLAIM);

  for (KaFill fill = 0; fill < KA_N_FILLS; fill++)
    g_assert_cmpint (ka_symbols_for_fill (fill), ==, KA_SYMBOL_FILL_JAPAN + fill);
}

/* The unpremultiplied colour at the centre of a symbol drawn @width wide. */
static void
centre_colour (KaSymbol  symbol,
               gboolean  dark,
               gboolean  high_contrast,
               double    width,
               double    height,
               guint    *rgb,
               guint    *alpha)
{
  int w = (int) ceil (width), h = (int) ceil (height);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cairo_t *cr = cairo_create (surface);
  guint32 argb;
  guint a;

  ka_symbols_draw (cr, symbol, dark, high_contrast, 0, 0, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  argb = *(guint32 *) (void *) (cairo_image_surface_get_data (surface) +
                                (h / 2) * cairo_image_surface_get_stride (surface) + (w / 2) * 4);
  a = argb >> 24;
  *alpha = a;
  *rgb = 0;
  if (a > 0)
    for (int shift = 16; shift >= 0; shift -= 8)
      *rgb |= MIN (255u, ((argb >> shift & 0xff) * 255 + a / 2) / a) << shift;

  cairo_surface_destroy (surface);
}

static guint
rgb_of (const GdkRGBA *rgba)
{
  return (guint) round (rgba->red * 255) << 16 | (guint) round (rgba->green * 255) << 8 |
         (guint) round (rgba->blue * 255);
}

static void
assert_rgb_near (guint rgb,
                 guint expected,
                 guint tolerance)
{
  for (int shift = 16; shift >= 0; shift -= 8)
    if ((guint) ABS ((int) (rgb >> shift & 0xff) - (int) (expected >> shift & 0xff)) > tolerance)
      g_error ("#%06x is not near #%06x", rgb, expected);
}

/* librsvg draws the files, and the dark and high-contrast styles
 * recolour what they must. */
static void
test_draw (void)
{
  guint rgb, alpha;

  centre_colour (KA_SYMBOL_FILL_JAPAN, FALSE, FALSE, 60, 34, &rgb, &alpha);
  assert_rgb_near (rgb, rgb_of (ka_layer_style_fill_colour (KA_FILL_JAPAN)), 2);
  g_assert_cmpuint (alpha, >=, 200);
  g_assert_cmpuint (alpha, <=, 208);

  centre_colour (KA_SYMBOL_LINE_1945, FALSE, FALSE, 60, 34, &rgb, &alpha);
  assert_rgb_near (rgb, rgb_of (&ka_layer_style_line_for (3, KA_BOUNDARY_KIND_BOUNDARY)->colour), 2);
  g_assert_cmpuint (alpha, ==, 255);

  centre_colour (KA_SYMBOL_LINE_1945, TRUE, FALSE, 60, 34, &rgb, &alpha);
  assert_rgb_near (rgb, rgb_of (ka_layer_style_text_colour (TRUE, FALSE)), 2);

  /* A dash, not the casing, sits at the centre of the 1875 line. */
  centre_colour (KA_SYMBOL_LINE_1875, TRUE, FALSE, 60, 34, &rgb, &alpha);
  assert_rgb_near (rgb, rgb_of (&ka_layer_style_line_for (1, KA_BOUNDARY_KIND_BOUNDARY)->colour), 2);

  centre_colour (KA_SYMBOL_TOWN, FALSE, FALSE, 18, 18, &rgb, &alpha);
  assert_rgb_near (rgb, rgb_of (ka_layer_style_text_colour (FALSE, FALSE)), 2);
  centre_colour (KA_SYMBOL_TOWN, TRUE, FALSE, 18, 18, &rgb, &alpha);
  assert_rgb_near (rgb, rgb_of (ka_layer_style_text_colour (TRUE, FALSE)), 2);

  /* High contrast: 1945's line pure black or white, as on the map. */
  centre_colour (KA_SYMBOL_LINE_1945, FALSE, TRUE, 60, 34, &rgb, &alpha);
  assert_rgb_near (rgb, 0x000000, 0);
  centre_colour (KA_SYMBOL_LINE_1945, TRUE, TRUE, 60, 34, &rgb, &alpha);
  assert_rgb_near (rgb, 0xffffff, 0);
  centre_colour (KA_SYMBOL_TOWN, TRUE, TRUE, 18, 18, &rgb, &alpha);
  assert_rgb_near (rgb, rgb_of (ka_layer_style_text_colour (TRUE, TRUE)), 0);
}

#define N_THREAD_DRAWS 200

/* A digest of every pixel the i-th draw of a thread paints. */
static guint32
thread_draw (guint i)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 30, 17);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) pixels = NULL;

  ka_symbols_draw (cr, i % KA_N_SYMBOLS, i % 2, i % 4 >= 2, 0, 0, 30, 17);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                        (gsize) cairo_image_surface_get_stride (surface) * 17);
  cairo_surface_destroy (surface);

  return g_bytes_hash (pixels);
}

static gpointer
draw_in_thread (gpointer data)
{
  guint32 *colours = data;

  for (guint i = 0; i < N_THREAD_DRAWS; i++)
    colours[i] = thread_draw (i);

  return NULL;
}

/* The cache and librsvg's handles are shared: drawing from several
 * threads at once must paint what one thread alone paints. */
static void
test_threads (void)
{
  guint32 alone[N_THREAD_DRAWS];
  guint32 together[4][N_THREAD_DRAWS];
  GThread *threads[4];

  for (guint i = 0; i < N_THREAD_DRAWS; i++)
    alone[i] = thread_draw (i);

  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    threads[t] = g_thread_new ("symbols", draw_in_thread, together[t]);
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    g_thread_join (threads[t]);

  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    for (guint i = 0; i < N_THREAD_DRAWS; i++)
      g_assert_cmphex (together[t][i], ==, alone[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map/symbols/palette", test_palette);
  g_test_add_func ("/map/symbols/for-line", test_for_line);
  g_test_add_func ("/map/symbols/draw", test_draw);
  g_test_add_func ("/map/symbols/threads", test_threads);

  return g_test_run ();
}
