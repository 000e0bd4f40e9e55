/* ka-report.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-report"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "ka-report.h"
#include "ka-resource.h"

/* How the markdown is read is documented in docs/claims-format.md
 * ("Sections and paragraphs"); keep the two in step. */

#define INTRODUCTION_TITLE "Introduction"
#define EXECUTIVE_SUMMARY_ID "executive-summary"
#define FORM_MARKER "Report Documentation Page"

typedef struct
{
  KaParagraphKind kind;
  GString        *source;             /* markdown, page-break fragments joined */
  char           *text;               /* emphasis markers decoded */
  char           *collapsed;
  GArray         *collapsed_to_text;  /* gsize per collapsed byte, plus one */
  GArray         *emphasis;           /* KaEmphasisSpan */
} Paragraph;

typedef struct
{
  char      *title;
  char      *id;
  GPtrArray *paragraphs;
} Section;

struct _KaReport
{
  grefcount  ref_count;
  char      *name;
  char      *title;
  GPtrArray *sections;
};

G_DEFINE_QUARK (ka-report-error-quark, ka_report_error)
G_DEFINE_BOXED_TYPE (KaReport, ka_report, ka_report_ref, ka_report_unref)

static void
paragraph_free (Paragraph *paragraph)
{
  if (paragraph->source != NULL)
    g_string_free (paragraph->source, TRUE);
  g_free (paragraph->text);
  g_free (paragraph->collapsed);
  g_clear_pointer (&paragraph->collapsed_to_text, g_array_unref);
  g_clear_pointer (&paragraph->emphasis, g_array_unref);
  g_free (paragraph);
}

static void
section_free (Section *section)
{
  g_free (section->title);
  g_free (section->id);
  g_ptr_array_unref (section->paragraphs);
  g_free (section);
}

/* Collapses runs of ASCII whitespace to one space and trims both ends.
 * Only ASCII: a no-break space in a quotation must match the report's. */
static char *
collapse_whitespace (const char *text,
                     GArray     *map)
{
  GString *out = g_string_new (NULL);
  gboolean in_space = TRUE;
  gsize pending = 0;
  gboolean has_pending = FALSE;
  gsize i;

  for (i = 0; text[i] != '\0'; i++)
    {
      if (g_ascii_isspace (text[i]))
        {
          if (!in_space)
            {
              pending = i;
              has_pending = TRUE;
            }
          in_space = TRUE;
          continue;
        }

      if (has_pending)
        {
          g_string_append_c (out, ' ');
          if (map != NULL)
            g_array_append_val (map, pending);
          has_pending = FALSE;
        }
      g_string_append_c (out, text[i]);
      if (map != NULL)
        g_array_append_val (map, i);
      in_space = FALSE;
    }

  if (map != NULL)
    g_array_append_val (map, i);

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

  return collapse_whitespace (text, NULL);
}

static void
push_span (GArray     *spans,
           gssize     *open,
           gsize       end,
           KaEmphasis  style)
{
  KaEmphasisSpan span = { (gsize) *open, end, style };

  if (span.end > span.start)
    g_array_append_val (spans, span);
  *open = -1;
}

/* Markdown emphasis (*x*, **x**) becomes plain text plus spans. A marker
 * without a partner later in the paragraph stays as a literal asterisk. */
static char *
decode_emphasis (const char *source,
                 GArray     *spans)
{
  GString *out = g_string_new (NULL);
  gssize open_bold = -1;
  gssize open_italic = -1;
  const char *p = source;

  while (*p != '\0')
    {
      if (p[0] == '\\' && p[1] != '\0' && g_ascii_ispunct (p[1]))
        {
          g_string_append_c (out, p[1]);
          p += 2;
          continue;
        }

      if (p[0] == '*' && p[1] == '*')
        {
          if (open_bold >= 0)
            {
              push_span (spans, &open_bold, out->len, KA_EMPHASIS_BOLD);
              p += 2;
              continue;
            }
          if (strstr (p + 2, "**") != NULL)
            {
              open_bold = out->len;
              p += 2;
              continue;
            }
        }

      if (p[0] == '*')
        {
          if (open_italic >= 0)
            {
              push_span (spans, &open_italic, out->len, KA_EMPHASIS_ITALIC);
              p++;
              continue;
            }
          if (strchr (p + 1, '*') != NULL)
            {
              open_italic = out->len;
              p++;
              continue;
            }
        }

      g_string_append_c (out, *p);
      p++;
    }

  if (open_bold >= 0)
    push_span (spans, &open_bold, out->len, KA_EMPHASIS_BOLD);
  if (open_italic >= 0)
    push_span (spans, &open_italic, out->len, KA_EMPHASIS_ITALIC);

  return g_string_free (out, FALSE);
}

static void
paragraph_finish (Paragraph *paragraph)
{
  paragraph->emphasis = g_array_new (FALSE, FALSE, sizeof (KaEmphasisSpan));
  paragraph->text = decode_emphasis (paragraph->source->str, paragraph->emphasis);
  paragraph->collapsed_to_text = g_array_new (FALSE, FALSE, sizeof (gsize));
  paragraph->collapsed = collapse_whitespace (paragraph->text, paragraph->collapsed_to_text);
  g_string_free (paragraph->source, TRUE);
  paragraph->source = NULL;
}

static gboolean
is_small_word (const char *word)
{
  static const char * const small[] = {
    "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to",
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (small); i++)
    if (g_str_equal (word, small[i]))
      return TRUE;
  return FALSE;
}

/* The report sets its later headings in capitals ("THE RECORD OF
 * NEGOTIATIONS"); citations read better in title case. */
static char *
section_title_from_heading (const char *heading)
{
  g_auto(GStrv) words = NULL;
  GString *out;
  const char *p;
  guint i;

  for (p = heading; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return g_strdup (heading);

  out = g_string_new (NULL);
  words = g_strsplit (heading, " ", -1);
  for (i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);

      if (lower[0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (out->len > 0 && is_small_word (lower))
        {
          g_string_append (out, lower);
          continue;
        }
      g_string_append_unichar (out, g_unichar_totitle (g_utf8_get_char (lower)));
      g_string_append (out, g_utf8_next_char (lower));
    }

  return g_string_free (out, FALSE);
}

/* "The Record of Negotiations" → "record-of-negotiations": a leading
 * article adds nothing to an identifier. */
static char *
section_id_from_title (const char *title)
{
  g_autofree char *lower = g_utf8_strdown (title, -1);
  const char *p = lower;
  GString *out = g_string_new (NULL);
  gboolean dash = FALSE;

  if (g_str_has_prefix (p, "the "))
    p += 4;
  else if (g_str_has_prefix (p, "an "))
    p += 3;
  else if (g_str_has_prefix (p, "a "))
    p += 2;

  for (; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && out->len > 0)
            g_string_append_c (out, '-');
          g_string_append_c (out, *p);
          dash = FALSE;
        }
      else
        dash = TRUE;
    }

  return g_string_free (out, FALSE);
}

/* TRUE when @text ends a paragraph: sentence-final punctuation, perhaps
 * followed by closing quotes, brackets or an emphasis marker. A prose
 * block that does not end so was cut by a page break in the original. */
static gboolean
ends_paragraph (const char *text)
{
  const char *p = text + strlen (text);

  while (p > text)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '*' || c == '"' || c == '\'' ||
          c == ')' || c == ']' || c == 0x201D || c == 0x2019)
        continue;

      return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026;
    }

  return TRUE;
}

static void
append_continuation (GString    *source,
                     const char *text)
{
  gsize len = source->len;

  while (len > 0 && g_ascii_isspace (source->str[len - 1]))
    len--;
  g_string_truncate (source, len);

  /* "Russo-" + "Japanese": the break fell inside a hyphenated word. */
  if (!(len >= 2 && source->str[len - 1] == '-' && g_ascii_isalpha (source->str[len - 2])))
    g_string_append_c (source, ' ');
  g_string_append (source, text);
}

static gboolean
is_thematic_break (const char *line)
{
  char mark = 0;
  guint count = 0;

  for (; *line != '\0'; line++)
    {
      if (*line == ' ' || *line == '\t')
        continue;
      if (*line != '-' && *line != '*' && *line != '_')
        return FALSE;
      if (mark != 0 && *line != mark)
        return FALSE;
      mark = *line;
      count++;
    }

  return count >= 3;
}

/* Returns the heading level (1–6) and its text, or 0. */
static guint
parse_heading (const char  *line,
               char       **text)
{
  guint level = 0;
  g_autofree char *stripped = NULL;
  gsize len;

  while (line[level] == '#')
    level++;
  if (level == 0 || level > 6 || (line[level] != ' ' && line[level] != '\t'))
    return 0;

  stripped = g_strstrip (g_strdup (line + level));
  len = strlen (stripped);
  while (len > 0 && stripped[len - 1] == '#')
    len--;
  stripped[len] = '\0';
  *text = g_strdup (g_strstrip (stripped));

  return level;
}

static const char *
bullet_text (const char *line)
{
  while (*line == ' ')
    line++;
  if ((line[0] == '-' || line[0] == '*' || line[0] == '+') && (line[1] == ' ' || line[1] == '\t'))
    return line + 2;
  return NULL;
}

static Section *
section_new (const char *heading)
{
  Section *section = g_new0 (Section, 1);

  section->title = section_title_from_heading (heading);
  section->id = section_id_from_title (section->title);
  section->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) paragraph_free);

  return section;
}

static Paragraph *
paragraph_new (KaParagraphKind  kind,
               const char      *text)
{
  Paragraph *paragraph = g_new0 (Paragraph, 1);

  paragraph->kind = kind;
  paragraph->source = g_string_new (text);

  return paragraph;
}

static Paragraph *
last_paragraph (Section *section)
{
  if (section->paragraphs->len == 0)
    return NULL;
  return g_ptr_array_index (section->paragraphs, section->paragraphs->len - 1);
}

static gboolean
only_bullets (Section *section)
{
  guint i;

  for (i = 0; i < section->paragraphs->len; i++)
    if (((Paragraph *) g_ptr_array_index (section->paragraphs, i))->kind != KA_PARAGRAPH_BULLET)
      return FALSE;
  return section->paragraphs->len > 0;
}

typedef struct
{
  KaReport   *report;
  const char *name;
  gboolean    has_title;
  gboolean    seen_title;
  gboolean    finished;
  Section    *section;
} Parser;

static gboolean
parser_open_section (Parser      *parser,
                     const char  *heading,
                     guint        line_no,
                     GError     **error)
{
  Section *section = section_new (heading);
  guint i;

  for (i = 0; i < parser->report->sections->len; i++)
    {
      Section *other = g_ptr_array_index (parser->report->sections, i);

      if (g_str_equal (other->id, section->id))
        {
          g_set_error (error, KA_REPORT_ERROR, KA_REPORT_ERROR_STRUCTURE,
                       "%s:%u: section “%s” appears twice",
                       parser->name, line_no, section->id);
          section_free (section);
          return FALSE;
        }
    }

  g_ptr_array_add (parser->report->sections, section);
  parser->section = section;
  return TRUE;
}

static gboolean
parser_add_block (Parser      *parser,
                  GPtrArray   *lines,
                  guint        line_no,
                  GError     **error)
{
  const char *first = g_ptr_array_index (lines, 0);
  g_autofree char *heading = NULL;
  g_autoptr(GString) prose = NULL;
  guint level;
  guint i;

  level = parse_heading (first, &heading);
  if (level == 1)
    {
      if (parser->report->title == NULL)
        parser->report->title = g_steal_pointer (&heading);
      parser->seen_title = TRUE;
      return TRUE;
    }
  if (level > 1)
    {
      /* A heading above the title is the series banner, not a section. */
      if (parser->has_title && !parser->seen_title)
        return TRUE;
      return parser_open_section (parser, heading, line_no, error);
    }

  if (parser->section == NULL)
    return TRUE;

  if (lines->len == 1 && is_thematic_break (first))
    {
      /* What follows the closing rule is the publisher's back cover. */
      parser->finished = TRUE;
      return TRUE;
    }

  if (g_str_has_prefix (first, FORM_MARKER))
    return TRUE;

  if (bullet_text (first) != NULL)
    {
      for (i = 0; i < lines->len; i++)
        {
          const char *line = g_ptr_array_index (lines, i);
          const char *item = bullet_text (line);

          if (item != NULL)
            g_ptr_array_add (parser->section->paragraphs,
                             paragraph_new (KA_PARAGRAPH_BULLET, item));
          else
            append_continuation (last_paragraph (parser->section)->source, line);
        }
      return TRUE;
    }

  prose = g_string_new (NULL);
  for (i = 0; i < lines->len; i++)
    {
      if (i > 0)
        g_string_append_c (prose, ' ');
      g_string_append (prose, g_ptr_array_index (lines, i));
    }

  /* The Executive Summary is its bullet list; the prose after it is the
   * report's untitled introduction. */
  if (g_str_equal (parser->section->id, EXECUTIVE_SUMMARY_ID) &&
      only_bullets (parser->section))
    {
      if (!parser_open_section (parser, INTRODUCTION_TITLE, line_no, error))
        return FALSE;
    }
  else
    {
      Paragraph *previous = last_paragraph (parser->section);

      if (previous != NULL && previous->kind == KA_PARAGRAPH_PROSE &&
          !ends_paragraph (previous->source->str))
        {
          append_continuation (previous->source, prose->str);
          return TRUE;
        }
    }

  g_ptr_array_add (parser->section->paragraphs,
                   paragraph_new (KA_PARAGRAPH_PROSE, prose->str));
  return TRUE;
}

static gboolean
is_blank (const char *line)
{
  for (; *line != '\0'; line++)
    if (!g_ascii_isspace (*line))
      return FALSE;
  return TRUE;
}

static gboolean
parse (KaReport    *report,
       char        *text,
       GError     **error)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) block = g_ptr_array_new ();
  Parser parser = { report, report->name, FALSE, FALSE, FALSE, NULL };
  guint block_line = 0;
  guint i, j;

  for (i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *heading = NULL;
      gsize len = strlen (lines[i]);

      if (len > 0 && lines[i][len - 1] == '\r')
        lines[i][len - 1] = '\0';
      if (parse_heading (lines[i], &heading) == 1)
        parser.has_title = TRUE;
    }

  for (i = 0; lines[i] != NULL && !parser.finished; i++)
    {
      if (!is_blank (lines[i]))
        {
          if (block->len == 0)
            block_line = i + 1;
          g_ptr_array_add (block, lines[i]);
          /* A heading is a block of its own even without a blank line. */
          if (lines[i][0] != '#' && lines[i + 1] != NULL && lines[i + 1][0] != '#')
            continue;
        }

      if (block->len > 0)
        {
          if (!parser_add_block (&parser, block, block_line, error))
            return FALSE;
          g_ptr_array_set_size (block, 0);
        }
    }

  if (report->sections->len == 0)
    {
      g_set_error (error, KA_REPORT_ERROR, KA_REPORT_ERROR_STRUCTURE,
                   "%s: no sections found (expected “## ” headings after the title)",
                   report->name);
      return FALSE;
    }

  for (i = 0; i < report->sections->len; i++)
    {
      Section *section = g_ptr_array_index (report->sections, i);

      for (j = 0; j < section->paragraphs->len; j++)
        paragraph_finish (g_ptr_array_index (section->paragraphs, j));
    }

  return TRUE;
}

/**
 * ka_report_new_from_bytes:
 * @bytes: the report as UTF-8 markdown
 * @name: (nullable): file name used in error messages
 * @error: return location for an error
 *
 * Parses the report into sections and numbered paragraphs. Front matter
 * (banner, author box, title, byline), the Report Documentation Page form
 * and the back cover after the closing rule are left out of the numbering.
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error set
 */
KaReport *
ka_report_new_from_bytes (GBytes      *bytes,
                          const char  *name,
                          GError     **error)
{
  g_autoptr(KaReport) report = NULL;
  g_autofree char *text = NULL;
  const char *data;
  const char *bad;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  report = g_new0 (KaReport, 1);
  g_ref_count_init (&report->ref_count);
  report->name = g_strdup (name != NULL ? name : "<report>");
  report->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);

  data = g_bytes_get_data (bytes, &size);
  if (data == NULL)
    data = "";

  if (!g_utf8_validate_len (data, size, &bad))
    {
      guint line = 1;
      const char *p;

      for (p = data; p < bad; p++)
        if (*p == '\n')
          line++;
      g_set_error (error, KA_REPORT_ERROR, KA_REPORT_ERROR_ENCODING,
                   "%s:%u: not valid UTF-8 (byte %" G_GSIZE_FORMAT ")",
                   report->name, line, (gsize) (bad - data));
      return NULL;
    }

  text = g_strndup (data, size);
  if (!parse (report, text, error))
    return NULL;

  return g_steal_pointer (&report);
}

/**
 * ka_report_new_from_resource:
 * @resource_path: a GResource path, usually %KA_REPORT_RESOURCE_PATH
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error set
 */
KaReport *
ka_report_new_from_resource (const char  *resource_path,
                             GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);

  bytes = ka_resource_lookup (resource_path, error);
  if (bytes == NULL)
    return NULL;

  name = g_path_get_basename (resource_path);
  return ka_report_new_from_bytes (bytes, name, error);
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

  g_free (self->name);
  g_free (self->title);
  g_ptr_array_unref (self->sections);
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

  return self->name;
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

  return self->title;
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

  return g_ptr_array_index (self->sections, section);
}

static Paragraph *
get_paragraph (KaReport *self,
               guint     section,
               guint     paragraph)
{
  Section *s = get_section (self, section);

  g_return_val_if_fail (s != NULL, NULL);
  g_return_val_if_fail (paragraph >= 1 && paragraph <= s->paragraphs->len, NULL);

  return g_ptr_array_index (s->paragraphs, paragraph - 1);
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
      Section *s = g_ptr_array_index (self->sections, i);

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

  *n_spans = p != NULL ? p->emphasis->len : 0;
  return p != NULL ? (const KaEmphasisSpan *) (gpointer) p->emphasis->data : NULL;
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
    *start = g_array_index (p->collapsed_to_text, gsize, from);
  if (end != NULL)
    *end = g_array_index (p->collapsed_to_text, gsize, from + len - 1) + 1;
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

  collapsed = collapse_whitespace (quote, NULL);
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

  collapsed = collapse_whitespace (quote, NULL);
  if (collapsed[0] == '\0')
    return FALSE;

  for (i = 0; i < self->sections->len; i++)
    {
      Section *s = g_ptr_array_index (self->sections, i);

      for (j = 0; j < s->paragraphs->len; j++)
        {
          if (find_in_paragraph (g_ptr_array_index (s->paragraphs, j), collapsed, start, end))
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
