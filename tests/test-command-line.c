/* test-command-line.c — kuril-atlas's options, and exports run from them
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-command-line"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ka-batch-export.h"
#include "ka-enum-nicks.h"
#include "ka-enum-types.h"
#include "ka-test-pdf.h"

static KaAtlas *atlas;

/* A lecture of two steps: a year, then an island framed. */
static const char lecture_json[] =
  "{\n"
  "  \"format\": \"kuril-atlas-lecture\",\n"
  "  \"version\": 1,\n"
  "  \"title\": \"Two steps\",\n"
  "  \"steps\": [\n"
  "    { \"title\": \"1855: Treaty of Shimoda\", \"caption\": \"The first frontier.\", \"year\": 1855 },\n"
  "    { \"title\": \"Iturup\", \"caption\": \"Iturup, held by Russia since 1945.\", \"year\": 1945,\n"
  "      \"island\": \"iturup\" }\n"
  "  ]\n"
  "}\n";

/* Options as GApplication leaves them: NULL-terminated name, value pairs,
 * with FILENAME options as bytestrings. */
static GVariantDict *
make_options (const char *first_name,
              ...)
{
  GVariantDict *options = g_variant_dict_new (NULL);
  const char *name = first_name;
  va_list args;

  va_start (args, first_name);
  while (name != NULL)
    {
      g_variant_dict_insert_value (options, name, va_arg (args, GVariant *));
      name = va_arg (args, const char *);
    }
  va_end (args);

  return options;
}

static char *
write_lecture (const char *dir,
               const char *json)
{
  char *path = g_build_filename (dir, "lecture.json", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);

  return path;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

static void
test_defaults (void)
{
  g_autoptr(GVariantDict) options = make_options (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaCommandLine) command_line = ka_command_line_parse (options, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (command_line->action, ==, KA_COMMAND_LINE_OPEN);
  g_assert_false (ka_command_line_is_headless (command_line));
  g_assert_cmpuint (command_line->year, ==, 0);
  g_assert_null (command_line->island);
  g_assert_cmpint (command_line->naming, ==, -1);
  g_assert_cmpint (command_line->width, ==, 1920);
  g_assert_cmpint (command_line->height, ==, 1080);
  g_assert_false (command_line->compare_years);
  g_assert_false (command_line->dark);
  /* Nothing asked for the data, so it was not loaded. */
  g_assert_null (command_line->atlas);
}

static void
test_accepts (void)
{
  g_autoptr(GVariantDict) options = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KaCommandLine) command_line = NULL;
  g_autofree char *path = NULL;

  options = make_options ("year", g_variant_new_int32 (1875),
                          "island", g_variant_new_string ("Iturup"),
                          "names", g_variant_new_string ("russian"),
                          "compare-years", g_variant_new_boolean (TRUE),
                          "dark", g_variant_new_boolean (TRUE),
                          "export", g_variant_new_bytestring ("slides/map.SVG"),
                          "size", g_variant_new_string ("1280×720"),
                          NULL);
  command_line = ka_command_line_parse (options, atlas, &error);
  g_assert_no_error (error);

  g_assert_cmpint (command_line->action, ==, KA_COMMAND_LINE_EXPORT);
  g_assert_true (ka_command_line_is_headless (command_line));
  g_assert_cmpuint (command_line->year, ==, 1875);
  g_assert_cmpstr (command_line->island, ==, "iturup");
  g_assert_cmpint (command_line->naming, ==, KA_NAMING_RUSSIAN);
  g_assert_true (command_line->compare_years);
  g_assert_true (command_line->dark);
  g_assert_cmpint (command_line->format, ==, KA_EXPORT_FORMAT_SVG);
  g_assert_cmpint (command_line->width, ==, 1280);
  g_assert_cmpint (command_line->height, ==, 720);
  path = g_file_get_path (command_line->export_file);
  g_assert_true (g_str_has_suffix (path, "/slides/map.SVG"));
  g_assert_true (g_path_is_absolute (path));
  g_assert_true (command_line->atlas == atlas);

  /* The bounds of --size are allowed. */
  g_clear_pointer (&options, g_variant_dict_unref);
  g_clear_pointer (&command_line, ka_command_line_free);
  options = make_options ("export", g_variant_new_bytestring ("map.pdf"),
                          "size", g_variant_new_string ("7680X320"),
                          NULL);
  command_line = ka_command_line_parse (options, atlas, &error);
  g_assert_no_error (error);
  g_assert_cmpint (command_line->width, ==, 7680);
  g_assert_cmpint (command_line->height, ==, 320);
  g_assert_cmpint (command_line->format, ==, KA_EXPORT_FORMAT_PDF);
}

typedef struct
{
  GVariantDict *options;
  const char *message;
} Rejection;

static void
test_rejects (void)
{
  Rejection rejections[] = {
    { make_options ("year", g_variant_new_int32 (1900), NULL),
      "kuril-atlas: there is no map of 1900; the years are 1855, 1875, 1905 and 1945" },
    { make_options ("year", g_variant_new_int32 (-1855), NULL),
      "kuril-atlas: there is no map of -1855; the years are 1855, 1875, 1905 and 1945" },
    { make_options ("island", g_variant_new_string ("atlantis"), NULL),
      "kuril-atlas: unknown island “atlantis”; try --list-islands" },
    { make_options ("names", g_variant_new_string ("english"), NULL),
      "kuril-atlas: unknown naming “english”; use japanese, russian or both" },
    { make_options ("export", g_variant_new_bytestring ("map.jpg"), NULL),
      "kuril-atlas: cannot tell the format of “map.jpg”; name the file .png, .svg or .pdf" },
    { make_options ("export", g_variant_new_bytestring ("map"), NULL),
      "kuril-atlas: cannot tell the format of “map”; name the file .png, .svg or .pdf" },
    { make_options ("export", g_variant_new_bytestring ("m.png"), "size", g_variant_new_string ("1920"), NULL),
      "kuril-atlas: --size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080, not “1920”" },
    { make_options ("export", g_variant_new_bytestring ("m.png"), "size", g_variant_new_string ("wide x high"), NULL),
      "kuril-atlas: --size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080, not “wide x high”" },
    { make_options ("export", g_variant_new_bytestring ("m.png"), "size", g_variant_new_string ("-800x600"), NULL),
      "kuril-atlas: --size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080, not “-800x600”" },
    { make_options ("export", g_variant_new_bytestring ("m.png"), "size", g_variant_new_string ("1x2x3"), NULL),
      "kuril-atlas: --size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080, not “1x2x3”" },
    { make_options ("export", g_variant_new_bytestring ("m.png"), "size", g_variant_new_string ("100x100"), NULL),
      "kuril-atlas: --size 100x100 is out of range; width and height must be 320 to 7680 pixels" },
    { make_options ("export", g_variant_new_bytestring ("m.png"), "size", g_variant_new_string ("7681x4320"), NULL),
      "kuril-atlas: --size 7681x4320 is out of range; width and height must be 320 to 7680 pixels" },
    { make_options ("size", g_variant_new_string ("800x600"), NULL),
      "kuril-atlas: --size applies only to --export and --export-lecture" },
    { make_options ("format", g_variant_new_string ("svg"), NULL),
      "kuril-atlas: --format applies only to --export-lecture; --export takes the format from the file name" },
    { make_options ("export-handout", g_variant_new_bytestring ("handout.png"), NULL),
      "kuril-atlas: a handout is a PDF: name the file .pdf, not “handout.png”" },
    { make_options ("export-handout", g_variant_new_bytestring ("h.pdf"), "paper", g_variant_new_string ("a3"), NULL),
      "kuril-atlas: unknown paper “a3”; use a4 or letter" },
    { make_options ("paper", g_variant_new_string ("letter"), NULL),
      "kuril-atlas: --paper and --with-notes apply only to --export-handout" },
    { make_options ("export-lecture", g_variant_new_bytestring ("out"),
                    "with-notes", g_variant_new_boolean (TRUE), NULL),
      "kuril-atlas: --paper and --with-notes apply only to --export-handout" },
    { make_options ("export-handout", g_variant_new_bytestring ("h.pdf"),
                    "export-lecture", g_variant_new_bytestring ("out"), NULL),
      "kuril-atlas: --export-handout cannot be combined with --export or --export-lecture" },
    { make_options ("export-handout", g_variant_new_bytestring ("h.pdf"),
                    "year", g_variant_new_int32 (1855), NULL),
      "kuril-atlas: --year, --island, --compare-years and --size do not apply to --export-handout: "
      "each step of the lecture sets its own" },
    { make_options ("export-lecture", g_variant_new_bytestring ("deck.pdf"),
                    "format", g_variant_new_string ("png"), NULL),
      "kuril-atlas: “deck.pdf” is one PDF of the whole lecture; --format png needs a folder" },
    { make_options ("export-lecture", g_variant_new_bytestring ("out"),
                    "lecture", g_variant_new_bytestring ("l.json"),
                    "format", g_variant_new_string ("gif"), NULL),
      "kuril-atlas: unknown format “gif”; use png, svg or pdf" },
    { make_options ("export-lecture", g_variant_new_bytestring ("out"),
                    "lecture", g_variant_new_bytestring ("l.json"),
                    "year", g_variant_new_int32 (1855), NULL),
      "kuril-atlas: --year, --island and --compare-years do not apply to --export-lecture: "
      "each step of the lecture sets its own" },
    { make_options ("export", g_variant_new_bytestring ("a.png"),
                    "export-lecture", g_variant_new_bytestring ("out"),
                    "lecture", g_variant_new_bytestring ("l.json"), NULL),
      "kuril-atlas: --export and --export-lecture cannot be used together" },
    { make_options ("export", g_variant_new_bytestring ("a.png"),
                    "lecture", g_variant_new_bytestring ("l.json"), NULL),
      "kuril-atlas: --export exports one view; to export a lecture, use --export-lecture DIR" },
    { make_options ("list-islands", g_variant_new_boolean (TRUE),
                    "export", g_variant_new_bytestring ("a.png"), NULL),
      "kuril-atlas: --list-islands cannot be combined with --export, --lecture or --export-lecture" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rejections); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KaCommandLine) command_line = ka_command_line_parse (rejections[i].options, atlas, &error);

      g_assert_null (command_line);
      g_assert_error (error, KA_COMMAND_LINE_ERROR, KA_COMMAND_LINE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, rejections[i].message);
      g_variant_dict_unref (rejections[i].options);
    }
}

static void
test_bad_lecture (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-command-line-XXXXXX", NULL);
  g_autofree char *path = write_lecture (dir, "{ \"format\": \"kuril-atlas-lecture\", \"version\": 1, "
                                              "\"title\": \"Bad\", \"steps\": [ { \"title\": \"A\", "
                                              "\"caption\": \"B\", \"year\": 1945, \"island\": \"atlantis\" } ] }");
  g_autoptr(GVariantDict) options = make_options ("lecture", g_variant_new_bytestring (path), NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaCommandLine) command_line = ka_command_line_parse (options, atlas, &error);

  g_assert_null (command_line);
  /* The lecture reader's own error, not a generic one: its code says what was wrong. */
  g_assert_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_UNKNOWN_ISLAND);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "kuril-atlas: "));
  g_assert_nonnull (strstr (error->message, "lecture.json"));
  g_assert_nonnull (strstr (error->message, "atlantis"));

  remove_tree (dir);
}

typedef struct
{
  KaCommandLine *command_line;
  char *message;
} Handled;

static int
on_handle_local_options (GApplication *application,
                         GVariantDict *options,
                         Handled      *handled)
{
  g_autoptr(GError) error = NULL;

  handled->command_line = ka_command_line_parse (options, atlas, &error);
  if (handled->command_line == NULL)
    {
      handled->message = g_strdup (error->message);
      return 1;
    }

  return 0;
}

/* Through GApplication's own parsing, as kuril-atlas runs it. */
static int
run_application (const char * const *arguments,
                 Handled            *handled)
{
  g_autoptr(GApplication) application = g_application_new ("io.github.kurilatlas.KurilAtlas.Test",
                                                            G_APPLICATION_NON_UNIQUE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) "kuril-atlas");
  for (guint i = 0; arguments[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) arguments[i]);
  g_ptr_array_add (argv, NULL);

  g_application_add_main_option_entries (application, ka_command_line_get_option_entries ());
  g_signal_connect (application, "handle-local-options", G_CALLBACK (on_handle_local_options), handled);

  return g_application_run (application, argv->len - 1, (char **) argv->pdata);
}

static void
test_application (void)
{
  const char * const accepted[] = {
    "--year", "1905", "--island", "shikotan", "--names", "japanese", "--compare-years",
    "--dark", "--export", "out/map.png", "--size", "1024x768", NULL
  };
  const char * const rejected[] = { "--names", "both", "--year", "1950", NULL };
  Handled handled = { NULL, NULL };
  g_autofree char *path = NULL;

  g_assert_cmpint (run_application (accepted, &handled), ==, 0);
  g_assert_nonnull (handled.command_line);
  g_assert_cmpint (handled.command_line->action, ==, KA_COMMAND_LINE_EXPORT);
  g_assert_cmpuint (handled.command_line->year, ==, 1905);
  g_assert_cmpstr (handled.command_line->island, ==, "shikotan");
  g_assert_cmpint (handled.command_line->naming, ==, KA_NAMING_JAPANESE);
  g_assert_true (handled.command_line->compare_years);
  g_assert_true (handled.command_line->dark);
  g_assert_cmpint (handled.command_line->width, ==, 1024);
  g_assert_cmpint (handled.command_line->height, ==, 768);
  path = g_file_get_path (handled.command_line->export_file);
  g_assert_true (g_str_has_suffix (path, "/out/map.png"));
  g_clear_pointer (&handled.command_line, ka_command_line_free);

  g_assert_cmpint (run_application (rejected, &handled), ==, 1);
  g_assert_null (handled.command_line);
  g_assert_cmpstr (handled.message, ==,
                   "kuril-atlas: there is no map of 1950; the years are 1855, 1875, 1905 and 1945");
  g_free (handled.message);
}

static void
test_list_islands (void)
{
  g_autofree char *text = ka_batch_export_list_islands (atlas);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  KaIslandSet *islands = ka_atlas_get_islands (atlas);
  gboolean found = FALSE;

  /* One line an island, and a final newline. */
  g_assert_cmpuint (g_strv_length (lines), ==, ka_island_set_get_n_items (islands) + 1);
  g_assert_cmpstr (lines[ka_island_set_get_n_items (islands)], ==, "");

  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", 2);

      g_assert_nonnull (ka_island_set_lookup (islands, words[0]));
      if (g_str_equal (words[0], "iturup"))
        {
          g_assert_nonnull (strstr (lines[i], "Iturup / Etorofu"));
          found = TRUE;
        }
    }

  g_assert_true (found);
}

static void
test_run_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-command-line-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "iturup.png", NULL);
  g_autoptr(GVariantDict) options = NULL;
  g_autoptr(KaCommandLine) command_line = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;

  options = make_options ("export", g_variant_new_bytestring (path),
                          "island", g_variant_new_string ("iturup"),
                          "size", g_variant_new_string ("640x360"),
                          NULL);
  command_line = ka_command_line_parse (options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ka_batch_export_run (command_line, &error), ==, 0);
  g_assert_no_error (error);

  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 360);
  cairo_surface_destroy (surface);

  /* A failed export says so, names the file and exits with 1. */
  g_clear_pointer (&options, g_variant_dict_unref);
  g_clear_pointer (&command_line, ka_command_line_free);
  options = make_options ("export", g_variant_new_bytestring ("/proc/kuril-atlas/map.pdf"), NULL);
  command_line = ka_command_line_parse (options, atlas, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ka_batch_export_run (command_line, &error), ==, 1);
  /* The file system's error, as the exporter reported it. */
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "kuril-atlas: "));
  g_assert_nonnull (strstr (error->message, "/proc/kuril-atlas/map.pdf"));

  remove_tree (dir);
}

static void
test_export_lecture (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-command-line-XXXXXX", NULL);
  g_autofree char *lecture = write_lecture (dir, lecture_json);
  g_autofree char *out = g_build_filename (dir, "slides", "svg", NULL);
  g_autoptr(GVariantDict) options = NULL;
  g_autoptr(KaCommandLine) command_line = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  static const char * const expected[] = { "01-1855-treaty-of-shimoda.svg", "02-1945-iturup.svg" };
  guint n_files = 0;
  const char *name;

  options = make_options ("lecture", g_variant_new_bytestring (lecture),
                          "export-lecture", g_variant_new_bytestring (out),
                          "format", g_variant_new_string ("svg"),
                          "size", g_variant_new_string ("640x360"),
                          "names", g_variant_new_string ("japanese"),
                          NULL);
  command_line = ka_command_line_parse (options, atlas, &error);
  g_assert_no_error (error);
  g_assert_cmpint (command_line->action, ==, KA_COMMAND_LINE_EXPORT_LECTURE);
  g_assert_cmpuint (ka_lecture_get_n_steps (command_line->lecture), ==, 2);

  g_assert_cmpint (ka_batch_export_run (command_line, &error), ==, 0);
  g_assert_no_error (error);

  listing = g_dir_open (out, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (out, name, NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_strv_contains (expected, name));
      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (strstr (contents, "width=\"640px\" height=\"360px\""));
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (expected));

  remove_tree (dir);
}

/* Runs the options to the end, as kuril-atlas would; returns the exit status. */
static int
run_options (GVariantDict  *options,
             GError       **error)
{
  g_autoptr(KaCommandLine) command_line = ka_command_line_parse (options, atlas, error);

  if (command_line == NULL)
    return 2;

  return ka_batch_export_run (command_line, error);
}

static KaLecture *
default_lecture (void)
{
  g_auto(GStrv) ids = ka_atlas_dup_island_ids (atlas);
  g_autoptr(GError) error = NULL;
  KaLecture *lecture = ka_lecture_new_from_resource (KA_DEFAULT_LECTURE_RESOURCE,
                                                     (const char * const *) ids, &error);

  g_assert_no_error (error);
  return lecture;
}

static void
assert_text_has (const char *text,
                 const char *wanted)
{
  g_autofree char *collapsed = ka_test_pdf_collapse (wanted);

  if (strstr (text, collapsed) == NULL)
    g_error ("the PDF's text lacks “%s”", collapsed);
}

/* With no --lecture, the built-in lecture: a folder of its slides, and
 * one PDF deck of 16:9 pages, a page per step with each step's title. */
static void
test_export_built_in_lecture (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-command-line-XXXXXX", NULL);
  g_autofree char *slides = g_build_filename (dir, "slides", NULL);
  g_autofree char *deck = g_build_filename (dir, "deck.pdf", NULL);
  g_autoptr(KaLecture) lecture = default_lecture ();
  g_autoptr(GVariantDict) options = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  double width_pt, height_pt;

  options = make_options ("export-lecture", g_variant_new_bytestring (slides),
                          "size", g_variant_new_string ("640x360"), NULL);
  g_assert_cmpint (run_options (options, &error), ==, 0);
  g_assert_no_error (error);
  for (guint i = 0; i < ka_lecture_get_n_steps (lecture); i++)
    {
      g_autofree char *name = ka_batch_export_step_file_name (ka_lecture_get_step (lecture, i), i,
                                                              KA_EXPORT_FORMAT_PNG);
      g_autofree char *path = g_build_filename (slides, name, NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }

  g_clear_pointer (&options, g_variant_dict_unref);
  options = make_options ("export-lecture", g_variant_new_bytestring (deck), NULL);
  g_assert_cmpint (run_options (options, &error), ==, 0);
  g_assert_no_error (error);

  if (!ka_test_pdf_tools_found ())
    {
      remove_tree (dir);
      return;
    }

  g_assert_cmpuint (ka_test_pdf_n_pages (deck), ==, ka_lecture_get_n_steps (lecture));
  ka_test_pdf_page_size (deck, &width_pt, &height_pt);
  g_assert_cmpfloat_with_epsilon (width_pt, 960.0, 0.01);
  g_assert_cmpfloat_with_epsilon (height_pt, 540.0, 0.01);
  text = ka_test_pdf_text (deck);
  for (guint i = 0; i < ka_lecture_get_n_steps (lecture); i++)
    assert_text_has (text, ka_lecture_step_get_title (ka_lecture_get_step (lecture, i)));

  remove_tree (dir);
}

/* Every caption, and for each step on an island every claim's status,
 * summary and passage with its citation, as text; the notes only when
 * asked for; A4 unless letter is asked for. */
static void
test_export_handout (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-command-line-XXXXXX", NULL);
  g_autofree char *plain = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *noted = g_build_filename (dir, "noted.pdf", NULL);
  g_autoptr(KaLecture) lecture = default_lecture ();
  KaClaimSet *claims = ka_atlas_get_claims (atlas);
  KaReport *report = ka_atlas_get_report (atlas);
  g_autoptr(GVariantDict) options = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *noted_text = NULL;
  double width_pt, height_pt;
  guint n_notes = 0, n_passages = 0;

  options = make_options ("export-handout", g_variant_new_bytestring (plain), NULL);
  g_assert_cmpint (run_options (options, &error), ==, 0);
  g_assert_no_error (error);
  g_clear_pointer (&options, g_variant_dict_unref);
  options = make_options ("export-handout", g_variant_new_bytestring (noted),
                          "with-notes", g_variant_new_boolean (TRUE),
                          "paper", g_variant_new_string ("letter"), NULL);
  g_assert_cmpint (run_options (options, &error), ==, 0);
  g_assert_no_error (error);

  if (!ka_test_pdf_tools_found ())
    {
      remove_tree (dir);
      return;
    }

  ka_test_pdf_page_size (plain, &width_pt, &height_pt);
  g_assert_cmpfloat_with_epsilon (width_pt, 595.28, 0.1);
  g_assert_cmpfloat_with_epsilon (height_pt, 841.89, 0.1);
  ka_test_pdf_page_size (noted, &width_pt, &height_pt);
  g_assert_cmpfloat_with_epsilon (width_pt, 612.0, 0.1);
  g_assert_cmpfloat_with_epsilon (height_pt, 792.0, 0.1);

  text = ka_test_pdf_text (plain);
  noted_text = ka_test_pdf_text (noted);
  for (guint i = 0; i < ka_lecture_get_n_steps (lecture); i++)
    {
      const KaLectureStep *step = ka_lecture_get_step (lecture, i);
      const char *note = ka_lecture_step_get_note (step);
      const char *island_id = ka_lecture_step_get_island (step);

      assert_text_has (text, ka_lecture_step_get_title (step));
      assert_text_has (text, ka_lecture_step_get_caption (step));
      if (note != NULL)
        {
          g_autofree char *collapsed = ka_test_pdf_collapse (note);

          g_assert_null (strstr (text, collapsed));
          assert_text_has (noted_text, note);
          n_notes++;
        }

      if (island_id != NULL)
        {
          KaIsland *island = ka_island_set_lookup (ka_atlas_get_islands (atlas), island_id);
          const char *group = ka_island_group_to_string (ka_island_get_group (island));
          g_autoptr(GPtrArray) found = ka_claim_set_lookup (claims, island_id, group);

          for (guint c = 0; c < found->len; c++)
            {
              KaClaim *claim = g_ptr_array_index (found, c);
              g_autofree char *status = ka_claim_format_status (claim, FALSE);

              assert_text_has (text, status);
              assert_text_has (text, ka_claim_get_argument (claim));
              for (guint p = 0; p < ka_claim_get_n_passages (claim); p++)
                {
                  const KaPassage *passage = ka_claim_get_passage (claim, p);
                  g_autofree char *citation = ka_report_format_citation (report, passage->section,
                                                                         passage->paragraph);

                  assert_text_has (text, passage->quote);
                  assert_text_has (text, citation);
                  n_passages++;
                }
            }
        }
    }
  g_test_message ("%u notes and %u cited passages found", n_notes, n_passages);
  g_assert_cmpuint (n_notes, >, 0);
  g_assert_cmpuint (n_passages, >, 0);

  assert_text_has (text, "Sources and Licences");
  assert_text_has (text, "GSHHG");
  assert_text_has (text, ka_report_get_title (report));

  remove_tree (dir);
}

/* A folder that cannot be written: the error says what and where, and
 * no file is left. */
static void
test_export_handout_unwritable (void)
{
  const char *path = "/proc/kuril-atlas/handout.pdf";
  g_autoptr(GVariantDict) options = make_options ("export-handout", g_variant_new_bytestring (path), NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (run_options (options, &error), ==, 1);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "kuril-atlas: Cannot export the handout: "));
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_step_file_name (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (lecture_json, strlen (lecture_json));
  const char * const ids[] = { "iturup", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(KaLecture) lecture = ka_lecture_new_from_bytes (bytes, "two-steps.json", ids, &error);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  first = ka_batch_export_step_file_name (ka_lecture_get_step (lecture, 0), 0, KA_EXPORT_FORMAT_PNG);
  second = ka_batch_export_step_file_name (ka_lecture_get_step (lecture, 1), 11, KA_EXPORT_FORMAT_PDF);
  g_assert_cmpstr (first, ==, "01-1855-treaty-of-shimoda.png");
  g_assert_cmpstr (second, ==, "12-1945-iturup.pdf");
}

/* The help is a translated sentence, so it names the years and the
 * namings in words: they must be the year table's and the enum's. */
static void
test_help_names_the_vocabulary (void)
{
  const GOptionEntry *entries = ka_command_line_get_option_entries ();
  g_autofree char *years = ka_years_format_list (", ", " or ");
  g_auto(GStrv) nicks = ka_enum_dup_nicks (KA_TYPE_NAMING);
  g_autofree char *namings = g_strjoinv ("|", nicks);
  gboolean found_year = FALSE, found_names = FALSE;

  for (guint i = 0; entries[i].long_name != NULL; i++)
    {
      if (g_str_equal (entries[i].long_name, "year"))
        {
          g_assert_nonnull (strstr (entries[i].description, years));
          found_year = TRUE;
        }
      else if (g_str_equal (entries[i].long_name, "names"))
        {
          g_assert_cmpstr (entries[i].arg_description, ==, namings);
          found_names = TRUE;
        }
    }

  g_assert_true (found_year);
  g_assert_true (found_names);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  atlas = ka_atlas_load_from_resources (&error);
  g_assert_no_error (error);

  g_test_add_func ("/present/command-line/defaults", test_defaults);
  g_test_add_func ("/present/command-line/accepts", test_accepts);
  g_test_add_func ("/present/command-line/rejects", test_rejects);
  g_test_add_func ("/present/command-line/bad-lecture", test_bad_lecture);
  g_test_add_func ("/present/command-line/application", test_application);
  g_test_add_func ("/present/command-line/list-islands", test_list_islands);
  g_test_add_func ("/present/command-line/run-export", test_run_export);
  g_test_add_func ("/present/command-line/export-lecture", test_export_lecture);
  g_test_add_func ("/present/command-line/step-file-name", test_step_file_name);
  g_test_add_func ("/present/command-line/export-built-in-lecture", test_export_built_in_lecture);
  g_test_add_func ("/present/command-line/export-handout", test_export_handout);
  g_test_add_func ("/present/command-line/export-handout-unwritable", test_export_handout_unwritable);
  g_test_add_func ("/present/command-line/help-names-the-vocabulary", test_help_names_the_vocabulary);

  status = g_test_run ();
  ka_atlas_unref (atlas);

  return status;
}
