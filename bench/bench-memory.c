/* bench-memory.c — the most memory the atlas holds in use
 *
 * A child process opens the atlas at 1920×1080, flies over the framed
 * area and presents the whole default lecture, then reports its peak
 * resident set; a process of its own, so nothing the other suites did
 * counts. Run twice: with the renderer the bench was started with
 * (cairo, unless GSK_RENDERER says otherwise) for peak_rss_mb, and with
 * GTK's default one for peak_rss_default_mb.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <sys/resource.h>

#include "bench-frames.h"
#include "bench-memory.h"
#include "bench-window.h"

int
bench_memory_run_child (void)
{
  g_autoptr(KaApplication) app = ka_application_new (APPLICATION_ID ".Bench", G_APPLICATION_NON_UNIQUE);
  g_autoptr(GArray) flight = NULL;
  g_autoptr(GArray) lecture = NULL;
  struct rusage usage;
  KaWindow *window;

  gtk_init ();
  window = bench_frames_open_window (app, 1920, 1080);
  flight = bench_frames_fly (window);
  lecture = bench_frames_present_lecture (window);

  getrusage (RUSAGE_SELF, &usage);
  printf ("%ld\n", usage.ru_maxrss);
  fflush (stdout);

  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}

/* Returns: the child's peak resident set in MB */
static double
peak_rss_mb (const char  *self_path,
             char       **env)
{
  const char *argv[] = { self_path, "--child=memory", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                     &output, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("the memory run failed: %s", error->message);

  /* ru_maxrss is in kilobytes. */
  return g_ascii_strtod (output, NULL) / 1024.0;
}

void
bench_memory_run (const char   *self_path,
                  BenchFigures *figures)
{
  g_auto(GStrv) default_env = bench_default_renderer_environ ();

  bench_figures_add (figures, "peak_rss_mb", peak_rss_mb (self_path, NULL), "MB");
  bench_figures_add (figures, "peak_rss_default_mb", peak_rss_mb (self_path, default_env), "MB");
}
