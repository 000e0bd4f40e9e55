/* test-islands-window.c — selecting islands and switching years in a real window
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ka-layer-style.h"
#include "ka-map-style.h"
#include "ka-side-panel.h"
#include "ka-test-window.h"

static KaApplication *app;

static KaAtlas *
get_atlas (void)
{
  return ka_application_get_atlas (app);
}

static GtkGestureClick *
find_click_gesture (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        return GTK_GESTURE_CLICK (controller);
    }

  return NULL;
}

static void
click_at_location (KaWindow *window,
                   double    lat,
                   double    lon)
{
  KaMapView *map_view = ka_window_get_map_view (window);
  GtkGestureClick *click = find_click_gesture (GTK_WIDGET (map_view));
  double x, y;

  g_assert_nonnull (click);
  shumate_viewport_location_to_widget_coords (ka_map_view_get_viewport (map_view),
                                              GTK_WIDGET (map_view), lat, lon, &x, &y);
  g_signal_emit_by_name (click, "released", 1, x, y);
}

static void
frame_box (KaWindow    *window,
           const KaBox *box)
{
  ka_map_view_frame (ka_window_get_map_view (window), box, FALSE);
  ka_test_wait_frames (GTK_WIDGET (window), 2);
}

static void
test_click_selects_each_island (void)
{
  KaWindow *window = ka_test_window_new (app, 1920, 1080);
  KaState *state = ka_window_get_state (window);
  KaIslandSet *islands = ka_atlas_get_islands (get_atlas ());

  ka_test_wait_frames (GTK_WIDGET (window), 3);

  for (guint i = 0; i < ka_island_set_get_n_items (islands); i++)
    {
      KaIsland *island = ka_island_set_get_nth (islands, i);
      KaPoint label = ka_island_get_label (island);
      KaBox around;

      if (ka_island_get_kind (island) != KA_ISLAND_KIND_ISLAND)
        continue;

      /* Zoomed so the island is a few hundred pixels across at most, the
       * way a user would look at it before clicking. */
      around = ka_box_expand (ka_island_get_bbox (island), 0.3);
      frame_box (window, &around);

      ka_state_set_selected_island (state, NULL);
      click_at_location (window, label.y, label.x);
      g_assert_cmpstr (ka_state_get_selected_island (state), ==, ka_island_get_id (island));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_click_on_sea_clears (void)
{
  KaWindow *window = ka_test_window_new (app, 1920, 1080);
  KaState *state = ka_window_get_state (window);
  KaBox home = KA_FRAME_BOX;

  frame_box (window, &home);
  ka_state_set_selected_island (state, "iturup");
  click_at_location (window, 44.0, 150.0);
  g_assert_null (ka_state_get_selected_island (state));

  click_at_location (window, 46.5, 151.5);
  g_assert_null (ka_state_get_selected_island (state));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Pixels along a year's lines that have that line's colour. */
static guint
count_line_pixels (KaWindow   *window,
                   GBytes     *pixels,
                   gsize       stride,
                   guint       year,
                   guint32     colour)
{
  g_autoptr(GPtrArray) boundaries = ka_boundary_set_get_for_year (ka_atlas_get_boundaries (get_atlas ()), year);
  guint count = 0;

  for (guint b = 0; b < boundaries->len; b++)
    {
      guint n_lines;
      const KaPath *lines = ka_boundary_get_lines (g_ptr_array_index (boundaries, b), &n_lines);

      if (ka_boundary_get_kind (g_ptr_array_index (boundaries, b)) != KA_BOUNDARY_KIND_BOUNDARY)
        continue;

      for (guint l = 0; l < n_lines; l++)
        for (guint i = 0; i + 1 < lines[l].n_points; i++)
          for (double t = 0; t < 1.0; t += 0.05)
            {
              double lon = lines[l].points[i].x + t * (lines[l].points[i + 1].x - lines[l].points[i].x);
              double lat = lines[l].points[i].y + t * (lines[l].points[i + 1].y - lines[l].points[i].y);

              if (lat > KA_FRAME_NORTH || lat < KA_FRAME_SOUTH || lon < KA_FRAME_WEST || lon > KA_FRAME_EAST)
                continue;
              if (ka_test_colour_near (ka_test_map_pixel_at (window, pixels, stride, lat, lon), colour, 40))
                count++;
            }
    }

  return count;
}

static void
test_year_switch_changes_lines (void)
{
  KaWindow *window = ka_test_window_new (app, 1920, 1080);
  KaState *state = ka_window_get_state (window);
  GtkWidget *map_view = GTK_WIDGET (ka_window_get_map_view (window));
  guint32 colour_1875 = ka_test_rgba_to_rgb (&ka_layer_style_line_for (1, KA_BOUNDARY_KIND_BOUNDARY)->colour);
  guint32 colour_1945 = ka_test_rgba_to_rgb (&ka_layer_style_line_for (3, KA_BOUNDARY_KIND_BOUNDARY)->colour);
  g_autoptr(GBytes) pixels_1875 = NULL;
  g_autoptr(GBytes) pixels_1945 = NULL;
  int width, height;
  gsize stride;

  ka_test_wait_for_tiles (window, 20000);

  ka_state_set_year (state, 1875);
  ka_test_wait_frames (GTK_WIDGET (window), 30);
  pixels_1875 = ka_test_render_widget (map_view, &width, &height, &stride);

  ka_state_set_year (state, 1945);
  ka_test_wait_frames (GTK_WIDGET (window), 30);
  pixels_1945 = ka_test_render_widget (map_view, &width, &height, &stride);

  /* Each year's lines are there in its own year and gone in the other.
   * The 1945 line is near-black like label text, which may lie across
   * it, so there a few dark pixels may remain: most must go. */
  g_assert_cmpuint (count_line_pixels (window, pixels_1875, stride, 1875, colour_1875), >, 10);
  g_assert_cmpuint (count_line_pixels (window, pixels_1945, stride, 1875, colour_1875), ==, 0);
  g_assert_cmpuint (count_line_pixels (window, pixels_1945, stride, 1945, colour_1945), >,
                    4 * count_line_pixels (window, pixels_1875, stride, 1945, colour_1945) + 10);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keyboard_steps_north_to_south (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  KaState *state = ka_window_get_state (window);
  KaIslandSet *islands = ka_atlas_get_islands (get_atlas ());
  KaIsland *first = ka_island_set_step (islands, NULL, 1);
  KaIsland *second = ka_island_set_step (islands, first, 1);

  ka_test_wait_frames (GTK_WIDGET (window), 2);
  ka_state_set_selected_island (state, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-island", NULL));
  g_assert_cmpstr (ka_state_get_selected_island (state), ==, "atlasov");
  g_assert_cmpstr (ka_island_get_id (first), ==, "atlasov");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-island", NULL));
  g_assert_cmpstr (ka_state_get_selected_island (state), ==, ka_island_get_id (second));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-island", NULL));
  g_assert_cmpstr (ka_state_get_selected_island (state), ==, "atlasov");

  ka_state_set_selected_island (state, "kunashir");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-island", NULL));
  g_assert_cmpstr (ka_state_get_selected_island (state), !=, "kunashir");
  g_assert_nonnull (ka_state_get_selected_island (state));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.year", "u", 1855));
  g_assert_cmpuint (ka_state_get_year (state), ==, 1855);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-year", NULL));
  g_assert_cmpuint (ka_state_get_year (state), ==, 1875);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-year", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-year", NULL));
  g_assert_cmpuint (ka_state_get_year (state), ==, 1855);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_label_with_text (GtkWidget  *root,
                      const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_is_drawable (child) &&
          g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), text) == 0)
        return child;

      if ((found = find_label_with_text (child, text)) != NULL)
        return found;
    }

  return NULL;
}

static void
test_search_finds_partial_romaji (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  KaState *state = ka_window_get_state (window);
  GtkWidget *entry;

  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));

  entry = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_true (GTK_IS_TEXT (entry) || GTK_IS_SEARCH_ENTRY (entry));
  entry = gtk_widget_get_ancestor (entry, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);

  gtk_editable_set_text (GTK_EDITABLE (entry), "etoro");
  g_signal_emit_by_name (entry, "search-changed");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (ka_state_get_selected_island (state), ==, "iturup");

  /* The panel now shows the island with its names in every script. */
  ka_test_wait_frames (GTK_WIDGET (window), 3);
  g_assert_nonnull (find_label_with_text (GTK_WIDGET (window), "Итуруп · 択捉島"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The mean colour, as 0xRRGGBB, of the pixels from @x0, @y0 to @x1, @y1
 * (inclusive): a holder's texture averages out over a few of its lines. */
static guint32
mean_colour (GBytes *pixels,
             gsize   stride,
             int     x0,
             int     y0,
             int     x1,
             int     y1)
{
  double sum[3] = { 0, 0, 0 };
  double n = (double) (x1 - x0 + 1) * (y1 - y0 + 1);

  for (int y = y0; y <= y1; y++)
    for (int x = x0; x <= x1; x++)
      {
        guint32 rgb = ka_test_pixel_at (pixels, stride, x, y);

        for (guint c = 0; c < 3; c++)
          sum[c] += (rgb >> (16 - 8 * c)) & 0xff;
      }

  return ((guint32) round (sum[0] / n) << 16) | ((guint32) round (sum[1] / n) << 8) |
         (guint32) round (sum[2] / n);
}

/* The mean colour of the square of 2 @radius + 1 pixels around @lat, @lon. */
static guint32
mean_colour_around (KaWindow *window,
                    GBytes   *pixels,
                    gsize     stride,
                    double    lat,
                    double    lon,
                    int       radius)
{
  double x, y;

  ka_test_map_point (window, lat, lon, &x, &y);

  return mean_colour (pixels, stride, (int) x - radius, (int) y - radius,
                      (int) x + radius, (int) y + radius);
}

/* Zoomed out to the whole of Kamchatka, its fill reaches past 56° N (where
 * the basemap's full-resolution region ends) with its holder's colour,
 * and neither the fill nor the selection's outline shows where the
 * full-resolution land meets the coarser. */
static void
test_kamchatka_filled_whole (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  KaState *state = ka_window_get_state (window);
  GtkWidget *map_view = GTK_WIDGET (ka_window_get_map_view (window));
  guint32 land = ka_test_rgba_to_rgb (&ka_map_style_get (FALSE, FALSE)->land);
  KaBox peninsula = { 150.0, 50.5, 170.0, 61.0 };

  ka_state_set_year (state, 1945);
  frame_box (window, &peninsula);
  ka_test_wait_for_tiles (window, 20000);

  for (guint selected = 0; selected < 2; selected++)
    {
      g_autoptr(GBytes) pixels = NULL;
      int width, height;
      gsize stride;
      double x_west, x_east, y_cut, y;
      guint32 north, south, cut;

      ka_state_set_selected_island (state, selected ? "kamchatka" : NULL);
      ka_test_wait_frames (GTK_WIDGET (window), 30);
      pixels = ka_test_render_widget (map_view, &width, &height, &stride);
      ka_test_keep_shot (pixels, width, height, stride,
                         selected ? "kamchatka-selected.png" : "kamchatka.png");

      /* At 58° N, as on the peninsula's south, inland and away from
       * labels: Kamchatka's fill, not bare land. */
      north = mean_colour_around (window, pixels, stride, 58.0, 160.5, 6);
      south = mean_colour_around (window, pixels, stride, 54.8, 158.0, 6);
      g_test_message ("selected %u: 58° N %06x, 54.8° N %06x, bare land %06x",
                      selected, north, south, land);
      g_assert_false (ka_test_colour_near (south, land, 12));
      g_assert_false (ka_test_colour_near (north, land, 12));
      g_assert_true (ka_test_colour_near (north, south, 8));

      /* Along 56° N across the peninsula, the row of pixels on the
       * parallel is as those a few pixels north and south of it. */
      ka_test_map_point (window, 56.0, 157.5, &x_west, &y_cut);
      ka_test_map_point (window, 56.0, 160.5, &x_east, &y);
      cut = mean_colour (pixels, stride, (int) x_west, (int) y_cut, (int) x_east, (int) y_cut);
      north = mean_colour (pixels, stride, (int) x_west, (int) y_cut - 4, (int) x_east, (int) y_cut - 4);
      south = mean_colour (pixels, stride, (int) x_west, (int) y_cut + 4, (int) x_east, (int) y_cut + 4);
      g_test_message ("selected %u: along 56° N %06x, north of it %06x, south %06x",
                      selected, cut, north, south);
      g_assert_true (ka_test_colour_near (cut, north, 8));
      g_assert_true (ka_test_colour_near (cut, south, 8));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  app = ka_test_application_new ();

  g_test_add_func ("/islands-window/click-selects-each-island", test_click_selects_each_island);
  g_test_add_func ("/islands-window/click-on-sea-clears", test_click_on_sea_clears);
  g_test_add_func ("/islands-window/year-switch-changes-lines", test_year_switch_changes_lines);
  g_test_add_func ("/islands-window/keyboard-steps", test_keyboard_steps_north_to_south);
  g_test_add_func ("/islands-window/search-finds-partial-romaji", test_search_finds_partial_romaji);
  g_test_add_func ("/islands-window/kamchatka-filled-whole", test_kamchatka_filled_whole);

  return ka_test_run (app);
}
