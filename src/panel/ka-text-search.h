/* ka-text-search.h — every match of a search in a text buffer, one current
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KA_TYPE_TEXT_SEARCH (ka_text_search_get_type ())

G_DECLARE_FINAL_TYPE (KaTextSearch, ka_text_search, KA, TEXT_SEARCH, GObject)

KaTextSearch *ka_text_search_new               (GtkTextBuffer *buffer);
guint         ka_text_search_set_text          (KaTextSearch  *self,
                                                const char    *text);
const char   *ka_text_search_get_text          (KaTextSearch  *self);
gboolean      ka_text_search_is_active         (KaTextSearch  *self);
guint         ka_text_search_get_n_matches     (KaTextSearch  *self);
gboolean      ka_text_search_get_match         (KaTextSearch  *self,
                                                guint          index,
                                                GtkTextIter   *start,
                                                GtkTextIter   *end);
int           ka_text_search_get_current       (KaTextSearch  *self);
guint         ka_text_search_find_from         (KaTextSearch  *self,
                                                const GtkTextIter *iter);
GtkTextMark  *ka_text_search_select            (KaTextSearch  *self,
                                                int            index);
GtkTextMark  *ka_text_search_step              (KaTextSearch  *self,
                                                int            step);
char         *ka_text_search_describe          (KaTextSearch  *self);
GtkTextTag   *ka_text_search_get_match_tag     (KaTextSearch  *self);
GtkTextTag   *ka_text_search_get_current_tag   (KaTextSearch  *self);

G_END_DECLS
