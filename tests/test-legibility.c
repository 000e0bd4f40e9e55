/* test-legibility.c — what a lecture hall reads on the map, in real windows
 *
 * The islands a lecture turns on keep their labels at every window size
 * a projector gives, on every layer and lecture step; the selection adds
 * no ink of any boundary's colour; the legend leaves the map to the map.
 *
 * Set KA_TEST_SHOTS to a folder to keep each rendered map there as PNG.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ka-caption-strip.h"
#include "ka-layer-style.h"
#include "ka-legend-strip.h"
#include "ka-test-window.h"

static KaApplication *app;

static const int sizes[][2] = { { 1024, 700 }, { 1280, 720 }, { 1920, 1080 } };

/* The disputed islands (the largest Habomai islet for the group) and
 * Urup, where the frontier of 1855 ran. */
static const char * const lecture_islands[] = {
  "iturup", "kunashir", "shikotan", "zelyony", "urup",
};

static GBytes *
render_map (KaWindow   *window,
            const char *shot_name,
            int        *width,
            int        *height,
            gsize      *stride)
{
  GtkWidget *map = GTK_WIDGET (ka_window_get_map_view (window));
  GBytes *pixels;

  ka_test_wait_for_tiles (window, 20000);
  ka_test_wait_frames (map, 2);
  pixels = ka_test_render_widget (map, width, height, stride);
  ka_test_keep_shot (pixels, *width, *height, *stride, shot_name);

  return pixels;
}

static gboolean
has_label (KaMapView  *map_view,
           const char *text)
{
  guint n;
  const KaPlacedLabel *labels = ka_map_view_get_placed_labels (map_view, &n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (labels[i].text, text) == 0)
      return TRUE;

  return FALSE;
}

/* The map's height above the caption strip, when one is over it. */
static double
visible_map_height (KaWindow *window)
{
  GtkWidget *map = GTK_WIDGET (ka_window_get_map_view (window));
  GtkWidget *strip = ka_test_find_descendant (GTK_WIDGET (window), KA_TYPE_CAPTION_STRIP);
  graphene_rect_t bounds;

  if (strip != NULL && gtk_widget_get_mapped (strip) &&
      gtk_widget_compute_bounds (strip, map, &bounds))
    return MIN (bounds.origin.y, gtk_widget_get_height (map));

  return gtk_widget_get_height (map);
}

/* Every lecture island whose label point is on the visible map has its
 * name on it. */
static void
assert_lecture_islands_labelled (KaWindow   *window,
                                 const char *where)
{
  KaMapView *map_view = ka_window_get_map_view (window);
  KaIslandSet *islands = ka_atlas_get_islands (ka_application_get_atlas (app));
  KaNaming naming = ka_state_get_naming (ka_window_get_state (window));
  double width = gtk_widget_get_width (GTK_WIDGET (map_view));
  double height = visible_map_height (window);
  guint n_checked = 0;

  for (guint i = 0; i < G_N_ELEMENTS (lecture_islands); i++)
    {
      KaIsland *island = ka_island_set_lookup (islands, lecture_islands[i]);
      KaPoint point;
      double x, y;

      g_assert_nonnull (island);
      point = ka_island_get_label (island);
      shumate_viewport_location_to_widget_coords (ka_map_view_get_viewport (map_view), GTK_WIDGET (map_view),
                                                  point.y, point.x, &x, &y);
      if (x < 0 || y < 0 || x > width || y > height)
        continue;

      n_checked++;
      if (!has_label (map_view, ka_island_get_name (island, naming)))
        g_error ("%s: %s is in view at %.0f, %.0f but has no label",
                 where, ka_island_get_name (island, naming), x, y);
    }

  /* Every view these tests make shows some of the islands. */
  g_assert_cmpuint (n_checked, >, 0);
}

static void
test_layers_label_lecture_islands (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      KaWindow *window = ka_test_window_new (app, sizes[s][0], sizes[s][1]);
      KaState *state = ka_window_get_state (window);

      for (guint y = 0; y <= KA_N_YEARS; y++)
        {
          gboolean compare = y == KA_N_YEARS;
          g_autofree char *where = NULL;
          g_autofree char *shot = g_strdup_printf ("layer-%dx%d-%u.png", sizes[s][0], sizes[s][1],
                                                   compare ? 0 : ka_years[y]);
          int w, h;
          gsize stride;
          g_autoptr(GBytes) pixels = NULL;

          ka_state_set_compare_years (state, compare);
          ka_state_set_year (state, ka_years[compare ? KA_N_YEARS - 1 : y]);
          pixels = render_map (window, shot, &w, &h, &stride);

          where = g_strdup_printf ("%d×%d, %u%s", sizes[s][0], sizes[s][1],
                                   ka_years[compare ? KA_N_YEARS - 1 : y], compare ? " all years" : "");
          assert_lecture_islands_labelled (window, where);
        }

      gtk_window_destroy (GTK_WINDOW (window));
    }
}

static void
test_lecture_steps_label_lecture_islands (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      KaWindow *window = ka_test_window_new (app, sizes[s][0], sizes[s][1]);
      KaPresenter *presenter = ka_window_get_presenter (window);
      guint n_steps;

      ka_test_wait_frames (GTK_WIDGET (window), 2);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
      n_steps = ka_lecture_get_n_steps (ka_presenter_get_lecture (presenter));

      for (guint i = 0; i < n_steps; i++)
        {
          g_autofree char *where = g_strdup_printf ("%d×%d, step %u", sizes[s][0], sizes[s][1], i + 1);
          g_autofree char *shot = g_strdup_printf ("step-%dx%d-%02u.png", sizes[s][0], sizes[s][1], i + 1);
          g_autoptr(GBytes) pixels = NULL;
          int w, h;
          gsize stride;

          ka_presenter_go_to (presenter, i);
          g_assert_cmpint (ka_presenter_get_step (presenter), ==, i);
          pixels = render_map (window, shot, &w, &h, &stride);
          assert_lecture_islands_labelled (window, where);
        }

      /* Step 1 names Iturup and Urup: both are on the map. */
      g_assert_true (ka_presenter_go_to (presenter, 0));
      ka_test_wait_frames (GTK_WIDGET (window), 2);
      {
        g_autoptr(GBytes) pixels = NULL;
        KaIslandSet *islands = ka_atlas_get_islands (ka_application_get_atlas (app));
        KaNaming naming = ka_state_get_naming (ka_window_get_state (window));
        int w, h;
        gsize stride;

        pixels = render_map (window, NULL, &w, &h, &stride);
        g_assert_true (has_label (ka_window_get_map_view (window),
                                  ka_island_get_name (ka_island_set_lookup (islands, "iturup"), naming)));
        g_assert_true (has_label (ka_window_get_map_view (window),
                                  ka_island_get_name (ka_island_set_lookup (islands, "urup"), naming)));
      }

      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* Whether @rgb is within @tolerance of a colour a boundary is drawn in. */
static gboolean
is_boundary_ink (guint32 rgb)
{
  for (guint y = 0; y < KA_N_YEARS; y++)
    for (guint kind = 0; kind < 2; kind++)
      {
        const KaLineStyle *style = ka_layer_style_line_for (y, kind == 0 ? KA_BOUNDARY_KIND_BOUNDARY
                                                                         : KA_BOUNDARY_KIND_CLAIM);

        if (ka_test_colour_near (rgb, ka_test_rgba_to_rgb (&style->colour), 40))
          return TRUE;
      }

  return FALSE;
}

/* Boundary-coloured pixels in a band of ±@half_height pixels along 50° N
 * across Sakhalin. */
static guint
count_boundary_ink_along_50n (KaWindow *window,
                              GBytes   *pixels,
                              gsize     stride,
                              int       half_height)
{
  double west_x, east_x, x, y;
  guint count = 0;

  ka_test_map_point (window, 50.0, 141.6, &west_x, &y);
  ka_test_map_point (window, 50.0, 144.6, &east_x, &y);

  for (int row = (int) y - half_height; row <= (int) y + half_height; row++)
    for (x = west_x; x <= east_x; x++)
      if (is_boundary_ink (ka_test_pixel_at (pixels, stride, (int) x, row)))
        count++;

  return count;
}

static void
test_selection_adds_no_boundary_ink (void)
{
  for (guint s = 1; s < G_N_ELEMENTS (sizes); s++)
    {
      KaWindow *window = ka_test_window_new (app, sizes[s][0], sizes[s][1]);
      KaState *state = ka_window_get_state (window);
      KaIsland *south = ka_island_set_lookup (ka_atlas_get_islands (ka_application_get_atlas (app)),
                                              "sakhalin-south");
      KaBox frame = { 140.5, 45.5, 145.5, 51.5 };
      g_autoptr(GBytes) plain = NULL;
      g_autoptr(GBytes) selected = NULL;
      g_autofree char *plain_shot = g_strdup_printf ("sakhalin-%dx%d.png", sizes[s][0], sizes[s][1]);
      g_autofree char *selected_shot = g_strdup_printf ("sakhalin-selected-%dx%d.png", sizes[s][0], sizes[s][1]);
      KaPoint inside = { 142.6, 48.0 };
      guint plain_ink, selected_ink;
      int w, h;
      gsize stride;

      g_assert_nonnull (south);
      ka_state_set_compare_years (state, FALSE);
      ka_state_set_selected_island (state, NULL);
      ka_state_set_year (state, 1945);
      ka_test_wait_frames (GTK_WIDGET (window), 2);
      ka_map_view_frame (ka_window_get_map_view (window), &frame, FALSE);
      plain = render_map (window, plain_shot, &w, &h, &stride);

      ka_state_set_selected_island (state, "sakhalin-south");
      ka_map_view_frame (ka_window_get_map_view (window), &frame, FALSE);
      selected = render_map (window, selected_shot, &w, &h, &stride);

      plain_ink = count_boundary_ink_along_50n (window, plain, stride, 8);
      selected_ink = count_boundary_ink_along_50n (window, selected, stride, 8);
      g_test_message ("%d×%d: boundary-coloured pixels along 50° N: %u plain, %u selected",
                      sizes[s][0], sizes[s][1], plain_ink, selected_ink);
      g_assert_cmpuint (selected_ink, <=, plain_ink);

      /* The selection shows: the island's inside and its northern edge
       * change colour. */
      g_assert_false (ka_test_colour_near (ka_test_map_pixel_at (window, plain, stride, inside.y, inside.x),
                                           ka_test_map_pixel_at (window, selected, stride, inside.y, inside.x),
                                           12));
      g_assert_false (ka_test_colour_near (ka_test_map_pixel_at (window, plain, stride, 50.0, 143.0),
                                           ka_test_map_pixel_at (window, selected, stride, 50.0, 143.0),
                                           12));

      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* The legend's box, read back with the labels under its title. */
static KaBox
legend_box (KaMapView *map_view)
{
  KaBox box;

  if (!ka_test_find_legend (map_view, &box))
    g_error ("The map has no legend");

  return box;
}

static void
test_legend_covers_little (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 720);
  KaState *state = ka_window_get_state (window);
  KaMapView *map_view = ka_window_get_map_view (window);

  for (guint y = 0; y <= KA_N_YEARS; y++)
    {
      gboolean compare = y == KA_N_YEARS;
      g_autoptr(GBytes) pixels = NULL;
      double share;
      KaBox box;
      int w, h;
      gsize stride;

      ka_state_set_compare_years (state, compare);
      ka_state_set_year (state, ka_years[compare ? KA_N_YEARS - 1 : y]);
      pixels = render_map (window, NULL, &w, &h, &stride);
      box = legend_box (map_view);
      share = (box.max_x - box.min_x) * (box.max_y - box.min_y) /
              (gtk_widget_get_width (GTK_WIDGET (map_view)) * (double) gtk_widget_get_height (GTK_WIDGET (map_view)));
      g_test_message ("1280×720, %u%s: the legend covers %.1f %% of the map",
                      ka_years[compare ? KA_N_YEARS - 1 : y], compare ? " all years" : "", 100 * share);
      g_assert_cmpfloat (share, <=, 0.12);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* "Four frontiers compared" at 1280×720, presenting: the legend is a
 * line of the caption strip, so the map carries none, and Sakhalin and
 * the 1905 line along 50° N stay in sight above the strip. */
static void
test_legend_leaves_sakhalin (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 720);
  KaPresenter *presenter = ka_window_get_presenter (window);
  KaMapView *map_view = ka_window_get_map_view (window);
  GtkWidget *strip = ka_test_find_descendant (GTK_WIDGET (window), KA_TYPE_CAPTION_STRIP);
  GtkWidget *legend = ka_test_find_descendant (strip, KA_TYPE_LEGEND_STRIP);
  KaLecture *lecture;
  g_autoptr(GBytes) pixels = NULL;
  g_autoptr(GBytes) legend_pixels = NULL;
  graphene_rect_t strip_bounds, legend_bounds;
  int w, h;
  gsize stride;
  guint step = G_MAXUINT;
  guint n_light = 0;

  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  lecture = ka_presenter_get_lecture (presenter);
  for (guint i = 0; i < ka_lecture_get_n_steps (lecture); i++)
    if (ka_lecture_step_get_compare (ka_lecture_get_step (lecture, i)))
      step = i;
  g_assert_cmpuint (step, !=, G_MAXUINT);
  ka_presenter_go_to (presenter, step);
  pixels = render_map (window, "legend-four-frontiers-1280x720.png", &w, &h, &stride);
  ka_test_keep_widget_shot (GTK_WIDGET (window), "presenting-four-frontiers-1280x720.png");

  g_assert_false (ka_test_find_legend (map_view, NULL));
  g_assert_true (gtk_widget_is_drawable (legend));
  g_assert_true (gtk_widget_compute_bounds (strip, GTK_WIDGET (map_view), &strip_bounds));
  g_assert_true (gtk_widget_compute_bounds (legend, GTK_WIDGET (map_view), &legend_bounds));
  g_assert_true (graphene_rect_contains_rect (&strip_bounds, &legend_bounds));
  g_test_message ("1280×720 presenting, step %u: the legend takes %.0f × %.0f px of the caption strip",
                  step + 1, legend_bounds.size.width, legend_bounds.size.height);
  /* Its title and a row of entries at least. */
  g_assert_cmpfloat (legend_bounds.size.height, >=, 2 * 16);

  /* Drawn: light text and samples on the strip's dark ground. */
  legend_pixels = ka_test_render_widget (legend, &w, &h, &stride);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 pixel = ka_test_pixel_at (legend_pixels, stride, x, y);

        if (((pixel >> 16) & 0xff) > 0xc0 && ((pixel >> 8) & 0xff) > 0xc0 && (pixel & 0xff) > 0xc0)
          n_light++;
      }
  g_assert_cmpuint (n_light, >, (guint) (w * h) / 50);

  for (double lon = 142.2; lon <= 143.9; lon += 0.1)
    {
      double x, y;

      ka_test_map_point (window, 50.0, lon, &x, &y);
      g_assert_cmpfloat (y, <, strip_bounds.origin.y);
    }
  for (double lat = 46.0; lat <= 51.0; lat += 0.5)
    {
      double x, y;

      ka_test_map_point (window, lat, 142.8, &x, &y);
      g_assert_cmpfloat (y, <, strip_bounds.origin.y);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* How many pixels within @radius of @at differ between two renderings of
 * the same view by more than a shade. */
static guint
count_changed_pixels (KaWindow *window,
                      GBytes   *a,
                      GBytes   *b,
                      gsize     stride,
                      KaPoint   at,
                      int       radius)
{
  double cx, cy;
  guint count = 0;

  ka_test_map_point (window, at.y, at.x, &cx, &cy);
  for (int y = (int) cy - radius; y <= (int) cy + radius; y++)
    for (int x = (int) cx - radius; x <= (int) cx + radius; x++)
      if (!ka_test_colour_near (ka_test_pixel_at (a, stride, x, y), ka_test_pixel_at (b, stride, x, y), 12))
        count++;

  return count;
}

/* A lecture step may select several islands: the 1956 step selects
 * Shikotan and the Habomai islets, and the map highlights each of them,
 * and nothing else, as it highlights Shikotan alone. */
static void
test_step_selects_several_islands (void)
{
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      KaWindow *window = ka_test_window_new (app, sizes[s][0], sizes[s][1]);
      KaState *state = ka_window_get_state (window);
      KaPresenter *presenter = ka_window_get_presenter (window);
      KaIslandSet *islands = ka_atlas_get_islands (ka_application_get_atlas (app));
      g_autoptr(GPtrArray) habomai = ka_island_set_get_group (islands, KA_ISLAND_GROUP_HABOMAI);
      g_autofree char *shot = g_strdup_printf ("shikotan-habomai-%dx%d.png", sizes[s][0], sizes[s][1]);
      g_autoptr(GBytes) several = NULL;
      g_autoptr(GBytes) one = NULL;
      const char * const *selected;
      KaLecture *lecture;
      KaPoint shikotan = ka_island_get_label (ka_island_set_lookup (islands, "shikotan"));
      guint step = G_MAXUINT;
      int w, h;
      gsize stride;

      ka_test_wait_frames (GTK_WIDGET (window), 2);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
      lecture = ka_presenter_get_lecture (presenter);
      for (guint i = 0; i < ka_lecture_get_n_steps (lecture) && step == G_MAXUINT; i++)
        {
          const char * const *named = ka_lecture_step_get_islands (ka_lecture_get_step (lecture, i));

          if (named != NULL && g_strv_contains (named, "habomai"))
            step = i;
        }
      g_assert_cmpuint (step, !=, G_MAXUINT);
      g_assert_true (ka_presenter_go_to (presenter, step));
      several = render_map (window, shot, &w, &h, &stride);

      selected = ka_state_get_selected_islands (state);
      g_assert_nonnull (selected);
      g_assert_cmpstr (selected[0], ==, "shikotan");
      g_assert_cmpstr (ka_state_get_selected_island (state), ==, "shikotan");
      g_assert_cmpuint (g_strv_length ((char **) selected), ==, 1 + habomai->len);

      /* The same view with Shikotan alone selected. */
      ka_state_set_selected_island (state, "shikotan");
      g_assert_cmpuint (g_strv_length ((char **) ka_state_get_selected_islands (state)), ==, 1);
      one = render_map (window, NULL, &w, &h, &stride);

      for (guint i = 0; i < habomai->len; i++)
        {
          KaIsland *islet = g_ptr_array_index (habomai, i);
          KaPoint at = ka_island_get_label (islet);
          guint changed = count_changed_pixels (window, several, one, stride, at, 8);

          g_test_message ("%d×%d: %u pixels around %s change when it is selected with Shikotan",
                          sizes[s][0], sizes[s][1], changed, ka_island_get_id (islet));
          g_assert_cmpuint (changed, >=, 20);
        }
      /* Shikotan, selected in both, looks the same in both. */
      g_assert_cmpuint (count_changed_pixels (window, several, one, stride, shikotan, 8), <=, 8);

      gtk_window_destroy (GTK_WINDOW (window));
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  app = ka_test_application_new ();

  /* Lecture steps fly to their frames: without animations they land at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/legibility/layers-label-lecture-islands", test_layers_label_lecture_islands);
  g_test_add_func ("/legibility/lecture-steps-label-lecture-islands", test_lecture_steps_label_lecture_islands);
  g_test_add_func ("/legibility/selection-adds-no-boundary-ink", test_selection_adds_no_boundary_ink);
  g_test_add_func ("/legibility/legend-covers-little", test_legend_covers_little);
  g_test_add_func ("/legibility/legend-leaves-sakhalin", test_legend_leaves_sakhalin);
  g_test_add_func ("/legibility/step-selects-several-islands", test_step_selects_several_islands);

  return ka_test_run (app);
}
