/* ka-json-single.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-json-single"

#include "config.h"

#include <string.h>

#include "ka-json-single.h"

/* Where a comment that starts at @p ends, as json-glib 1.6 skips them:
 * %NULL if @p starts none, @end if it is never closed. */
static const char *
skip_comment (const char *p,
              const char *end)
{
  if (end - p < 2 || p[0] != '/' || (p[1] != '/' && p[1] != '*'))
    return NULL;

  for (const char *q = p + 2; q < end; q++)
    {
      if (p[1] == '/' && *q == '\n')
        return q + 1;
      if (p[1] == '*' && *q == '*' && q + 1 < end && q[1] == '/')
        return q + 2;
    }

  return end;
}

/**
 * ka_json_has_one_value:
 * @text: JSON text, not necessarily nul-terminated
 * @length: its length in bytes
 * @extra: (out): where a second value starts, when there is one
 *
 * json-glib 1.6 reads a text that holds several values one after the
 * other ("{} {}") as the last of them, without an error, and leaks the
 * others. This finds the end of the first value with json-glib's idea of
 * strings, brackets and comments, and whether anything but space and
 * comments follows it. Nothing else is checked: any other mistake is left
 * to json-glib to report.
 *
 * Returns: %FALSE if something follows the first value
 */
gboolean
ka_json_has_one_value (const char *text,
                       gsize       length,
                       gsize      *extra)
{
  const char *p = text;
  const char *end = text + length;
  gboolean seen_value = FALSE;
  guint depth = 0;

  while (p < end)
    {
      const char *after_comment = skip_comment (p, end);
      char c = *p;

      if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
        {
          p++;
          continue;
        }
      if (after_comment != NULL)
        {
          p = after_comment;
          continue;
        }

      if (depth == 0 && seen_value)
        {
          *extra = p - text;
          return FALSE;
        }

      if (c == '"' || c == '\'')
        {
          /* Only double-quoted strings have escapes in json-glib. */
          for (p++; p < end && *p != c; p++)
            if (c == '"' && *p == '\\' && p + 1 < end)
              p++;
          if (p >= end)
            return TRUE;
          p++;
        }
      else if (c == '{' || c == '[')
        {
          depth++;
          p++;
        }
      else if (c == '}' || c == ']')
        {
          if (depth > 0)
            depth--;
          p++;
        }
      else
        {
          /* A number, a word or stray punctuation: up to the next
           * character that could start or end something else. */
          const char *start = p;

          while (p < end && *p != '\0' && strchr (" \t\r\n{}[]\"',:/", *p) == NULL)
            p++;
          if (p == start)
            p++;
        }

      if (depth == 0)
        seen_value = TRUE;
    }

  return TRUE;
}
