/* ka-report.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Where the bundled report lives in the application's GResource. */
#define KA_REPORT_RESOURCE_PATH "/io/github/kurilatlas/KurilAtlas/compiled/report.gvariant"

typedef enum
{
  KA_PARAGRAPH_PROSE,
  KA_PARAGRAPH_BULLET,
} KaParagraphKind;

typedef enum
{
  KA_EMPHASIS_ITALIC = 1 << 0,
  KA_EMPHASIS_BOLD   = 1 << 1,
} KaEmphasis;

/* A run of emphasised text, as byte offsets into a paragraph's text. */
typedef struct
{
  gsize      start;
  gsize      end;
  KaEmphasis style;
} KaEmphasisSpan;

typedef struct _KaReport KaReport;

#define KA_TYPE_REPORT (ka_report_get_type ())

GType                 ka_report_get_type               (void) G_GNUC_CONST;

KaReport             *ka_report_new_from_resource      (const char   *resource_path,
                                                        GError      **error);
KaReport             *ka_report_ref                    (KaReport     *self);
void                  ka_report_unref                  (KaReport     *self);

const char           *ka_report_get_name               (KaReport     *self);
const char           *ka_report_get_title              (KaReport     *self);

/* Sections are addressed by a 0-based index; paragraphs by their 1-based
 * number within the section, the ¶ number shown in citations. */
guint                 ka_report_get_n_sections         (KaReport     *self);
const char           *ka_report_get_section_title      (KaReport     *self,
                                                        guint         section);
const char           *ka_report_get_section_id         (KaReport     *self,
                                                        guint         section);
gboolean              ka_report_lookup_section         (KaReport     *self,
                                                        const char   *section_id,
                                                        guint        *section);
guint                 ka_report_get_n_paragraphs       (KaReport     *self,
                                                        guint         section);
const char           *ka_report_get_paragraph_text     (KaReport     *self,
                                                        guint         section,
                                                        guint         paragraph);
const char           *ka_report_get_paragraph_collapsed (KaReport    *self,
                                                        guint         section,
                                                        guint         paragraph);
KaParagraphKind       ka_report_get_paragraph_kind     (KaReport     *self,
                                                        guint         section,
                                                        guint         paragraph);
const KaEmphasisSpan *ka_report_get_paragraph_emphasis (KaReport     *self,
                                                        guint         section,
                                                        guint         paragraph,
                                                        guint        *n_spans);

gboolean              ka_report_find_quote             (KaReport     *self,
                                                        const char   *quote,
                                                        guint        *section,
                                                        guint        *paragraph,
                                                        gsize        *start,
                                                        gsize        *end);
gboolean              ka_report_find_quote_in          (KaReport     *self,
                                                        guint         section,
                                                        guint         paragraph,
                                                        const char   *quote,
                                                        gsize        *start,
                                                        gsize        *end);
char                 *ka_report_format_citation        (KaReport     *self,
                                                        guint         section,
                                                        guint         paragraph);

char                 *ka_report_collapse_whitespace    (const char   *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaReport, ka_report_unref)

G_END_DECLS
