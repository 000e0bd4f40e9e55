/* ka-report.c — the bundled report, by section and numbered paragraph
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-report"

#include "config.h"

#include <string.h>

#include "ka-report.h"
#include "ka-resource.h"

/* build-aux/atlas_compile_report.py reads the markdown at build time
 * (docs/claims-format.md, "Sections and paragraphs") into this: the
 * title, then per section its title, id and paragraphs, each with its
 * kind, text, whitespace-collapsed text, emphasis spans and, per byte of
 * the collapsed text plus one, its offset in the text. */
#define REPORT_TYPE "(sa(ssa(yssa(uuy)au)))"
#define REPORT_NAME "russia-japan-relations-2004.md"

typedef struct
{
  KaParagraphKind  kind;
  const char      *text;               /* in the report's variant */
  const char      *collapsed;
  const guint32   *collapsed_to_text;
  KaEmphasisSpan  *emphasis;
  guint            n_emphasis;
} Paragraph;

typedef struct
{
  const char *title;
  const char *id;
  GArray     *paragraphs;  /* Paragraph */
} Section;

struct _KaReport
{
  grefcount  ref_count;
  GVariant  *data;
  const char *title;
  GArray    *sections;     /* Section */
};

G_DEFINE_BOXED_TYPE (KaReport, ka_report, ka_report_ref, ka_report_unref)

static void
paragraph_clear (Paragraph *paragraph)
{
  g_free (paragraph->emphasis);
}

static void
section_clear (Section *section)
{
  g_array_unref (section->paragraphs);
}

/* Collapses runs of ASCII whitespace to one space and trims both ends.
 * Only ASCII: a no-break space in a quotation must match the report's.
 * The build collapses the report's paragraphs the same way
 * (collapse_whitespace() in build-aux/atlas_compile_report.py). */
static char *
collapse_whitespace (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean in_space = TRUE;
  gboolean pending = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          pending = !in_space || pending;
          in_space = TRUE;
          continue;
        }
      if (pending)
        g_string_append_c (out, ' ');
      g_string_append_c (out, *p);
      pending = FALSE;
      in_space = FALSE;
    }

  return g_string_free (out, FALSE);
}

/**
 * ka_report_collapse_whitespace:
 * @text: a string
 *
 * Returns: (transfer full): @text with each run of whitespace replaced by
 * one space and no leading or trailing space: the form quotations are
 * matched in.
 */
char *
ka_report_collapse_whitespace (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return collapse_whitespace (text);
}

static void
paragraph_init (Paragraph *paragraph,
                GVariant  *fields)
{
  g_autoptr(GVariant) emphasis = g_variant_get_child_value (fields, 3);
  g_autoptr(GVariant) map = g_variant_get_child_value (fields, 4);
  gsize n_map;
  guint8 kind;

  g_variant_get_child (fields, 0, "y", &kind);
  g_variant_get_child (fields, 1, "&s", &paragraph->text);
  g_variant_get_child (fields, 2, "&s", &paragraph->collapsed);
  paragraph->kind = kind;
  paragraph->collapsed_to_text = g_variant_get_fixed_array (map, &n_map, sizeof (guint32));
  paragraph->n_emphasis = g_variant_n_children (emphasis);
  paragraph->emphasis = g_new0 (KaEmphasisSpan, MAX (paragraph->n_emphasis, 1));
  for (guint i = 0; i < paragraph->n_emphasis; i++)
    {
      guint32 start, end;
      guint8 style;

      g_variant_get_child (emphasis, i, "(uuy)", &start, &end, &style);
      paragraph->emphasis[i] = (KaEmphasisSpan) { start, end, style };
    }
}

/**
 * ka_report_new_from_resource:
 * @resource_path: usually %KA_REPORT_RESOURCE_PATH
 * @error: return location for an error
 *
 * Maps the report as the build read it: sections and numbered paragraphs,
 * without the front matter, the Report Documentation Page form and the
 * back cover. The texts are used where they lie in the resource.
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error
 *   set if the build left it out
 */
KaReport *
ka_report_new_from_resource (const char  *resource_path,
                             GError     **error)
{
  g_autoptr(GVariant) data = NULL;
  g_autoptr(GVariant) sections = NULL;
  KaReport *report;

  g_return_val_if_fail (resource_path != NULL, NULL);

  data = ka_resource_lookup_variant (resource_path, G_VARIANT_TYPE (REPORT_TYPE), error);
  if (data == NULL)
    return NULL;

  report = g_new0 (KaReport, 1);
  g_ref_count_init (&report->ref_count);
  report->data = g_variant_ref (data);
  g_variant_get_child (data, 0, "&s", &report->title);
  sections = g_variant_get_child_value (data, 1);
  report->sections = g_array_sized_new (FALSE, TRUE, sizeof (Section), g_variant_n_children (sections));
  g_array_set_clear_func (report->sections, (GDestroyNotify) section_clear);
  for (gsize i = 0; i < g_variant_n_children (sections); i++)
    {
      g_autoptr(GVariant) fields = g_variant_get_child_value (sections, i);
      g_autoptr(GVariant) paragraphs = g_variant_get_child_value (fields, 2);
      Section section;

      g_variant_get_child (fields, 0, "&s", &section.title);
      g_variant_get_child (fields, 1, "&s", &section.id);
      section.paragraphs = g_array_sized_new (FALSE, TRUE, sizeof (Paragraph), g_variant_n_children (paragraphs));
      g_array_set_clear_func (section.paragraphs, (GDestroyNotify) paragraph_clear);
      g_array_set_size (section.paragraphs, g_variant_n_children (paragraphs));
      for (gsize j = 0; j < section.paragraphs->len; j++)
        {
          g_autoptr(GVariant) paragraph = g_variant_get_child_value (paragraphs, j);

          paragraph_init (&g_array_index (section.paragraphs, Paragraph, j), paragraph);
        }
      g_array_append_val (report->sections, section);
    }

  return report;
}

KaReport *
ka_report_ref (KaReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
ka_report_unref (KaReport *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_array_unref (self->sections);
  g_variant_unref (self->data);
  g_free (self);
}

/**
 * ka_report_get_name:
 *
 * Returns: the file name given when loading, used in messages
 */
const char *
ka_report_get_name (KaReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return REPORT_NAME;
}

/**
 * ka_report_get_title:
 *
 * Returns: (nullable): the report's title, from its level-one heading
 */
const char *
ka_report_get_title (KaReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title[0] != '\0' ? self->title : NULL;
}

guint
ka_report_get_n_sections (KaReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->sections->len;
}

static Section *
get_section (KaReport *self,
             guint     section)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (section < self->sections->len, NULL);

  return &g_array_index (self->sections, Section, section);
}

static Paragraph *
get_paragraph (KaReport *self,
               guint     section,
               guint     paragraph)
{
  Section *s = get_section (self, section);

  g_return_val_if_fail (s != NULL, NULL);
  g_return_val_if_fail (paragraph >= 1 && paragraph <= s->paragraphs->len, NULL);

  return &g_array_index (s->paragraphs, Paragraph, paragraph - 1);
}

/**
 * ka_report_get_section_title:
 * @section: 0-based section index
 *
 * Returns: the title as shown in citations, e.g. "The Record of Negotiations"
 */
const char *
ka_report_get_section_title (KaReport *self,
                             guint     section)
{
  Section *s = get_section (self, section);

  return s != NULL ? s->title : NULL;
}

/**
 * ka_report_get_section_id:
 * @section: 0-based section index
 *
 * Returns: the section's stable slug, e.g. "record-of-negotiations"
 */
const char *
ka_report_get_section_id (KaReport *self,
                          guint     section)
{
  Section *s = get_section (self, section);

  return s != NULL ? s->id : NULL;
}

/**
 * ka_report_lookup_section:
 * @section_id: a slug such as "troubled-history"
 * @section: (out) (optional): its 0-based index
 *
 * Returns: %TRUE if the report has a section with that slug
 */
gboolean
ka_report_lookup_section (KaReport   *self,
                          const char *section_id,
                          guint      *section)
{
  guint i;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (section_id != NULL, FALSE);

  for (i = 0; i < self->sections->len; i++)
    {
      Section *s = &g_array_index (self->sections, Section, i);

      if (g_str_equal (s->id, section_id))
        {
          if (section != NULL)
            *section = i;
          return TRUE;
        }
    }

  return FALSE;
}

guint
ka_report_get_n_paragraphs (KaReport *self,
                            guint     section)
{
  Section *s = get_section (self, section);

  return s != NULL ? s->paragraphs->len : 0;
}

/**
 * ka_report_get_paragraph_text:
 * @section: 0-based section index
 * @paragraph: 1-based paragraph number
 *
 * Returns: the paragraph for display: markdown emphasis markers removed
 * (see ka_report_get_paragraph_emphasis()), a bullet without its marker,
 * fragments split by a page break joined again
 */
const char *
ka_report_get_paragraph_text (KaReport *self,
                              guint     section,
                              guint     paragraph)
{
  Paragraph *p = get_paragraph (self, section, paragraph);

  return p != NULL ? p->text : NULL;
}

/**
 * ka_report_get_paragraph_collapsed:
 *
 * Returns: the paragraph text with whitespace collapsed, as quotations
 * are matched
 */
const char *
ka_report_get_paragraph_collapsed (KaReport *self,
                                   guint     section,
                                   guint     paragraph)
{
  Paragraph *p = get_paragraph (self, section, paragraph);

  return p != NULL ? p->collapsed : NULL;
}

KaParagraphKind
ka_report_get_paragraph_kind (KaReport *self,
                              guint     section,
                              guint     paragraph)
{
  Paragraph *p = get_paragraph (self, section, paragraph);

  return p != NULL ? p->kind : KA_PARAGRAPH_PROSE;
}

/**
 * ka_report_get_paragraph_emphasis:
 * @n_spans: (out): number of spans
 *
 * Returns: (array length=n_spans): the italic and bold runs, as byte
 * offsets into ka_report_get_paragraph_text()
 */
const KaEmphasisSpan *
ka_report_get_paragraph_emphasis (KaReport *self,
                                  guint     section,
                                  guint     paragraph,
                                  guint    *n_spans)
{
  Paragraph *p = get_paragraph (self, section, paragraph);

  g_return_val_if_fail (n_spans != NULL, NULL);

  *n_spans = p != NULL ? p->n_emphasis : 0;
  return p != NULL ? p->emphasis : NULL;
}

static gboolean
find_in_paragraph (Paragraph  *p,
                   const char *collapsed_quote,
                   gsize      *start,
                   gsize      *end)
{
  const char *hit = strstr (p->collapsed, collapsed_quote);
  gsize from, len;

  if (hit == NULL)
    return FALSE;

  from = hit - p->collapsed;
  len = strlen (collapsed_quote);
  if (start != NULL)
    *start = p->collapsed_to_text[from];
  if (end != NULL)
    *end = p->collapsed_to_text[from + len - 1] + 1;
  return TRUE;
}

/**
 * ka_report_find_quote_in:
 * @section: 0-based section index
 * @paragraph: 1-based paragraph number
 * @quote: the quotation, as plain text without markdown markers
 * @start: (out) (optional): byte offset of the quotation in the paragraph text
 * @end: (out) (optional): byte offset just after it
 *
 * Looks for @quote in one paragraph. Whitespace is collapsed on both
 * sides; everything else, quotation marks and apostrophes included, must
 * match exactly.
 *
 * Returns: %TRUE if the paragraph contains @quote
 */
gboolean
ka_report_find_quote_in (KaReport   *self,
                         guint       section,
                         guint       paragraph,
                         const char *quote,
                         gsize      *start,
                         gsize      *end)
{
  g_autofree char *collapsed = NULL;
  Paragraph *p;

  g_return_val_if_fail (quote != NULL, FALSE);

  p = get_paragraph (self, section, paragraph);
  if (p == NULL)
    return FALSE;

  collapsed = collapse_whitespace (quote);
  if (collapsed[0] == '\0')
    return FALSE;

  return find_in_paragraph (p, collapsed, start, end);
}

/**
 * ka_report_find_quote:
 * @quote: the quotation, as plain text without markdown markers
 * @section: (out) (optional): 0-based index of the section holding it
 * @paragraph: (out) (optional): 1-based number of the paragraph
 * @start: (out) (optional): byte offset in the paragraph text
 * @end: (out) (optional): byte offset just after the quotation
 *
 * Finds the first occurrence of @quote in reading order, matched as in
 * ka_report_find_quote_in().
 *
 * Returns: %TRUE if found
 */
gboolean
ka_report_find_quote (KaReport   *self,
                      const char *quote,
                      guint      *section,
                      guint      *paragraph,
                      gsize      *start,
                      gsize      *end)
{
  g_autofree char *collapsed = NULL;
  guint i, j;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (quote != NULL, FALSE);

  collapsed = collapse_whitespace (quote);
  if (collapsed[0] == '\0')
    return FALSE;

  for (i = 0; i < self->sections->len; i++)
    {
      Section *s = &g_array_index (self->sections, Section, i);

      for (j = 0; j < s->paragraphs->len; j++)
        {
          if (find_in_paragraph (&g_array_index (s->paragraphs, Paragraph, j), collapsed, start, end))
            {
              if (section != NULL)
                *section = i;
              if (paragraph != NULL)
                *paragraph = j + 1;
              return TRUE;
            }
        }
    }

  return FALSE;
}

/**
 * ka_report_format_citation:
 * @section: 0-based section index
 * @paragraph: 1-based paragraph number
 *
 * Returns: (transfer full): e.g. "The Record of Negotiations, ¶2"
 */
char *
ka_report_format_citation (KaReport *self,
                           guint     section,
                           guint     paragraph)
{
  Section *s = get_section (self, section);

  g_return_val_if_fail (s != NULL, NULL);

  return g_strdup_printf ("%s, ¶%u", s->title, paragraph);
}
