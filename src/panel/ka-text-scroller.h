/* ka-text-scroller.h — scrolls a text view to a mark, and keeps it there
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KA_TYPE_TEXT_SCROLLER (ka_text_scroller_get_type ())

G_DECLARE_FINAL_TYPE (KaTextScroller, ka_text_scroller, KA, TEXT_SCROLLER, GObject)

KaTextScroller *ka_text_scroller_new            (GtkTextView    *text_view,
                                                 double          yalign);
void            ka_text_scroller_scroll_to_mark (KaTextScroller *self,
                                                 GtkTextMark    *mark);
gboolean        ka_text_scroller_is_settling    (KaTextScroller *self);
void            ka_text_scroller_cancel         (KaTextScroller *self);

G_END_DECLS
