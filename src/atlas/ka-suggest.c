/* ka-suggest.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-suggest"

#include "config.h"

#include "ka-suggest.h"

/* Longer words are not typos of an id or a key; comparing them would
 * only cost time on hostile input. */
#define MAX_WORD_CHARS 64

static gunichar *
fold_to_chars (const char *text,
               glong      *n_chars)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return g_utf8_to_ucs4_fast (folded, -1, n_chars);
}

/* Edit distance counting an insertion, a deletion, a substitution or a
 * swap of two neighbours as one edit (optimal string alignment), since
 * "iturpu" is as likely a slip as "iturp". */
static guint
edit_distance (const gunichar *a,
               glong           n_a,
               const gunichar *b,
               glong           n_b)
{
  g_autofree guint *rows = g_new (guint, 3 * (n_b + 1));
  guint *before = rows;
  guint *previous = rows + (n_b + 1);
  guint *current = rows + 2 * (n_b + 1);

  for (glong j = 0; j <= n_b; j++)
    previous[j] = j;

  for (glong i = 1; i <= n_a; i++)
    {
      guint *spare;

      current[0] = i;
      for (glong j = 1; j <= n_b; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
          guint best = MIN (previous[j] + 1, current[j - 1] + 1);

          best = MIN (best, previous[j - 1] + cost);
          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            best = MIN (best, before[j - 2] + 1);
          current[j] = best;
        }

      spare = before;
      before = previous;
      previous = current;
      current = spare;
    }

  return previous[n_b];
}

/**
 * ka_suggest_closest:
 * @word: what was written
 * @candidates: (array zero-terminated=1): the valid spellings
 *
 * Finds the candidate @word most likely stands for: the same but for
 * case, or one or two slips away (one for short words). Ties go to the
 * earlier candidate.
 *
 * Returns: (nullable): an element of @candidates, or %NULL when none is close
 */
const char *
ka_suggest_closest (const char         *word,
                    const char * const *candidates)
{
  g_autofree gunichar *chars = NULL;
  const char *best = NULL;
  guint best_distance = G_MAXUINT;
  glong n_chars;
  guint allowed;

  if (word == NULL || candidates == NULL || g_utf8_strlen (word, -1) > MAX_WORD_CHARS)
    return NULL;

  chars = fold_to_chars (word, &n_chars);
  allowed = n_chars <= 4 ? 1 : 2;

  for (guint i = 0; candidates[i] != NULL; i++)
    {
      g_autofree gunichar *other = NULL;
      glong n_other;
      guint distance;

      if (g_strcmp0 (word, candidates[i]) == 0)
        continue;

      other = fold_to_chars (candidates[i], &n_other);
      if (ABS (n_other - n_chars) > (glong) allowed)
        continue;

      distance = edit_distance (chars, n_chars, other, n_other);
      if (distance <= allowed && distance < best_distance)
        {
          best = candidates[i];
          best_distance = distance;
        }
    }

  return best;
}
