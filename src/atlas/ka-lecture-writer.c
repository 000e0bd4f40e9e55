/* ka-lecture-writer.c — writing a lecture in the format the reader reads
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-lecture"

#include "config.h"

#include <string.h>

#include "ka-enum-types.h"
#include "ka-lecture-private.h"
#include "ka-lecture-writer.h"

/* The file is laid out as docs/lecture-format.md shows it, one member a
 * line, so that a lecturer can still read and change it by hand. */

static void
append_string (GString    *out,
               const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

/* The shortest decimal that reads back as the same double: 145.7, not
 * 145.69999999999999. */
static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  for (int digits = 1; digits <= 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  g_string_append (out, buffer);
}

static void
append_member (GString    *out,
               const char *indent,
               const char *key)
{
  g_string_append_printf (out, ",\n%s\"%s\": ", indent, key);
}

static void
append_view (GString             *out,
             const KaLectureStep *step)
{
  switch (step->view_kind)
    {
    case KA_LECTURE_VIEW_CENTER:
      append_member (out, "      ", "view");
      g_string_append (out, "{ \"center\": [");
      append_number (out, step->lon);
      g_string_append (out, ", ");
      append_number (out, step->lat);
      g_string_append (out, "], \"zoom\": ");
      append_number (out, step->zoom);
      g_string_append (out, " }");
      break;

    case KA_LECTURE_VIEW_FIT_ISLAND:
      append_member (out, "      ", "view");
      g_string_append (out, "{ \"fit\": \"island\" }");
      break;

    case KA_LECTURE_VIEW_FIT_BOX:
      append_member (out, "      ", "view");
      g_string_append (out, "{ \"fit\": [");
      append_number (out, step->box.min_x);
      g_string_append (out, ", ");
      append_number (out, step->box.min_y);
      g_string_append (out, ", ");
      append_number (out, step->box.max_x);
      g_string_append (out, ", ");
      append_number (out, step->box.max_y);
      g_string_append (out, "] }");
      break;

    case KA_LECTURE_VIEW_DEFAULT:
    default:
      break;
    }
}

static void
append_step (GString             *out,
             const KaLectureStep *step)
{
  g_autofree char *title = g_strstrip (g_strdup (step->title));
  g_autofree char *caption = g_strstrip (g_strdup (step->caption));
  g_autofree char *note = g_strstrip (g_strdup (step->note ? step->note : ""));

  g_string_append (out, "    {\n      \"title\": ");
  append_string (out, title);
  append_member (out, "      ", "caption");
  append_string (out, caption);
  append_member (out, "      ", "year");
  g_string_append_printf (out, "%u", step->year);
  if (step->compare)
    {
      append_member (out, "      ", "compare");
      g_string_append (out, "true");
    }
  if (step->islands != NULL)
    {
      append_member (out, "      ", "islands");
      g_string_append_c (out, '[');
      for (guint i = 0; step->islands[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          append_string (out, step->islands[i]);
        }
      g_string_append_c (out, ']');
    }
  else if (step->island != NULL)
    {
      append_member (out, "      ", "island");
      append_string (out, step->island);
    }
  append_view (out, step);
  if (step->naming >= 0)
    {
      g_autoptr(GEnumClass) naming_class = g_type_class_ref (KA_TYPE_NAMING);
      GEnumValue *naming = g_enum_get_value (naming_class, step->naming);

      append_member (out, "      ", "naming");
      append_string (out, naming->value_nick);
    }
  if (note[0] != '\0')
    {
      append_member (out, "      ", "note");
      append_string (out, note);
    }
  g_string_append (out, "\n    }");
}

/* The rules the reader enforces that an editor can break, with messages
 * for the person editing: the reader would refuse such a file. */
static gboolean
check_line (const char  *text,
            guint        max_chars,
            int          step,
            const char  *what,
            GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *where = step >= 0 ? g_strdup_printf ("step %d: ", step + 1) : g_strdup ("");

  if (stripped[0] == '\0')
    {
      g_set_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_BAD_VALUE,
                   "%sthe %s is empty", where, what);
      return FALSE;
    }
  for (const char *p = stripped; *p != '\0'; p++)
    if ((guchar) *p < 0x20)
      {
        g_set_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_BAD_VALUE,
                     "%sthe %s must be one line", where, what);
        return FALSE;
      }
  if (g_utf8_strlen (stripped, -1) > (glong) max_chars)
    {
      g_set_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_BAD_VALUE,
                   "%sthe %s is longer than %u characters", where, what, max_chars);
      return FALSE;
    }
  return TRUE;
}

/* Version 1 unless a step needs what version 2 added, so that a lecture
 * without several islands to a step still opens in older releases. */
static int
oldest_version_for (KaLecture *lecture)
{
  for (guint i = 0; i < lecture->steps->len; i++)
    if (((KaLectureStep *) g_ptr_array_index (lecture->steps, i))->islands != NULL)
      return 2;

  return 1;
}

static gboolean
check_lecture (KaLecture  *lecture,
               GError    **error)
{
  if (!check_line (lecture->title, KA_LECTURE_MAX_TITLE_CHARS, -1, "lecture's title", error))
    return FALSE;

  if (lecture->steps->len == 0)
    {
      g_set_error_literal (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_EMPTY,
                           "the lecture has no steps; a lecture needs at least one step");
      return FALSE;
    }

  for (guint i = 0; i < lecture->steps->len; i++)
    {
      const KaLectureStep *step = g_ptr_array_index (lecture->steps, i);

      if (!check_line (step->title, KA_LECTURE_MAX_TITLE_CHARS, i, "title", error) ||
          !check_line (step->caption, KA_LECTURE_MAX_CAPTION_CHARS, i, "caption", error))
        return FALSE;

      if (step->view_kind == KA_LECTURE_VIEW_FIT_ISLAND && step->island == NULL)
        {
          g_set_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_MISSING_FIELD,
                       "step %u: it frames its island but selects none", i + 1);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * ka_lecture_to_json:
 * @error: a #KA_LECTURE_ERROR for a lecture the reader would refuse (an
 *   empty caption, a title too long …)
 *
 * Returns: (transfer full) (nullable): @lecture as a lecture file of the
 *   oldest version that holds it, see docs/lecture-format.md
 */
char *
ka_lecture_to_json (KaLecture  *lecture,
                    GError    **error)
{
  g_autoptr(GString) out = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (lecture != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_lecture (lecture, error))
    return NULL;

  title = g_strstrip (g_strdup (lecture->title));
  out = g_string_new ("{\n  \"format\": ");
  append_string (out, KA_LECTURE_FORMAT);
  g_string_append_printf (out, ",\n  \"version\": %d,\n  \"title\": ", oldest_version_for (lecture));
  append_string (out, title);
  g_string_append (out, ",\n  \"steps\": [\n");
  for (guint i = 0; i < lecture->steps->len; i++)
    {
      if (i > 0)
        g_string_append (out, ",\n");
      append_step (out, g_ptr_array_index (lecture->steps, i));
    }
  g_string_append (out, "\n  ]\n}\n");

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ka_lecture_write_file:
 * @file: where to write; replaced only once the whole file is written
 * @error: a #KA_LECTURE_ERROR as for ka_lecture_to_json(), or the
 *   #G_IO_ERROR of the file system (a read-only or vanished folder)
 *
 * Writes @lecture beside @file and renames it over @file, so that a
 * failed write leaves the old file as it was.
 *
 * Returns: whether @file now holds @lecture
 */
gboolean
ka_lecture_write_file (KaLecture  *lecture,
                       GFile      *file,
                       GError    **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (lecture != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = ka_lecture_to_json (lecture, error);
  if (text == NULL)
    return FALSE;

  return g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, NULL, error);
}
