/* bench-frames.c — time to draw a frame while the map moves
 *
 * Each frame's work is timed from the start of the frame clock's update
 * to the end of its paint.
 *
 * The flight: a scripted pan and zoom over the framed area at 1920×1080,
 * and again at 3840×2160 as a lecture hall's projector shows it, the
 * viewport moved one step a frame. It is flown twice and only the
 * second counts, so both runs see the same warm tile cache; then again
 * with the overlays hidden, for the bare map's figure.
 *
 * The lecture: every step of the default lecture presented in turn, each
 * frame of each step's animated transition timed; then again with the
 * presenter console and the audience view both open (rehearsing), the
 * frames of both windows timed.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "bench-frames.h"

#define FRAMES_PER_LEG 60
/* A step's transition lasts 1.2 s; this covers it and its last frames. */
#define STEP_WATCH_MS 1500

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

#define N_FLIGHT_FRAMES (FRAMES_PER_LEG * (G_N_ELEMENTS (waypoints) - 1))

typedef struct
{
  GdkFrameClock *clock;
  gulong update_id;
  gulong paint_id;
  gint64 frame_start;
  GArray *times;
  /* Called at each frame's update, before it is laid out and drawn. */
  void (*on_frame) (gpointer data, guint frame);
  gpointer data;
} FrameTimer;

static void
on_update (GdkFrameClock *clock,
           FrameTimer    *timer)
{
  timer->frame_start = g_get_monotonic_time ();
  if (timer->on_frame != NULL)
    timer->on_frame (timer->data, timer->times->len);
}

static void
on_after_paint (GdkFrameClock *clock,
                FrameTimer    *timer)
{
  double ms;

  if (timer->frame_start == 0)
    return;

  ms = (g_get_monotonic_time () - timer->frame_start) / 1000.0;
  g_array_append_val (timer->times, ms);
  timer->frame_start = 0;

  if (timer->on_frame != NULL)
    gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_UPDATE);
}

static void
frame_timer_start (FrameTimer *timer,
                   GtkWidget  *window)
{
  timer->clock = gtk_widget_get_frame_clock (window);
  timer->times = g_array_new (FALSE, FALSE, sizeof (double));
  timer->update_id = g_signal_connect (timer->clock, "update", G_CALLBACK (on_update), timer);
  timer->paint_id = g_signal_connect (timer->clock, "after-paint", G_CALLBACK (on_after_paint), timer);
  gdk_frame_clock_request_phase (timer->clock, GDK_FRAME_CLOCK_PHASE_UPDATE);
}

/* Returns: (transfer full): each frame's time in ms */
static GArray *
frame_timer_stop (FrameTimer *timer)
{
  g_signal_handler_disconnect (timer->clock, timer->update_id);
  g_signal_handler_disconnect (timer->clock, timer->paint_id);

  return g_steal_pointer (&timer->times);
}

static void
place_viewport (gpointer data,
                guint    frame)
{
  ShumateViewport *viewport = data;
  guint leg = MIN (frame, N_FLIGHT_FRAMES - 1) / FRAMES_PER_LEG;
  double t = (frame % FRAMES_PER_LEG) / (double) FRAMES_PER_LEG;
  const double *a = waypoints[leg];
  const double *b = waypoints[leg + 1];
  double eased = t * t * (3 - 2 * t);

  shumate_viewport_set_zoom_level (viewport, a[2] + (b[2] - a[2]) * eased);
  shumate_location_set_location (SHUMATE_LOCATION (viewport),
                                 a[0] + (b[0] - a[0]) * eased,
                                 a[1] + (b[1] - a[1]) * eased);
}

GArray *
bench_frames_fly (KaWindow *window)
{
  FrameTimer timer = {
    .on_frame = place_viewport,
    .data = ka_map_view_get_viewport (ka_window_get_map_view (window)),
  };

  frame_timer_start (&timer, GTK_WIDGET (window));
  while (timer.times->len < N_FLIGHT_FRAMES)
    g_main_context_iteration (NULL, TRUE);

  return frame_timer_stop (&timer);
}

static gboolean
on_watch_done (gpointer data)
{
  *(gboolean *) data = TRUE;

  return G_SOURCE_REMOVE;
}

static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_watch_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Through the default lecture, presented by @action; every window that
 * shows it has its frames timed. */
static GArray *
present_lecture_with (KaWindow   *window,
                      const char *action)
{
  KaPresenter *presenter = ka_window_get_presenter (window);
  FrameTimer timer = { 0 };
  FrameTimer audience_timer = { 0 };
  KaAudienceWindow *audience;
  GArray *times;
  guint n_steps;

  if (!ka_window_get_presenting (window))
    gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  run_for (STEP_WATCH_MS);

  n_steps = ka_lecture_get_n_steps (ka_presenter_get_lecture (presenter));
  audience = ka_window_get_audience (window);
  frame_timer_start (&timer, GTK_WIDGET (window));
  if (audience != NULL)
    frame_timer_start (&audience_timer, GTK_WIDGET (audience));
  for (guint i = 1; i < n_steps; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.present-next", NULL);
      run_for (STEP_WATCH_MS);
    }

  times = frame_timer_stop (&timer);
  if (audience != NULL)
    {
      g_autoptr(GArray) audience_times = frame_timer_stop (&audience_timer);

      g_array_append_vals (times, audience_times->data, audience_times->len);
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present-leave", NULL);

  return times;
}

GArray *
bench_frames_present_lecture (KaWindow *window)
{
  return present_lecture_with (window, "win.present");
}

GArray *
bench_frames_present_with_console (KaWindow *window)
{
  return present_lecture_with (window, "win.rehearse");
}

void
bench_frames_wait_for_tiles (KaWindow *window)
{
  while (!ka_map_view_is_fully_drawn (ka_window_get_map_view (window)))
    g_main_context_iteration (NULL, TRUE);
}

KaWindow *
bench_frames_open_window (KaApplication *app,
                          int            width,
                          int            height)
{
  g_autoptr(GSettings) settings = g_settings_new (SETTINGS_SCHEMA_ID);
  KaWindow *window;

  g_application_register (G_APPLICATION (app), NULL, NULL);
  /* The map alone, at full width: the side panel is not part of the figure. */
  g_settings_set_boolean (settings, "panel-visible", FALSE);

  window = ka_application_new_window (app);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  bench_frames_wait_for_tiles (window);

  return window;
}

/* Names the figures PREFIX_p50_msSUFFIX and PREFIX_p95_msSUFFIX. */
static void
add_percentiles (BenchFigures *figures,
                 const char   *prefix,
                 const char   *suffix,
                 GArray       *times)
{
  g_autofree char *p50 = g_strdup_printf ("%s_p50_ms%s", prefix, suffix);
  g_autofree char *p95 = g_strdup_printf ("%s_p95_ms%s", prefix, suffix);

  bench_figures_add (figures, p50, bench_quantile ((double *) times->data, times->len, 0.5), "ms");
  bench_figures_add (figures, p95, bench_quantile ((double *) times->data, times->len, 0.95), "ms");
}

/* Flies with and without the overlays in one window of the given size;
 * @suffix ends each figure's name. */
static void
run_flights (KaApplication *app,
             int            width,
             int            height,
             const char    *suffix,
             gboolean       with_lecture,
             BenchFigures  *figures)
{
  g_autoptr(GArray) warm_up = NULL;
  g_autoptr(GArray) overlays = NULL;
  g_autoptr(GArray) bare = NULL;
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GArray) console_steps = NULL;
  g_autofree char *overhead_name = g_strconcat ("frame_overlay_p95_overhead", suffix, NULL);
  KaWindow *window = bench_frames_open_window (app, width, height);
  double overhead;

  warm_up = bench_frames_fly (window);
  overlays = bench_frames_fly (window);

  ka_map_view_set_overlays_visible (ka_window_get_map_view (window), FALSE);
  bare = bench_frames_fly (window);
  ka_map_view_set_overlays_visible (ka_window_get_map_view (window), TRUE);

  if (with_lecture)
    {
      steps = bench_frames_present_lecture (window);
      console_steps = bench_frames_present_with_console (window);
    }

  add_percentiles (figures, "frame", suffix, overlays);
  add_percentiles (figures, "frame_bare", suffix, bare);
  overhead = bench_quantile ((double *) overlays->data, overlays->len, 0.95) /
             bench_quantile ((double *) bare->data, bare->len, 0.95) - 1.0;
  bench_figures_add (figures, overhead_name, 100.0 * overhead, "%");
  if (with_lecture)
    add_percentiles (figures, "step_frame", suffix, steps);
  if (with_lecture)
    add_percentiles (figures, "console_step_frame", suffix, console_steps);

  gtk_window_destroy (GTK_WINDOW (window));
}

void
bench_frames_run (const char   *self_path,
                  BenchFigures *figures)
{
  g_autoptr(KaApplication) app = ka_application_new (APPLICATION_ID ".Bench", G_APPLICATION_NON_UNIQUE);

  run_flights (app, 1920, 1080, "", TRUE, figures);
  run_flights (app, 3840, 2160, "_4k", FALSE, figures);
}
