/* kuril-atlas-bench.c — every figure the atlas measures, in one program
 *
 *   kuril-atlas-bench [--tsv] [SUITE…]
 *
 * With no suite, runs them all. Prints a table, or with --tsv one figure a
 * line as name<TAB>value<TAB>unit.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <gtk/gtk.h>

#include "bench-export.h"
#include "bench-figures.h"
#include "bench-frames.h"
#include "bench-hit.h"
#include "bench-memory.h"
#include "bench-start.h"
#include "bench-thumbnails.h"
#include "bench-tiles.h"
#include "bench-window.h"
#include "ka-allocator.h"
#include "ka-renderer-environment.h"

typedef struct
{
  const char *name;
  const char *description;
  gboolean needs_display;
  void (*run) (const char *self_path, BenchFigures *figures);
} Suite;

static const Suite suites[] = {
  { "tiles", "render every tile of the framed area, 256 and 512 px", FALSE, bench_tiles_run },
  { "start", "process start to the first complete frame, median of 5", TRUE, bench_start_run },
  { "frames", "frame times flying over the map with and without overlays at 1080p and 4K, and through a lecture", TRUE, bench_frames_run },
  { "export", "export the opening view at 1920x1080 to PNG and SVG, and at 3840x2160 to PNG, median of 5, and the built-in lecture's handout, median of 3", FALSE, bench_export_run },
  { "thumbnails", "draw the editor's picture of each step of the default lecture off the main thread, mean", FALSE, bench_thumbnails_run },
  { "hit", "find the island under 10,000 clicks in the framed area", FALSE, bench_hit_run },
  { "window", "process start to a mapped window and memory 4 s later: the atlas, GNOME Maps, a bare GTK window", FALSE, bench_window_run },
  { "memory", "peak resident memory after a flight and the whole default lecture, cairo and GTK's default renderer", TRUE, bench_memory_run },
};

static const Suite *
find_suite (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (suites); i++)
    if (g_str_equal (suites[i].name, name))
      return &suites[i];

  return NULL;
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "Usage: kuril-atlas-bench [--tsv] [SUITE…]\n\nSuites (all when none is named):\n");
  for (guint i = 0; i < G_N_ELEMENTS (suites); i++)
    fprintf (stream, "  %-8s %s\n", suites[i].name, suites[i].description);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BenchFigures) figures = bench_figures_new ();
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autofree char *self_path = NULL;
  gboolean tsv = FALSE;

  /* Before any child forks: the atlas and the bare programs it is
   * compared with start from the same environment, and allocate as the
   * atlas's main() has them do. */
  ka_allocator_tune ();
  ka_renderer_environment_prepare ();

  for (int i = 1; i < argc; i++)
    {
      BenchStartKind kind;

      if (g_str_equal (argv[i], "--child=memory"))
        return bench_memory_run_child ();
      else if (g_str_has_prefix (argv[i], "--child="))
        {
          if (!bench_start_parse_kind (argv[i] + strlen ("--child="), &kind))
            {
              fprintf (stderr, "kuril-atlas-bench: unknown child %s\n", argv[i]);
              return 2;
            }
          return bench_start_run_child (kind);
        }
      else if (g_str_equal (argv[i], "--tsv"))
        tsv = TRUE;
      else if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          print_usage (stdout);
          return 0;
        }
      else if (find_suite (argv[i]) != NULL)
        g_ptr_array_add (chosen, (gpointer) find_suite (argv[i]));
      else
        {
          fprintf (stderr, "kuril-atlas-bench: unknown suite “%s”\n\n", argv[i]);
          print_usage (stderr);
          return 2;
        }
    }

  if (chosen->len == 0)
    for (guint i = 0; i < G_N_ELEMENTS (suites); i++)
      g_ptr_array_add (chosen, (gpointer) &suites[i]);

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (self_path == NULL)
    self_path = g_strdup (argv[0]);

  for (guint i = 0; i < chosen->len; i++)
    {
      const Suite *suite = g_ptr_array_index (chosen, i);

      if (suite->needs_display)
        gtk_init ();
      if (!tsv)
        fprintf (stderr, "running %s…\n", suite->name);
      suite->run (self_path, figures);
    }

  bench_figures_print (figures, tsv);

  return 0;
}
