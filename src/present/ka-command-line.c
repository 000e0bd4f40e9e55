/* ka-command-line.c
 *
 * The options are checked here, before any window: every mistake gets a
 * message that says what was wrong and what would be right, and an
 * export runs to the end without a display.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-command-line"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ka-command-line.h"
#include "ka-enum-types.h"
#include "ka-present-enum-types.h"

G_DEFINE_QUARK (ka-command-line-error-quark, ka_command_line_error)

static const GOptionEntry option_entries[] = {
  { "year", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("Show the boundaries of YEAR: 1855, 1875, 1905 or 1945"), N_("YEAR") },
  { "island", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Select ISLAND by its id (see --list-islands)"), N_("ISLAND") },
  { "names", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Name places in Japanese, in Russian or both"), "japanese|russian|both" },
  { "compare-years", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Draw the boundaries of every year together"), NULL },
  { "dark", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Use the dark map style"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the map to FILE (.png, .svg or .pdf) and quit, without a window"), N_("FILE") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Size of exported images in pixels, 1920x1080 unless given"), N_("WIDTHxHEIGHT") },
  { "lecture", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the lecture FILE.json"), N_("FILE.json") },
  { "export-lecture", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export every step of the --lecture (the built-in one unless given) to DIR, or as one PDF "
       "to FILE.pdf, and quit, without a window"), N_("DIR|FILE.pdf") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Format of the --export-lecture images, png unless given"), "png|svg|pdf" },
  { "export-handout", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a handout of the --lecture (the built-in one unless given) to FILE.pdf and quit, "
       "without a window"), N_("FILE.pdf") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper of the --export-handout, a4 unless given"), "a4|letter" },
  { "with-notes", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the speaker notes in the --export-handout"), NULL },
  { "list-islands", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the islands’ ids and names, and quit"), NULL },
  { NULL }
};

/**
 * ka_command_line_get_option_entries:
 *
 * Returns: (transfer none): the options, for
 *   g_application_add_main_option_entries(); ka_command_line_parse()
 *   reads what they leave in the options dictionary.
 */
const GOptionEntry *
ka_command_line_get_option_entries (void)
{
  return option_entries;
}

void
ka_command_line_free (KaCommandLine *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->island, g_free);
  g_clear_object (&self->export_file);
  g_clear_object (&self->export_dir);
  g_clear_object (&self->handout_file);
  g_clear_object (&self->lecture_file);
  g_clear_pointer (&self->atlas, ka_atlas_unref);
  g_clear_pointer (&self->lecture, ka_lecture_unref);
  g_free (self);
}

static void G_GNUC_PRINTF (2, 3)
set_invalid (GError     **error,
             const char  *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: the prefix of every command line error */
  g_set_error (error, KA_COMMAND_LINE_ERROR, KA_COMMAND_LINE_ERROR_INVALID,
               _("kuril-atlas: %s"), message);
}

/**
 * ka_command_line_set_error:
 * @cause: what failed
 *
 * Sets @error to @format's message, keeping @cause's domain and code so
 * that a caller can still tell what failed.
 */
void
ka_command_line_set_error (GError       **error,
                           const GError  *cause,
                           const char    *format,
                           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, cause->domain, cause->code, message);
}

/* GApplication leaves FILENAME options as bytestrings; a dictionary made
 * by hand may hold plain strings. */
static char *
lookup_path (GVariantDict *options,
             const char   *name)
{
  g_autoptr(GVariant) value = g_variant_dict_lookup_value (options, name, NULL);

  if (value == NULL)
    return NULL;

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_BYTESTRING))
    return g_variant_dup_bytestring (value, NULL);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return g_variant_dup_string (value, NULL);

  return NULL;
}

static gboolean
lookup_flag (GVariantDict *options,
             const char   *name)
{
  gboolean value = FALSE;

  return g_variant_dict_lookup (options, name, "b", &value) && value;
}

static gboolean
parse_dimension (const char *text,
                 int        *value)
{
  guint64 number;

  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT, &number, NULL))
    return FALSE;

  *value = (int) number;
  return TRUE;
}

static gboolean
parse_size (const char  *text,
            int         *width,
            int         *height,
            GError     **error)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *normalised = NULL;

  /* "1920×1080" as well as "1920x1080" and "1920X1080". */
  normalised = g_ascii_strdown (text, -1);
  parts = g_strsplit (normalised, "x", -1);
  if (g_strv_length (parts) != 2)
    {
      g_strfreev (parts);
      parts = g_strsplit (normalised, "×", -1);
    }

  if (g_strv_length (parts) != 2 || !parse_dimension (parts[0], width) || !parse_dimension (parts[1], height))
    {
      set_invalid (error, _("--size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080, not “%s”"), text);
      return FALSE;
    }

  if (*width < KA_EXPORT_MIN_SIZE || *width > KA_EXPORT_MAX_SIZE ||
      *height < KA_EXPORT_MIN_SIZE || *height > KA_EXPORT_MAX_SIZE)
    {
      set_invalid (error, _("--size %s is out of range; width and height must be %d to %d pixels"),
                   text, KA_EXPORT_MIN_SIZE, KA_EXPORT_MAX_SIZE);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_naming (const char  *text,
              int         *naming,
              GError     **error)
{
  g_autoptr(GEnumClass) naming_class = g_type_class_ref (KA_TYPE_NAMING);
  g_autofree char *nick = g_ascii_strdown (text, -1);
  GEnumValue *value = g_enum_get_value_by_nick (naming_class, nick);

  if (value != NULL)
    {
      *naming = value->value;
      return TRUE;
    }

  set_invalid (error, _("unknown naming “%s”; use japanese, russian or both"), text);
  return FALSE;
}

static gboolean
parse_year (int          year,
            guint       *out,
            GError     **error)
{
  if (year < 0 || ka_year_index ((guint) year) < 0)
    {
      /* Translators: between years in a list, and before the last one */
      g_autofree char *list = ka_years_format_list (_(", "), _(" and "));

      set_invalid (error, _("there is no map of %d; the years are %s"), year, list);
      return FALSE;
    }

  *out = (guint) year;
  return TRUE;
}

gboolean
ka_command_line_ensure_atlas (KaCommandLine  *self,
                              GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  if (self->atlas != NULL)
    return TRUE;

  self->atlas = ka_atlas_load_from_resources (&local_error);
  if (self->atlas == NULL)
    {
      ka_command_line_set_error (error, local_error,
                                 _("kuril-atlas: the atlas’s data could not be loaded: %s"),
                                 local_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_island (KaCommandLine  *self,
              const char     *text,
              GError        **error)
{
  g_autofree char *id = g_ascii_strdown (text, -1);

  if (!ka_command_line_ensure_atlas (self, error))
    return FALSE;

  if (ka_island_set_lookup (ka_atlas_get_islands (self->atlas), id) == NULL)
    {
      set_invalid (error, _("unknown island “%s”; try --list-islands"), text);
      return FALSE;
    }

  self->island = g_steal_pointer (&id);
  return TRUE;
}

static gboolean
load_lecture (KaCommandLine  *self,
              GError        **error)
{
  g_auto(GStrv) ids = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!ka_command_line_ensure_atlas (self, error))
    return FALSE;

  ids = ka_atlas_dup_island_ids (self->atlas);
  if (self->lecture_file != NULL)
    self->lecture = ka_lecture_new_from_file (self->lecture_file, (const char * const *) ids, &local_error);
  else
    self->lecture = ka_lecture_new_from_resource (KA_DEFAULT_LECTURE_RESOURCE, (const char * const *) ids,
                                                  &local_error);
  if (self->lecture == NULL)
    {
      /* The loader's message already names the file, line and column. */
      ka_command_line_set_error (error, local_error, _("kuril-atlas: %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
has_pdf_extension (const char *path)
{
  KaExportFormat format;

  return ka_export_format_from_path (path, &format, NULL) && format == KA_EXPORT_FORMAT_PDF;
}

/* A name ending in .pdf is one PDF deck, anything else a folder of images. */
static gboolean
parse_export_lecture (KaCommandLine  *self,
                      GVariantDict   *options,
                      const char     *path,
                      GError        **error)
{
  self->action = KA_COMMAND_LINE_EXPORT_LECTURE;

  if (!has_pdf_extension (path) || g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      self->export_dir = g_file_new_for_commandline_arg (path);
      return TRUE;
    }

  if (g_variant_dict_contains (options, "format") && self->format != KA_EXPORT_FORMAT_PDF)
    {
      set_invalid (error, _("“%s” is one PDF of the whole lecture; --format %s needs a folder"),
                   path, ka_export_format_get_extension (self->format));
      return FALSE;
    }

  self->format = KA_EXPORT_FORMAT_PDF;
  self->export_file = g_file_new_for_commandline_arg (path);
  return TRUE;
}

static gboolean
parse_export_handout (KaCommandLine  *self,
                      GVariantDict   *options,
                      const char     *path,
                      GError        **error)
{
  const char *text;

  if (!has_pdf_extension (path))
    {
      set_invalid (error, _("a handout is a PDF: name the file .pdf, not “%s”"), path);
      return FALSE;
    }

  if (g_variant_dict_lookup (options, "paper", "&s", &text))
    {
      g_autoptr(GEnumClass) paper_class = g_type_class_ref (KA_TYPE_PAPER);
      g_autofree char *nick = g_ascii_strdown (text, -1);
      GEnumValue *value = g_enum_get_value_by_nick (paper_class, nick);

      if (value == NULL)
        {
          set_invalid (error, _("unknown paper “%s”; use a4 or letter"), text);
          return FALSE;
        }
      self->paper = value->value;
    }

  self->with_notes = lookup_flag (options, "with-notes");
  self->handout_file = g_file_new_for_commandline_arg (path);
  self->action = KA_COMMAND_LINE_EXPORT_HANDOUT;
  return TRUE;
}

/* The options that make sense together; the message names the culprit. */
static gboolean
check_combination (GVariantDict  *options,
                   GError       **error)
{
  gboolean export = g_variant_dict_contains (options, "export");
  gboolean export_lecture = g_variant_dict_contains (options, "export-lecture");
  gboolean export_handout = g_variant_dict_contains (options, "export-handout");

  if (lookup_flag (options, "list-islands") &&
      (export || export_lecture || export_handout || g_variant_dict_contains (options, "lecture")))
    {
      set_invalid (error, _("--list-islands cannot be combined with --export, --lecture or --export-lecture"));
      return FALSE;
    }

  if (export && export_lecture)
    {
      set_invalid (error, _("--export and --export-lecture cannot be used together"));
      return FALSE;
    }

  if (export_handout && (export || export_lecture))
    {
      set_invalid (error, _("--export-handout cannot be combined with --export or --export-lecture"));
      return FALSE;
    }

  if (export && g_variant_dict_contains (options, "lecture"))
    {
      set_invalid (error, _("--export exports one view; to export a lecture, use --export-lecture DIR"));
      return FALSE;
    }

  if (export_lecture &&
      (g_variant_dict_contains (options, "year") || g_variant_dict_contains (options, "island") ||
       g_variant_dict_contains (options, "compare-years")))
    {
      set_invalid (error, _("--year, --island and --compare-years do not apply to --export-lecture: "
                            "each step of the lecture sets its own"));
      return FALSE;
    }

  if (export_handout &&
      (g_variant_dict_contains (options, "year") || g_variant_dict_contains (options, "island") ||
       g_variant_dict_contains (options, "compare-years") || g_variant_dict_contains (options, "size")))
    {
      set_invalid (error, _("--year, --island, --compare-years and --size do not apply to "
                            "--export-handout: each step of the lecture sets its own"));
      return FALSE;
    }

  if ((g_variant_dict_contains (options, "paper") || g_variant_dict_contains (options, "with-notes")) &&
      !export_handout)
    {
      set_invalid (error, _("--paper and --with-notes apply only to --export-handout"));
      return FALSE;
    }

  if (g_variant_dict_contains (options, "size") && !export && !export_lecture)
    {
      set_invalid (error, _("--size applies only to --export and --export-lecture"));
      return FALSE;
    }

  if (g_variant_dict_contains (options, "format") && !export_lecture)
    {
      set_invalid (error, _("--format applies only to --export-lecture; --export takes the format "
                            "from the file name"));
      return FALSE;
    }

  return TRUE;
}

/**
 * ka_command_line_parse:
 * @options: the options dictionary of #GApplication::handle-local-options
 * @atlas: (nullable): the atlas, or %NULL to load it only if the options
 *   need it (an island to check, islands to list, something to export)
 * @error: a #KA_COMMAND_LINE_ERROR whose message, ready to print, starts
 *   "kuril-atlas: "
 *
 * Returns: (transfer full) (nullable): the checked options
 */
KaCommandLine *
ka_command_line_parse (GVariantDict  *options,
                       KaAtlas       *atlas,
                       GError       **error)
{
  g_autoptr(KaCommandLine) self = g_new0 (KaCommandLine, 1);
  g_autofree char *export_path = NULL;
  g_autofree char *export_dir = NULL;
  g_autofree char *lecture_path = NULL;
  g_autofree char *handout_path = NULL;
  const char *text;
  int number;

  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self->action = KA_COMMAND_LINE_OPEN;
  self->naming = -1;
  self->width = KA_COMMAND_LINE_DEFAULT_WIDTH;
  self->height = KA_COMMAND_LINE_DEFAULT_HEIGHT;
  self->format = KA_EXPORT_FORMAT_PNG;
  self->paper = KA_PAPER_A4;
  self->atlas = atlas ? ka_atlas_ref (atlas) : NULL;

  if (!check_combination (options, error))
    return NULL;

  if (g_variant_dict_lookup (options, "year", "i", &number) &&
      !parse_year (number, &self->year, error))
    return NULL;

  if (g_variant_dict_lookup (options, "names", "&s", &text) &&
      !parse_naming (text, &self->naming, error))
    return NULL;

  if (g_variant_dict_lookup (options, "size", "&s", &text) &&
      !parse_size (text, &self->width, &self->height, error))
    return NULL;

  if (g_variant_dict_lookup (options, "format", "&s", &text) &&
      !ka_export_format_from_string (text, &self->format))
    {
      set_invalid (error, _("unknown format “%s”; use png, svg or pdf"), text);
      return NULL;
    }

  self->compare_years = lookup_flag (options, "compare-years");
  self->dark = lookup_flag (options, "dark");

  export_path = lookup_path (options, "export");
  if (export_path != NULL)
    {
      if (!ka_export_format_from_path (export_path, &self->format, NULL))
        {
          set_invalid (error, _("cannot tell the format of “%s”; name the file .png, .svg or .pdf"),
                       export_path);
          return NULL;
        }
      self->export_file = g_file_new_for_commandline_arg (export_path);
      self->action = KA_COMMAND_LINE_EXPORT;
    }

  export_dir = lookup_path (options, "export-lecture");
  if (export_dir != NULL && !parse_export_lecture (self, options, export_dir, error))
    return NULL;

  handout_path = lookup_path (options, "export-handout");
  if (handout_path != NULL && !parse_export_handout (self, options, handout_path, error))
    return NULL;

  if (lookup_flag (options, "list-islands"))
    {
      self->action = KA_COMMAND_LINE_LIST_ISLANDS;
      if (!ka_command_line_ensure_atlas (self, error))
        return NULL;
    }

  if (g_variant_dict_lookup (options, "island", "&s", &text) &&
      !check_island (self, text, error))
    return NULL;

  lecture_path = lookup_path (options, "lecture");
  if (lecture_path != NULL)
    self->lecture_file = g_file_new_for_commandline_arg (lecture_path);
  /* The window opens the built-in lecture itself, when asked to present. */
  if (lecture_path != NULL || self->action == KA_COMMAND_LINE_EXPORT_LECTURE ||
      self->action == KA_COMMAND_LINE_EXPORT_HANDOUT)
    {
      if (!load_lecture (self, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

gboolean
ka_command_line_is_headless (KaCommandLine *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->action != KA_COMMAND_LINE_OPEN;
}
