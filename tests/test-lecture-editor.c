/* test-lecture-editor.c — making a lecture in the atlas: Edit Lecture on a real window
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ka-caption-strip.h"
#include "ka-lecture-editor.h"
#include "ka-step-thumbnails.h"
#include "ka-test-window.h"

static KaApplication *app;
static GStrv island_ids;

static const char mine_json[] =
  "{\n"
  "  \"format\": \"kuril-atlas-lecture\",\n"
  "  \"version\": 1,\n"
  "  \"title\": \"Mine\",\n"
  "  \"steps\": [\n"
  "    { \"title\": \"Start\", \"caption\": \"Where we begin\", \"year\": 1855 },\n"
  "    { \"title\": \"Shikotan\", \"caption\": \"Shikotan in 1945\", \"year\": 1945, \"island\": \"shikotan\" },\n"
  "    { \"title\": \"End\", \"caption\": \"All years\", \"year\": 1945, \"compare\": true }\n"
  "  ]\n"
  "}\n";

static gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 guint               keyval,
                 GdkModifierType     modifiers)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, modifiers) ||
           trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, modifiers);

  return GTK_IS_KEYVAL_TRIGGER (trigger) &&
         gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == gdk_keyval_to_lower (keyval) &&
         gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers;
}

/* Shortcut controllers of @widget in @phase that take @keyval with
 * @modifiers; the first whose action runs handles the key. */
static gboolean
dispatch_in (GtkWidget           *widget,
             GtkPropagationPhase  phase,
             guint                keyval,
             GdkModifierType      modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) != phase)
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (trigger_matches (trigger, keyval, modifiers) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                            widget, gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }

  return FALSE;
}

/* A key press as GTK dispatches it to shortcuts: down from the window to
 * the focus widget in the capture phase, then back up. GTK 4 cannot send
 * a test a key press, so this walks the controllers as GTK would, from
 * whatever has the focus. */
static void
press_key (KaWindow        *window,
           guint            keyval,
           GdkModifierType  modifiers)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  gboolean handled = FALSE;

  for (GtkWidget *w = focus ? focus : GTK_WIDGET (window); w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (chain, 0, w);

  for (guint i = 0; i < chain->len && !handled; i++)
    handled = dispatch_in (g_ptr_array_index (chain, i), GTK_PHASE_CAPTURE, keyval, modifiers);
  for (int i = chain->len - 1; i >= 0 && !handled; i--)
    handled = dispatch_in (g_ptr_array_index (chain, i), GTK_PHASE_BUBBLE, keyval, modifiers);

  if (!handled)
    g_error ("nothing took the key %s (modifiers %x)", gdk_keyval_name (keyval), modifiers);
  ka_test_wait_frames (GTK_WIDGET (window), 2);
}

/* The window's focus widget is @widget or inside it; unlike
 * gtk_widget_has_focus(), whether the window is active does not count. */
static gboolean
focus_is_in (KaWindow  *window,
             GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static GFile *
write_mine (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  *dir = g_dir_make_tmp ("ka-editor-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "mine.json", NULL);
  g_file_set_contents (path, mine_json, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static KaLecture *
read_file (GFile *file)
{
  g_autoptr(GError) error = NULL;
  KaLecture *lecture = ka_lecture_new_from_file (file, (const char * const *) island_ids, &error);

  g_assert_no_error (error);
  return lecture;
}

static KaLectureModel *
get_model (KaWindow *window)
{
  return ka_lecture_editor_get_model (ka_window_get_lecture_editor (window));
}

static GtkEntry *
nth_entry (KaWindow *window,
           guint     n)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  ka_test_collect_descendants (GTK_WIDGET (ka_window_get_lecture_editor (window)), GTK_TYPE_ENTRY, entries);
  g_assert_cmpuint (entries->len, ==, 3);
  return g_ptr_array_index (entries, n);
}

static const char *
shown_caption (KaWindow *window)
{
  return ka_caption_strip_get_caption (KA_CAPTION_STRIP (ka_test_find_descendant (GTK_WIDGET (window),
                                                                                   KA_TYPE_CAPTION_STRIP)));
}

static KaWindow *
open_mine (GFile *file)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  g_autoptr(GError) error = NULL;

  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (ka_window_open_lecture (window, file, &error));
  g_assert_no_error (error);
  return window;
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

static AdwMessageDialog *
wait_for_dialog (void)
{
  ka_test_wait_until (dialog_shown, NULL, 5000);
  return find_dialog ();
}

static void
close_dialog (AdwMessageDialog *dialog,
              const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* What the answer asks for runs once the dialog is gone. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The check of the issue: open mine.json, press a year key, Ctrl+E,
 * Insert, Ctrl+S: the file has a step more, of that year. Year keys and
 * Insert work while the editor is open and the map has the focus. */
static void
test_keys_add_step_and_save (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = write_mine (&dir);
  g_autoptr(KaLecture) original = read_file (file);
  g_autoptr(KaLecture) saved = NULL;
  g_autoptr(KaLecture) edited = NULL;
  KaWindow *window = open_mine (file);
  KaState *state = ka_window_get_state (window);
  KaMapView *map_view = ka_window_get_map_view (window);
  const KaLectureStep *added;

  gtk_widget_grab_focus (GTK_WIDGET (map_view));
  press_key (window, GDK_KEY_2, 0);
  g_assert_cmpuint (ka_state_get_year (state), ==, 1875);

  press_key (window, GDK_KEY_e, GDK_CONTROL_MASK);
  g_assert_true (ka_window_get_editing (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (ka_window_get_lecture_editor (window))));
  g_assert_true (focus_is_in (window, GTK_WIDGET (map_view)));
  g_assert_cmpint (ka_lecture_editor_get_selected (ka_window_get_lecture_editor (window)), ==, 0);

  /* Selecting the first step showed it: year 1855; the key brings 1875 back. */
  press_key (window, GDK_KEY_2, 0);
  g_assert_cmpuint (ka_state_get_year (state), ==, 1875);
  press_key (window, GDK_KEY_Insert, 0);
  g_assert_cmpuint (ka_lecture_model_get_n_steps (get_model (window)), ==, 4);
  added = ka_lecture_model_get_step (get_model (window), 1);
  g_assert_cmpuint (ka_lecture_step_get_year (added), ==, 1875);
  g_assert_cmpint (ka_lecture_step_get_view_kind (added), ==, KA_LECTURE_VIEW_FIT_BOX);
  /* The default title, the year's event, is selected to be typed over. */
  g_assert_cmpstr (ka_lecture_step_get_title (added), ==, "Treaty of Saint Petersburg");
  g_assert_true (focus_is_in (window, GTK_WIDGET (nth_entry (window, 1))));
  g_assert_true (ka_lecture_model_get_dirty (get_model (window)));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  press_key (window, GDK_KEY_s, GDK_CONTROL_MASK);
  g_assert_false (ka_lecture_model_get_dirty (get_model (window)));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* Reloaded, the file holds the lecture as edited: the old steps, and
   * the new one after the first. */
  saved = read_file (file);
  edited = ka_lecture_model_dup_lecture (get_model (window));
  g_assert_cmpuint (ka_lecture_get_n_steps (saved), ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_true (ka_lecture_step_equal (ka_lecture_get_step (saved, i), ka_lecture_get_step (edited, i)));
  g_assert_cmpuint (ka_lecture_step_get_year (ka_lecture_get_step (saved, 1)), ==, 1875);
  g_assert_true (ka_lecture_step_equal (ka_lecture_get_step (saved, 0), ka_lecture_get_step (original, 0)));
  g_assert_true (ka_lecture_step_equal (ka_lecture_get_step (saved, 2), ka_lecture_get_step (original, 1)));

  /* With the map focused again, another year and Insert: a step of 1905
   * with the selected island's name. */
  gtk_widget_grab_focus (GTK_WIDGET (map_view));
  press_key (window, GDK_KEY_3, 0);
  ka_state_set_selected_island (state, "iturup");
  press_key (window, GDK_KEY_Insert, 0);
  added = ka_lecture_model_get_step (get_model (window), 2);
  g_assert_cmpuint (ka_lecture_step_get_year (added), ==, 1905);
  g_assert_cmpstr (ka_lecture_step_get_island (added), ==, "iturup");
  /* In the naming shown, both by default. */
  g_assert_cmpint (ka_state_get_naming (state), ==, KA_NAMING_BOTH);
  g_assert_cmpstr (ka_lecture_step_get_title (added), ==, "Iturup / Etorofu");

  /* Saved again, nothing asks on closing. */
  press_key (window, GDK_KEY_s, GDK_CONTROL_MASK);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_null (find_dialog ());

  remove_dir (dir);
}

static gboolean
thumbnails_drawn (gpointer data)
{
  KaWindow *window = data;
  g_autoptr(GPtrArray) pictures = g_ptr_array_new ();

  ka_test_collect_descendants (GTK_WIDGET (ka_window_get_lecture_editor (window)), GTK_TYPE_PICTURE, pictures);
  if (pictures->len != ka_lecture_model_get_n_steps (get_model (window)))
    return FALSE;
  for (guint i = 0; i < pictures->len; i++)
    if (gtk_picture_get_paintable (g_ptr_array_index (pictures, i)) == NULL)
      return FALSE;
  return TRUE;
}

/* Edit in place, the caption strip following; reorder; delete and undo;
 * each step's picture drawn as an export draws it. */
static void
test_edit_reorder_delete_undo (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = write_mine (&dir);
  KaWindow *window = open_mine (file);
  KaLectureEditor *editor = ka_window_get_lecture_editor (window);
  GtkTextView *note = NULL;
  g_autoptr(GPtrArray) pictures = g_ptr_array_new ();
  g_autoptr(KaAtlas) atlas = NULL;
  g_autoptr(KaTileRenderer) renderer = NULL;
  g_autoptr(GdkTexture) expected = NULL;
  g_autoptr(GError) error = NULL;
  KaLectureModel *model;
  GdkTexture *shown;
  gsize n_bytes;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-lecture", NULL));
  model = get_model (window);
  ka_lecture_editor_select (editor, 1);
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (ka_state_get_selected_island (ka_window_get_state (window)), ==, "shikotan");
  g_assert_cmpstr (shown_caption (window), ==, "Shikotan in 1945");

  gtk_editable_set_text (GTK_EDITABLE (nth_entry (window, 1)), "Shikotan, 1956");
  gtk_editable_set_text (GTK_EDITABLE (nth_entry (window, 2)), "Offered in 1956, never handed over");
  note = GTK_TEXT_VIEW (ka_test_find_descendant (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (note), "Ask the room why.\nThen show 1960.", -1);
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (ka_lecture_step_get_title (ka_lecture_model_get_step (model, 1)), ==, "Shikotan, 1956");
  g_assert_cmpstr (ka_lecture_step_get_note (ka_lecture_model_get_step (model, 1)), ==, "Ask the room why.\nThen show 1960.");
  g_assert_cmpstr (shown_caption (window), ==, "Offered in 1956, never handed over");

  /* A field with the focus gets the characters typed before any
   * shortcut: "1" or "c" in a caption types, and switches nothing. */
  gtk_widget_grab_focus (GTK_WIDGET (nth_entry (window, 2)));
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
      {
        g_assert_false (dispatch_in (w, GTK_PHASE_CAPTURE, GDK_KEY_1, 0));
        g_assert_false (dispatch_in (w, GTK_PHASE_CAPTURE, GDK_KEY_c, 0));
      }
    g_assert_cmpuint (ka_state_get_year (ka_window_get_state (window)), ==, 1945);
    g_assert_false (ka_state_get_compare_years (ka_window_get_state (window)));
  }

  /* Alt+↓ and Alt+↑ move the selected step, which stays selected. */
  gtk_widget_grab_focus (GTK_WIDGET (ka_window_get_map_view (window)));
  press_key (window, GDK_KEY_Down, GDK_ALT_MASK);
  g_assert_cmpstr (ka_lecture_step_get_title (ka_lecture_model_get_step (model, 2)), ==, "Shikotan, 1956");
  g_assert_cmpint (ka_lecture_editor_get_selected (editor), ==, 2);
  press_key (window, GDK_KEY_Up, GDK_ALT_MASK);
  press_key (window, GDK_KEY_Up, GDK_ALT_MASK);
  g_assert_cmpstr (ka_lecture_step_get_title (ka_lecture_model_get_step (model, 0)), ==, "Shikotan, 1956");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate-step", NULL));
  g_assert_cmpuint (ka_lecture_model_get_n_steps (model), ==, 4);
  g_assert_cmpint (ka_lecture_editor_get_selected (editor), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-step", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-step", NULL));
  g_assert_cmpuint (ka_lecture_model_get_n_steps (model), ==, 2);
  g_assert_cmpstr (ka_lecture_step_get_title (ka_lecture_model_get_step (model, 1)), ==, "End");
  /* The toast's Undo brings back the last one deleted, where it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-delete-step", NULL));
  g_assert_cmpuint (ka_lecture_model_get_n_steps (model), ==, 3);
  g_assert_cmpstr (ka_lecture_step_get_title (ka_lecture_model_get_step (model, 1)), ==, "Start");
  g_assert_cmpint (ka_lecture_editor_get_selected (editor), ==, 1);

  /* Each picture is drawn off the main thread, as an export draws it. */
  ka_test_wait_until (thumbnails_drawn, window, 20000);
  ka_test_collect_descendants (GTK_WIDGET (editor), GTK_TYPE_PICTURE, pictures);
  g_object_get (window, "atlas", &atlas, "tile-renderer", &renderer, NULL);
  expected = ka_step_thumbnail_draw (atlas, renderer, ka_lecture_model_get_step (model, 2), &error);
  g_assert_no_error (error);
  shown = GDK_TEXTURE (gtk_picture_get_paintable (g_ptr_array_index (pictures, 2)));
  g_assert_cmpint (gdk_texture_get_width (shown), ==, KA_STEP_THUMBNAIL_WIDTH);
  n_bytes = KA_STEP_THUMBNAIL_WIDTH * KA_STEP_THUMBNAIL_HEIGHT * 4;
  {
    g_autofree guchar *a = g_malloc (n_bytes);
    g_autofree guchar *b = g_malloc (n_bytes);

    gdk_texture_download (shown, a, KA_STEP_THUMBNAIL_WIDTH * 4);
    gdk_texture_download (expected, b, KA_STEP_THUMBNAIL_WIDTH * 4);
    g_assert_cmpmem (a, n_bytes, b, n_bytes);
  }

  /* Closing with changes asks; Cancel keeps the window and the edits. */
  gtk_window_close (GTK_WINDOW (window));
  close_dialog (wait_for_dialog (), "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (ka_lecture_model_get_dirty (model));

  /* Save writes the file, then the window closes. */
  gtk_window_close (GTK_WINDOW (window));
  close_dialog (wait_for_dialog (), "save");
  {
    g_autoptr(KaLecture) saved = read_file (file);

    g_assert_cmpuint (ka_lecture_get_n_steps (saved), ==, 3);
    g_assert_cmpstr (ka_lecture_step_get_note (ka_lecture_get_step (saved, 0)), ==, "Ask the room why.\nThen show 1960.");
  }

  remove_dir (dir);
}

/* Opening another lecture with unsaved changes asks first; Discard opens it. */
static void
test_open_asks (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = write_mine (&dir);
  KaWindow *window = open_mine (file);
  KaLectureModel *model;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-lecture", NULL));
  model = get_model (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-step", NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-lecture", NULL));
  close_dialog (wait_for_dialog (), "cancel");
  g_assert_true (get_model (window) == model);
  g_assert_cmpuint (ka_lecture_model_get_n_steps (model), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-lecture", NULL));
  close_dialog (wait_for_dialog (), "discard");
  g_assert_true (get_model (window) != model);
  g_assert_cmpuint (ka_lecture_model_get_n_steps (get_model (window)), ==, 1);
  g_assert_null (ka_lecture_model_get_file (get_model (window)));

  /* The file was left as it was. */
  {
    g_autoptr(KaLecture) kept = read_file (file);

    g_assert_cmpuint (ka_lecture_get_n_steps (kept), ==, 3);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  remove_dir (dir);
}

/* A lecture handed to the running atlas (`kuril-atlas other.json`) asks
 * first too: Cancel keeps the edits, Discard opens the other file. */
static void
test_opening_from_outside_asks (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *other_dir = NULL;
  g_autoptr(GFile) file = write_mine (&dir);
  g_autoptr(GFile) other = write_mine (&other_dir);
  KaWindow *window = open_mine (file);
  KaLectureModel *model;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-lecture", NULL));
  model = get_model (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-step", NULL));
  g_assert_true (ka_lecture_model_get_dirty (model));

  g_application_open (G_APPLICATION (app), &other, 1, "");
  close_dialog (wait_for_dialog (), "cancel");
  g_assert_true (get_model (window) == model);
  g_assert_cmpuint (ka_lecture_model_get_n_steps (model), ==, 2);
  g_assert_true (g_file_equal (ka_lecture_model_get_file (model), file));

  g_application_open (G_APPLICATION (app), &other, 1, "");
  close_dialog (wait_for_dialog (), "discard");
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (get_model (window) != model);
  g_assert_cmpuint (ka_lecture_model_get_n_steps (get_model (window)), ==, 3);
  g_assert_true (g_file_equal (ka_lecture_model_get_file (get_model (window)), other));

  gtk_window_destroy (GTK_WINDOW (window));
  remove_dir (dir);
  remove_dir (other_dir);
}

/* A failed write says why and keeps the edits: the folder vanished. */
static void
test_failed_write_keeps_edits (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = write_mine (&dir);
  KaWindow *window = open_mine (file);
  AdwMessageDialog *dialog;
  KaLectureModel *model;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-lecture", NULL));
  model = get_model (window);
  ka_lecture_model_set_step_caption (model, 0, "An edit to keep");
  remove_dir (dir);

  press_key (window, GDK_KEY_s, GDK_CONTROL_MASK);
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Lecture Could Not Be Saved");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "mine.json"));
  close_dialog (dialog, "close");

  g_assert_true (ka_lecture_model_get_dirty (model));
  g_assert_cmpstr (ka_lecture_step_get_caption (ka_lecture_model_get_step (model, 0)), ==, "An edit to keep");
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* Discarding on close lets the window go. */
  gtk_window_close (GTK_WINDOW (window));
  close_dialog (wait_for_dialog (), "discard");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KaAtlas) atlas = NULL;
  g_autoptr(GError) error = NULL;

  gtk_test_init (&argc, &argv, NULL);
  app = ka_test_application_new ();
  atlas = ka_atlas_load_from_resources (&error);
  g_assert_no_error (error);
  island_ids = ka_atlas_dup_island_ids (atlas);

  g_test_add_func ("/lecture-editor/keys-add-step-and-save", test_keys_add_step_and_save);
  g_test_add_func ("/lecture-editor/edit-reorder-delete-undo", test_edit_reorder_delete_undo);
  g_test_add_func ("/lecture-editor/open-asks", test_open_asks);
  g_test_add_func ("/lecture-editor/opening-from-outside-asks", test_opening_from_outside_asks);
  g_test_add_func ("/lecture-editor/failed-write-keeps-edits", test_failed_write_keeps_edits);

  return ka_test_run (app);
}
