/* ka-page-flow.c
 *
 * A handout is text first: each paragraph is laid out by Pango and shown
 * as text, so the PDF can be searched, copied and read aloud, and moves
 * to the next page whole when it does not fit.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-page-flow"

#include "config.h"

#include <pango/pangocairo.h>

#include "ka-export-view.h"
#include "ka-page-flow.h"

/* In points: about 18 mm, wide enough for any printer. */
#define MARGIN 52.0
#define FOOTER_SIZE 8.0
#define QUOTE_INDENT 18.0
/* A heading never ends a page: it needs this much room below it. */
#define KEEP_WITH_NEXT 36.0

static const struct
{
  double size;       /* points */
  PangoWeight weight;
  PangoStyle style;
  double grey;       /* 0 black */
  double space_after;
  double indent;
  gboolean keep_with_next;
} styles[] = {
  [KA_TEXT_TITLE] = { 18.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0.0, 8.0, 0.0, TRUE },
  [KA_TEXT_HEADING] = { 12.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0.0, 4.0, 0.0, TRUE },
  [KA_TEXT_BODY] = { 10.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0.0, 6.0, 0.0, FALSE },
  [KA_TEXT_STRONG] = { 10.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0.0, 3.0, 0.0, TRUE },
  [KA_TEXT_QUOTE] = { 10.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 0.15, 1.0, QUOTE_INDENT, TRUE },
  [KA_TEXT_SMALL] = { 8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0.35, 6.0, QUOTE_INDENT, FALSE },
};

struct _KaPageFlow
{
  cairo_t *cr;
  PangoContext *context;
  double width;
  double height;
  char *footer;
  double y;          /* where the next thing goes */
  guint n_pages;     /* begun */
  gboolean empty;    /* nothing on the page yet */
};

KaPageFlow *
ka_page_flow_new (cairo_surface_t *surface,
                  double           width_pt,
                  double           height_pt,
                  const char      *footer)
{
  KaPageFlow *self = g_new0 (KaPageFlow, 1);

  self->cr = cairo_create (surface);
  self->context = ka_export_view_create_pango_context (self->cr);
  self->width = width_pt;
  self->height = height_pt;
  self->footer = g_strdup (footer);
  self->y = MARGIN;
  self->n_pages = 1;
  self->empty = TRUE;

  return self;
}

void
ka_page_flow_free (KaPageFlow *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->context);
  g_clear_pointer (&self->cr, cairo_destroy);
  g_free (self->footer);
  g_free (self);
}

cairo_t *
ka_page_flow_get_cr (KaPageFlow *self)
{
  return self->cr;
}

double
ka_page_flow_get_left (KaPageFlow *self)
{
  return MARGIN;
}

double
ka_page_flow_get_width (KaPageFlow *self)
{
  return self->width - 2 * MARGIN;
}

guint
ka_page_flow_get_n_pages (KaPageFlow *self)
{
  return self->n_pages;
}

static PangoLayout *
make_layout (KaPageFlow  *self,
             KaTextStyle  style,
             const char  *text,
             double       width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string ("Cantarell, sans-serif");

  pango_font_description_set_absolute_size (font, styles[style].size * PANGO_SCALE);
  pango_font_description_set_weight (font, styles[style].weight);
  pango_font_description_set_style (font, styles[style].style);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  /* Whole words only: a hyphen Pango adds would split a word of the
   * caption for whoever searches the PDF. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static void
draw_footer (KaPageFlow *self)
{
  g_autofree char *text = g_strdup_printf ("%s · %u", self->footer ? self->footer : "", self->n_pages);
  g_autoptr(PangoLayout) layout = make_layout (self, KA_TEXT_SMALL, text, ka_page_flow_get_width (self));
  int height;

  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  pango_layout_get_pixel_size (layout, NULL, &height);
  cairo_save (self->cr);
  cairo_set_source_rgb (self->cr, 0.4, 0.4, 0.4);
  cairo_move_to (self->cr, MARGIN, self->height - MARGIN / 2.0 - height);
  pango_cairo_show_layout (self->cr, layout);
  cairo_restore (self->cr);
}

void
ka_page_flow_break (KaPageFlow *self)
{
  if (self->empty)
    return;

  draw_footer (self);
  cairo_show_page (self->cr);
  self->n_pages++;
  self->y = MARGIN;
  self->empty = TRUE;
}

/* The last line of the page is the footer's. */
static gboolean
fits (KaPageFlow *self,
      double      height)
{
  return self->y + height <= self->height - MARGIN - FOOTER_SIZE;
}

double
ka_page_flow_take (KaPageFlow *self,
                   double      height)
{
  double top;

  if (!fits (self, height))
    ka_page_flow_break (self);

  top = self->y;
  self->y += height;
  self->empty = FALSE;

  return top;
}

void
ka_page_flow_add_space (KaPageFlow *self,
                        double      height)
{
  if (!self->empty)
    self->y += height;
}

void
ka_page_flow_add_text (KaPageFlow  *self,
                       KaTextStyle  style,
                       const char  *text)
{
  double indent = styles[style].indent;
  g_autoptr(PangoLayout) layout = make_layout (self, style, text, ka_page_flow_get_width (self) - indent);
  int height;
  double top;

  g_return_if_fail (style < G_N_ELEMENTS (styles));

  pango_layout_get_pixel_size (layout, NULL, &height);
  if (styles[style].keep_with_next && !fits (self, height + KEEP_WITH_NEXT))
    ka_page_flow_break (self);
  top = ka_page_flow_take (self, height);

  cairo_save (self->cr);
  cairo_set_source_rgb (self->cr, styles[style].grey, styles[style].grey, styles[style].grey);
  cairo_move_to (self->cr, MARGIN + indent, top);
  pango_cairo_show_layout (self->cr, layout);
  cairo_restore (self->cr);

  self->y += styles[style].space_after;
}

void
ka_page_flow_finish (KaPageFlow *self)
{
  if (!self->empty)
    {
      draw_footer (self);
      cairo_show_page (self->cr);
    }
}
