/* ka-test-window.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "ka-test-window.h"

KaApplication *
ka_test_application_new (void)
{
  g_autoptr(GError) error = NULL;
  /* Opens files as the atlas does (g_application_open()), but never
   * hands them to another running test. */
  KaApplication *app = ka_application_new (APPLICATION_ID ".Test",
                                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  return app;
}

void
ka_test_destroy_all_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
}

KaWindow *
ka_test_window_new (KaApplication *app,
                    int            width,
                    int            height)
{
  KaWindow *window = ka_application_new_window (app);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

/* Every wait in the tests is stretched by the multiplier the sanitizer
 * and valgrind setups give meson's timeouts. */
static guint
scaled_timeout_ms (guint timeout_ms)
{
  const char *multiplier = g_getenv ("KA_TEST_TIMEOUT_MULTIPLIER");
  double factor = multiplier != NULL ? g_ascii_strtod (multiplier, NULL) : 1.0;

  return (guint) (timeout_ms * MAX (factor, 1.0));
}

static gboolean
on_wait_timeout (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* Returns whether @done came true before the (scaled) timeout. */
static gboolean
spin_until (gboolean (*done) (gpointer data),
            gpointer   data,
            guint      timeout_ms)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add (timeout_ms, on_wait_timeout, &timed_out);

  while (!timed_out && !done (data))
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (timeout_id);

  return !timed_out;
}

static void
fail_wait (const char *where,
           guint       timeout_ms,
           const char *what)
{
  g_autofree char *message = g_strdup_printf ("%s: waited %u ms for %s, in vain", where, timeout_ms, what);

  g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message);
}

void
ka_test_wait_until_at (gboolean   (*done) (gpointer data),
                       gpointer     data,
                       guint        timeout_ms,
                       const char  *what,
                       const char  *where)
{
  guint scaled = scaled_timeout_ms (timeout_ms);

  if (!spin_until (done, data, scaled))
    fail_wait (where, scaled, what);
}

static gboolean
tiles_done (gpointer data)
{
  KaWindow *window = data;

  return gtk_widget_get_mapped (GTK_WIDGET (window)) &&
         ka_map_view_is_fully_drawn (ka_window_get_map_view (window));
}

void
ka_test_wait_for_tiles (KaWindow *window,
                        guint     timeout_ms)
{
  ka_test_wait_until (tiles_done, window, timeout_ms);

  /* Let the frame that shows the last tiles happen. */
  ka_test_wait_frames (GTK_WIDGET (window), 2);
}

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  guint *remaining = user_data;

  if (*remaining > 0)
    (*remaining)--;

  return *remaining > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static gboolean
no_frames_left (gpointer data)
{
  return *(guint *) data == 0;
}

void
ka_test_wait_frames (GtkWidget *widget,
                     guint      n_frames)
{
  guint remaining = n_frames;
  guint timeout_ms = scaled_timeout_ms (5000);
  guint tick_id;

  tick_id = gtk_widget_add_tick_callback (widget, count_frame, &remaining, NULL);
  gtk_widget_queue_draw (widget);
  if (!spin_until (no_frames_left, &remaining, timeout_ms))
    {
      g_autofree char *what = g_strdup_printf ("%u frames of a %s (%u came)", n_frames,
                                               G_OBJECT_TYPE_NAME (widget), n_frames - remaining);

      /* The callback would count on in a stack frame that is gone. */
      gtk_widget_remove_tick_callback (widget, tick_id);
      fail_wait (G_STRLOC, timeout_ms, what);
    }
}

/**
 * ka_test_render_paintable:
 * @widget: whose window's renderer draws
 * @paintable: what to draw, at @width × @height
 *
 * Returns: (transfer full) (nullable): the texture, or %NULL when
 *   @paintable drew nothing
 */
GdkTexture *
ka_test_render_paintable (GtkWidget    *widget,
                          GdkPaintable *paintable,
                          int           width,
                          int           height)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return NULL;

  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

GBytes *
ka_test_render_widget (GtkWidget *widget,
                       int       *width,
                       int       *height,
                       gsize     *stride)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GdkTexture) texture = NULL;
  guchar *data;

  /* A widget waiting for a new size draws nothing until it has one,
   * which after a change of font takes more frames the slower the build
   * (the sanitizers). */
  for (guint attempt = 0; texture == NULL && attempt < 200; attempt++)
    {
      if (attempt > 0)
        ka_test_wait_frames (widget, 1);
      *width = gtk_widget_get_width (widget);
      *height = gtk_widget_get_height (widget);
      texture = ka_test_render_paintable (widget, paintable, *width, *height);
    }
  g_assert_nonnull (texture);

  *width = gdk_texture_get_width (texture);
  *height = gdk_texture_get_height (texture);
  *stride = (gsize) *width * 4;
  data = g_malloc (*stride * *height);
  gdk_texture_download (texture, data, *stride);

  return g_bytes_new_take (data, *stride * *height);
}

void
ka_test_map_point (KaWindow *window,
                   double    lat,
                   double    lon,
                   double   *x,
                   double   *y)
{
  KaMapView *map_view = ka_window_get_map_view (window);

  shumate_viewport_location_to_widget_coords (ka_map_view_get_viewport (map_view),
                                              GTK_WIDGET (map_view), lat, lon, x, y);
  g_assert_cmpfloat (*x, >=, 0);
  g_assert_cmpfloat (*y, >=, 0);
  g_assert_cmpfloat (*x, <, gtk_widget_get_width (GTK_WIDGET (map_view)));
  g_assert_cmpfloat (*y, <, gtk_widget_get_height (GTK_WIDGET (map_view)));
}

guint32
ka_test_pixel_at (GBytes *pixels,
                  gsize   stride,
                  int     x,
                  int     y)
{
  const guchar *pixel = (const guchar *) g_bytes_get_data (pixels, NULL) + (gsize) y * stride + (gsize) x * 4;

  g_assert_cmpuint ((gsize) y * stride + (gsize) x * 4 + 4, <=, g_bytes_get_size (pixels));

  /* gdk_texture_download() gives premultiplied BGRA in native order. */
  return ((guint32) pixel[2] << 16) | ((guint32) pixel[1] << 8) | pixel[0];
}

guint32
ka_test_map_pixel_at (KaWindow *window,
                      GBytes   *pixels,
                      gsize     stride,
                      double    lat,
                      double    lon)
{
  double x, y;

  ka_test_map_point (window, lat, lon, &x, &y);

  return ka_test_pixel_at (pixels, stride, (int) x, (int) y);
}

static double
linear_channel (guint32 value)
{
  double c = value / 255.0;

  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

double
ka_test_luminance (guint32 rgb)
{
  return 0.2126 * linear_channel ((rgb >> 16) & 0xff) +
         0.7152 * linear_channel ((rgb >> 8) & 0xff) +
         0.0722 * linear_channel (rgb & 0xff);
}

double
ka_test_contrast_ratio (guint32 a,
                        guint32 b)
{
  double la = ka_test_luminance (a);
  double lb = ka_test_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

guint32
ka_test_rgba_to_rgb (const GdkRGBA *rgba)
{
  return ((guint32) (rgba->red * 255 + 0.5) << 16) |
         ((guint32) (rgba->green * 255 + 0.5) << 8) |
         (guint32) (rgba->blue * 255 + 0.5);
}

gboolean
ka_test_colour_near (guint32 a,
                     guint32 b,
                     guint   tolerance)
{
  for (int shift = 0; shift <= 16; shift += 8)
    if ((guint) abs ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > tolerance)
      return FALSE;

  return TRUE;
}

GtkWidget *
ka_test_find_descendant (GtkWidget *root,
                         GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = ka_test_find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

void
ka_test_collect_descendants (GtkWidget *root,
                             GType      type,
                             GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      ka_test_collect_descendants (child, type, found);
    }
}

/**
 * ka_test_run:
 * @app: (transfer full): the application the tests' windows belong to
 *
 * Runs the tests, then closes the windows they left open and lets @app
 * go, so that leak checkers see only what the atlas itself kept.
 *
 * Returns: g_test_run()'s status
 */
int
ka_test_run (KaApplication *app)
{
  int status = g_test_run ();

  ka_test_destroy_all_windows ();
  g_object_unref (app);

  return status;
}

/**
 * ka_test_menu_has_item:
 * @attribute: such as %G_MENU_ATTRIBUTE_ACTION or %G_MENU_ATTRIBUTE_LABEL
 *
 * Returns: whether @menu, or any section or submenu in it, has an item
 *   whose string @attribute is @value
 */
gboolean
ka_test_menu_has_item (GMenuModel *menu,
                       const char *attribute,
                       const char *value)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *found_value = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (menu, i, attribute, "s", &found_value) &&
          g_strcmp0 (found_value, value) == 0)
        return TRUE;

      while (g_menu_link_iter_get_next (links, NULL, &link))
        {
          gboolean found = ka_test_menu_has_item (link, attribute, value);

          g_object_unref (link);
          if (found)
            return TRUE;
        }
    }

  return FALSE;
}

void
ka_test_keep_shot (GBytes     *pixels,
                   int         width,
                   int         height,
                   gsize       stride,
                   const char *name)
{
  const char *shots = g_getenv ("KA_TEST_SHOTS");
  g_autofree char *path = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (shots == NULL || name == NULL)
    return;

  path = g_build_filename (shots, name, NULL);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, pixels, stride);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

void
ka_test_keep_widget_shot (GtkWidget  *widget,
                          const char *name)
{
  g_autoptr(GBytes) pixels = NULL;
  int width, height;
  gsize stride;

  if (g_getenv ("KA_TEST_SHOTS") == NULL)
    return;

  pixels = ka_test_render_widget (widget, &width, &height, &stride);
  ka_test_keep_shot (pixels, width, height, stride, name);
}

gboolean
ka_test_find_legend (KaMapView *map_view,
                     KaBox     *box)
{
  guint n;
  const KaPlacedLabel *labels = ka_map_view_get_placed_labels (map_view, &n);

  for (guint i = 0; i < n; i++)
    if (g_str_has_prefix (labels[i].text, "Holders in") || g_str_has_prefix (labels[i].text, "Boundaries"))
      {
        if (box != NULL)
          *box = labels[i].box;
        return TRUE;
      }

  return FALSE;
}
