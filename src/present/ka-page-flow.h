/* ka-page-flow.h — text and pictures flowed down the pages of a PDF
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KA_TEXT_TITLE,      /* a step's title */
  KA_TEXT_HEADING,    /* over a part of a step: the claims, the note */
  KA_TEXT_BODY,
  KA_TEXT_STRONG,     /* a claim's status */
  KA_TEXT_QUOTE,      /* the report's words, indented */
  KA_TEXT_SMALL,      /* citations, sources, the step counter */
} KaTextStyle;

typedef struct _KaPageFlow KaPageFlow;

/* Pages of @width_pt × @height_pt on @surface, a PDF surface; each is
 * numbered, with @footer beside the number. */
KaPageFlow *ka_page_flow_new            (cairo_surface_t *surface,
                                         double           width_pt,
                                         double           height_pt,
                                         const char      *footer);
void        ka_page_flow_free           (KaPageFlow      *self);

cairo_t    *ka_page_flow_get_cr         (KaPageFlow      *self);
double      ka_page_flow_get_left       (KaPageFlow      *self);
double      ka_page_flow_get_width      (KaPageFlow      *self);
guint       ka_page_flow_get_n_pages    (KaPageFlow      *self);

/* Ends the page, unless nothing is on it yet. */
void        ka_page_flow_break          (KaPageFlow      *self);
/* The top of @height points of room, on a new page if this one lacks it. */
double      ka_page_flow_take           (KaPageFlow      *self,
                                         double           height);
void        ka_page_flow_add_space      (KaPageFlow      *self,
                                         double           height);
void        ka_page_flow_add_text       (KaPageFlow      *self,
                                         KaTextStyle      style,
                                         const char      *text);
/* Ends the last page. */
void        ka_page_flow_finish         (KaPageFlow      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaPageFlow, ka_page_flow_free)

G_END_DECLS
