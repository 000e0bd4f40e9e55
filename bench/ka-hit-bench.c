/* ka-hit-bench.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-hit-bench"

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "ka-hit-bench.h"

/* A fixed seed, so that two runs time the same points. */
#define SEED 1855

static double
now_us (void)
{
  struct timespec ts;

  /* g_get_monotonic_time() counts whole microseconds, too coarse here. */
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

/**
 * ka_hit_bench_run:
 * @n_queries: how many points to try
 * @out: (out caller-allocates): the counts and the timings in microseconds
 *
 * Times ka_island_set_hit_test() one query at a time at random, but
 * repeatable, points of the framed area.
 */
void
ka_hit_bench_run (KaIslandSet *set,
                  guint        n_queries,
                  double       tolerance_deg_x,
                  double       tolerance_deg_y,
                  KaHitBench  *out)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autofree double *times = g_new (double, MAX (n_queries, 1));

  g_return_if_fail (n_queries > 0);

  out->n_queries = n_queries;
  out->n_hits = 0;

  for (guint i = 0; i < n_queries; i++)
    {
      double lon = g_rand_double_range (rand, KA_FRAME_WEST, KA_FRAME_EAST);
      double lat = g_rand_double_range (rand, KA_FRAME_SOUTH, KA_FRAME_NORTH);
      double start = now_us ();

      if (ka_island_set_hit_test (set, lon, lat, tolerance_deg_x, tolerance_deg_y) != NULL)
        out->n_hits++;
      times[i] = now_us () - start;
    }

  qsort (times, n_queries, sizeof (double), compare_doubles);
  out->hit_p50_us = times[n_queries / 2];
  out->hit_p95_us = times[MIN (n_queries - 1, (guint) (n_queries * 0.95))];
  out->hit_max_us = times[n_queries - 1];
}
