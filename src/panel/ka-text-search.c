/* ka-text-search.c — every match of a search in a text buffer, one current
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-text-search"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-text-search.h"

typedef struct
{
  int start;
  int end;
} Match;

struct _KaTextSearch
{
  GObject parent_instance;

  /* Owned */
  GtkTextBuffer *buffer;
  GArray        *matches;       /* Match, as character offsets */
  char          *text;

  /* Borrowed: the buffer owns them */
  GtkTextTag    *match_tag;
  GtkTextTag    *current_tag;
  GtkTextMark   *current_mark;

  int            current;
};

G_DEFINE_FINAL_TYPE (KaTextSearch, ka_text_search, G_TYPE_OBJECT)

static void
ka_text_search_finalize (GObject *object)
{
  KaTextSearch *self = KA_TEXT_SEARCH (object);

  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (ka_text_search_parent_class)->finalize (object);
}

static void
ka_text_search_dispose (GObject *object)
{
  KaTextSearch *self = KA_TEXT_SEARCH (object);

  /* The tags and the mark go with the buffer. */
  self->match_tag = NULL;
  self->current_tag = NULL;
  self->current_mark = NULL;
  g_clear_object (&self->buffer);

  G_OBJECT_CLASS (ka_text_search_parent_class)->dispose (object);
}

static void
ka_text_search_class_init (KaTextSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ka_text_search_dispose;
  object_class->finalize = ka_text_search_finalize;
}

static void
ka_text_search_init (KaTextSearch *self)
{
  self->matches = g_array_new (FALSE, FALSE, sizeof (Match));
  self->current = -1;
}

/**
 * ka_text_search_new:
 * @buffer: the buffer to search
 *
 * Adds to @buffer the tags “search-match”, for every match, and
 * “current-match” above it, and the mark “match” at the current match.
 * Tags created later take precedence over both; the caller colours them.
 *
 * Returns: (transfer full): a search with nothing to look for yet
 */
KaTextSearch *
ka_text_search_new (GtkTextBuffer *buffer)
{
  KaTextSearch *self;
  GtkTextIter start;

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), NULL);

  self = g_object_new (KA_TYPE_TEXT_SEARCH, NULL);
  self->buffer = g_object_ref (buffer);
  self->match_tag = gtk_text_buffer_create_tag (buffer, "search-match", NULL);
  self->current_tag = gtk_text_buffer_create_tag (buffer, "current-match", NULL);
  gtk_text_buffer_get_start_iter (buffer, &start);
  self->current_mark = gtk_text_buffer_create_mark (buffer, "match", &start, TRUE);
  return self;
}

static void
remove_tag (KaTextSearch *self,
            GtkTextTag   *tag)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, tag, &start, &end);
}

/**
 * ka_text_search_set_text:
 * @text: (nullable): what to look for, case-insensitively; %NULL or ""
 *   ends the search
 *
 * Finds and tags every match of @text in the buffer as it is now, in
 * place of the earlier search's; none is current until one is selected.
 * The buffer's text may have changed since: this is also how a search
 * is run again.
 *
 * Returns: the number of matches
 */
guint
ka_text_search_set_text (KaTextSearch *self,
                         const char   *text)
{
  GtkTextIter start, end, match_start, match_end;
  char *new_text;

  g_return_val_if_fail (KA_IS_TEXT_SEARCH (self), 0);

  /* @text may be self->text itself. */
  new_text = g_strdup (text);
  g_free (self->text);
  self->text = new_text;

  g_array_set_size (self->matches, 0);
  self->current = -1;
  remove_tag (self, self->current_tag);
  remove_tag (self, self->match_tag);

  if (!ka_text_search_is_active (self))
    return 0;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  while (gtk_text_iter_forward_search (&start, self->text,
                                       GTK_TEXT_SEARCH_CASE_INSENSITIVE | GTK_TEXT_SEARCH_TEXT_ONLY,
                                       &match_start, &match_end, NULL))
    {
      Match match = { gtk_text_iter_get_offset (&match_start), gtk_text_iter_get_offset (&match_end) };

      g_array_append_val (self->matches, match);
      gtk_text_buffer_apply_tag (self->buffer, self->match_tag, &match_start, &match_end);
      start = match_end;
    }

  return self->matches->len;
}

/**
 * ka_text_search_get_text:
 *
 * Returns: (nullable): what is being looked for
 */
const char *
ka_text_search_get_text (KaTextSearch *self)
{
  g_return_val_if_fail (KA_IS_TEXT_SEARCH (self), NULL);

  return self->text;
}

/**
 * ka_text_search_is_active:
 *
 * Returns: %TRUE if there is something to look for, found or not
 */
gboolean
ka_text_search_is_active (KaTextSearch *self)
{
  g_return_val_if_fail (KA_IS_TEXT_SEARCH (self), FALSE);

  return self->text != NULL && self->text[0] != '\0';
}

guint
ka_text_search_get_n_matches (KaTextSearch *self)
{
  g_return_val_if_fail (KA_IS_TEXT_SEARCH (self), 0);

  return self->matches->len;
}

/**
 * ka_text_search_get_match:
 * @index: which match, in the buffer's order
 * @start: (out) (optional): where it starts
 * @end: (out) (optional): where it ends
 *
 * Returns: %TRUE if there is a match @index
 */
gboolean
ka_text_search_get_match (KaTextSearch *self,
                          guint         index,
                          GtkTextIter  *start,
                          GtkTextIter  *end)
{
  const Match *match;

  g_return_val_if_fail (KA_IS_TEXT_SEARCH (self), FALSE);

  if (index >= self->matches->len)
    return FALSE;

  match = &g_array_index (self->matches, Match, index);
  if (start != NULL)
    gtk_text_buffer_get_iter_at_offset (self->buffer, start, match->start);
  if (end != NULL)
    gtk_text_buffer_get_iter_at_offset (self->buffer, end, match->end);
  return TRUE;
}

/**
 * ka_text_search_get_current:
 *
 * Returns: the index of the current match, or -1 if none is
 */
int
ka_text_search_get_current (KaTextSearch *self)
{
  g_return_val_if_fail (KA_IS_TEXT_SEARCH (self), -1);

  return self->current;
}

/**
 * ka_text_search_find_from:
 * @iter: where to look from
 *
 * Returns: the index of the first match that starts at or after @iter,
 *   or, past the last, 0: the first
 */
guint
ka_text_search_find_from (KaTextSearch      *self,
                          const GtkTextIter *iter)
{
  int offset;
  guint i;

  g_return_val_if_fail (KA_IS_TEXT_SEARCH (self), 0);
  g_return_val_if_fail (iter != NULL, 0);

  offset = gtk_text_iter_get_offset (iter);
  for (i = 0; i < self->matches->len; i++)
    if (g_array_index (self->matches, Match, i).start >= offset)
      return i;
  return 0;
}

/**
 * ka_text_search_select:
 * @index: which match; out of range, it wraps around, so that the one
 *   before the first is the last and the one after the last the first
 *
 * Makes that match the current one, tagged “current-match”, with the
 * “match” mark at its start.
 *
 * Returns: (nullable) (transfer none): the “match” mark, or %NULL if
 *   there are no matches
 */
GtkTextMark *
ka_text_search_select (KaTextSearch *self,
                       int           index)
{
  GtkTextIter start, end;
  int n;

  g_return_val_if_fail (KA_IS_TEXT_SEARCH (self), NULL);

  remove_tag (self, self->current_tag);

  n = (int) self->matches->len;
  if (n == 0)
    {
      self->current = -1;
      return NULL;
    }

  self->current = ((index % n) + n) % n;
  ka_text_search_get_match (self, self->current, &start, &end);
  gtk_text_buffer_apply_tag (self->buffer, self->current_tag, &start, &end);
  gtk_text_buffer_move_mark (self->buffer, self->current_mark, &start);
  return self->current_mark;
}

/**
 * ka_text_search_step:
 * @step: how many matches on (or, negative, back) from the current one
 *
 * As ka_text_search_select() from the current match; with none current,
 * a step of 1 selects the first.
 *
 * Returns: (nullable) (transfer none): the “match” mark, or %NULL if
 *   there are no matches
 */
GtkTextMark *
ka_text_search_step (KaTextSearch *self,
                     int           step)
{
  g_return_val_if_fail (KA_IS_TEXT_SEARCH (self), NULL);

  return ka_text_search_select (self, self->current + step);
}

/**
 * ka_text_search_describe:
 *
 * Returns: (transfer full): what to show beside the search entry: “3 of
 *   12”, “No matches”, or "" when there is nothing to look for
 */
char *
ka_text_search_describe (KaTextSearch *self)
{
  g_return_val_if_fail (KA_IS_TEXT_SEARCH (self), NULL);

  if (!ka_text_search_is_active (self))
    return g_strdup ("");
  if (self->matches->len == 0)
    return g_strdup (_("No matches"));
  if (self->current < 0)
    return g_strdup ("");

  /* TRANSLATORS: the current search match and the number of matches */
  return g_strdup_printf (_("%d of %u"), self->current + 1, self->matches->len);
}

GtkTextTag *
ka_text_search_get_match_tag (KaTextSearch *self)
{
  g_return_val_if_fail (KA_IS_TEXT_SEARCH (self), NULL);

  return self->match_tag;
}

GtkTextTag *
ka_text_search_get_current_tag (KaTextSearch *self)
{
  g_return_val_if_fail (KA_IS_TEXT_SEARCH (self), NULL);

  return self->current_tag;
}
