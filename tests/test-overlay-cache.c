/* test-overlay-cache.c — overlays moved with the map match overlays drawn anew
 *
 * The paint layer keeps the fills and lines it drew and, while the map
 * only pans, moves them instead of drawing them again. Each test pans so
 * that a frame comes from that image, then draws the same view from
 * scratch and compares the two, also after every change that must not
 * leave the old image on screen.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "ka-paint-layer.h"
#include "ka-test-window.h"

/* Kunashir, Iturup's south and the Nemuro Strait: fills of two holders,
 * hatched and plain, and the lines between them. */
#define CENTRE_LAT 44.2
#define CENTRE_LON 146.0
#define ZOOM 8.3
/* No channel may differ by more; what differs must stay this rare. */
#define CHANNEL_TOLERANCE 24
#define MAX_DIFFERING_PER_MILLE 2

static KaApplication *app;

typedef struct
{
  KaWindow *window;
  ShumateViewport *viewport;
  GtkWidget *map_view;
  KaPaintLayer *layer;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = ka_test_window_new (app, 1280, 800);
  fixture->map_view = GTK_WIDGET (ka_window_get_map_view (fixture->window));
  fixture->viewport = ka_map_view_get_viewport (KA_MAP_VIEW (fixture->map_view));
  ka_test_wait_for_tiles (fixture->window, 20000);

  fixture->layer = KA_PAINT_LAYER (ka_test_find_descendant (fixture->map_view, KA_TYPE_PAINT_LAYER));
  g_assert_nonnull (fixture->layer);

  ka_state_set_selected_island (ka_window_get_state (fixture->window), NULL);
  shumate_viewport_set_zoom_level (fixture->viewport, ZOOM);
  shumate_location_set_location (SHUMATE_LOCATION (fixture->viewport), CENTRE_LAT, CENTRE_LON);
  ka_test_wait_frames (GTK_WIDGET (fixture->window), 3);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
}

/* Moves the map by @dx, @dy pixels, as the overlays measure them. */
static void
move_by (Fixture *fixture,
         double   dx,
         double   dy)
{
  int width = gtk_widget_get_width (GTK_WIDGET (fixture->layer));
  int height = gtk_widget_get_height (GTK_WIDGET (fixture->layer));
  KaViewTransform transform = ka_view_transform_from_viewport (fixture->viewport, width, height);
  double lat, lon;

  ka_view_transform_pixels_to_lonlat (&transform, width / 2.0 + dx, height / 2.0 + dy, &lon, &lat);
  shumate_location_set_location (SHUMATE_LOCATION (fixture->viewport), lat, lon);
}

/* Moves the map by whole pixels and lets a frame be drawn. */
static void
pan_by (Fixture *fixture,
        int      dx,
        int      dy)
{
  move_by (fixture, dx, dy);
  ka_test_wait_frames (GTK_WIDGET (fixture->window), 2);
}

/* Pans twice: the first pan draws the base with a margin, the second
 * must be drawn from it. */
static void
pan_from_cache (Fixture *fixture)
{
  guint draws;

  pan_by (fixture, 37, -23);
  draws = ka_paint_layer_get_n_base_draws (fixture->layer);
  pan_by (fixture, -61, 44);
  g_assert_cmpuint (ka_paint_layer_get_n_base_draws (fixture->layer), ==, draws);
}

static GBytes *
render_layer (Fixture *fixture,
              int     *width,
              int     *height,
              gsize   *stride)
{
  return ka_test_render_widget (GTK_WIDGET (fixture->layer), width, height, stride);
}

/* Renders the overlays as they are now, then drawn from scratch, and
 * checks the two agree. */
static void
assert_matches_fresh (Fixture *fixture)
{
  g_autoptr(GBytes) shown = NULL;
  g_autoptr(GBytes) fresh = NULL;
  const guint8 *a, *b;
  int width, height, fresh_width, fresh_height;
  gsize stride, fresh_stride, differing = 0, inked = 0;

  /* What the last frame showed, then the same view drawn from scratch in
   * the next frame. */
  shown = render_layer (fixture, &width, &height, &stride);
  ka_paint_layer_invalidate (fixture->layer);
  ka_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  fresh = render_layer (fixture, &fresh_width, &fresh_height, &fresh_stride);

  g_assert_cmpint (width, ==, fresh_width);
  g_assert_cmpint (height, ==, fresh_height);

  a = g_bytes_get_data (shown, NULL);
  b = g_bytes_get_data (fresh, NULL);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guint8 *p = a + (gsize) y * stride + (gsize) x * 4;
        const guint8 *q = b + (gsize) y * stride + (gsize) x * 4;

        if (q[3] != 0)
          inked++;
        for (int c = 0; c < 4; c++)
          if (abs (p[c] - q[c]) > CHANNEL_TOLERANCE)
            {
              differing++;
              break;
            }
      }

  /* Not a view of empty sea, which would match whatever the cache held. */
  g_assert_cmpuint (inked, >, (gsize) width * height / 100);
  g_assert_cmpuint (differing * 1000, <=, (gsize) width * height * MAX_DIFFERING_PER_MILLE);
}

static void
test_pan (Fixture       *fixture,
          gconstpointer  data)
{
  pan_from_cache (fixture);
  assert_matches_fresh (fixture);
}

static void
test_year_switch (Fixture       *fixture,
                  gconstpointer  data)
{
  KaState *state = ka_window_get_state (fixture->window);
  guint draws;

  ka_state_set_year (state, 1875);
  ka_test_wait_frames (GTK_WIDGET (fixture->window), 30);
  pan_from_cache (fixture);

  /* Mid-fade the fills are drawn anew for the frame, not taken from the
   * cache (two renderings a frame or two apart would differ by the
   * fade's progress, however fast the machine: compared only after). */
  draws = ka_paint_layer_get_n_base_draws (fixture->layer);
  ka_state_set_year (state, 1945);
  ka_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  g_assert_cmpuint (ka_paint_layer_get_n_base_draws (fixture->layer), >, draws);
  ka_test_wait_frames (GTK_WIDGET (fixture->window), 30);
  assert_matches_fresh (fixture);
}

static void
test_selection (Fixture       *fixture,
                gconstpointer  data)
{
  pan_from_cache (fixture);
  ka_state_set_selected_island (ka_window_get_state (fixture->window), "kunashir");
  ka_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  assert_matches_fresh (fixture);

  pan_from_cache (fixture);
  ka_state_set_selected_island (ka_window_get_state (fixture->window), NULL);
  ka_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  assert_matches_fresh (fixture);
}

static void
test_style (Fixture       *fixture,
            gconstpointer  data)
{
  pan_from_cache (fixture);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  ka_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  assert_matches_fresh (fixture);
}

static void
test_compare_years (Fixture       *fixture,
                    gconstpointer  data)
{
  /* Out to the whole chain, where every year has lines to show. */
  shumate_viewport_set_zoom_level (fixture->viewport, 6.0);
  shumate_location_set_location (SHUMATE_LOCATION (fixture->viewport), 46.5, 148.0);
  ka_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  pan_from_cache (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.compare-years", NULL));
  ka_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  assert_matches_fresh (fixture);
}

static void
test_resize (Fixture       *fixture,
             gconstpointer  data)
{
  pan_from_cache (fixture);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
  ka_test_wait_frames (GTK_WIDGET (fixture->window), 4);
  g_assert_cmpint (gtk_widget_get_width (fixture->map_view), <, 1280);
  assert_matches_fresh (fixture);
}

/* A pan by a fraction of a pixel is shown from the cache at the nearest
 * whole pixel; once the map is still, the overlays are drawn exactly. */
static gboolean
base_redrawn (gpointer data)
{
  Fixture *fixture = data;

  return ka_paint_layer_get_n_base_draws (fixture->layer) > GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (fixture->layer), "draws"));
}

static void
test_fraction_settles (Fixture       *fixture,
                       gconstpointer  data)
{
  pan_from_cache (fixture);
  g_object_set_data (G_OBJECT (fixture->layer), "draws",
                     GUINT_TO_POINTER (ka_paint_layer_get_n_base_draws (fixture->layer)));
  move_by (fixture, 10.4, -3.3);

  ka_test_wait_until (base_redrawn, fixture, 3000);
  ka_test_wait_frames (GTK_WIDGET (fixture->window), 2);
  assert_matches_fresh (fixture);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  app = ka_test_application_new ();

#define ADD(path, func) \
  g_test_add ("/overlay-cache/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("pan", test_pan);
  ADD ("year-switch", test_year_switch);
  ADD ("selection", test_selection);
  ADD ("style", test_style);
  ADD ("compare-years", test_compare_years);
  ADD ("resize", test_resize);
  ADD ("fraction-settles", test_fraction_settles);

#undef ADD

  return ka_test_run (app);
}
