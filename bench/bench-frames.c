/* bench-frames.c — time to draw a frame while the map pans and zooms
 *
 * A scripted flight over the framed area, at 1920×1080: the viewport moves
 * one step a frame, and each frame's work, from the start of the frame
 * clock's update to the end of its paint, is timed. The flight is flown
 * twice and only the second counts, so both runs see the same warm tile
 * cache; then it is flown again with the overlays hidden, for the bare
 * map's figure.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "bench-frames.h"
#include "ka-application.h"
#include "ka-window.h"

#define WIDTH 1920
#define HEIGHT 1080
#define FRAMES_PER_LEG 60

/* Where the flight goes: lat, lon, zoom. */
static const double waypoints[][3] = {
  { 46.5, 148.0, 6.6 },   /* the home view, about */
  { 45.0, 147.8, 8.5 },   /* down onto Iturup */
  { 43.7, 145.8, 9.5 },   /* Kunashir and the Nemuro Strait */
  { 43.5, 146.5, 11.0 },  /* the Habomai islets */
  { 47.5, 152.0, 7.5 },   /* up the chain */
  { 50.5, 156.0, 8.5 },   /* Paramushir and Shumshu */
  { 47.0, 145.0, 5.5 },   /* out over Sakhalin */
  { 46.5, 148.0, 6.6 },
};

typedef struct
{
  KaWindow *window;
  ShumateViewport *viewport;
  guint frame;
  guint n_frames;
  gint64 frame_start;
  GArray *times;
  gboolean done;
} Flight;

static void
place_viewport (Flight *flight)
{
  guint leg = flight->frame / FRAMES_PER_LEG;
  double t = (flight->frame % FRAMES_PER_LEG) / (double) FRAMES_PER_LEG;
  const double *a = waypoints[leg];
  const double *b = waypoints[leg + 1];
  double eased = t * t * (3 - 2 * t);

  shumate_viewport_set_zoom_level (flight->viewport, a[2] + (b[2] - a[2]) * eased);
  shumate_location_set_location (SHUMATE_LOCATION (flight->viewport),
                                 a[0] + (b[0] - a[0]) * eased,
                                 a[1] + (b[1] - a[1]) * eased);
}

static void
on_update (GdkFrameClock *clock,
           Flight        *flight)
{
  if (flight->done)
    return;

  flight->frame_start = g_get_monotonic_time ();
  place_viewport (flight);
}

static void
on_after_paint (GdkFrameClock *clock,
                Flight        *flight)
{
  double ms;

  if (flight->done || flight->frame_start == 0)
    return;

  ms = (g_get_monotonic_time () - flight->frame_start) / 1000.0;
  g_array_append_val (flight->times, ms);

  if (++flight->frame >= flight->n_frames)
    flight->done = TRUE;
  else
    gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_UPDATE);
}

/* Flies the route once; returns each frame's time in ms. */
static GArray *
fly (KaWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  Flight flight = { 0 };
  gulong update_id, paint_id;

  flight.window = window;
  flight.viewport = ka_map_view_get_viewport (ka_window_get_map_view (window));
  flight.n_frames = FRAMES_PER_LEG * (G_N_ELEMENTS (waypoints) - 1);
  flight.times = g_array_new (FALSE, FALSE, sizeof (double));

  update_id = g_signal_connect (clock, "update", G_CALLBACK (on_update), &flight);
  paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &flight);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_UPDATE);

  while (!flight.done)
    g_main_context_iteration (NULL, TRUE);

  g_signal_handler_disconnect (clock, update_id);
  g_signal_handler_disconnect (clock, paint_id);

  return flight.times;
}

static gboolean
tiles_drawn (gpointer data)
{
  return ka_map_view_is_fully_drawn (ka_window_get_map_view (data));
}

static void
wait_for_window (KaWindow *window)
{
  while (!tiles_drawn (window))
    g_main_context_iteration (NULL, TRUE);
}

void
bench_frames_run (const char   *self_path,
                  BenchFigures *figures)
{
  g_autoptr(KaApplication) app = ka_application_new (APPLICATION_ID ".Bench", G_APPLICATION_NON_UNIQUE);
  g_autoptr(GSettings) settings = g_settings_new (SETTINGS_SCHEMA_ID);
  g_autoptr(GArray) warm_up = NULL;
  g_autoptr(GArray) overlays = NULL;
  g_autoptr(GArray) bare = NULL;
  KaWindow *window;

  g_application_register (G_APPLICATION (app), NULL, NULL);
  /* The map alone, at full width: the side panel is not part of the figure. */
  g_settings_set_boolean (settings, "panel-visible", FALSE);

  window = ka_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_window (window);

  warm_up = fly (window);
  overlays = fly (window);

  ka_map_view_set_overlays_visible (ka_window_get_map_view (window), FALSE);
  bare = fly (window);

  bench_figures_add (figures, "frame_p50_ms",
                     bench_quantile ((double *) overlays->data, overlays->len, 0.5), "ms");
  bench_figures_add (figures, "frame_p95_ms",
                     bench_quantile ((double *) overlays->data, overlays->len, 0.95), "ms");
  bench_figures_add (figures, "frame_bare_p50_ms",
                     bench_quantile ((double *) bare->data, bare->len, 0.5), "ms");
  bench_figures_add (figures, "frame_bare_p95_ms",
                     bench_quantile ((double *) bare->data, bare->len, 0.95), "ms");

  gtk_window_destroy (GTK_WINDOW (window));
}
