/* test-window.c — the main window under Xvfb: framing, first frame, menu, keys
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ka-map-style.h"
#include "ka-test-window.h"

static KaApplication *app;

static void
assert_location_visible (KaMapView *map_view,
                         double     lat,
                         double     lon)
{
  double x, y;

  shumate_viewport_location_to_widget_coords (ka_map_view_get_viewport (map_view),
                                              GTK_WIDGET (map_view), lat, lon, &x, &y);
  g_assert_cmpfloat (x, >=, 0);
  g_assert_cmpfloat (y, >=, 0);
  g_assert_cmpfloat (x, <=, gtk_widget_get_width (GTK_WIDGET (map_view)));
  g_assert_cmpfloat (y, <=, gtk_widget_get_height (GTK_WIDGET (map_view)));
}

static void
test_first_frame_shows_tiles (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  const KaMapStyle *style = ka_map_style_get (FALSE, FALSE);
  g_autoptr(GBytes) pixels = NULL;
  int width, height;
  gsize stride;

  ka_test_wait_for_tiles (window, 20000);

  pixels = ka_test_render_widget (GTK_WIDGET (ka_window_get_map_view (window)),
                                  &width, &height, &stride);
  g_assert_cmpint (width, >, 400);

  /* Open sea east of Hokkaido, and the middle of the Sea of Okhotsk, off
   * the graticule's whole degrees. */
  g_assert_true (ka_test_colour_near (ka_test_map_pixel_at (window, pixels, stride, 44.3, 150.4),
                                      ka_test_rgba_to_rgb (&style->sea), 6));
  g_assert_true (ka_test_colour_near (ka_test_map_pixel_at (window, pixels, stride, 50.2, 147.4),
                                      ka_test_rgba_to_rgb (&style->sea), 6));
  /* Inland Hokkaido, west of Sapporo's plain, far from any overlay line. */
  g_assert_false (ka_test_colour_near (ka_test_map_pixel_at (window, pixels, stride, 43.3, 142.6),
                                       ka_test_rgba_to_rgb (&style->sea), 30));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_frames_hokkaido_to_shumshu (gconstpointer data)
{
  const int *size = data;
  KaWindow *window = ka_test_window_new (app, size[0], size[1]);
  KaMapView *map_view = ka_window_get_map_view (window);
  double x_west, y_north, x_east, y_south;
  double map_width, map_height;

  ka_test_wait_frames (GTK_WIDGET (window), 3);

  /* The four corners of the framed box, and Shumshu itself. */
  assert_location_visible (map_view, KA_FRAME_NORTH, KA_FRAME_WEST);
  assert_location_visible (map_view, KA_FRAME_NORTH, KA_FRAME_EAST);
  assert_location_visible (map_view, KA_FRAME_SOUTH, KA_FRAME_WEST);
  assert_location_visible (map_view, KA_FRAME_SOUTH, KA_FRAME_EAST);
  assert_location_visible (map_view, 50.75, 156.3);

  /* …and it fills the view in at least one direction, not a postage stamp. */
  shumate_viewport_location_to_widget_coords (ka_map_view_get_viewport (map_view),
                                              GTK_WIDGET (map_view),
                                              KA_FRAME_NORTH, KA_FRAME_WEST, &x_west, &y_north);
  shumate_viewport_location_to_widget_coords (ka_map_view_get_viewport (map_view),
                                              GTK_WIDGET (map_view),
                                              KA_FRAME_SOUTH, KA_FRAME_EAST, &x_east, &y_south);
  map_width = gtk_widget_get_width (GTK_WIDGET (map_view));
  map_height = gtk_widget_get_height (GTK_WIDGET (map_view));
  g_assert_true ((x_east - x_west) > 0.9 * map_width || (y_south - y_north) > 0.9 * map_height);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_size_is_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SETTINGS_SCHEMA_ID);
  KaWindow *window;
  int width, height;

  g_settings_set (settings, "window-size", "(ii)", 1111, 777);
  window = ka_application_new_window (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1111);
  g_assert_cmpint (height, ==, 777);

  gtk_window_present (GTK_WINDOW (window));
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  gtk_window_close (GTK_WINDOW (window));
  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);
}

static gboolean
has_window_of_type (gpointer data)
{
  GType type = GPOINTER_TO_SIZE (data);
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return TRUE;
    }

  return FALSE;
}

static void
test_menu_items_work (void)
{
  KaWindow *window = ka_test_window_new (app, 1024, 768);

  ka_test_wait_frames (GTK_WIDGET (window), 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.about", NULL));
  ka_test_wait_until (has_window_of_type, GSIZE_TO_POINTER (ADW_TYPE_ABOUT_WINDOW), 5000);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  ka_test_wait_until (has_window_of_type, GSIZE_TO_POINTER (GTK_TYPE_SHORTCUTS_WINDOW), 5000);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-panel", NULL));
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  ShumateViewport *viewport;
  double from;
  double change;
} ZoomWait;

/* Done once the zoom has moved by at least @change from where it was. */
static gboolean
zoom_moved (gpointer data)
{
  ZoomWait *wait = data;
  double zoom = shumate_viewport_get_zoom_level (wait->viewport);

  return wait->change > 0 ? zoom >= wait->from + wait->change : zoom <= wait->from + wait->change;
}

static void
test_keyboard_zoom_and_pan (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  KaMapView *map_view = ka_window_get_map_view (window);
  ShumateViewport *viewport = ka_map_view_get_viewport (map_view);
  ZoomWait wait = { viewport, 0, 0 };
  double lon_before;

  ka_test_wait_frames (GTK_WIDGET (window), 3);

  wait.from = shumate_viewport_get_zoom_level (viewport);
  wait.change = 0.5;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map_view), "map.zoom-in", NULL));
  ka_test_wait_until (zoom_moved, &wait, 5000);
  ka_test_wait_frames (GTK_WIDGET (window), 30);

  wait.from = shumate_viewport_get_zoom_level (viewport);
  wait.change = -0.5;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map_view), "map.zoom-out", NULL));
  ka_test_wait_until (zoom_moved, &wait, 5000);

  lon_before = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map_view), "map.pan", "(dd)", 1.0, 0.0));
  ka_test_wait_frames (GTK_WIDGET (window), 30);
  g_assert_cmpfloat (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), >, lon_before + 0.1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
shortcuts_window_lists (KaWindow   *window,
                        const char *action)
{
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  g_assert_nonnull (shortcuts);
  ka_test_collect_descendants (GTK_WIDGET (shortcuts), GTK_TYPE_SHORTCUTS_SHORTCUT, items);
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *name = NULL;

      g_object_get (g_ptr_array_index (items, i), "action-name", &name, NULL);
      if (g_strcmp0 (name, action) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ka_test_collect_descendants (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (labels, i)) &&
        g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;

  return FALSE;
}

static void
on_texture_read (GObject      *clipboard,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GdkTexture **texture = user_data;
  g_autoptr(GError) error = NULL;

  *texture = gdk_clipboard_read_texture_finish (GDK_CLIPBOARD (clipboard), result, &error);
  g_assert_no_error (error);
}

static gboolean
pointer_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static void
test_copy_view (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  GtkWidget *map = GTK_WIDGET (ka_window_get_map_view (window));
  GtkWidget *menu_button;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) pixels = NULL;
  g_auto(GStrv) accels = NULL;
  int scale;
  gsize stride;

  ka_test_wait_for_tiles (window, 20000);
  scale = gtk_widget_get_scale_factor (map);

  /* Reachable by menu, by shortcut, and listed with the shortcuts. */
  menu_button = ka_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  g_assert_true (ka_test_menu_has_item (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)),
                                        G_MENU_ATTRIBUTE_ACTION, "win.copy-view"));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.copy-view");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Shift><Control>c"));
  g_assert_true (shortcuts_window_lists (window, "win.copy-view"));

  g_assert_false (shows_text (GTK_WIDGET (window), "Map image copied"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-view", NULL));
  gdk_clipboard_read_texture_async (gtk_widget_get_clipboard (map), NULL, on_texture_read, &texture);
  ka_test_wait_until (pointer_set, &texture, 10000);

  /* The view on screen, pixel for pixel in size, with the sea where the
   * screen has sea. */
  g_assert_cmpint (gdk_texture_get_width (texture), ==, gtk_widget_get_width (map) * scale);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, gtk_widget_get_height (map) * scale);
  stride = (gsize) gdk_texture_get_width (texture) * 4;
  pixels = g_bytes_new_take (g_malloc (stride * gdk_texture_get_height (texture)),
                             stride * gdk_texture_get_height (texture));
  gdk_texture_download (texture, (guchar *) g_bytes_get_data (pixels, NULL), stride);
  g_assert_true (ka_test_colour_near (ka_test_map_pixel_at (window, pixels, stride, 44.3, 150.4),
                                      ka_test_rgba_to_rgb (&ka_map_style_get (FALSE, FALSE)->sea), 6));

  ka_test_wait_frames (GTK_WIDGET (window), 3);
  g_assert_true (shows_text (GTK_WIDGET (window), "Map image copied"));

  gtk_window_destroy (GTK_WINDOW (window));
}


/* Whether some row of the shortcuts window shows @keyval (no modifiers). */
static gboolean
shortcuts_window_shows_key (GPtrArray *items,
                            guint      keyval)
{
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) keys = NULL;

      g_object_get (g_ptr_array_index (items, i), "accelerator", &accelerator, NULL);
      keys = g_strsplit (accelerator ? accelerator : "", " ", -1);
      for (guint k = 0; keys[k] != NULL; k++)
        {
          guint key;
          GdkModifierType mods;

          if (gtk_accelerator_parse (keys[k], &key, &mods) && key == keyval && mods == 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* The shortcuts window lists every year's key, Home and End, and spells
 * keys as people read them: "Page Down", never the keysym "Page_Down". */
static void
test_shortcuts_window_spells_every_key (void)
{
  static const guint presenting_keys[] = { GDK_KEY_Home, GDK_KEY_End, GDK_KEY_Page_Down, GDK_KEY_Page_Up,
                                           GDK_KEY_Right, GDK_KEY_Left, GDK_KEY_space, GDK_KEY_period };
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autoptr(GPtrArray) key_labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *page_down = gtk_accelerator_get_label (GDK_KEY_Page_Down, 0);
  gboolean page_down_shown = FALSE;

  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  ka_test_wait_frames (GTK_WIDGET (shortcuts), 3);

  ka_test_collect_descendants (GTK_WIDGET (shortcuts), GTK_TYPE_SHORTCUTS_SHORTCUT, items);
  for (guint i = 0; i < KA_N_YEARS; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.year(uint32 %u)", ka_years[i]);
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);
      guint key;
      GdkModifierType mods;

      g_assert_nonnull (accels[0]);
      g_assert_true (gtk_accelerator_parse (accels[0], &key, &mods));
      if (!shortcuts_window_shows_key (items, key))
        g_error ("The shortcuts window does not list %s, the key of %u", accels[0], ka_years[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (presenting_keys); i++)
    if (!shortcuts_window_shows_key (items, presenting_keys[i]))
      g_error ("The shortcuts window does not list %s", gdk_keyval_name (presenting_keys[i]));

  ka_test_collect_descendants (GTK_WIDGET (shortcuts), GTK_TYPE_SHORTCUT_LABEL, key_labels);
  g_assert_cmpuint (key_labels->len, >, 0);
  for (guint i = 0; i < key_labels->len; i++)
    ka_test_collect_descendants (g_ptr_array_index (key_labels, i), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_label (g_ptr_array_index (labels, i));

      if (strchr (text, '_') != NULL && gdk_keyval_from_name (text) != GDK_KEY_VoidSymbol)
        g_error ("The shortcuts window spells a key “%s”", text);
      page_down_shown |= g_strcmp0 (text, page_down) == 0;
    }
  g_assert_true (page_down_shown);

  gtk_widget_set_visible (GTK_WIDGET (shortcuts), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}


/* The About window shows the atlas's icon, found in the build tree as
 * once installed. */
static void
test_about_shows_the_icon (void)
{
  KaWindow *window = ka_test_window_new (app, 1024, 700);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (window)));
  g_autoptr(GPtrArray) images = g_ptr_array_new ();
  GtkWindow *about = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();
  gboolean shown = FALSE;

  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID));

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  ka_test_wait_frames (GTK_WIDGET (window), 3);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (toplevel))
        about = toplevel;
    }
  g_assert_nonnull (about);

  ka_test_collect_descendants (GTK_WIDGET (about), GTK_TYPE_IMAGE, images);
  for (guint i = 0; i < images->len; i++)
    if (g_strcmp0 (gtk_image_get_icon_name (g_ptr_array_index (images, i)), APPLICATION_ID) == 0 &&
        gtk_widget_get_mapped (g_ptr_array_index (images, i)))
      shown = TRUE;
  g_assert_true (shown);

  gtk_window_destroy (about);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  static const int small[] = { 800, 600 };
  static const int review[] = { 1024, 700 };
  static const int projector[] = { 1280, 720 };
  static const int full_hd[] = { 1920, 1080 };
  static const int uhd[] = { 3840, 2160 };
  gtk_test_init (&argc, &argv, NULL);
  app = ka_test_application_new ();

  g_test_add_func ("/window/first-frame-shows-tiles", test_first_frame_shows_tiles);
  g_test_add_data_func ("/window/frame/800x600", small, test_frames_hokkaido_to_shumshu);
  g_test_add_data_func ("/window/frame/1024x700", review, test_frames_hokkaido_to_shumshu);
  g_test_add_data_func ("/window/frame/1280x720", projector, test_frames_hokkaido_to_shumshu);
  g_test_add_data_func ("/window/frame/1920x1080", full_hd, test_frames_hokkaido_to_shumshu);
  g_test_add_data_func ("/window/frame/3840x2160", uhd, test_frames_hokkaido_to_shumshu);
  g_test_add_func ("/window/size-is-remembered", test_window_size_is_remembered);
  g_test_add_func ("/window/menu-items-work", test_menu_items_work);
  g_test_add_func ("/window/keyboard-zoom-and-pan", test_keyboard_zoom_and_pan);
  g_test_add_func ("/window/copy-view", test_copy_view);
  g_test_add_func ("/window/shortcuts-window-spells-every-key", test_shortcuts_window_spells_every_key);
  g_test_add_func ("/window/about-shows-the-icon", test_about_shows_the_icon);

  return ka_test_run (app);
}
