/* bench-window.c — process start to a mapped window, and memory 4 s later,
 * for the atlas, GNOME Maps and a bare GTK window
 *
 * One harness for all three programs, so none is measured on its own
 * terms: the parent watches the X server for a top-level window of the
 * child's process being mapped (by its _NET_WM_PID), notes the clock, and
 * 4 s after the start reads the child's resident set from /proc. Every
 * child runs with GTK's default renderer, as a user starts it.
 *
 * The atlas and the bare window are then measured once more with the
 * cairo renderer and GL switched off: where GTK's default renderer is GL
 * on a software rasterizer (Mesa's llvmpipe, on machines without a GPU),
 * setting GL up is most of any window's start, and these two figures
 * tell that cost apart from the atlas's own.
 *
 * GNOME Maps is not one of the atlas's packages; when it is not
 * installed, its figures are skipped and the bench says so.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>

#include <X11/Xatom.h>
#include <X11/Xlib.h>

#include "bench-window.h"

#define RUNS 5
#define RSS_AFTER_US (4 * G_USEC_PER_SEC)
#define MAP_TIMEOUT_US (60 * G_USEC_PER_SEC)

typedef struct
{
  const char *figure;           /* the figure's middle name */
  char *argv0;
  const char *argv1;
} Program;

typedef struct
{
  double window_ms;
  double rss_mb;
} Sample;

/**
 * bench_default_renderer_environ:
 *
 * The environment without what the bench sets for the cairo renderer
 * (GSK_RENDERER, and the GL probe switched off by
 * ka_renderer_environment_prepare()): GTK chooses its renderer as it does
 * for a user.
 *
 * Returns: (transfer full): the environment for a child
 */
char **
bench_default_renderer_environ (void)
{
  char **env = g_get_environ ();

  env = g_environ_unsetenv (env, "GSK_RENDERER");
  if (g_strcmp0 (g_environ_getenv (env, "GDK_DEBUG"), "gl-disable") == 0)
    env = g_environ_unsetenv (env, "GDK_DEBUG");
  if (g_strcmp0 (g_environ_getenv (env, "GDK_DISABLE"), "gl") == 0)
    env = g_environ_unsetenv (env, "GDK_DISABLE");

  return env;
}

static gboolean
window_has_pid (Display *display,
                Window   window,
                GPid     pid)
{
  Atom pid_atom = XInternAtom (display, "_NET_WM_PID", False);
  Atom type;
  int format;
  unsigned long n_items, after;
  unsigned char *data = NULL;
  gboolean found = FALSE;

  if (XGetWindowProperty (display, window, pid_atom, 0, 1, False, XA_CARDINAL,
                          &type, &format, &n_items, &after, &data) == Success &&
      data != NULL && n_items == 1 && format == 32)
    found = *(unsigned long *) data == (unsigned long) pid;

  if (data != NULL)
    XFree (data);

  return found;
}

/* Waits until the X server reports a top-level window of @pid mapped, or
 * @deadline (monotonic µs) passes. Returns the time it was seen, or 0. */
static gint64
wait_for_window (Display *display,
                 GPid     pid,
                 gint64   deadline)
{
  struct pollfd fd = { ConnectionNumber (display), POLLIN, 0 };

  for (;;)
    {
      gint64 now;

      while (XPending (display) > 0)
        {
          XEvent event;

          XNextEvent (display, &event);
          if (event.type == MapNotify && !event.xmap.override_redirect &&
              window_has_pid (display, event.xmap.window, pid))
            return g_get_monotonic_time ();
        }

      now = g_get_monotonic_time ();
      if (now >= deadline || waitpid (pid, NULL, WNOHANG) == pid)
        return 0;
      poll (&fd, 1, MIN (100, (deadline - now) / 1000 + 1));
    }
}

static double
read_rss_mb (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", pid);
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents (path, &status, NULL, NULL))
    return NAN;
  line = strstr (status, "\nVmRSS:");
  if (line == NULL)
    return NAN;

  /* In kilobytes. */
  return g_ascii_strtod (line + strlen ("\nVmRSS:"), NULL) / 1024.0;
}

static void
stop_child (GPid pid)
{
  kill (pid, SIGTERM);
  for (guint i = 0; i < 50; i++)
    {
      if (waitpid (pid, NULL, WNOHANG) == pid)
        return;
      g_usleep (G_USEC_PER_SEC / 10);
    }
  kill (pid, SIGKILL);
  waitpid (pid, NULL, 0);
}

static Sample
measure_once (Display       *display,
              const Program *program,
              char         **env)
{
  const char *argv[] = { program->argv0, program->argv1, NULL };
  g_autoptr(GError) error = NULL;
  Sample sample = { NAN, NAN };
  gint64 started, mapped;
  GPid pid;

  /* Events from an earlier run are not this one's. */
  XSync (display, True);

  started = g_get_monotonic_time ();
  if (!g_spawn_async (NULL, (char **) argv, env,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                      NULL, NULL, &pid, &error))
    g_error ("cannot start %s: %s", program->argv0, error->message);

  mapped = wait_for_window (display, pid, started + MAP_TIMEOUT_US);
  if (mapped == 0)
    g_error ("%s showed no window", program->argv0);
  sample.window_ms = (mapped - started) / 1000.0;

  /* On a loaded machine the window can come later than that: the memory
   * is then read before the program is done starting, and says so. */
  if (mapped > started + RSS_AFTER_US)
    fprintf (stderr, "kuril-atlas-bench: %s mapped its window after %.0f ms, "
             "so its memory was read too early\n", program->argv0, sample.window_ms);
  if (g_get_monotonic_time () < started + RSS_AFTER_US)
    g_usleep (started + RSS_AFTER_US - g_get_monotonic_time ());
  sample.rss_mb = read_rss_mb (pid);

  stop_child (pid);
  g_spawn_close_pid (pid);

  return sample;
}

static void
measure (Display       *display,
         const Program *program,
         char         **env,
         BenchFigures  *figures)
{
  double window_ms[RUNS], rss_mb[RUNS];
  g_autofree char *window_name = g_strdup_printf ("start_window%s_ms", program->figure);
  g_autofree char *rss_name = g_strdup_printf ("rss_start%s_mb", program->figure);

  for (guint i = 0; i < RUNS; i++)
    {
      Sample sample = measure_once (display, program, env);

      window_ms[i] = sample.window_ms;
      rss_mb[i] = sample.rss_mb;
    }

  bench_figures_add (figures, window_name, bench_quantile (window_ms, RUNS, 0.5), "ms");
  bench_figures_add (figures, rss_name, bench_quantile (rss_mb, RUNS, 0.5), "MB");
}

void
bench_window_run (const char   *self_path,
                  BenchFigures *figures)
{
  g_auto(GStrv) env = bench_default_renderer_environ ();
  g_autofree char *gnome_maps = g_find_program_in_path ("gnome-maps");
  Program atlas = { "", g_strdup (KA_BENCH_ATLAS_PATH), NULL };
  Program bare_gtk = { "_bare_gtk", g_strdup (self_path), "--child=bare-gtk-stays" };
  Program maps = { "_gnome_maps", g_steal_pointer (&gnome_maps), NULL };
  Program atlas_cairo = { "_cairo", atlas.argv0, NULL };
  Program bare_gtk_cairo = { "_bare_gtk_cairo", bare_gtk.argv0, bare_gtk.argv1 };
  /* Both programs switch GL off themselves when asked for cairo (see
   * ka_renderer_environment_prepare()). */
  g_auto(GStrv) cairo_env = g_environ_setenv (g_strdupv (env), "GSK_RENDERER", "cairo", TRUE);
  Display *display = XOpenDisplay (NULL);

  if (display == NULL)
    {
      fprintf (stderr, "kuril-atlas-bench: the window figures need an X display; skipped\n");
      return;
    }
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);

  measure (display, &atlas, env, figures);
  measure (display, &bare_gtk, env, figures);
  if (maps.argv0 != NULL)
    measure (display, &maps, env, figures);
  else
    fprintf (stderr, "kuril-atlas-bench: gnome-maps is not installed; "
             "start_window_gnome_maps_ms and rss_start_gnome_maps_mb skipped\n");
  measure (display, &atlas_cairo, cairo_env, figures);
  measure (display, &bare_gtk_cairo, cairo_env, figures);

  XCloseDisplay (display);
  g_free (atlas.argv0);
  g_free (bare_gtk.argv0);
  g_free (maps.argv0);
}
