/* ka-symbols.c
 *
 * The symbols are SVG files in the GResource, so they can be edited in
 * any drawing program; a test holds their colours to the palette in
 * ka-layer-style.c. Each is parsed once per style and kept for the life
 * of the process. Drawing may happen on any thread: librsvg handles are
 * not safe to share between threads, so loading and rendering are
 * serialised by one lock, which costs little for symbols this small.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-symbols"

#include "config.h"

#include <string.h>

#include <librsvg/rsvg.h>

#include "kuril-atlas-resources.h"
#include "ka-symbols.h"

/* Light and dark, each plain and in high contrast. */
#define N_STYLES 4

static const char * const symbol_files[KA_N_SYMBOLS] = {
  [KA_SYMBOL_FILL_JAPAN] = "fill-japan.svg",
  [KA_SYMBOL_FILL_RUSSIA] = "fill-russia.svg",
  [KA_SYMBOL_FILL_UNDIVIDED] = "fill-undivided.svg",
  [KA_SYMBOL_FILL_RUSSIA_CLAIMED_BY_JAPAN] = "fill-russia-claimed.svg",
  [KA_SYMBOL_LINE_1855] = "line-1855.svg",
  [KA_SYMBOL_LINE_1875] = "line-1875.svg",
  [KA_SYMBOL_LINE_1905] = "line-1905.svg",
  [KA_SYMBOL_LINE_1945] = "line-1945.svg",
  [KA_SYMBOL_LINE_CLAIM] = "line-claim.svg",
  [KA_SYMBOL_TOWN] = "town.svg",
};

static GMutex symbols_lock;
/* Indexed by [dark + 2 × high contrast][symbol]; a failed load stays
 * NULL and is retried. */
static RsvgHandle *handles[N_STYLES][KA_N_SYMBOLS];

const char *
ka_symbols_get_resource_path (KaSymbol symbol)
{
  static char *paths[KA_N_SYMBOLS];
  static gsize initialised = 0;

  g_return_val_if_fail (symbol < KA_N_SYMBOLS, NULL);

  if (g_once_init_enter (&initialised))
    {
      for (guint i = 0; i < KA_N_SYMBOLS; i++)
        paths[i] = g_strconcat (RESOURCE_PREFIX, "/symbols/", symbol_files[i], NULL);
      g_once_init_leave (&initialised, 1);
    }

  return paths[symbol];
}

KaSymbol
ka_symbols_for_fill (KaFill fill)
{
  switch (fill)
    {
    case KA_FILL_JAPAN:
      return KA_SYMBOL_FILL_JAPAN;
    case KA_FILL_RUSSIA:
      return KA_SYMBOL_FILL_RUSSIA;
    case KA_FILL_UNDIVIDED:
      return KA_SYMBOL_FILL_UNDIVIDED;
    case KA_FILL_RUSSIA_CLAIMED_BY_JAPAN:
      return KA_SYMBOL_FILL_RUSSIA_CLAIMED_BY_JAPAN;
    case KA_N_FILLS:
    default:
      g_return_val_if_reached (KA_SYMBOL_FILL_JAPAN);
    }
}

KaSymbol
ka_symbols_for_line (const KaLineStyle *style)
{
  G_STATIC_ASSERT (KA_SYMBOL_LINE_1945 - KA_SYMBOL_LINE_1855 + 1 == KA_N_YEARS);

  for (guint y = 0; y < KA_N_YEARS; y++)
    if (style == ka_layer_style_line_for (y, KA_BOUNDARY_KIND_BOUNDARY))
      return KA_SYMBOL_LINE_1855 + y;

  if (style != ka_layer_style_line_for (KA_N_YEARS - 1, KA_BOUNDARY_KIND_CLAIM))
    g_critical ("%s: not one of the map's line styles", G_STRFUNC);

  return KA_SYMBOL_LINE_CLAIM;
}

static char *
css_colour (const GdkRGBA *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (guint) (rgba->red * 255 + 0.5),
                          (guint) (rgba->green * 255 + 0.5),
                          (guint) (rgba->blue * 255 + 0.5));
}

/* The files hold the light style; the others recolour their casing,
 * frame and dot by class, from the same palette the map uses, and high
 * contrast makes them opaque and the hatching black, as on the map. */
static char *
create_stylesheet (KaSymbol symbol,
                   gboolean dark,
                   gboolean high_contrast)
{
  g_autofree char *halo = css_colour (ka_layer_style_halo_colour (dark, high_contrast));
  g_autofree char *text = css_colour (ka_layer_style_text_colour (dark, high_contrast));
  GString *css = g_string_new (NULL);

  g_string_append_printf (css,
                          ".casing { stroke: %s; }\n"
                          ".frame { stroke: %s; }\n"
                          ".dot-halo { fill: %s; }\n"
                          ".dot-core { fill: %s; }\n",
                          halo, text, halo, text);

  /* Black on a dark map would vanish: 1945's line turns light, as on the map. */
  if (symbol == KA_SYMBOL_LINE_1945)
    g_string_append_printf (css, ".line { stroke: %s; }\n", text);

  if (high_contrast)
    g_string_append (css,
                     ".casing, .frame { stroke-opacity: 1; }\n"
                     ".hatch { stroke: #000000; stroke-opacity: 1; stroke-width: 1.8; }\n");

  return g_string_free (css, FALSE);
}

static RsvgHandle *
load_handle (KaSymbol  symbol,
             gboolean  dark,
             gboolean  high_contrast,
             GError  **error)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  RsvgHandle *handle;

  /* Keeps the linker from dropping the built-in resources from programs
   * that draw symbols but never load the atlas. */
  (void) kuril_atlas_get_resource ();

  uri = g_strconcat ("resource://", ka_symbols_get_resource_path (symbol), NULL);
  file = g_file_new_for_uri (uri);
  handle = rsvg_handle_new_from_gfile_sync (file, RSVG_HANDLE_FLAGS_NONE, NULL, error);
  if (handle == NULL)
    return NULL;

  if (dark || high_contrast)
    {
      g_autofree char *css = create_stylesheet (symbol, dark, high_contrast);

      if (!rsvg_handle_set_stylesheet (handle, (const guint8 *) css, strlen (css), error))
        g_clear_object (&handle);
    }

  return handle;
}

/**
 * ka_symbols_draw:
 * @cr: where to draw
 * @symbol: what to draw
 * @dark: whether for the dark style
 * @high_contrast: whether for the high-contrast style
 * @x: the left edge, in @cr's user space
 * @y: the top edge
 * @width: the width the symbol is scaled to
 * @height: the height; the symbol keeps its shape, centred
 *
 * Draws a symbol with librsvg, as vectors on a vector surface. Safe to
 * call from any thread.
 */
void
ka_symbols_draw (cairo_t  *cr,
                 KaSymbol  symbol,
                 gboolean  dark,
                 gboolean  high_contrast,
                 double    x,
                 double    y,
                 double    width,
                 double    height)
{
  RsvgRectangle viewport = { x, y, width, height };
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle;
  guint style = (dark ? 1 : 0) + (high_contrast ? 2 : 0);

  g_return_if_fail (cr != NULL);
  g_return_if_fail (symbol < KA_N_SYMBOLS);

  /* A file whose writing failed has nothing more to draw, and librsvg
   * warns of a context in error. */
  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    return;

  g_mutex_lock (&symbols_lock);

  handle = handles[style][symbol];
  if (handle == NULL)
    handle = handles[style][symbol] = load_handle (symbol, dark, high_contrast, &error);

  if (handle != NULL)
    {
      cairo_save (cr);
      if (!rsvg_handle_render_document (handle, cr, &viewport, &error))
        g_critical ("Cannot draw the symbol %s: %s", symbol_files[symbol], error->message);
      cairo_restore (cr);
    }
  else
    {
      /* The symbols are built in: only a broken build gets here. */
      g_critical ("Cannot load the symbol %s: %s", symbol_files[symbol], error->message);
    }

  g_mutex_unlock (&symbols_lock);
}
