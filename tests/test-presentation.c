/* test-presentation.c — presenting the default lecture with a clicker's keys
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ka-caption-strip.h"
#include "ka-test-present.h"
#include "ka-test-window.h"

static KaApplication *app;

static void
press (KaWindow *window,
       guint     keyval)
{
  ka_test_press (GTK_WIDGET (window), keyval);
}

static void
assert_state_is_step (KaWindow *window,
                      int       index)
{
  KaPresenter *presenter = ka_window_get_presenter (window);
  const KaLectureStep *step = ka_lecture_get_step (ka_presenter_get_lecture (presenter), index);
  KaState *state = ka_window_get_state (window);

  g_assert_cmpint (ka_presenter_get_step (presenter), ==, index);
  g_assert_cmpuint (ka_state_get_year (state), ==, ka_lecture_step_get_year (step));
  g_assert_cmpint (ka_state_get_compare_years (state), ==, ka_lecture_step_get_compare (step));
  g_assert_cmpstr (ka_state_get_selected_island (state), ==, ka_lecture_step_get_island (step));
  if (ka_lecture_step_get_naming (step) >= 0)
    g_assert_cmpint (ka_state_get_naming (state), ==, ka_lecture_step_get_naming (step));
  g_assert_cmpstr (ka_caption_strip_get_caption (KA_CAPTION_STRIP (ka_test_find_descendant (GTK_WIDGET (window), KA_TYPE_CAPTION_STRIP))), ==,
                   ka_lecture_step_get_caption (step));
}

static void
test_clicker_steps_through_default_lecture (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  KaLecture *lecture;
  guint n_steps;

  ka_test_wait_frames (GTK_WIDGET (window), 2);

  /* Page Down means the next island until the lecture starts. */
  g_assert_false (ka_window_get_presenting (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (ka_window_get_presenting (window));

  lecture = ka_presenter_get_lecture (ka_window_get_presenter (window));
  g_assert_nonnull (lecture);
  n_steps = ka_lecture_get_n_steps (lecture);
  g_assert_cmpuint (n_steps, >=, 8);
  assert_state_is_step (window, 0);

  /* Forward with every key a clicker may send, round and round. */
  for (guint i = 1; i < n_steps; i++)
    {
      static const guint forward[] = { GDK_KEY_Page_Down, GDK_KEY_Right, GDK_KEY_space };

      press (window, forward[i % G_N_ELEMENTS (forward)]);
      assert_state_is_step (window, i);
    }

  /* Past the end comes the end screen, on the last step, and past that
   * nothing; back from it is the last step again. */
  press (window, GDK_KEY_Page_Down);
  assert_state_is_step (window, n_steps - 1);
  g_assert_cmpint (ka_presenter_get_curtain (ka_window_get_presenter (window)), ==, KA_CURTAIN_END);
  press (window, GDK_KEY_Page_Down);
  assert_state_is_step (window, n_steps - 1);
  g_assert_cmpint (ka_presenter_get_curtain (ka_window_get_presenter (window)), ==, KA_CURTAIN_END);
  press (window, GDK_KEY_Page_Up);
  assert_state_is_step (window, n_steps - 1);
  g_assert_cmpint (ka_presenter_get_curtain (ka_window_get_presenter (window)), ==, KA_CURTAIN_NONE);

  press (window, GDK_KEY_Page_Up);
  assert_state_is_step (window, n_steps - 2);
  press (window, GDK_KEY_Left);
  assert_state_is_step (window, n_steps - 3);
  press (window, GDK_KEY_Home);
  assert_state_is_step (window, 0);
  press (window, GDK_KEY_End);
  assert_state_is_step (window, n_steps - 1);

  /* B blanks the screen; the next key brings the map back, without
   * moving on. */
  press (window, GDK_KEY_b);
  {
    g_autofree char *blank_action = ka_test_dispatch_key (GTK_WIDGET (window), GDK_KEY_period, FALSE);

    g_assert_nonnull (blank_action);
  }
  press (window, GDK_KEY_Page_Up);
  assert_state_is_step (window, n_steps - 1);
  press (window, GDK_KEY_Page_Up);
  assert_state_is_step (window, n_steps - 2);

  press (window, GDK_KEY_Escape);
  g_assert_false (ka_window_get_presenting (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_lecture_keeps_the_open_one (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("kuril-atlas-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KaLecture *before;
  const char *bad =
    "{\n"
    "  \"format\": \"kuril-atlas-lecture\",\n"
    "  \"version\": 1,\n"
    "  \"title\": \"Broken\",\n"
    "  \"steps\": [\n"
    "    { \"title\": \"One\", \"caption\": \"A step\", \"year\": 1900 }\n"
    "  ]\n"
    "}\n";

  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  before = ka_presenter_get_lecture (ka_window_get_presenter (window));
  g_assert_nonnull (before);

  g_assert_true (g_file_set_contents (path, bad, -1, NULL));
  g_assert_false (ka_window_open_lecture (window, file, &error));
  g_assert_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_UNKNOWN_YEAR);
  g_assert_true (strstr (error->message, "bad.json:6:") != NULL);
  g_assert_true (ka_presenter_get_lecture (ka_window_get_presenter (window)) == before);
  g_assert_true (ka_window_get_presenting (window));

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}


/* The top of the caption strip, in the window's coordinates. */
static double
strip_top (KaWindow *window)
{
  GtkWidget *strip = ka_test_find_descendant (GTK_WIDGET (window), KA_TYPE_CAPTION_STRIP);
  graphene_rect_t bounds;

  g_assert_nonnull (strip);
  g_assert_true (gtk_widget_get_mapped (strip));
  g_assert_true (gtk_widget_compute_bounds (strip, GTK_WIDGET (window), &bounds));

  return bounds.origin.y;
}

static double
bottom_in_window (GtkWidget *widget,
                  KaWindow  *window)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));

  return bounds.origin.y + bounds.size.height;
}

/* While presenting, nothing of the map that matters is under the caption
 * strip: the scale bar, the attribution and each step's fitted frame end
 * above it. */
static void
test_nothing_under_the_caption_strip (void)
{
  static const int sizes[][2] = { { 1024, 700 }, { 1280, 720 }, { 1920, 1080 } };

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      KaWindow *window = ka_test_window_new (app, sizes[s][0], sizes[s][1]);
      KaPresenter *presenter = ka_window_get_presenter (window);
      KaMapView *map_view = ka_window_get_map_view (window);
      ShumateSimpleMap *simple_map = ka_map_view_get_simple_map (map_view);
      KaIslandSet *islands = ka_atlas_get_islands (ka_application_get_atlas (app));
      KaLecture *lecture;
      guint n_boxes = 0;

      ka_test_wait_frames (GTK_WIDGET (window), 2);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
      ka_test_wait_frames (GTK_WIDGET (window), 5);
      lecture = ka_presenter_get_lecture (presenter);

      for (guint i = 0; i < ka_lecture_get_n_steps (lecture); i++)
        {
          const KaLectureStep *step = ka_lecture_get_step (lecture, i);
          double lon, lat, zoom, top, west_x, east_x, south_y, north_y;
          graphene_point_t south_west, map_origin = GRAPHENE_POINT_INIT (0, 0);
          KaBox box;

          ka_presenter_go_to (presenter, i);
          g_assert_cmpint (ka_presenter_get_step (presenter), ==, i);
          ka_test_wait_frames (GTK_WIDGET (window), 3);
          top = strip_top (window);

          g_assert_cmpfloat (bottom_in_window (ka_map_view_get_scale_bar (ka_window_get_map_view (window)), window),
                             <=, top);
          g_assert_cmpfloat (bottom_in_window (GTK_WIDGET (shumate_simple_map_get_license (simple_map)), window),
                             <=, top);

          if (ka_lecture_step_resolve_view (step, islands, &box, &lon, &lat, &zoom))
            continue;

          /* The frame's southern edge, in the window's coordinates. */
          ka_test_map_point (window, box.max_y, box.min_x, &west_x, &north_y);
          ka_test_map_point (window, box.min_y, box.max_x, &east_x, &south_y);
          g_assert_true (gtk_widget_compute_point (GTK_WIDGET (map_view), GTK_WIDGET (window),
                                                   &map_origin, &south_west));
          g_test_message ("%d×%d, step %u: frame ends at %.0f px, the strip starts at %.0f px",
                          sizes[s][0], sizes[s][1], i + 1, south_west.y + south_y, top);
          g_assert_cmpfloat (south_west.y + south_y, <=, top + 1);
          n_boxes++;
        }
      g_assert_cmpuint (n_boxes, >, 0);

      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  app = ka_test_application_new ();

  g_test_add_func ("/presentation/clicker-steps-through-default-lecture",
                   test_clicker_steps_through_default_lecture);
  g_test_add_func ("/presentation/bad-lecture-keeps-the-open-one", test_bad_lecture_keeps_the_open_one);
  g_test_add_func ("/presentation/nothing-under-the-caption-strip", test_nothing_under_the_caption_strip);

  return ka_test_run (app);
}
