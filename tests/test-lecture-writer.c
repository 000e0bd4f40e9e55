/* test-lecture-writer.c — writing lectures, and editing them in the model
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-lecture-writer"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ka-atlas.h"
#include "ka-lecture-model.h"
#include "ka-lecture-writer.h"

static GStrv island_ids;

/* Every key of the format, every kind of view, and text that needs
 * escaping: quotes, backslashes, line breaks, tabs and non-ASCII. */
static const char every_key[] =
  "{\n"
  "  \"format\": \"kuril-atlas-lecture\",\n"
  "  \"version\": 1,\n"
  "  \"title\": \"Every key \\\"quoted\\\"\",\n"
  "  \"steps\": [\n"
  "    { \"title\": \"Centre\", \"caption\": \"A point, at zoom 7.5\", \"year\": 1855,\n"
  "      \"view\": { \"center\": [149.35, 45.35], \"zoom\": 7.5 }, \"naming\": \"both\",\n"
  "      \"note\": \"Line one\\nline two\\twith a tab, a \\\\ and «Итуруп» 択捉\" },\n"
  "    { \"title\": \"Island\", \"caption\": \"Iturup framed\", \"year\": 1875, \"island\": \"iturup\",\n"
  "      \"view\": { \"fit\": \"island\" }, \"naming\": \"russian\" },\n"
  "    { \"title\": \"Box\", \"caption\": \"All years\", \"year\": 1945, \"compare\": true,\n"
  "      \"island\": \"shikotan\", \"view\": { \"fit\": [145.7, 43.25, 146.5, 43.75] },\n"
  "      \"naming\": \"japanese\" },\n"
  "    { \"title\": \"Default\", \"caption\": \"No view at all\", \"year\": 1905 }\n"
  "  ]\n"
  "}\n";

static KaLecture *
read_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  KaLecture *lecture;

  lecture = ka_lecture_new_from_bytes (bytes, "lecture.json", (const char * const *) island_ids, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lecture);
  return lecture;
}

static void
assert_lectures_equal (KaLecture *a,
                       KaLecture *b)
{
  g_assert_cmpstr (ka_lecture_get_title (a), ==, ka_lecture_get_title (b));
  g_assert_cmpuint (ka_lecture_get_n_steps (a), ==, ka_lecture_get_n_steps (b));
  for (guint i = 0; i < ka_lecture_get_n_steps (a); i++)
    if (!ka_lecture_step_equal (ka_lecture_get_step (a, i), ka_lecture_get_step (b, i)))
      g_error ("step %u differs after writing: “%s”", i + 1,
               ka_lecture_step_get_title (ka_lecture_get_step (a, i)));
}

/* read → write → read gives the same steps, and writing again the same text. */
static void
assert_round_trip (KaLecture *lecture)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autoptr(KaLecture) reread = NULL;

  text = ka_lecture_to_json (lecture, &error);
  g_assert_no_error (error);
  reread = read_text (text);
  assert_lectures_equal (lecture, reread);

  again = ka_lecture_to_json (reread, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, again);
}

static void
test_round_trip_default (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaLecture) lecture = NULL;

  lecture = ka_lecture_new_from_resource (KA_DEFAULT_LECTURE_RESOURCE, (const char * const *) island_ids, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ka_lecture_get_n_steps (lecture), >, 10);
  assert_round_trip (lecture);
}

static void
test_round_trip_every_key (void)
{
  g_autoptr(KaLecture) lecture = read_text (every_key);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const KaLectureStep *step;
  double lon, lat, zoom;
  KaBox box;

  assert_round_trip (lecture);

  /* What the writer keeps is what the file said, not only something equal. */
  step = ka_lecture_get_step (lecture, 0);
  g_assert_true (ka_lecture_step_get_center (step, &lon, &lat, &zoom));
  g_assert_cmpfloat (zoom, ==, 7.5);
  g_assert_cmpstr (ka_lecture_step_get_note (step), ==, "Line one\nline two\twith a tab, a \\ and «Итуруп» 択捉");
  g_assert_cmpint (ka_lecture_step_get_view_kind (ka_lecture_get_step (lecture, 1)), ==, KA_LECTURE_VIEW_FIT_ISLAND);
  g_assert_true (ka_lecture_step_get_fit_box (ka_lecture_get_step (lecture, 2), &box));
  g_assert_cmpfloat (box.min_x, ==, 145.7);
  g_assert_true (ka_lecture_step_get_compare (ka_lecture_get_step (lecture, 2)));
  g_assert_cmpint (ka_lecture_step_get_naming (ka_lecture_get_step (lecture, 3)), ==, -1);

  /* Numbers are written as short as they read back: 145.7, not 145.69999999999999. */
  text = ka_lecture_to_json (lecture, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "\"fit\": [145.7, 43.25, 146.5, 43.75]"));
  g_assert_nonnull (strstr (text, "\"center\": [149.35, 45.35], \"zoom\": 7.5"));
}

/* What the reader would refuse is not written. */
static void
test_refuses_invalid (void)
{
  g_autoptr(KaLecture) lecture = read_text (every_key);
  g_autoptr(KaLectureModel) model = ka_lecture_model_new (lecture, NULL);
  g_autoptr(KaLecture) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *long_title = g_strnfill (KA_LECTURE_MAX_TITLE_CHARS + 1, 'x');

  ka_lecture_model_set_step_caption (model, 2, "  ");
  edited = ka_lecture_model_dup_lecture (model);
  text = ka_lecture_to_json (edited, &error);
  g_assert_null (text);
  g_assert_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_BAD_VALUE);
  g_assert_cmpstr (error->message, ==, "step 3: the caption is empty");
  g_clear_error (&error);
  g_clear_pointer (&edited, ka_lecture_unref);

  ka_lecture_model_set_step_caption (model, 2, "Back");
  ka_lecture_model_set_step_title (model, 0, long_title);
  edited = ka_lecture_model_dup_lecture (model);
  g_assert_null (ka_lecture_to_json (edited, &error));
  g_assert_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_BAD_VALUE);
  g_assert_cmpstr (error->message, ==, "step 1: the title is longer than 48 characters");
  g_clear_error (&error);
  g_clear_pointer (&edited, ka_lecture_unref);

  for (guint n = ka_lecture_model_get_n_steps (model); n > 0; n--)
    ka_lecture_model_delete_step (model, 0);
  edited = ka_lecture_model_dup_lecture (model);
  g_assert_null (ka_lecture_to_json (edited, &error));
  g_assert_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_EMPTY);
}

static void
on_steps_changed (KaLectureModel *model,
                  guint           position,
                  guint           removed,
                  guint           added,
                  GString        *log)
{
  g_string_append_printf (log, "%u-%u+%u ", position, removed, added);
}

static const char *
step_title (KaLectureModel *model,
            guint           index)
{
  return ka_lecture_step_get_title (ka_lecture_model_get_step (model, index));
}

static void
test_model_edits (void)
{
  g_autoptr(KaLecture) lecture = read_text (every_key);
  g_autoptr(KaLectureModel) model = ka_lecture_model_new (lecture, NULL);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(KaLecture) snapshot = NULL;
  KaBox fit = { 146.0, 43.0, 147.0, 44.0 };
  KaLectureStep *added;

  g_signal_connect (model, "steps-changed", G_CALLBACK (on_steps_changed), log);
  g_assert_false (ka_lecture_model_get_dirty (model));
  g_assert_null (ka_lecture_model_get_file (model));
  g_assert_cmpuint (ka_lecture_model_get_n_steps (model), ==, 4);

  /* Setting what is already there changes nothing. */
  ka_lecture_model_set_step_title (model, 0, "Centre");
  g_assert_false (ka_lecture_model_get_dirty (model));

  added = ka_lecture_step_new ("Kunashir", "Seen from Nemuro", 1945, TRUE, "kunashir", KA_NAMING_BOTH, &fit);
  ka_lecture_model_insert_step (model, 1, added);
  g_assert_true (ka_lecture_model_get_dirty (model));
  g_assert_cmpstr (step_title (model, 1), ==, "Kunashir");
  g_assert_cmpstr (step_title (model, 2), ==, "Island");

  ka_lecture_model_duplicate_step (model, 1);
  g_assert_cmpuint (ka_lecture_model_get_n_steps (model), ==, 6);
  g_assert_true (ka_lecture_step_equal (ka_lecture_model_get_step (model, 1), ka_lecture_model_get_step (model, 2)));

  ka_lecture_model_set_step_note (model, 2, "Point at Nemuro.\nThen at Kunashir.");
  g_assert_cmpstr (ka_lecture_step_get_note (ka_lecture_model_get_step (model, 2)), ==,
                   "Point at Nemuro.\nThen at Kunashir.");
  ka_lecture_model_set_step_note (model, 2, "");
  g_assert_null (ka_lecture_step_get_note (ka_lecture_model_get_step (model, 2)));

  g_assert_true (ka_lecture_model_move_step (model, 0, 3));
  g_assert_cmpstr (step_title (model, 0), ==, "Kunashir");
  g_assert_cmpstr (step_title (model, 3), ==, "Centre");
  g_assert_false (ka_lecture_model_move_step (model, 5, 6));

  ka_lecture_model_delete_step (model, 3);
  g_assert_cmpstr (step_title (model, 3), ==, "Box");
  g_assert_cmpint (ka_lecture_model_undo_delete (model), ==, 3);
  g_assert_cmpstr (step_title (model, 3), ==, "Centre");
  g_assert_cmpint (ka_lecture_model_undo_delete (model), ==, -1);

  g_assert_cmpstr (log->str, ==, "1-0+1 2-0+1 0-4+4 3-1+0 3-0+1 ");

  /* A snapshot stays as it was when the model changes on. */
  snapshot = ka_lecture_model_dup_lecture (model);
  ka_lecture_model_set_step_caption (model, 0, "Changed");
  g_assert_cmpstr (ka_lecture_step_get_caption (ka_lecture_get_step (snapshot, 0)), ==, "Seen from Nemuro");

  /* Update Step from View keeps the text, takes the rest. */
  ka_lecture_model_update_step (model, 3, ka_lecture_get_step (lecture, 1));
  g_assert_cmpstr (step_title (model, 3), ==, "Centre");
  g_assert_cmpstr (ka_lecture_step_get_island (ka_lecture_model_get_step (model, 3)), ==, "iturup");
  g_assert_cmpuint (ka_lecture_step_get_year (ka_lecture_model_get_step (model, 3)), ==, 1875);
}

static void
test_save_and_reload (void)
{
  g_autoptr(KaLecture) lecture = read_text (every_key);
  g_autoptr(KaLectureModel) model = ka_lecture_model_new (lecture, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ka-lecture-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "mine.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KaLecture) saved = NULL;
  g_autoptr(KaLecture) edited = NULL;

  g_assert_no_error (error);
  ka_lecture_model_set_step_caption (model, 0, "Edited before saving");
  g_assert_true (ka_lecture_model_save (model, file, &error));
  g_assert_no_error (error);
  g_assert_false (ka_lecture_model_get_dirty (model));
  g_assert_true (g_file_equal (ka_lecture_model_get_file (model), file));

  saved = ka_lecture_new_from_file (file, (const char * const *) island_ids, &error);
  g_assert_no_error (error);
  edited = ka_lecture_model_dup_lecture (model);
  assert_lectures_equal (edited, saved);
  g_assert_cmpstr (ka_lecture_get_name (saved), ==, "mine.json");

  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
can_write_in (const char *dir)
{
  g_autofree char *probe = g_build_filename (dir, "kuril-atlas-probe.json", NULL);

  if (!g_file_set_contents (probe, "{}", -1, NULL))
    return FALSE;
  g_unlink (probe);
  return TRUE;
}

/* A folder nothing can be written in. Root writes in any folder, whatever
 * its mode: then sysfs, where no file can be made, stands in for it.
 * Returns NULL if this system has none. */
static char *
make_read_only_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("ka-read-only-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  if (!can_write_in (dir))
    return dir;

  g_rmdir (dir);
  g_free (dir);
  if (!can_write_in ("/sys"))
    return g_strdup ("/sys");
  return NULL;
}

/* A failed write says why, leaves the old file as it was and the model
 * dirty, holding the edits. */
static void
test_failed_write (void)
{
  g_autoptr(KaLecture) lecture = read_text (every_key);
  g_autoptr(KaLectureModel) model = ka_lecture_model_new (lecture, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *gone_dir = g_dir_make_tmp ("ka-vanished-XXXXXX", &error);
  g_autofree char *gone_path = g_build_filename (gone_dir, "mine.json", NULL);
  g_autoptr(GFile) gone = g_file_new_for_path (gone_path);
  g_autofree char *locked_dir = make_read_only_folder ();
  g_autofree char *locked_path = NULL;
  g_autoptr(GFile) locked = NULL;

  g_assert_no_error (error);
  ka_lecture_model_set_step_caption (model, 1, "An edit to keep");

  g_assert_cmpint (g_rmdir (gone_dir), ==, 0);
  g_assert_false (ka_lecture_model_save (model, gone, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  if (locked_dir != NULL)
    {
      locked_path = g_build_filename (locked_dir, "kuril-atlas-mine.json", NULL);
      locked = g_file_new_for_path (locked_path);
      g_assert_false (ka_lecture_model_save (model, locked, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_test_message ("writing in %s: %s", locked_dir, error->message);
      g_clear_error (&error);
      g_assert_false (g_file_test (locked_path, G_FILE_TEST_EXISTS));
    }
  else
    {
      g_test_message ("no read-only folder on this system: only the vanished folder is tried");
    }

  g_assert_true (ka_lecture_model_get_dirty (model));
  g_assert_null (ka_lecture_model_get_file (model));
  g_assert_cmpstr (ka_lecture_step_get_caption (ka_lecture_model_get_step (model, 1)), ==, "An edit to keep");

  if (locked_dir != NULL && !g_str_equal (locked_dir, "/sys"))
    g_rmdir (locked_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KaAtlas) atlas = NULL;
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, NULL);

  atlas = ka_atlas_load_from_resources (&error);
  g_assert_no_error (error);
  island_ids = ka_atlas_dup_island_ids (atlas);

  g_test_add_func ("/lecture-writer/round-trip/default", test_round_trip_default);
  g_test_add_func ("/lecture-writer/round-trip/every-key", test_round_trip_every_key);
  g_test_add_func ("/lecture-writer/refuses-invalid", test_refuses_invalid);
  g_test_add_func ("/lecture-writer/model/edits", test_model_edits);
  g_test_add_func ("/lecture-writer/save-and-reload", test_save_and_reload);
  g_test_add_func ("/lecture-writer/failed-write", test_failed_write);

  return g_test_run ();
}
