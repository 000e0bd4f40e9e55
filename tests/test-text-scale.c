/* test-text-scale.c — map labels and the panel follow the system's text scaling
 *
 * GNOME scales text through GtkSettings:gtk-xft-dpi (96 × 1024 is 100%);
 * the tests set it on the default settings as the desktop would.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ka-side-panel.h"
#include "ka-test-window.h"

#define NORMAL_DPI (96 * 1024)
/* The graticule labels' text is grey (#14181e at three quarters over a
 * white halo), the sea and its graticule lines blue: ink is a pixel
 * grey enough and darker than the halo. */
#define INK_MAX_SPREAD 24
#define INK_LUMINANCE 0.45
/* Wider than the gaps inside a label (a space, a slash), narrower than
 * the gap between two labels, which keep halos and padding apart. */
#define LABEL_GAP_PX 11

static KaApplication *app;

static void
set_text_scaling (double factor)
{
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (NORMAL_DPI * factor), NULL);
}

typedef struct
{
  int min_x, min_y, max_x, max_y;
} Box;

static gboolean
is_ink (guint32 rgb)
{
  int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;

  return MAX (r, MAX (g, b)) - MIN (r, MIN (g, b)) <= INK_MAX_SPREAD && ka_test_luminance (rgb) < INK_LUMINANCE;
}

static gboolean
has_ink (GBytes *pixels,
         gsize   stride,
         int     x0,
         int     y0,
         int     x1,
         int     y1)
{
  for (int y = y0; y <= y1; y++)
    for (int x = x0; x <= x1; x++)
      if (is_ink (ka_test_pixel_at (pixels, stride, x, y)))
        return TRUE;

  return FALSE;
}

/* The box of the label's text around (@x, @y): grown from there while
 * there is ink within LABEL_GAP_PX beyond an edge. */
static Box
measure_label (GBytes *pixels,
               gsize   stride,
               int     width,
               int     height,
               int     x,
               int     y)
{
  Box box = { x - 2, y - 2, x + 2, y + 2 };
  gboolean grew = TRUE;

  g_assert_true (has_ink (pixels, stride, box.min_x - LABEL_GAP_PX, box.min_y, box.max_x + LABEL_GAP_PX, box.max_y));

  while (grew)
    {
      grew = FALSE;
      if (box.min_x > LABEL_GAP_PX &&
          has_ink (pixels, stride, box.min_x - LABEL_GAP_PX, box.min_y, box.min_x - 1, box.max_y))
        box.min_x--, grew = TRUE;
      if (box.max_x < width - 1 - LABEL_GAP_PX &&
          has_ink (pixels, stride, box.max_x + 1, box.min_y, box.max_x + LABEL_GAP_PX, box.max_y))
        box.max_x++, grew = TRUE;
      if (box.min_y > LABEL_GAP_PX &&
          has_ink (pixels, stride, box.min_x, box.min_y - LABEL_GAP_PX, box.max_x, box.min_y - 1))
        box.min_y--, grew = TRUE;
      if (box.max_y < height - 1 - LABEL_GAP_PX &&
          has_ink (pixels, stride, box.min_x, box.max_y + 1, box.max_x, box.max_y + LABEL_GAP_PX))
        box.max_y++, grew = TRUE;
    }

  /* The growing stops LABEL_GAP_PX short of blank space: trim to ink. */
  while (!has_ink (pixels, stride, box.min_x, box.min_y, box.min_x, box.max_y))
    box.min_x++;
  while (!has_ink (pixels, stride, box.max_x, box.min_y, box.max_x, box.max_y))
    box.max_x--;
  while (!has_ink (pixels, stride, box.min_x, box.min_y, box.max_x, box.min_y))
    box.min_y++;
  while (!has_ink (pixels, stride, box.min_x, box.max_y, box.max_x, box.max_y))
    box.max_y--;

  return box;
}

/* The label of the meridian @lon along the top of the map, over open
 * sea: graticule labels are placed before any other, so it is always
 * there, drawn as every label on the map is. */
static Box
measure_meridian_label (KaWindow *window,
                        int       lon)
{
  KaMapView *map_view = ka_window_get_map_view (window);
  g_autoptr(GBytes) pixels = NULL;
  int width, height;
  gsize stride;
  double x, y;
  Box box;

  ka_test_wait_frames (GTK_WIDGET (window), 3);
  pixels = ka_test_render_widget (GTK_WIDGET (map_view), &width, &height, &stride);

  shumate_viewport_location_to_widget_coords (ka_map_view_get_viewport (map_view), GTK_WIDGET (map_view),
                                              45.0, lon, &x, &y);
  for (y = 0; y < 40 && !has_ink (pixels, stride, x - 4, y, x + 4, y); y++)
    ;
  g_assert_cmpfloat (y, <, 40);

  box = measure_label (pixels, stride, width, height, x, y + 2);
  g_test_message ("label of %d°E: %d × %d px", lon, box.max_x - box.min_x + 1, box.max_y - box.min_y + 1);

  return box;
}

static void
assert_grew (const Box *from,
             const Box *to,
             double     factor)
{
  double width_ratio = (double) (to->max_x - to->min_x + 1) / (from->max_x - from->min_x + 1);
  double height_ratio = (double) (to->max_y - to->min_y + 1) / (from->max_y - from->min_y + 1);

  g_test_message ("grew %.2f × %.2f, expected %.2f", width_ratio, height_ratio, factor);
  g_assert_cmpfloat (width_ratio, >=, factor * 0.88);
  g_assert_cmpfloat (width_ratio, <=, factor * 1.12);
  g_assert_cmpfloat (height_ratio, >=, factor * 0.85);
  g_assert_cmpfloat (height_ratio, <=, factor * 1.15);
}

/* The panel's heading: the selected island's name. */
static GtkWidget *
find_panel_title (KaWindow *window)
{
  GtkWidget *panel = ka_test_find_descendant (GTK_WIDGET (window), KA_TYPE_SIDE_PANEL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ka_test_collect_descendants (panel, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_get_mapped (label) && gtk_widget_has_css_class (label, "title-1"))
        return label;
    }

  g_assert_not_reached ();
}

static void
test_labels_follow_text_scaling (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  g_autoptr(GSettings) settings = g_settings_new (SETTINGS_SCHEMA_ID);
  Box normal, scaled, larger;
  int title_height;

  ka_state_set_selected_island (ka_window_get_state (window), "simushir");
  ka_test_wait_for_tiles (window, 20000);
  normal = measure_meridian_label (window, 150);
  title_height = gtk_widget_get_height (find_panel_title (window));

  set_text_scaling (1.5);
  scaled = measure_meridian_label (window, 150);
  assert_grew (&normal, &scaled, 1.5);

  /* The panel's text grows too. */
  g_test_message ("panel title: %d px, %d px at 150%%", title_height,
                  gtk_widget_get_height (find_panel_title (window)));
  g_assert_cmpfloat (gtk_widget_get_height (find_panel_title (window)), >=, 1.35 * title_height);

  /* The atlas's own label size multiplies the system's. */
  g_settings_set_enum (settings, "label-size", 1);
  larger = measure_meridian_label (window, 150);
  assert_grew (&scaled, &larger, 1.3);

  g_settings_reset (settings, "label-size");
  set_text_scaling (1.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Lists each widget below @widget that is allocated less than it needs
 * or reaches out of its parent, which cuts it off; what a scrolled
 * window shows may be smaller than its content, which scrolls. */
static void
collect_clipped (GtkWidget *widget,
                    GString   *problems)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkAllocation allocation;
      graphene_rect_t bounds;
      int width, height, min_width, min_height;

      /* A scrollbar shrinks to a thin indicator when not in use. */
      if (!gtk_widget_get_mapped (child) || GTK_IS_SCROLLBAR (child))
        continue;

      /* Measuring counts the widget's margins, its allocation (which
       * has its CSS padding and border) does not. */
      gtk_widget_get_allocation (child, &allocation);
      width = allocation.width + gtk_widget_get_margin_start (child) + gtk_widget_get_margin_end (child);
      height = allocation.height + gtk_widget_get_margin_top (child) + gtk_widget_get_margin_bottom (child);
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &min_height, NULL, NULL, NULL);
      if (!GTK_IS_SCROLLED_WINDOW (widget) && (width < min_width || height < min_height))
        g_string_append_printf (problems, "%s is %d × %d, needs %d × %d\n", G_OBJECT_TYPE_NAME (child),
                                width, height, min_width, min_height);

      if (!GTK_IS_VIEWPORT (widget) && !GTK_IS_SCROLLED_WINDOW (widget) &&
          gtk_widget_compute_bounds (child, widget, &bounds) &&
          (bounds.origin.x < -0.5 || bounds.origin.y < -0.5 ||
           bounds.origin.x + bounds.size.width > gtk_widget_get_width (widget) + 0.5 ||
           bounds.origin.y + bounds.size.height > gtk_widget_get_height (widget) + 0.5))
        g_string_append_printf (problems, "%s reaches out of its %s\n", G_OBJECT_TYPE_NAME (child),
                                G_OBJECT_TYPE_NAME (widget));

      collect_clipped (child, problems);
    }
}

static void
check_panel (KaWindow   *window,
             const char *page)
{
  GtkWidget *panel = ka_test_find_descendant (GTK_WIDGET (window), KA_TYPE_SIDE_PANEL);
  g_autoptr(GString) problems = g_string_new (NULL);

  g_assert_cmpstr (ka_side_panel_get_page (KA_SIDE_PANEL (panel)), ==, page);

  /* The page cross-fades in and is laid out over a few frames, more of
   * them in a slow build (the sanitizers): what is still cut off once it
   * has settled, within ten seconds, is. */
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      ka_test_wait_frames (GTK_WIDGET (window), 5);
      g_string_truncate (problems, 0);
      collect_clipped (panel, problems);
      if (problems->len == 0)
        break;
    }
  if (problems->len > 0)
    g_error ("The panel's %s page at 150%% text:\n%s", page, problems->str);
}

static void
test_panel_not_clipped (void)
{
  KaWindow *window;

  set_text_scaling (1.5);
  window = ka_test_window_new (app, 1280, 800);
  ka_test_wait_for_tiles (window, 20000);

  check_panel (window, "empty");
  ka_state_set_selected_island (ka_window_get_state (window), "kunashir");
  check_panel (window, "island");

  set_text_scaling (1.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  app = ka_test_application_new ();

  g_test_add_func ("/text-scale/labels-follow-text-scaling", test_labels_follow_text_scaling);
  g_test_add_func ("/text-scale/panel-not-clipped", test_panel_not_clipped);

  return ka_test_run (app);
}
