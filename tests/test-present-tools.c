/* test-present-tools.c — presenting with one monitor: typed step numbers,
 * white, black and end screens, rehearsing with the console, pointer and pen
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ka-layer-style.h"
#include "ka-test-present.h"
#include "ka-test-window.h"
#include "ka-curtain-view.h"

static KaApplication *app;

/* The pixels a map view and what lies over it show: its overlay's. */
typedef struct
{
  GBytes *pixels;
  gsize stride;
  graphene_rect_t map;   /* the map view within them */
} Shot;

static void
shot_clear (Shot *shot)
{
  g_clear_pointer (&shot->pixels, g_bytes_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Shot, shot_clear)

static void
take_shot (KaMapView *map_view,
           Shot      *shot)
{
  GtkWidget *overlay = GTK_WIDGET (map_view);
  int width, height;

  while (!GTK_IS_OVERLAY (overlay))
    overlay = gtk_widget_get_parent (overlay);

  shot->pixels = ka_test_render_widget (overlay, &width, &height, &shot->stride);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (map_view), overlay, &shot->map));
}

/* The colour at @x, @y of the map view. */
static guint32
shot_pixel (Shot   *shot,
            double  x,
            double  y)
{
  return ka_test_pixel_at (shot->pixels, shot->stride,
                           (int) (shot->map.origin.x + x), (int) (shot->map.origin.y + y));
}

static void
location_to_point (KaMapView *map_view,
                   double     lat,
                   double     lon,
                   double    *x,
                   double    *y)
{
  shumate_viewport_location_to_widget_coords (ka_map_view_get_viewport (map_view), GTK_WIDGET (map_view),
                                              lat, lon, x, y);
  g_assert_cmpfloat (*x, >=, 0);
  g_assert_cmpfloat (*y, >=, 0);
  g_assert_cmpfloat (*x, <, gtk_widget_get_width (GTK_WIDGET (map_view)));
  g_assert_cmpfloat (*y, <, gtk_widget_get_height (GTK_WIDGET (map_view)));
}

/* Lets a step's transition end and its tiles arrive. */
static void
settle (KaMapView *map_view)
{
  ka_test_wait_ms (1600);
  ka_test_wait_until ((gboolean (*) (gpointer)) ka_map_view_is_fully_drawn, map_view, 30000);
  ka_test_wait_frames (GTK_WIDGET (map_view), 3);
}

static KaWindow *
start_presenting (const char *action)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);

  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (ka_window_get_presenting (window));

  return window;
}

static const KaLectureStep *
step_at (KaWindow *window,
         int       index)
{
  return ka_lecture_get_step (ka_presenter_get_lecture (ka_window_get_presenter (window)), index);
}

static void
test_pen_colour_is_no_layers (void)
{
  guint32 pen = ka_test_rgba_to_rgb (ka_ink_layer_pen_colour ());

  for (KaFill fill = 0; fill < KA_N_FILLS; fill++)
    g_assert_false (ka_test_colour_near (pen, ka_test_rgba_to_rgb (ka_layer_style_fill_colour (fill)), 80));
  for (guint i = 0; i < KA_N_YEARS; i++)
    {
      g_assert_false (ka_test_colour_near (pen, ka_test_rgba_to_rgb (&ka_layer_style_line_for (i, KA_BOUNDARY_KIND_BOUNDARY)->colour), 80));
      g_assert_false (ka_test_colour_near (pen, ka_test_rgba_to_rgb (&ka_layer_style_line_for (i, KA_BOUNDARY_KIND_CLAIM)->colour), 80));
    }
  g_assert_false (ka_test_colour_near (pen, ka_test_rgba_to_rgb (ka_layer_style_selection_colour ()), 80));
}

static void
test_typed_step_number (void)
{
  KaWindow *window = start_presenting ("win.present");
  KaPresenter *presenter = ka_window_get_presenter (window);
  KaState *state = ka_window_get_state (window);
  guint year = ka_state_get_year (state);

  g_assert_cmpint (ka_presenter_get_step (presenter), ==, 0);

  /* A digit is part of a number now, not a year key. */
  ka_test_press (GTK_WIDGET (window), GDK_KEY_4);
  g_assert_cmpuint (ka_state_get_year (state), ==, year);
  g_assert_cmpuint (ka_presenter_get_typed (presenter), ==, 4);
  ka_test_press (GTK_WIDGET (window), GDK_KEY_Return);
  g_assert_cmpint (ka_presenter_get_step (presenter), ==, 3);
  g_assert_cmpuint (ka_state_get_year (state), ==, ka_lecture_step_get_year (step_at (window, 3)));

  ka_test_press (GTK_WIDGET (window), GDK_KEY_1);
  ka_test_press (GTK_WIDGET (window), GDK_KEY_0);
  ka_test_press (GTK_WIDGET (window), GDK_KEY_KP_Enter);
  g_assert_cmpint (ka_presenter_get_step (presenter), ==, 9);

  /* No such step: nothing moves, and the number is forgotten. */
  ka_test_press (GTK_WIDGET (window), GDK_KEY_9);
  ka_test_press (GTK_WIDGET (window), GDK_KEY_9);
  ka_test_press (GTK_WIDGET (window), GDK_KEY_Return);
  g_assert_cmpint (ka_presenter_get_step (presenter), ==, 9);
  g_assert_cmpuint (ka_presenter_get_typed (presenter), ==, 0);

  /* With no number, Enter is the next step, as a clicker's key. */
  ka_test_press (GTK_WIDGET (window), GDK_KEY_Return);
  g_assert_cmpint (ka_presenter_get_step (presenter), ==, 10);

  ka_test_press (GTK_WIDGET (window), GDK_KEY_KP_2);
  ka_test_press (GTK_WIDGET (window), GDK_KEY_Return);
  g_assert_cmpint (ka_presenter_get_step (presenter), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_white_black_and_end_screens (void)
{
  KaWindow *window = start_presenting ("win.present");
  KaPresenter *presenter = ka_window_get_presenter (window);
  KaMapView *map_view = ka_window_get_map_view (window);
  GtkWidget *curtain = ka_test_find_descendant (GTK_WIDGET (window), KA_TYPE_CURTAIN_VIEW);
  double cx = gtk_widget_get_width (GTK_WIDGET (map_view)) / 2.0;
  double cy = gtk_widget_get_height (GTK_WIDGET (map_view)) / 3.0;

  settle (map_view);
  g_assert_false (gtk_widget_get_visible (curtain));

  ka_test_press (GTK_WIDGET (window), GDK_KEY_w);
  g_assert_cmpint (ka_presenter_get_curtain (presenter), ==, KA_CURTAIN_WHITE);
  g_assert_true (gtk_widget_get_visible (curtain));
  {
    g_auto(Shot) shot = { 0 };

    take_shot (map_view, &shot);
    g_assert_cmphex (shot_pixel (&shot, cx, cy), ==, 0xffffff);
  }
  ka_test_press (GTK_WIDGET (window), GDK_KEY_w);
  g_assert_cmpint (ka_presenter_get_curtain (presenter), ==, KA_CURTAIN_NONE);
  g_assert_false (gtk_widget_get_visible (curtain));

  ka_test_press (GTK_WIDGET (window), GDK_KEY_b);
  {
    g_auto(Shot) shot = { 0 };

    take_shot (map_view, &shot);
    g_assert_cmphex (shot_pixel (&shot, cx, cy), ==, 0x000000);
  }
  /* A step key brings the map back, where it was. */
  ka_test_press (GTK_WIDGET (window), GDK_KEY_Page_Down);
  g_assert_cmpint (ka_presenter_get_curtain (presenter), ==, KA_CURTAIN_NONE);
  g_assert_cmpint (ka_presenter_get_step (presenter), ==, 0);

  ka_test_press (GTK_WIDGET (window), GDK_KEY_End);
  ka_test_press (GTK_WIDGET (window), GDK_KEY_space);
  g_assert_cmpint (ka_presenter_get_curtain (presenter), ==, KA_CURTAIN_END);
  g_assert_true (gtk_widget_get_visible (curtain));
  g_assert_true (ka_test_label_below_has_text (curtain, "End of the Lecture"));
  g_assert_true (ka_test_label_below_has_text (curtain, ka_lecture_get_title (ka_presenter_get_lecture (presenter))));
  {
    g_auto(Shot) shot = { 0 };

    take_shot (map_view, &shot);
    g_assert_cmpfloat (ka_test_luminance (shot_pixel (&shot, cx, cy)), <, 0.05);
  }

  ka_test_press (GTK_WIDGET (window), GDK_KEY_Escape);
  g_assert_false (ka_window_get_presenting (window));
  g_assert_false (gtk_widget_get_visible (curtain));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_rehearse_with_one_monitor (void)
{
  KaWindow *window;
  KaAudienceWindow *audience;
  KaConsole *console;
  KaPresenter *presenter;

  g_assert_cmpuint (g_list_model_get_n_items (gdk_display_get_monitors (gdk_display_get_default ())), ==, 1);

  window = start_presenting ("win.rehearse");
  presenter = ka_window_get_presenter (window);
  audience = ka_window_get_audience (window);
  console = ka_window_get_console (window);
  g_assert_nonnull (audience);
  g_assert_nonnull (console);
  ka_test_wait_frames (GTK_WIDGET (audience), 2);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (audience)));
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (audience)));
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));
  g_assert_true (gtk_widget_get_root (GTK_WIDGET (console)) == GTK_ROOT (window));

  /* The note is the lecturer's: in the console, not in the room. */
  g_assert_cmpstr (ka_console_get_note (console), ==, ka_lecture_step_get_note (step_at (window, 0)));
  g_assert_false (ka_test_label_below_has_text (GTK_WIDGET (audience), ka_lecture_step_get_note (step_at (window, 0))));
  g_assert_cmpstr (ka_caption_strip_get_caption (ka_audience_window_get_caption_strip (audience)), ==,
                   ka_lecture_step_get_caption (step_at (window, 0)));

  /* The current step as the room sees it, legend and all; the glimpse
   * of the next one without the legend that would cover most of it. */
  ka_test_wait_frames (GTK_WIDGET (window), 5);
  g_assert_true (ka_test_find_legend (ka_console_get_current_view (console), NULL));
  g_assert_false (ka_test_find_legend (ka_console_get_next_view (console), NULL));
  g_assert_false (gtk_widget_get_visible (ka_map_view_get_scale_bar (ka_console_get_next_view (console))));

  /* The clicker's keys in either window. */
  ka_test_press (GTK_WIDGET (audience), GDK_KEY_Page_Down);
  g_assert_cmpint (ka_presenter_get_step (presenter), ==, 1);
  g_assert_cmpstr (ka_console_get_note (console), ==, ka_lecture_step_get_note (step_at (window, 1)));
  ka_test_press (GTK_WIDGET (window), GDK_KEY_Page_Down);
  g_assert_cmpint (ka_presenter_get_step (presenter), ==, 2);
  ka_test_press (GTK_WIDGET (audience), GDK_KEY_BackSpace);
  g_assert_cmpint (ka_presenter_get_step (presenter), ==, 1);

  /* The timer runs from the first step change, and pauses. */
  g_assert_cmpfloat (ka_console_get_elapsed (console), >, 0);
  ka_console_set_timer_paused (console, TRUE);
  {
    double paused_at = ka_console_get_elapsed (console);

    ka_test_wait_frames (GTK_WIDGET (window), 5);
    g_assert_cmpfloat (ka_console_get_elapsed (console), ==, paused_at);
  }
  ka_console_reset_timer (console);
  g_assert_cmpfloat (ka_console_get_elapsed (console), ==, 0);

  /* Esc ends both; the audience window goes with it. */
  g_free (ka_test_dispatch_key (GTK_WIDGET (audience), GDK_KEY_Escape, TRUE));
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_false (ka_window_get_presenting (window));
  g_assert_null (ka_window_get_audience (window));
  g_assert_null (ka_window_get_console (window));
  g_assert_true (gtk_widget_get_root (GTK_WIDGET (ka_window_get_map_view (window))) == GTK_ROOT (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_pen_follows_the_map (void)
{
  KaWindow *window = start_presenting ("win.present");
  KaMapView *map_view = ka_window_get_map_view (window);
  KaInk *ink = ka_window_get_ink (window);
  KaInkLayer *layer = KA_INK_LAYER (ka_test_find_descendant (GTK_WIDGET (window), KA_TYPE_INK_LAYER));
  ShumateViewport *viewport = ka_map_view_get_viewport (map_view);
  guint32 pen = ka_test_rgba_to_rgb (ka_ink_layer_pen_colour ());
  double x0 = gtk_widget_get_width (GTK_WIDGET (map_view)) * 0.35;
  double y0 = gtk_widget_get_height (GTK_WIDGET (map_view)) * 0.4;
  const KaInkPoint *points;
  guint n_points;
  double mid_lat, mid_lon, lat, lon, x, y;

  settle (map_view);
  g_assert_true (ka_ink_layer_get_map_view (layer) == map_view);

  ka_test_press (GTK_WIDGET (window), GDK_KEY_p);
  g_assert_true (ka_ink_get_pen (ink));
  ka_ink_layer_pen_down (layer, x0, y0);
  ka_ink_layer_pen_to (layer, x0 + 100, y0);
  g_assert_cmpuint (ka_ink_get_n_strokes (ink), ==, 1);
  points = ka_ink_get_stroke (ink, 0, &n_points);
  g_assert_cmpuint (n_points, ==, 2);
  mid_lat = (points[0].lat + points[1].lat) / 2;
  mid_lon = (points[0].lon + points[1].lon) / 2;

  ka_test_wait_frames (GTK_WIDGET (window), 2);
  {
    g_auto(Shot) shot = { 0 };

    take_shot (map_view, &shot);
    g_assert_cmphex (shot_pixel (&shot, x0 + 50, y0), ==, pen);
  }

  /* The map moves; the stroke stays on the same place of the map. Its
   * centre goes to the place 150 px right of and 100 px below it. */
  shumate_viewport_widget_coords_to_location (viewport, GTK_WIDGET (map_view),
                                              gtk_widget_get_width (GTK_WIDGET (map_view)) / 2.0 + 150,
                                              gtk_widget_get_height (GTK_WIDGET (map_view)) / 2.0 + 100,
                                              &lat, &lon);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), lat, lon);
  ka_test_wait_frames (GTK_WIDGET (window), 3);
  location_to_point (map_view, mid_lat, mid_lon, &x, &y);
  g_assert_cmpfloat (fabs (x - (x0 + 50 - 150)), <, 2);
  g_assert_cmpfloat (fabs (y - (y0 - 100)), <, 2);
  {
    g_auto(Shot) shot = { 0 };

    take_shot (map_view, &shot);
    g_assert_cmphex (shot_pixel (&shot, x, y), ==, pen);
    g_assert_cmphex (shot_pixel (&shot, x0 + 50, y0), !=, pen);
  }

  /* E erases; so does the next step. */
  ka_test_press (GTK_WIDGET (window), GDK_KEY_e);
  g_assert_cmpuint (ka_ink_get_n_strokes (ink), ==, 0);
  ka_ink_layer_pen_down (layer, x0, y0);
  g_assert_cmpuint (ka_ink_get_n_strokes (ink), ==, 1);
  ka_test_press (GTK_WIDGET (window), GDK_KEY_Page_Down);
  g_assert_cmpuint (ka_ink_get_n_strokes (ink), ==, 0);

  ka_test_press (GTK_WIDGET (window), GDK_KEY_Escape);
  g_assert_false (ka_ink_get_pen (ink));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_pointing_at_the_console_preview (void)
{
  KaWindow *window = start_presenting ("win.rehearse");
  KaConsole *console = ka_window_get_console (window);
  KaAudienceWindow *audience = ka_window_get_audience (window);
  KaMapView *preview = ka_console_get_current_view (console);
  KaMapView *room = ka_audience_window_get_map_view (audience);
  KaInk *ink = ka_window_get_ink (window);
  guint32 laser = ka_test_rgba_to_rgb (ka_ink_layer_laser_colour ());
  double px = gtk_widget_get_width (GTK_WIDGET (preview)) * 0.4;
  double py = gtk_widget_get_height (GTK_WIDGET (preview)) * 0.45;
  double lat, lon, x, y;
  KaInkPoint pointer;

  settle (room);
  settle (preview);

  /* Without the laser, pointing shows nothing. */
  ka_ink_layer_point (ka_console_get_current_ink (console), px, py);
  g_assert_false (ka_ink_get_pointer (ink, NULL));

  ka_ink_set_laser (ink, TRUE);
  ka_ink_layer_point (ka_console_get_current_ink (console), px, py);
  g_assert_true (ka_ink_get_pointer (ink, &pointer));
  shumate_viewport_widget_coords_to_location (ka_map_view_get_viewport (preview), GTK_WIDGET (preview),
                                              px, py, &lat, &lon);
  g_assert_cmpfloat_with_epsilon (pointer.lat, lat, 1e-9);
  g_assert_cmpfloat_with_epsilon (pointer.lon, lon, 1e-9);

  /* The room's view is larger: the dot is where that place is on it.
   * Where that is is read in the same turn as the picture is taken, so a
   * window that settles late moves both alike. */
  ka_test_wait_frames (GTK_WIDGET (audience), 2);
  {
    g_auto(Shot) shot = { 0 };

    location_to_point (room, lat, lon, &x, &y);
    take_shot (room, &shot);
    g_assert_cmphex (shot_pixel (&shot, x, y), ==, laser);
    g_assert_cmphex (shot_pixel (&shot, x + 40, y), !=, laser);
  }

  ka_test_press (GTK_WIDGET (window), GDK_KEY_Escape);
  g_assert_false (ka_ink_get_laser (ink));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  app = ka_test_application_new ();

  g_test_add_func ("/present-tools/pen-colour-is-no-layers", test_pen_colour_is_no_layers);
  g_test_add_func ("/present-tools/typed-step-number", test_typed_step_number);
  g_test_add_func ("/present-tools/white-black-and-end-screens", test_white_black_and_end_screens);
  g_test_add_func ("/present-tools/rehearse-with-one-monitor", test_rehearse_with_one_monitor);
  g_test_add_func ("/present-tools/pen-follows-the-map", test_pen_follows_the_map);
  g_test_add_func ("/present-tools/pointing-at-the-console-preview", test_pointing_at_the_console_preview);

  return ka_test_run (app);
}
