/* test-high-contrast.c — the map follows the system's high-contrast setting
 *
 * High contrast is switched the way GNOME's settings do it: the
 * org.gnome.desktop.a11y.interface high-contrast key, which libadwaita
 * reads and turns into AdwStyleManager:high-contrast. The memory
 * GSettings backend of the tests keeps the change inside this process;
 * so libadwaita is told to read the key here, not from the settings
 * portal, which where xdg-desktop-portal is installed the test's bus
 * starts, and which answers with the desktop's setting instead.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ka-land-source.h"
#include "ka-test-window.h"

#define A11Y_SCHEMA "org.gnome.desktop.a11y.interface"
/* Below this, a pixel is the ink of the 1945 line (#101010 or black),
 * not its white casing, the land or the sea (the coast may be black in
 * high contrast, but the line's casing keeps it apart). */
#define INK_LUMINANCE 0.05

static KaApplication *app;

static gboolean
high_contrast_is (gpointer data)
{
  return adw_style_manager_get_high_contrast (adw_style_manager_get_default ()) == GPOINTER_TO_INT (data);
}

static void
set_high_contrast (gboolean high_contrast)
{
  g_autoptr(GSettings) settings = g_settings_new (A11Y_SCHEMA);

  g_settings_set_boolean (settings, "high-contrast", high_contrast);
  ka_test_wait_until (high_contrast_is, GINT_TO_POINTER (high_contrast), 5000);
}

static gboolean
has_a11y_schema (void)
{
  g_autoptr(GSettingsSchema) schema =
    g_settings_schema_source_lookup (g_settings_schema_source_get_default (), A11Y_SCHEMA, TRUE);

  return schema != NULL && g_settings_schema_has_key (schema, "high-contrast");
}

/* How many ink pixels run through (@x, @y) along (@dx, @dy), starting
 * from the ink nearest to it: 0 when there is none within 3 pixels. */
static int
ink_run (GBytes *pixels,
         gsize   stride,
         int     width,
         int     height,
         int     x,
         int     y,
         int     dx,
         int     dy)
{
  int start = 0, run = 0;

  for (int offset = 0; offset <= 3 && start == 0; offset++)
    for (int sign = -1; sign <= 1; sign += 2)
      {
        int px = x + sign * offset * dx, py = y + sign * offset * dy;

        if (ka_test_luminance (ka_test_pixel_at (pixels, stride, px, py)) < INK_LUMINANCE)
          {
            x = px;
            y = py;
            start = 1;
            break;
          }
      }
  if (start == 0)
    return 0;

  for (int sign = -1; sign <= 1; sign += 2)
    for (int px = x, py = y;
         px >= 0 && py >= 0 && px < width && py < height &&
         ka_test_luminance (ka_test_pixel_at (pixels, stride, px, py)) < INK_LUMINANCE;
         px += sign * dx, py += sign * dy)
      run++;

  return run - 1;
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* The median width in pixels of the 1945 line where it crosses the
 * Nemuro and Notsuke straits, measured across it at every vertex in
 * view: the shorter of the horizontal and vertical runs of its ink. */
static int
measure_1945_line (KaWindow *window)
{
  GtkWidget *map = GTK_WIDGET (ka_window_get_map_view (window));
  KaAtlas *atlas = ka_application_get_atlas (app);
  g_autoptr(GPtrArray) boundaries = ka_boundary_set_get_for_year (ka_atlas_get_boundaries (atlas), 1945);
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GBytes) pixels = NULL;
  int width, height;
  gsize stride;

  /* A change of style brings new tiles: measure over them. */
  ka_test_wait_frames (GTK_WIDGET (window), 3);
  ka_test_wait_for_tiles (window, 20000);
  pixels = ka_test_render_widget (map, &width, &height, &stride);

  for (guint b = 0; b < boundaries->len; b++)
    {
      KaBoundary *boundary = g_ptr_array_index (boundaries, b);
      const KaPath *lines;
      guint n_lines;

      if (ka_boundary_get_kind (boundary) != KA_BOUNDARY_KIND_BOUNDARY)
        continue;

      lines = ka_boundary_get_lines (boundary, &n_lines);
      for (guint l = 0; l < n_lines; l++)
        for (guint i = 0; i < lines[l].n_points; i++)
          {
            double x, y;
            int across;

            shumate_viewport_location_to_widget_coords (ka_map_view_get_viewport (ka_window_get_map_view (window)),
                                                        map, lines[l].points[i].y, lines[l].points[i].x, &x, &y);
            if (x < 40 || y < 40 || x >= width - 40 || y >= height - 40)
              continue;

            across = MIN (ink_run (pixels, stride, width, height, x, y, 1, 0),
                          ink_run (pixels, stride, width, height, x, y, 0, 1));
            if (across > 0)
              g_array_append_val (widths, across);
          }
    }

  g_assert_cmpuint (widths->len, >=, 5);
  g_array_sort (widths, compare_int);

  return g_array_index (widths, int, widths->len / 2);
}

static KaLandSource *
get_land_source (KaWindow *window)
{
  ShumateSimpleMap *map = ka_map_view_get_simple_map (ka_window_get_map_view (window));

  g_assert_true (KA_IS_LAND_SOURCE (shumate_simple_map_get_map_source (map)));

  return KA_LAND_SOURCE (shumate_simple_map_get_map_source (map));
}

static void
test_lines_grow (void)
{
  KaWindow *window;
  int normal, high, back;

  if (!has_a11y_schema ())
    {
      g_test_skip ("The " A11Y_SCHEMA " schema (gsettings-desktop-schemas) is not installed");
      return;
    }

  window = ka_test_window_new (app, 1280, 800);
  ka_test_wait_for_tiles (window, 20000);
  normal = measure_1945_line (window);

  /* Live, both ways, in the same window. */
  set_high_contrast (TRUE);
  high = measure_1945_line (window);

  /* The basemap's coastline, drawn into the tiles, follows too. */
  g_assert_true (ka_land_source_get_high_contrast (get_land_source (window)));
  set_high_contrast (FALSE);
  back = measure_1945_line (window);
  g_assert_false (ka_land_source_get_high_contrast (get_land_source (window)));

  g_test_message ("1945 line: %d px, %d px in high contrast, %d px after", normal, high, back);
  g_assert_cmpint (normal, >=, 3);
  g_assert_cmpfloat (high, >=, 1.3 * normal);
  g_assert_cmpint (back, ==, normal);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The contrast of a label's text to its halo: of the pixels around the
 * label's centre, the brightest against the darkest, which are the text
 * and its halo (one or the other, as the style is light or dark). */
static double
label_contrast (KaWindow   *window,
                GBytes     *pixels,
                gsize       stride,
                const char *island_id)
{
  KaIsland *island = ka_island_set_lookup (ka_atlas_get_islands (ka_application_get_atlas (app)), island_id);
  KaPoint label = ka_island_get_label (island);
  double x, y;
  guint32 darkest, brightest;

  ka_test_map_point (window, label.y, label.x, &x, &y);
  darkest = brightest = ka_test_pixel_at (pixels, stride, x, y);
  for (int py = y - 8; py <= y + 8; py++)
    for (int px = x - 30; px <= x + 30; px++)
      {
        guint32 rgb = ka_test_pixel_at (pixels, stride, px, py);

        if (ka_test_luminance (rgb) < ka_test_luminance (darkest))
          darkest = rgb;
        if (ka_test_luminance (rgb) > ka_test_luminance (brightest))
          brightest = rgb;
      }

  g_test_message ("%s: text and halo #%06x and #%06x, contrast %.1f", island_id, brightest, darkest,
                  ka_test_contrast_ratio (brightest, darkest));

  return ka_test_contrast_ratio (brightest, darkest);
}

/* The selected island's label, which is always drawn, in @scheme with
 * high contrast on. */
static double
selected_label_contrast (AdwColorScheme scheme)
{
  KaWindow *window;
  g_autoptr(GBytes) pixels = NULL;
  int width, height;
  gsize stride;
  double contrast;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
  window = ka_test_window_new (app, 1280, 800);
  ka_state_set_selected_island (ka_window_get_state (window), "kunashir");
  ka_test_wait_for_tiles (window, 20000);
  ka_test_wait_frames (GTK_WIDGET (window), 3);
  pixels = ka_test_render_widget (GTK_WIDGET (ka_window_get_map_view (window)), &width, &height, &stride);
  contrast = label_contrast (window, pixels, stride, "kunashir");

  gtk_window_destroy (GTK_WINDOW (window));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  return contrast;
}

static void
test_labels_legible (void)
{
  if (!has_a11y_schema ())
    {
      g_test_skip ("The " A11Y_SCHEMA " schema (gsettings-desktop-schemas) is not installed");
      return;
    }

  set_high_contrast (TRUE);

  /* Solid black and white halos: the whole range, in dark mode too,
   * and at least WCAG's enhanced contrast for text. */
  g_assert_cmpfloat (selected_label_contrast (ADW_COLOR_SCHEME_FORCE_DARK), >=, 20.0);
  g_assert_cmpfloat (selected_label_contrast (ADW_COLOR_SCHEME_FORCE_LIGHT), >=, 20.0);

  set_high_contrast (FALSE);
}

int
main (int   argc,
      char *argv[])
{
  /* Before any thread starts. */
  g_setenv ("ADW_DISABLE_PORTAL", "1", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  app = ka_test_application_new ();

  g_test_add_func ("/high-contrast/lines-grow", test_lines_grow);
  g_test_add_func ("/high-contrast/labels-legible", test_labels_legible);

  return ka_test_run (app);
}
