/* ka-report-view.h — the whole bundled report, with a passage highlighted
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ka-report.h"

G_BEGIN_DECLS

/* The action the view's “Back to island” button activates. */
#define KA_REPORT_VIEW_BACK_ACTION "panel.back"

#define KA_TYPE_REPORT_VIEW (ka_report_view_get_type ())

G_DECLARE_FINAL_TYPE (KaReportView, ka_report_view, KA, REPORT_VIEW, GtkWidget)

GtkWidget *ka_report_view_new           (void);
KaReport  *ka_report_view_get_report    (KaReportView  *self);
void       ka_report_view_set_report    (KaReportView  *self,
                                         KaReport      *report);
gboolean   ka_report_view_show_passage  (KaReportView  *self,
                                         guint          section,
                                         guint          paragraph,
                                         gsize          start,
                                         gsize          end);
void       ka_report_view_clear_highlight (KaReportView *self);
gboolean   ka_report_view_get_highlight (KaReportView  *self,
                                         guint         *section,
                                         guint         *paragraph,
                                         char         **text);
void       ka_report_view_search        (KaReportView  *self,
                                         const char    *text);
guint      ka_report_view_get_n_matches (KaReportView  *self);
gboolean   ka_report_view_end_search    (KaReportView  *self);

G_END_DECLS
