/* ka-json-scan.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-json-scan"

#include "config.h"

#include <errno.h>
#include <string.h>

#include "ka-json-scan.h"

G_DEFINE_QUARK (ka-json-scan-error-quark, ka_json_scan_error)

/* One recursive-descent pass serves both jobs: checking, and finding
 * the value at a path such as "steps[2].view.zoom". Only offsets are
 * kept; they become lines and columns when a message needs one. */
typedef struct
{
  const char *text;
  const char *p;
  const char *end;
  guint       depth;

  const char *target;         /* the path looked for, or NULL */
  GString    *path;
  const char *found_key;
  const char *found_value;

  const char *error_at;
  GError     *error;
} Scanner;

/**
 * ka_json_scan_skip_bom:
 * @text: the file's contents
 * @length: (inout): their length in bytes
 *
 * Some editors start UTF-8 files with a byte order mark; it is not part
 * of the text, and lines and columns count from after it.
 *
 * Returns: @text, past a byte order mark if there is one
 */
const char *
ka_json_scan_skip_bom (const char *text,
                       gsize      *length)
{
  if (*length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      *length -= 3;
      return text + 3;
    }
  return text;
}

/* The line and column of the byte at @offset of @text (past any byte
 * order mark). A CR LF pair and a lone CR each end a line, like a lone
 * LF. */
static KaTextPosition
text_position (const char *text,
               gsize       offset)
{
  KaTextPosition position = { 1, 1 };

  for (gsize i = 0; i < offset; i++)
    {
      guchar c = text[i];

      if (c == '\n' || (c == '\r' && (i + 1 >= offset || text[i + 1] != '\n')))
        {
          position.line++;
          position.column = 1;
        }
      else if (c != '\r' && (c & 0xC0) != 0x80)
        {
          position.column++;
        }
    }

  return position;
}

static guint
line_at (Scanner    *scanner,
         const char *at)
{
  return text_position (scanner->text, at - scanner->text).line;
}

static gboolean
fail (Scanner         *scanner,
      const char      *at,
      KaJsonScanError  code,
      const char      *format,
      ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (Scanner         *scanner,
      const char      *at,
      KaJsonScanError  code,
      const char      *format,
      ...)
{
  va_list args;

  va_start (args, format);
  scanner->error = g_error_new_valist (KA_JSON_SCAN_ERROR, code, format, args);
  va_end (args);
  scanner->error_at = at;

  return FALSE;
}

static gboolean
at_end (Scanner *scanner)
{
  return scanner->p >= scanner->end;
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

static void
skip_space (Scanner *scanner)
{
  while (!at_end (scanner) && is_space (*scanner->p))
    scanner->p++;
}

static gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '$';
}

/* Says in words what stands where a value or a key was expected. */
static gboolean
fail_unexpected (Scanner    *scanner,
                 const char *expected)
{
  const char *p = scanner->p;

  if (at_end (scanner))
    return fail (scanner, p, KA_JSON_SCAN_ERROR_SYNTAX, "the file ends where %s was expected", expected);

  if (*p == '/' && p + 1 < scanner->end && (p[1] == '/' || p[1] == '*'))
    return fail (scanner, p, KA_JSON_SCAN_ERROR_SYNTAX,
                 "comments are not allowed in JSON");

  if (*p == '\'')
    return fail (scanner, p, KA_JSON_SCAN_ERROR_SYNTAX,
                 "text must be in double quotes (\"…\"), not single quotes");

  if (is_word_char (*p))
    {
      const char *q = p;
      g_autofree char *word = NULL;

      while (q < scanner->end && is_word_char (*q) && q - p < 40)
        q++;
      word = g_strndup (p, q - p);

      if (g_ascii_strcasecmp (word, "true") == 0 || g_ascii_strcasecmp (word, "false") == 0 ||
          g_ascii_strcasecmp (word, "null") == 0)
        return fail (scanner, p, KA_JSON_SCAN_ERROR_SYNTAX,
                     "“%s” must be written in lower case", word);

      return fail (scanner, p, KA_JSON_SCAN_ERROR_SYNTAX,
                   "unexpected word “%s” where %s was expected; text must be in double quotes",
                   word, expected);
    }

  if ((guchar) *p < 0x20 || *p == 0x7f)
    return fail (scanner, p, KA_JSON_SCAN_ERROR_SYNTAX,
                 "unexpected control character U+%04X where %s was expected", (guint) *p, expected);

  return fail (scanner, p, KA_JSON_SCAN_ERROR_SYNTAX, "unexpected “%.*s” where %s was expected",
               (int) (g_utf8_next_char (p) - p), p, expected);
}

static int
hex_value (char c)
{
  return g_ascii_isxdigit (c) ? g_ascii_xdigit_value (c) : -1;
}

/* Reads the 4 hex digits after "\u" at @p; -1 if they are not there. */
static int
read_hex4 (Scanner    *scanner,
           const char *p)
{
  int value = 0;

  if (scanner->end - p < 4)
    return -1;

  for (int i = 0; i < 4; i++)
    {
      int digit = hex_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

static gboolean
scan_escape (Scanner  *scanner,
             GString  *out)
{
  const char *backslash = scanner->p;
  char c;
  int unit, low;

  if (scanner->end - backslash < 2)
    return fail (scanner, backslash, KA_JSON_SCAN_ERROR_SYNTAX, "the file ends inside an escape (\\…)");

  c = backslash[1];
  switch (c)
    {
    case '"': case '\\': case '/':
      if (out != NULL)
        g_string_append_c (out, c);
      scanner->p += 2;
      return TRUE;
    case 'b': case 'f': case 'n': case 'r': case 't':
      if (out != NULL)
        g_string_append_c (out, c == 'b' ? '\b' : c == 'f' ? '\f' : c == 'n' ? '\n' : c == 'r' ? '\r' : '\t');
      scanner->p += 2;
      return TRUE;
    case 'u':
      break;
    default:
      return fail (scanner, backslash, KA_JSON_SCAN_ERROR_SYNTAX,
                   "“\\%.*s” is not a JSON escape; write “\\\\” for a backslash",
                   (int) (g_utf8_next_char (backslash + 1) - (backslash + 1)), backslash + 1);
    }

  unit = read_hex4 (scanner, backslash + 2);
  if (unit < 0)
    return fail (scanner, backslash, KA_JSON_SCAN_ERROR_SYNTAX,
                 "“\\u” must be followed by four hexadecimal digits");
  if (unit == 0)
    return fail (scanner, backslash, KA_JSON_SCAN_ERROR_SYNTAX,
                 "the NUL character (\\u0000) is not allowed in text");
  scanner->p += 6;

  if (unit >= 0xDC00 && unit <= 0xDFFF)
    return fail (scanner, backslash, KA_JSON_SCAN_ERROR_SYNTAX,
                 "“\\u%04X” is the second half of a surrogate pair, without the first", (guint) unit);

  if (unit >= 0xD800 && unit <= 0xDBFF)
    {
      if (scanner->end - scanner->p < 6 || scanner->p[0] != '\\' || scanner->p[1] != 'u' ||
          (low = read_hex4 (scanner, scanner->p + 2)) < 0xDC00 || low > 0xDFFF)
        return fail (scanner, backslash, KA_JSON_SCAN_ERROR_SYNTAX,
                     "“\\u%04X” is the first half of a surrogate pair, without the second", (guint) unit);
      scanner->p += 6;
      unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
    }

  if (out != NULL)
    g_string_append_unichar (out, unit);
  return TRUE;
}

/* Reads a string at the opening quote; its decoded text goes to @out
 * when that is not %NULL. The text is valid UTF-8 already. */
static gboolean
scan_string (Scanner *scanner,
             GString *out)
{
  const char *open = scanner->p;

  scanner->p++;
  while (!at_end (scanner))
    {
      guchar c = *scanner->p;

      if (c == '"')
        {
          scanner->p++;
          return TRUE;
        }
      else if (c == '\\')
        {
          if (!scan_escape (scanner, out))
            return FALSE;
        }
      else if (c == '\n' || c == '\r')
        {
          return fail (scanner, open, KA_JSON_SCAN_ERROR_SYNTAX,
                       "the text that starts here is not closed with “\"” before the end of the line "
                       "(write a line break inside text as \\n)");
        }
      else if (c < 0x20)
        {
          return fail (scanner, scanner->p, KA_JSON_SCAN_ERROR_SYNTAX,
                       "a control character (U+%04X) inside text must be written as an escape such as \\t",
                       (guint) c);
        }
      else
        {
          const char *next = g_utf8_next_char (scanner->p);

          if (out != NULL)
            g_string_append_len (out, scanner->p, next - scanner->p);
          scanner->p = next;
        }
    }

  return fail (scanner, open, KA_JSON_SCAN_ERROR_SYNTAX, "the text that starts here is never closed with “\"”");
}

static gboolean
scan_digits (Scanner *scanner)
{
  const char *start = scanner->p;

  while (!at_end (scanner) && g_ascii_isdigit (*scanner->p))
    scanner->p++;

  return scanner->p > start;
}

static gboolean
scan_number (Scanner *scanner)
{
  const char *start = scanner->p;
  gboolean integer = TRUE;

  if (*scanner->p == '-')
    scanner->p++;

  if (!at_end (scanner) && *scanner->p == '0')
    {
      scanner->p++;
      if (!at_end (scanner) && g_ascii_isdigit (*scanner->p))
        return fail (scanner, start, KA_JSON_SCAN_ERROR_SYNTAX,
                     "a number cannot start with 0 followed by more digits");
    }
  else if (!scan_digits (scanner))
    {
      return fail (scanner, start, KA_JSON_SCAN_ERROR_SYNTAX, "“-” must be followed by digits");
    }

  if (!at_end (scanner) && *scanner->p == '.')
    {
      integer = FALSE;
      scanner->p++;
      if (!scan_digits (scanner))
        return fail (scanner, start, KA_JSON_SCAN_ERROR_SYNTAX,
                     "a decimal point must be followed by digits (write 1.0, not 1.)");
    }

  if (!at_end (scanner) && (*scanner->p == 'e' || *scanner->p == 'E'))
    {
      integer = FALSE;
      scanner->p++;
      if (!at_end (scanner) && (*scanner->p == '+' || *scanner->p == '-'))
        scanner->p++;
      if (!scan_digits (scanner))
        return fail (scanner, start, KA_JSON_SCAN_ERROR_SYNTAX, "an exponent must have digits (1e5)");
    }

  if (!at_end (scanner) && (is_word_char (*scanner->p) || *scanner->p == '.'))
    return fail (scanner, start, KA_JSON_SCAN_ERROR_SYNTAX,
                 "this is not a JSON number (only decimal numbers such as 12 or 43.5 are)");

  /* json-glib would wrap such an integer round without a word. */
  if (integer)
    {
      g_autofree char *literal = g_strndup (start, scanner->p - start);

      errno = 0;
      g_ascii_strtoll (literal, NULL, 10);
      if (errno == ERANGE)
        return fail (scanner, start, KA_JSON_SCAN_ERROR_SYNTAX, "the number %s is too large", literal);
    }

  return TRUE;
}

static gboolean
scan_word (Scanner *scanner)
{
  static const char * const words[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize n = strlen (words[i]);

      if ((gsize) (scanner->end - scanner->p) >= n && strncmp (scanner->p, words[i], n) == 0 &&
          (scanner->p + n == scanner->end || !is_word_char (scanner->p[n])))
        {
          scanner->p += n;
          return TRUE;
        }
    }

  return fail_unexpected (scanner, "a value");
}

static gboolean scan_value (Scanner *scanner);

/* Records the value about to be read if its path is the one looked for
 * (there is one); the scan then stops, without an error. */
static gboolean
reached (Scanner    *scanner,
         const char *key)
{
  if (strcmp (scanner->path->str, scanner->target) != 0)
    return FALSE;

  scanner->found_key = key;
  scanner->found_value = scanner->p;
  return TRUE;
}

static gboolean
found (Scanner *scanner)
{
  return scanner->found_value != NULL;
}

/* After a member or an element: a comma, the closing bracket, or an
 * error that says which of them is missing and where. */
static gboolean
scan_separator (Scanner    *scanner,
                const char *open,
                char        close,
                gboolean   *more)
{
  const char *value_end = scanner->p;
  char other = close == '}' ? ']' : '}';

  skip_space (scanner);

  if (at_end (scanner))
    return fail (scanner, open, KA_JSON_SCAN_ERROR_SYNTAX,
                 "the “%c” opened here is never closed with “%c”", *open, close);

  if (*scanner->p == close)
    {
      scanner->p++;
      *more = FALSE;
      return TRUE;
    }

  if (*scanner->p == ',')
    {
      const char *comma = scanner->p;

      scanner->p++;
      skip_space (scanner);
      if (!at_end (scanner) && (*scanner->p == '}' || *scanner->p == ']'))
        return fail (scanner, comma, KA_JSON_SCAN_ERROR_SYNTAX,
                     "a comma before “%c” is not allowed in JSON; remove it", *scanner->p);
      *more = TRUE;
      return TRUE;
    }

  if (*scanner->p == other)
    return fail (scanner, scanner->p, KA_JSON_SCAN_ERROR_SYNTAX,
                 "this “%c” does not match the “%c” opened on line %u, which needs “%c”",
                 other, *open, line_at (scanner, open), close);

  if (line_at (scanner, scanner->p) != line_at (scanner, value_end))
    return fail (scanner, value_end, KA_JSON_SCAN_ERROR_SYNTAX,
                 "a comma is missing after this value (or “%c” to close the “%c” of line %u)",
                 close, *open, line_at (scanner, open));

  return fail (scanner, scanner->p, KA_JSON_SCAN_ERROR_SYNTAX,
               "expected “,” or “%c” after the value, found “%.*s”",
               close, (int) (g_utf8_next_char (scanner->p) - scanner->p), scanner->p);
}

static gboolean
scan_object (Scanner *scanner)
{
  const char *open = scanner->p;
  g_autoptr(GHashTable) keys = NULL;
  g_autoptr(GString) key = g_string_new (NULL);
  gsize path_length = scanner->path->len;
  gboolean more = TRUE;

  scanner->p++;
  skip_space (scanner);
  if (!at_end (scanner) && *scanner->p == '}')
    {
      scanner->p++;
      return TRUE;
    }

  while (more)
    {
      const char *key_start;
      const char *first;

      skip_space (scanner);
      if (at_end (scanner))
        return fail (scanner, open, KA_JSON_SCAN_ERROR_SYNTAX,
                     "the “{” opened here is never closed with “}”");
      if (*scanner->p != '"')
        return fail_unexpected (scanner, "a key in double quotes");

      key_start = scanner->p;
      g_string_truncate (key, 0);
      if (!scan_string (scanner, key))
        return FALSE;

      if (keys == NULL)
        keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      first = g_hash_table_lookup (keys, key->str);
      if (first != NULL)
        return fail (scanner, key_start, KA_JSON_SCAN_ERROR_DUPLICATE_KEY,
                     "“%s” appears twice in the same object (first on line %u)",
                     key->str, line_at (scanner, first));
      g_hash_table_insert (keys, g_strdup (key->str), (gpointer) key_start);

      skip_space (scanner);
      if (at_end (scanner) || *scanner->p != ':')
        return fail (scanner, key_start, KA_JSON_SCAN_ERROR_SYNTAX,
                     "the key “%s” must be followed by “:” and a value", key->str);
      scanner->p++;
      skip_space (scanner);

      if (scanner->target != NULL)
        {
          ka_json_scan_append_key (scanner->path, key->str);
          if (reached (scanner, key_start))
            return FALSE;
        }
      if (!scan_value (scanner))
        return FALSE;
      g_string_truncate (scanner->path, path_length);

      if (!scan_separator (scanner, open, '}', &more))
        return FALSE;
    }

  return TRUE;
}

static gboolean
scan_array (Scanner *scanner)
{
  const char *open = scanner->p;
  gsize path_length = scanner->path->len;
  gboolean more = TRUE;

  scanner->p++;
  skip_space (scanner);
  if (!at_end (scanner) && *scanner->p == ']')
    {
      scanner->p++;
      return TRUE;
    }

  for (guint index = 0; more; index++)
    {
      skip_space (scanner);
      if (at_end (scanner))
        return fail (scanner, open, KA_JSON_SCAN_ERROR_SYNTAX,
                     "the “[” opened here is never closed with “]”");

      /* Paths are only for locating; checking a large file (the
       * islands' coordinates) should not print every index. */
      if (scanner->target != NULL)
        {
          g_string_append_printf (scanner->path, "[%u]", index);
          if (reached (scanner, NULL))
            return FALSE;
        }
      if (!scan_value (scanner))
        return FALSE;
      g_string_truncate (scanner->path, path_length);

      if (!scan_separator (scanner, open, ']', &more))
        return FALSE;
    }

  return TRUE;
}

static gboolean
scan_value (Scanner *scanner)
{
  gboolean ok;

  if (at_end (scanner))
    return fail_unexpected (scanner, "a value");

  switch (*scanner->p)
    {
    case '{':
    case '[':
      if (scanner->depth >= KA_JSON_SCAN_MAX_DEPTH)
        return fail (scanner, scanner->p, KA_JSON_SCAN_ERROR_SYNTAX,
                     "objects and arrays are nested more than %u deep here", KA_JSON_SCAN_MAX_DEPTH);
      scanner->depth++;
      ok = *scanner->p == '{' ? scan_object (scanner) : scan_array (scanner);
      scanner->depth--;
      return ok;

    case '"':
      return scan_string (scanner, NULL);

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return scan_number (scanner);

    case '+':
      return fail (scanner, scanner->p, KA_JSON_SCAN_ERROR_SYNTAX, "a number cannot start with “+”");

    case '.':
      return fail (scanner, scanner->p, KA_JSON_SCAN_ERROR_SYNTAX,
                   "a number must start with a digit (write 0.5, not .5)");

    case ',':
      return fail (scanner, scanner->p, KA_JSON_SCAN_ERROR_SYNTAX, "a value is missing before this comma");

    default:
      return scan_word (scanner);
    }
}

static gboolean
check_encoding (Scanner *scanner)
{
  const char *bad;

  if (g_utf8_validate_len (scanner->text, scanner->end - scanner->text, &bad))
    return TRUE;

  if (*bad == '\0')
    return fail (scanner, bad, KA_JSON_SCAN_ERROR_ENCODING,
                 "the file contains a NUL byte: it is not UTF-8 text (UTF-16, or not text at all?)");

  return fail (scanner, bad, KA_JSON_SCAN_ERROR_ENCODING,
               "byte 0x%02X here is not UTF-8 text; save the file as UTF-8", (guint) (guchar) *bad);
}

static gboolean
scan_document (Scanner *scanner)
{
  const char *value_start;

  skip_space (scanner);
  if (at_end (scanner))
    return fail (scanner, scanner->p, KA_JSON_SCAN_ERROR_SYNTAX, "the file is empty: it holds no JSON value");

  value_start = scanner->p;
  if ((scanner->target != NULL && reached (scanner, NULL)) || !scan_value (scanner))
    return FALSE;

  skip_space (scanner);
  if (!at_end (scanner))
    return fail (scanner, scanner->p, KA_JSON_SCAN_ERROR_SYNTAX,
                 "more text after the end of the JSON value that starts on line %u",
                 line_at (scanner, value_start));

  return TRUE;
}

static void
scanner_init (Scanner    *scanner,
              const char *text,
              gsize       length,
              const char *target)
{
  memset (scanner, 0, sizeof *scanner);
  scanner->text = text;
  scanner->p = text;
  scanner->end = text + length;
  scanner->target = target;
  scanner->path = g_string_new (NULL);
}

static void
scanner_clear (Scanner *scanner)
{
  g_string_free (scanner->path, TRUE);
  g_clear_error (&scanner->error);
}

/**
 * ka_json_scan_append_key:
 * @path: a path as ka_json_scan_locate() takes it
 * @key: a member's key
 *
 * Appends the member @key to @path. A "." "[" or "\\" in the key is
 * escaped with "\\", and the empty key is written "\\0", so that every
 * path names one value.
 */
void
ka_json_scan_append_key (GString    *path,
                         const char *key)
{
  if (path->len > 0)
    g_string_append_c (path, '.');

  if (key[0] == '\0')
    {
      g_string_append (path, "\\0");
      return;
    }

  for (const char *p = key; *p != '\0'; p++)
    {
      if (*p == '.' || *p == '[' || *p == '\\')
        g_string_append_c (path, '\\');
      g_string_append_c (path, *p);
    }
}

/**
 * ka_json_scan_check:
 * @text: the text, past any byte order mark (see ka_json_scan_skip_bom())
 * @length: its length in bytes
 * @error_position: (out) (optional): where the problem is, on failure
 * @error: return location for a #KA_JSON_SCAN_ERROR; its message says
 *   what is wrong in words, without the position
 *
 * Checks that @text is UTF-8 and strict JSON (RFC 8259), with no key twice
 * in one object, integers that fit 64 bits and at most
 * %KA_JSON_SCAN_MAX_DEPTH levels of nesting: what json-glib reads
 * faithfully.
 *
 * Returns: %TRUE if @text is such JSON
 */
gboolean
ka_json_scan_check (const char     *text,
                    gsize           length,
                    KaTextPosition *error_position,
                    GError        **error)
{
  Scanner scanner;
  gboolean ok;

  scanner_init (&scanner, text, length, NULL);
  ok = check_encoding (&scanner) && scan_document (&scanner);

  if (!ok)
    {
      if (error_position != NULL)
        *error_position = text_position (text, scanner.error_at - text);
      g_propagate_error (error, g_steal_pointer (&scanner.error));
    }

  scanner_clear (&scanner);
  return ok;
}

/**
 * ka_json_scan_locate:
 * @text: text that passed ka_json_scan_check()
 * @length: its length in bytes
 * @path: "" for the whole value, then keys joined by "." and 0-based
 *   array indices in brackets: "steps[2].view.center[1]"; see
 *   ka_json_scan_append_key() for keys with those characters
 * @key_position: (out) (optional): where the member's key starts; the
 *   value's position for an array element or the whole value
 * @value_position: (out) (optional): where the value starts
 *
 * Returns: %TRUE if the path is in the text
 */
gboolean
ka_json_scan_locate (const char     *text,
                     gsize           length,
                     const char     *path,
                     KaTextPosition *key_position,
                     KaTextPosition *value_position)
{
  Scanner scanner;
  gboolean located;

  g_return_val_if_fail (path != NULL, FALSE);

  scanner_init (&scanner, text, length, path);
  scan_document (&scanner);
  located = found (&scanner);

  if (located)
    {
      const char *key = scanner.found_key != NULL ? scanner.found_key : scanner.found_value;

      if (key_position != NULL)
        *key_position = text_position (text, key - text);
      if (value_position != NULL)
        *value_position = text_position (text, scanner.found_value - text);
    }

  scanner_clear (&scanner);
  return located;
}
