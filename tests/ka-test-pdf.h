/* ka-test-pdf.h — what poppler's tools read in a PDF
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether pdftotext and pdfinfo are installed; the test is skipped if not. */
gboolean  ka_test_pdf_tools_found  (void);
/* The text pdftotext reads, without white space or hyphens. */
char     *ka_test_pdf_text         (const char *path);
/* A string as ka_test_pdf_text() gives it, to search that text for. */
char     *ka_test_pdf_collapse     (const char *text);
guint     ka_test_pdf_n_pages      (const char *path);
/* The first page's size in points, as pdfinfo reports it. */
void      ka_test_pdf_page_size    (const char *path,
                                    double     *width_pt,
                                    double     *height_pt);

G_END_DECLS
