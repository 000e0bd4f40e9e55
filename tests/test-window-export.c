/* test-window-export.c — Export Map…, Export Lecture… and Export Handout… in a real window
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "ka-export-view.h"
#include "ka-map-style.h"
#include "ka-test-pdf.h"
#include "ka-test-window.h"

static KaApplication *app;

typedef struct
{
  gboolean finished;
  gboolean succeeded;
} Outcome;

static void
on_export_finished (KaWindow *window,
                    gboolean  succeeded,
                    Outcome  *outcome)
{
  outcome->finished = TRUE;
  outcome->succeeded = succeeded;
}

static gboolean
finished (gpointer data)
{
  return ((Outcome *) data)->finished;
}

typedef struct
{
  GtkWidget *root;
  const char *prefix;
} Search;

static gboolean
shows_text_starting (gpointer data)
{
  Search *search = data;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ka_test_collect_descendants (search->root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (labels, i)) &&
        g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), search->prefix))
      return TRUE;

  return FALSE;
}

/* Runs the window's @action on @path and waits for it to end. */
static gboolean
run_export (KaWindow   *window,
            const char *action,
            const char *path,
            const char *progress_prefix)
{
  Outcome outcome = { FALSE, FALSE };
  gulong handler = g_signal_connect (window, "export-finished", G_CALLBACK (on_export_finished), &outcome);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, "s", path));
  if (progress_prefix != NULL)
    {
      Search search = { GTK_WIDGET (window), progress_prefix };

      /* The toast says how far the export has got while it runs. */
      ka_test_wait_until (shows_text_starting, &search, 30000);
    }
  ka_test_wait_until (finished, &outcome, 60000);
  g_signal_handler_disconnect (window, handler);

  return outcome.succeeded;
}

static void
test_menu (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  GtkWidget *menu_button = ka_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));

  g_assert_true (ka_test_menu_has_item (menu, G_MENU_ATTRIBUTE_ACTION, "win.export-map"));
  g_assert_true (ka_test_menu_has_item (menu, G_MENU_ATTRIBUTE_ACTION, "win.export-lecture"));
  g_assert_true (ka_test_menu_has_item (menu, G_MENU_ATTRIBUTE_ACTION, "win.export-handout"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The map as the window shows it: its year's layer and its frame, on a
 * slide of 1920 × 1080, with a toast naming the file. */
static void
test_export_map (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("test-window-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "map.png", NULL);
  const KaMapStyle *style = ka_map_style_get (FALSE, FALSE);
  GtkWidget *map = GTK_WIDGET (ka_window_get_map_view (window));
  Search toast = { GTK_WIDGET (window), "Exported “map.png”" };
  static const struct { double lat, lon; gboolean sea; } places[] = {
    { 44.3, 150.4, TRUE },    /* the open Pacific */
    { 50.2, 147.4, TRUE },    /* the Sea of Okhotsk */
    { 43.3, 142.6, FALSE },   /* inland Hokkaido */
  };
  cairo_surface_t *surface;
  g_autoptr(GBytes) pixels = NULL;
  KaExportView view;
  int width, height;
  gsize stride;

  ka_test_wait_for_tiles (window, 20000);
  pixels = ka_test_render_widget (map, &width, &height, &stride);

  g_assert_true (run_export (window, "win.export-map-to", path, NULL));
  ka_test_wait_until (shows_text_starting, &toast, 5000);

  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 1080);

  /* The frame is the window's: what the map shows, fitted to the slide.
   * Open sea and inland Hokkaido are where the screen has them. */
  ka_export_view_init (&view);
  view.box = ka_box_empty ();
  for (int corner = 0; corner < 4; corner++)
    {
      double lat, lon;

      shumate_viewport_widget_coords_to_location (ka_map_view_get_viewport (ka_window_get_map_view (window)), map,
                                                  corner % 2 ? width : 0, corner / 2 ? height : 0, &lat, &lon);
      ka_box_add_point (&view.box, lon, lat);
    }
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      KaViewTransform transform = ka_export_view_get_transform (&view, NULL);
      guint32 on_screen = ka_test_map_pixel_at (window, pixels, stride, places[i].lat, places[i].lon);
      guint32 exported;
      double x, y;

      ka_view_transform_lonlat_to_pixels (&transform, places[i].lon, places[i].lat, &x, &y);
      exported = *(guint32 *) (void *) (cairo_image_surface_get_data (surface) +
                                        (int) y * cairo_image_surface_get_stride (surface) + (int) x * 4) & 0xffffff;
      g_test_message ("%.1f° N %.1f° E: screen %06x, export %06x", places[i].lat, places[i].lon, on_screen, exported);
      g_assert_true (ka_test_colour_near (on_screen, ka_test_rgba_to_rgb (&style->sea), 6) == places[i].sea);
      g_assert_true (ka_test_colour_near (exported, ka_test_rgba_to_rgb (&style->sea), 6) == places[i].sea);
    }
  cairo_surface_destroy (surface);

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* With no lecture opened, the built-in one, as a 16:9 deck with a page
 * per step; and a handout of it. */
static void
test_export_lecture_and_handout (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("test-window-export-XXXXXX", NULL);
  g_autofree char *deck = g_build_filename (dir, "deck.pdf", NULL);
  g_autofree char *handout = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *text = NULL;
  KaLecture *lecture;
  double width_pt, height_pt;

  g_assert_true (run_export (window, "win.export-lecture-to", deck, "Exporting page "));
  lecture = ka_presenter_get_lecture (ka_window_get_presenter (window));
  g_assert_nonnull (lecture);
  g_assert_cmpstr (ka_lecture_get_name (lecture), ==, KA_DEFAULT_LECTURE_RESOURCE);

  if (ka_test_pdf_tools_found ())
    {
      g_assert_cmpuint (ka_test_pdf_n_pages (deck), ==, ka_lecture_get_n_steps (lecture));
      ka_test_pdf_page_size (deck, &width_pt, &height_pt);
      g_assert_cmpfloat_with_epsilon (width_pt, 960.0, 0.01);
      g_assert_cmpfloat_with_epsilon (height_pt, 540.0, 0.01);
      text = ka_test_pdf_text (deck);
      for (guint i = 0; i < ka_lecture_get_n_steps (lecture); i++)
        {
          g_autofree char *title = ka_test_pdf_collapse (ka_lecture_step_get_title (ka_lecture_get_step (lecture, i)));

          g_assert_nonnull (strstr (text, title));
        }
    }

  g_assert_true (run_export (window, "win.export-handout-to", handout, NULL));
  if (ka_test_pdf_tools_found ())
    {
      ka_test_pdf_page_size (handout, &width_pt, &height_pt);
      g_assert_cmpfloat_with_epsilon (height_pt, 841.89, 0.1);
    }

  g_unlink (deck);
  g_unlink (handout);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static AdwMessageDialog *
find_error_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

/* A folder that cannot be written: a dialog says so and names the file,
 * and nothing is written. */
static void
test_export_fails (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  const char *path = "/proc/kuril-atlas/map.png";
  AdwMessageDialog *dialog;

  g_assert_false (run_export (window, "win.export-map-to", path, NULL));
  dialog = find_error_dialog ();
  g_assert_nonnull (dialog);
  g_test_message ("%s: %s", adw_message_dialog_get_heading (dialog), adw_message_dialog_get_body (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export Failed");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkFileChooser *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return GTK_FILE_CHOOSER (toplevel);
    }

  return NULL;
}

static gboolean
shows_file_chooser (gpointer data)
{
  return find_file_chooser () != NULL;
}

/* Opens the action's file dialog (GTK's own: the test's environment
 * turns the portal off), checks the name it suggests and its choices,
 * and cancels it. */
static void
assert_dialog (KaWindow   *window,
               const char *action,
               const char *name_suffix,
               const char *choice,
               const char *choice_default)
{
  GtkFileChooser *chooser;
  g_autofree char *name = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  ka_test_wait_until (shows_file_chooser, NULL, 10000);
  chooser = find_file_chooser ();
  name = gtk_file_chooser_get_current_name (chooser);
  g_test_message ("%s suggests “%s”", action, name);
  g_assert_true (g_str_has_suffix (name, name_suffix));
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, choice), ==, choice_default);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  g_assert_null (find_file_chooser ());
}

static void
test_dialogs (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);

  assert_dialog (window, "win.export-map", "Kuril Islands 1945", "size", "slide");
  assert_dialog (window, "win.export-map", "Kuril Islands 1945", "format", "png");
  assert_dialog (window, "win.export-lecture", ".pdf", "size", "slide");
  assert_dialog (window, "win.export-handout", ".pdf", "paper", "a4");
  assert_dialog (window, "win.export-handout", ".pdf", "notes", "false");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  app = ka_test_application_new ();

  g_test_add_func ("/window/export/menu", test_menu);
  g_test_add_func ("/window/export/map", test_export_map);
  g_test_add_func ("/window/export/lecture-and-handout", test_export_lecture_and_handout);
  g_test_add_func ("/window/export/fails", test_export_fails);
  g_test_add_func ("/window/export/dialogs", test_dialogs);

  return ka_test_run (app);
}
