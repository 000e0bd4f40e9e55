/* bench-start.c — time from process start to the first frame with every tile drawn
 *
 * The parent notes the clock, spawns this same program in a child mode, and
 * the child prints the clock at its first complete frame; both use the
 * system-wide monotonic clock. The bare GTK window is the floor any GTK
 * program pays; the bare map is libshumate's own widget on the same tiles.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <adwaita.h>

#include "bench-start.h"
#include "ka-application.h"
#include "ka-land-source.h"
#include "ka-map-view.h"
#include "ka-window.h"

#define RUNS 5

/* bare-gtk-stays: the bare window, left open for bench-window.c. */
static const char *kind_names[] = { "atlas", "bare-gtk", "bare-map", "bare-gtk-stays" };

typedef struct
{
  GtkWidget *window;
  gboolean (*is_complete) (GtkWidget *window);
  gboolean complete_before_paint;
} ChildWatch;

gboolean
bench_start_parse_kind (const char     *name,
                        BenchStartKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (name, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

static void
report_and_exit (void)
{
  printf ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  /* The figure is out; tearing down would only add noise to the next run. */
  _exit (0);
}

/* Sampled at the start of every frame, before layout and paint, so the
 * paint that follows is known to draw a complete map. (Not "update":
 * frames that only redraw, as when tiles arrive, skip that phase.) */
static void
on_before_paint (GdkFrameClock *clock,
                 ChildWatch    *watch)
{
  watch->complete_before_paint = watch->is_complete (watch->window);
}

static void
on_after_paint (GdkFrameClock *clock,
                ChildWatch    *watch)
{
  if (watch->complete_before_paint)
    report_and_exit ();
}

static void
watch_window (ChildWatch *watch)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (watch->window);

  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), watch);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), watch);
}

static gboolean
always_complete (GtkWidget *window)
{
  return TRUE;
}

static gboolean
atlas_is_complete (GtkWidget *window)
{
  return ka_map_view_is_fully_drawn (ka_window_get_map_view (KA_WINDOW (window)));
}

static gboolean
bare_map_is_complete (GtkWidget *window)
{
  ShumateSimpleMap *map = SHUMATE_SIMPLE_MAP (gtk_window_get_child (GTK_WINDOW (window)));
  KaLandSource *source = KA_LAND_SOURCE (shumate_simple_map_get_map_source (map));

  /* libshumate 1.0 never reports a map as done; the source knows. */
  return ka_land_source_get_n_requested (source) > 0 && ka_land_source_get_n_pending (source) == 0;
}

static void
on_atlas_window_added (GtkApplication *app,
                       GtkWindow      *window,
                       ChildWatch     *watch)
{
  watch->window = GTK_WIDGET (window);
  watch->is_complete = atlas_is_complete;
  g_signal_connect_swapped (window, "realize", G_CALLBACK (watch_window), watch);
}

static int
run_atlas_child (void)
{
  g_autoptr(KaApplication) app = ka_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  ChildWatch watch = { 0 };

  g_signal_connect (app, "window-added", G_CALLBACK (on_atlas_window_added), &watch);

  return g_application_run (G_APPLICATION (app), 0, NULL);
}

static void
frame_bare_map (ShumateSimpleMap *map)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (map);
  int width = gtk_widget_get_width (GTK_WIDGET (map));
  int height = gtk_widget_get_height (GTK_WIDGET (map));
  double dx = ka_geo_lon_to_mercator_x (KA_FRAME_EAST) - ka_geo_lon_to_mercator_x (KA_FRAME_WEST);
  double dy = ka_geo_lat_to_mercator_y (KA_FRAME_SOUTH) - ka_geo_lat_to_mercator_y (KA_FRAME_NORTH);
  double zoom = MIN (log2 (width / (dx * 256.0)), log2 (height / (dy * 256.0)));

  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_map_center_on (shumate_simple_map_get_map (map),
                         ka_geo_mercator_y_to_lat ((ka_geo_lat_to_mercator_y (KA_FRAME_SOUTH) +
                                                    ka_geo_lat_to_mercator_y (KA_FRAME_NORTH)) / 2),
                         (KA_FRAME_WEST + KA_FRAME_EAST) / 2);
}

/* The same offline tiles as the atlas, made for the window's renderer,
 * from the coastline alone: the bare map has no islands, boundaries or
 * claims to read. */
static void
set_bare_map_source (ShumateSimpleMap *map)
{
  static KaTileRenderer *renderer;
  static KaTileCache *cache;
  g_autoptr(KaLandSource) source = NULL;
  GskRenderer *gsk_renderer = gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (map)));

  if (renderer == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KaCoastline) coastline = ka_coastline_new_from_resource (&error);

      if (coastline == NULL)
        g_error ("%s", error->message);
      renderer = ka_tile_renderer_new (coastline);
      cache = ka_tile_cache_new (48 * 1024 * 1024);
    }

  source = ka_land_source_new (renderer, cache, FALSE, FALSE, 1, GSK_IS_CAIRO_RENDERER (gsk_renderer));
  shumate_simple_map_set_map_source (map, SHUMATE_MAP_SOURCE (source));
}

static void
on_bare_activate (GtkApplication *app,
                  ChildWatch     *watch)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  watch->window = window;

  if (watch->is_complete == bare_map_is_complete)
    {
      ShumateSimpleMap *map = shumate_simple_map_new ();

      gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (map));
      g_signal_connect (map, "realize", G_CALLBACK (set_bare_map_source), NULL);
      g_signal_connect (map, "map", G_CALLBACK (frame_bare_map), NULL);
    }
  else
    {
      gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Kuril Atlas"));
    }

  if (watch->is_complete != NULL)
    g_signal_connect_swapped (window, "realize", G_CALLBACK (watch_window), watch);
  gtk_window_present (GTK_WINDOW (window));
}

/* @is_complete: NULL to leave the window open and report nothing */
static int
run_bare_child (gboolean (*is_complete) (GtkWidget *window))
{
  g_autoptr(GtkApplication) app = NULL;
  ChildWatch watch = { 0 };

  watch.is_complete = is_complete;
  app = gtk_application_new ("io.github.kurilatlas.KurilAtlas.Bench", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_bare_activate), &watch);

  return g_application_run (G_APPLICATION (app), 0, NULL);
}

int
bench_start_run_child (BenchStartKind kind)
{
  switch (kind)
    {
    case BENCH_START_ATLAS:
      return run_atlas_child ();
    case BENCH_START_BARE_GTK:
      return run_bare_child (always_complete);
    case BENCH_START_BARE_MAP:
      return run_bare_child (bare_map_is_complete);
    case BENCH_START_BARE_GTK_STAYS:
      return run_bare_child (NULL);
    default:
      g_assert_not_reached ();
    }
}

static double
time_one_start (const char     *self_path,
                BenchStartKind  kind)
{
  g_autofree char *mode = g_strdup_printf ("--child=%s", kind_names[kind]);
  const char *argv[] = { self_path, mode, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  gint64 started = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &output, NULL, &status, &error))
    g_error ("cannot start %s: %s", self_path, error->message);

  if (!g_spawn_check_wait_status (status, &error) || output == NULL || output[0] == '\0')
    g_error ("%s %s did not report a frame: %s", self_path, mode,
             error ? error->message : "no output");

  return (g_ascii_strtoll (output, NULL, 10) - started) / 1000.0;
}

static double
median_start_ms (const char     *self_path,
                 BenchStartKind  kind)
{
  double samples[RUNS];

  for (guint i = 0; i < RUNS; i++)
    samples[i] = time_one_start (self_path, kind);

  return bench_quantile (samples, RUNS, 0.5);
}

void
bench_start_run (const char   *self_path,
                 BenchFigures *figures)
{
  double bare_gtk, bare_map, atlas;

  bare_gtk = median_start_ms (self_path, BENCH_START_BARE_GTK);
  bare_map = median_start_ms (self_path, BENCH_START_BARE_MAP);
  atlas = median_start_ms (self_path, BENCH_START_ATLAS);

  bench_figures_add (figures, "start_ms", atlas, "ms");
  bench_figures_add (figures, "start_bare_gtk_ms", bare_gtk, "ms");
  bench_figures_add (figures, "start_bare_map_ms", bare_map, "ms");
  bench_figures_add (figures, "start_ratio_vs_bare_gtk", atlas / bare_gtk, "x");
}
