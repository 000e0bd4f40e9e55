/* ka-export-view.c
 *
 * An export is drawn, not captured: the basemap through the tile
 * renderer's view drawing and the overlays through the very painters the
 * screen uses, so PNG, SVG and PDF show what the map shows, and SVG and
 * PDF stay vector. This file composes the picture; ka-export-file.c
 * writes it.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-export-view"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ka-export-view.h"
#include "ka-layer-style.h"
#include "ka-map-style.h"
#include "ka-overlay.h"
#include "ka-state.h"

/* As the overlays' own, in pixels at scale 1. */
#define FONT_FAMILY "Cantarell, sans-serif"
#define BOX_MARGIN 12.0
#define BOX_PADDING 10.0
#define BOX_RADIUS 8.0
#define TITLE_SIZE 17.0
#define ATTRIBUTION_SIZE 11.5
#define STEP_TITLE_SIZE 27.0
#define STEP_TITLE_GAP 4.0
#define CAPTION_SIZE 21.0
#define CAPTION_LINES 2
#define CAPTION_LINE_HEIGHT 1.25
#define CAPTION_PADDING_X 28.0
#define CAPTION_PADDING_Y 12.0
#define CAPTION_ACCENT 4.0

G_DEFINE_QUARK (ka-export-error-quark, ka_export_error)

/**
 * ka_export_view_init:
 * @view: the view to fill in
 *
 * Sets @view to the atlas's opening view: 1945, both names, the light
 * style, the home frame fitted to 1920 × 1080 pixels, no caption, and
 * labels at the projector size, since exports end up on slides.
 */
void
ka_export_view_init (KaExportView *view)
{
  g_return_if_fail (view != NULL);

  *view = (KaExportView) {
    .year = ka_years[KA_N_YEARS - 1],
    .naming = KA_NAMING_BOTH,
    .text_scale = ka_label_size_get_text_scale (KA_LABEL_SIZE_PROJECTOR),
    .fit_box = TRUE,
    .box = KA_FRAME_BOX,
    .width = 1920,
    .height = 1080,
  };
}

void
ka_export_view_set_step (KaExportView        *view,
                         const KaLectureStep *step,
                         KaIslandSet         *islands)
{
  g_return_if_fail (view != NULL);
  g_return_if_fail (step != NULL);
  g_return_if_fail (islands != NULL);

  view->year = ka_lecture_step_get_year (step);
  view->compare_years = ka_lecture_step_get_compare (step);
  view->selected_island = ka_lecture_step_get_island (step);
  view->step = step;
  if (ka_lecture_step_get_naming (step) >= 0)
    view->naming = ka_lecture_step_get_naming (step);
  view->title = ka_lecture_step_get_title (step);
  view->caption = ka_lecture_step_get_caption (step);

  view->fit_box = !ka_lecture_step_resolve_view (step, islands, &view->box,
                                                 &view->centre_lon, &view->centre_lat, &view->zoom);
}

static double
resolve_scale (const KaExportView *view)
{
  if (view->scale > 0.0)
    return view->scale;

  /* So that a 4K image is the 1920 × 1080 one drawn at twice the size,
   * and an A4 page at 300 dpi reads like a slide. */
  return MAX (1.0, MIN ((double) view->width / KA_EXPORT_BASE_WIDTH,
                        (double) view->height / KA_EXPORT_BASE_HEIGHT));
}

static double
text_unit (const KaExportView *view,
           double              scale)
{
  return scale * (view->text_scale > 0.0 ? view->text_scale : 1.0);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && text[0] != '\0';
}

static gboolean
has_caption (const KaExportView *view)
{
  return has_text (view->caption) || has_text (view->title);
}

/* A fixed height whatever the text, so that the map sits in the same
 * place on every slide of a lecture. */
static double
caption_strip_height (const KaExportView *view,
                      double              scale)
{
  double unit = text_unit (view, scale);

  if (!has_caption (view))
    return 0.0;

  return round ((STEP_TITLE_SIZE * CAPTION_LINE_HEIGHT + STEP_TITLE_GAP +
                 CAPTION_LINES * CAPTION_SIZE * CAPTION_LINE_HEIGHT + 2 * CAPTION_PADDING_Y) * unit +
                CAPTION_ACCENT * scale);
}

static KaViewTransform
map_transform (const KaExportView *view,
               double              scale,
               double              map_height)
{
  double zoom, centre_lat, centre_lon;

  if (view->fit_box)
    {
      /* Fitted as the screen would fit it at this many pixels per screen
       * pixel; centred in Mercator, so as drawn. */
      zoom = ka_view_transform_zoom_for_box (&view->box, view->width / scale, map_height / scale);
      centre_lat = ka_geo_mercator_y_to_lat ((ka_geo_lat_to_mercator_y (view->box.min_y) +
                                              ka_geo_lat_to_mercator_y (view->box.max_y)) / 2.0);
      centre_lon = (view->box.min_x + view->box.max_x) / 2.0;
    }
  else
    {
      zoom = view->zoom;
      centre_lat = view->centre_lat;
      centre_lon = view->centre_lon;
    }

  return ka_view_transform_new (centre_lat, centre_lon, zoom + log2 (scale), view->width, map_height);
}

/**
 * ka_export_view_get_transform:
 * @view: the view
 * @scale: (out) (optional): the scale it is drawn at
 *
 * Returns: the transform from lon/lat to the exported image's pixels;
 * the map fills the image above the caption strip.
 */
KaViewTransform
ka_export_view_get_transform (const KaExportView *view,
                              double             *scale)
{
  double s = resolve_scale (view);

  if (scale != NULL)
    *scale = s;

  return map_transform (view, s, view->height - caption_strip_height (view, s));
}

/**
 * ka_export_view_validate:
 * @view: the view to check
 * @error: why it cannot be exported
 *
 * Returns: whether @view has a size, a year and a frame that can be drawn.
 */
gboolean
ka_export_view_validate (const KaExportView  *view,
                         GError             **error)
{
  if (view->width < KA_EXPORT_MIN_SIZE || view->width > KA_EXPORT_MAX_SIZE ||
      view->height < KA_EXPORT_MIN_SIZE || view->height > KA_EXPORT_MAX_SIZE)
    {
      g_set_error (error, KA_EXPORT_ERROR, KA_EXPORT_ERROR_INVALID_VIEW,
                   _("An image of %d × %d pixels cannot be exported: width and height must be "
                     "%d to %d pixels"),
                   view->width, view->height, KA_EXPORT_MIN_SIZE, KA_EXPORT_MAX_SIZE);
      return FALSE;
    }

  if (ka_year_index (view->year) < 0)
    {
      g_set_error (error, KA_EXPORT_ERROR, KA_EXPORT_ERROR_INVALID_VIEW,
                   _("There is no boundary layer for %u"), view->year);
      return FALSE;
    }

  if (view->fit_box ? ka_box_is_empty (&view->box) : !isfinite (view->zoom))
    {
      g_set_error (error, KA_EXPORT_ERROR, KA_EXPORT_ERROR_INVALID_VIEW,
                   _("The view to export is empty"));
      return FALSE;
    }

  return TRUE;
}

/**
 * ka_export_view_create_pango_context:
 * @cr: what the text will be drawn on
 *
 * Returns: (transfer full): a context that lays text out alike on every
 *   surface, for text drawn into export files
 */
PangoContext *
ka_export_view_create_pango_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted, so text is laid out alike whatever the surface: a PNG and
   * an SVG of one view put every label in the same place. */
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);

  return context;
}

/* A worker thread's context goes with the thread: its layouts first,
 * which hold it, then the context itself. */
static void
free_export_context (gpointer data)
{
  ka_overlay_forget_layouts (data);
  g_object_unref (data);
}

/* The overlays keep each label's shaped layout on the context, and the
 * layouts hold the context: a context per export would never be freed.
 * Each thread that exports keeps one instead, and its labels with it. */
static GPrivate export_context = G_PRIVATE_INIT (free_export_context);

static PangoContext *
get_pango_context (cairo_t *cr)
{
  PangoContext *context = g_private_get (&export_context);

  if (context == NULL)
    {
      context = ka_export_view_create_pango_context (cr);
      g_private_set (&export_context, context);
    }

  return context;
}

static PangoLayout *
make_layout (PangoContext *context,
             const char   *text,
             double        size_px,
             gboolean      bold)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size_px * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_MEDIUM);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 1.5 * G_PI);
  cairo_close_path (cr);
}

static void
set_rgba (cairo_t       *cr,
          const GdkRGBA *rgba,
          double         alpha)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha);
}

static char *
title_text (const KaExportView *view)
{
  if (view->compare_years)
    /* Translators: an exported map's title, e.g. "Kuril Islands · 1855–1945" */
    return g_strdup_printf (_("Kuril Islands · %u–%u"), ka_years[0], ka_years[KA_N_YEARS - 1]);

  /* Translators: an exported map's title, e.g. "Kuril Islands · 1875" */
  return g_strdup_printf (_("Kuril Islands · %u"), view->year);
}

typedef struct
{
  PangoLayout *title;
  PangoLayout *credit;
  KaBox box;
} TitleBlock;

static void
title_block_clear (TitleBlock *block)
{
  g_clear_object (&block->title);
  g_clear_object (&block->credit);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TitleBlock, title_block_clear)

/* The title and year over the attribution, in the map's lower right
 * corner: open sea in the atlas's own frame. Labels and the legend keep
 * out of it. */
static void
title_block_init (TitleBlock            *block,
                  const KaExportView    *view,
                  const KaViewTransform *transform,
                  double                 scale,
                  PangoContext          *context)
{
  double unit = text_unit (view, scale);
  g_autofree char *title = title_text (view);
  const char *attribution = view->attribution ? view->attribution : _(KA_COASTLINE_ATTRIBUTION);
  int title_width, title_height, credit_width, credit_height;
  double width, height;

  block->title = make_layout (context, title, TITLE_SIZE * unit, TRUE);
  block->credit = make_layout (context, attribution, ATTRIBUTION_SIZE * unit, FALSE);
  pango_layout_get_pixel_size (block->title, &title_width, &title_height);
  pango_layout_get_pixel_size (block->credit, &credit_width, &credit_height);
  width = MAX (title_width, credit_width) + 2 * BOX_PADDING * unit;
  height = title_height + credit_height + 2 * BOX_PADDING * unit;
  block->box.max_x = transform->width - BOX_MARGIN * unit;
  block->box.max_y = transform->height - BOX_MARGIN * unit;
  block->box.min_x = block->box.max_x - width;
  block->box.min_y = block->box.max_y - height;
}

static void
draw_title_block (const KaExportView *view,
                  const TitleBlock   *block,
                  double              scale,
                  cairo_t            *cr)
{
  double unit = text_unit (view, scale);
  const GdkRGBA *halo = ka_layer_style_halo_colour (view->dark, view->high_contrast);
  const GdkRGBA *text = ka_layer_style_text_colour (view->dark, view->high_contrast);
  const KaBox *box = &block->box;
  int title_width, title_height, credit_width;

  pango_layout_get_pixel_size (block->title, &title_width, &title_height);
  pango_layout_get_pixel_size (block->credit, &credit_width, NULL);

  cairo_save (cr);
  cairo_new_path (cr);
  rounded_rectangle (cr, box->min_x, box->min_y, box->max_x - box->min_x, box->max_y - box->min_y,
                     BOX_RADIUS * unit);
  set_rgba (cr, halo, 0.92);
  cairo_fill_preserve (cr);
  set_rgba (cr, text, 0.25);
  cairo_set_line_width (cr, scale);
  cairo_stroke (cr);

  set_rgba (cr, text, 1.0);
  cairo_move_to (cr, box->max_x - BOX_PADDING * unit - title_width, box->min_y + BOX_PADDING * unit);
  pango_cairo_show_layout (cr, block->title);
  set_rgba (cr, text, 0.8);
  cairo_move_to (cr, box->max_x - BOX_PADDING * unit - credit_width,
                 box->min_y + BOX_PADDING * unit + title_height);
  pango_cairo_show_layout (cr, block->credit);
  cairo_restore (cr);
}

/* A dark band under the map, whatever the style, as on a slide: the
 * step's title on one line over its caption of at most two lines, each
 * ended with an ellipsis if longer. */
static void
draw_caption_strip (const KaExportView *view,
                    double              scale,
                    double              top,
                    cairo_t            *cr,
                    PangoContext       *context)
{
  double unit = text_unit (view, scale);
  double height = view->height - top;
  double accent = CAPTION_ACCENT * scale;
  double text_width = view->width - 2 * CAPTION_PADDING_X * unit;
  g_autoptr(PangoLayout) title = make_layout (context, has_text (view->title) ? view->title : "",
                                              STEP_TITLE_SIZE * unit, TRUE);
  g_autoptr(PangoLayout) caption = make_layout (context, has_text (view->caption) ? view->caption : "",
                                                CAPTION_SIZE * unit, FALSE);
  const GdkRGBA *band = ka_layer_style_text_colour (FALSE, view->high_contrast);
  const GdkRGBA *ink = ka_layer_style_text_colour (TRUE, view->high_contrast);
  const GdkRGBA *accent_colour = ka_layer_style_fill_colour (KA_FILL_JAPAN);
  int title_height = 0, caption_height = 0;
  double y;

  pango_layout_set_width (title, (int) (text_width * PANGO_SCALE));
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (caption, (int) (text_width * PANGO_SCALE));
  pango_layout_set_height (caption, -CAPTION_LINES);
  pango_layout_set_wrap (caption, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (caption, PANGO_ELLIPSIZE_END);
  pango_layout_set_line_spacing (caption, CAPTION_LINE_HEIGHT);
  if (has_text (view->title))
    pango_layout_get_pixel_size (title, NULL, &title_height);
  if (has_text (view->caption))
    pango_layout_get_pixel_size (caption, NULL, &caption_height);

  cairo_save (cr);
  cairo_rectangle (cr, 0, top, view->width, height);
  set_rgba (cr, band, 1.0);
  cairo_fill (cr);
  cairo_rectangle (cr, 0, top, view->width, accent);
  set_rgba (cr, accent_colour, 1.0);
  cairo_fill (cr);

  /* Centred as a block, so a one-line caption does not sit at the top. */
  y = top + accent + (height - accent - title_height - caption_height -
                      (title_height > 0 && caption_height > 0 ? STEP_TITLE_GAP * unit : 0)) / 2.0;
  set_rgba (cr, ink, 1.0);
  if (title_height > 0)
    {
      cairo_move_to (cr, CAPTION_PADDING_X * unit, y);
      pango_cairo_show_layout (cr, title);
      y += title_height + STEP_TITLE_GAP * unit;
    }
  if (caption_height > 0)
    {
      set_rgba (cr, ink, 0.9);
      cairo_move_to (cr, CAPTION_PADDING_X * unit, y);
      pango_cairo_show_layout (cr, caption);
    }
  cairo_restore (cr);
}

/**
 * ka_export_view_draw:
 * @atlas: the islands and boundaries
 * @renderer: draws the basemap
 * @view: what to draw
 * @cr: where to draw, in @cr's user space from (0, 0) to the view's
 *   width and height
 *
 * Draws the export of @view: basemap, island fills, selection, boundaries,
 * labels, legend, title and attribution, and the caption strip.
 */
void
ka_export_view_draw (KaAtlas            *atlas,
                     KaTileRenderer     *renderer,
                     const KaExportView *view,
                     cairo_t            *cr)
{
  g_auto(GStrv) step_islands = view->step != NULL ? ka_lecture_step_dup_island_ids (view->step, ka_atlas_get_islands (atlas)) : NULL;
  double scale = resolve_scale (view);
  double strip_height = caption_strip_height (view, scale);
  double map_height = view->height - strip_height;
  KaViewTransform transform = map_transform (view, scale, map_height);
  PangoContext *context;
  int year_index = ka_year_index (view->year);
  g_autofree char *step_text = g_strjoin ("\n", has_text (view->title) ? view->title : "",
                                          has_text (view->caption) ? view->caption : "", NULL);
  KaOverlayScene scene;
  g_auto(TitleBlock) title_block = { NULL, NULL, { 0 } };

  g_return_if_fail (atlas != NULL);
  g_return_if_fail (renderer != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (year_index >= 0);

  context = get_pango_context (cr);
  title_block_init (&title_block, view, &transform, scale, context);
  scene = (KaOverlayScene) {
    .transform = transform,
    .scale = scale,
    .text_scale = view->text_scale > 0.0 ? view->text_scale : 1.0,
    .islands = ka_atlas_get_islands (atlas),
    .boundaries = ka_atlas_get_boundaries (atlas),
    .year_index = year_index,
    .previous_year_index = year_index,
    .year_progress = 1.0,
    .compare_years = view->compare_years,
    .selected_island = view->selected_island,
    .selected_islands = (const char * const *) step_islands,
    .step_text = has_caption (view) ? step_text : NULL,
    .naming = view->naming,
    .dark = view->dark,
    .high_contrast = view->high_contrast,
    .reserved = &title_block.box,
    .n_reserved = 1,
    .placed_labels = view->placed_labels,
  };

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, view->width, map_height);
  cairo_clip (cr);

  ka_tile_renderer_draw_view (renderer, cr, ka_map_style_get (view->dark, view->high_contrast), &transform, scale);
  ka_overlay_paint_fills (&scene, cr);
  ka_overlay_paint_selection (&scene, cr);
  ka_overlay_paint_boundaries (&scene, cr);
  ka_overlay_paint_labels (&scene, cr, context);
  ka_overlay_paint_legend (&scene, cr, context);
  draw_title_block (view, &title_block, scale, cr);
  cairo_restore (cr);

  if (strip_height > 0)
    draw_caption_strip (view, scale, map_height, cr, context);
}

/**
 * ka_export_view_draw_image:
 * @atlas: the islands and boundaries
 * @renderer: draws the basemap
 * @view: what to draw, already validated
 * @error: where to put a failure
 *
 * Returns: (transfer full): @view drawn on an ARGB32 image surface, or
 *   %NULL when cairo failed
 */
cairo_surface_t *
ka_export_view_draw_image (KaAtlas            *atlas,
                           KaTileRenderer     *renderer,
                           const KaExportView *view,
                           GError            **error)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, view->width, view->height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  ka_export_view_draw (atlas, renderer, view, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KA_EXPORT_ERROR, KA_EXPORT_ERROR_DRAW,
                   _("The map could not be drawn: %s"), cairo_status_to_string (status));
      cairo_surface_destroy (surface);
      return NULL;
    }

  return surface;
}

/**
 * ka_export_view_to_texture:
 * @atlas: the islands and boundaries
 * @renderer: draws the basemap
 * @view: what to draw
 * @error: where to put a failure
 *
 * Draws @view as a texture, for the clipboard. Needs no display.
 *
 * Returns: (transfer full): the image, or %NULL on failure.
 */
GdkTexture *
ka_export_view_to_texture (KaAtlas             *atlas,
                           KaTileRenderer      *renderer,
                           const KaExportView  *view,
                           GError             **error)
{
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;
  int stride;

  g_return_val_if_fail (atlas != NULL, NULL);
  g_return_val_if_fail (renderer != NULL, NULL);
  g_return_val_if_fail (view != NULL, NULL);

  if (!ka_export_view_validate (view, error))
    return NULL;

  surface = ka_export_view_draw_image (atlas, renderer, view, error);
  if (surface == NULL)
    return NULL;

  /* Cairo's ARGB32 is GDK's default memory format, byte for byte. */
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * view->height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (view->width, view->height, GDK_MEMORY_DEFAULT, bytes, stride);

  return texture;
}
