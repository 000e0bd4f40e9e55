/* ka-citation-row.h — a citation with its button beside it, or below it
 * when the panel is narrow
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KA_TYPE_CITATION_ROW (ka_citation_row_get_type ())

G_DECLARE_FINAL_TYPE (KaCitationRow, ka_citation_row, KA, CITATION_ROW, GtkWidget)

GtkWidget *ka_citation_row_new (GtkWidget *citation,
                                GtkWidget *button);

G_END_DECLS
