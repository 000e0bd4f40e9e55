/* bench-figures.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-figures.h"

typedef struct
{
  char *name;
  double value;
  char *unit;
} Figure;

struct _BenchFigures
{
  GArray *figures;
};

static void
figure_clear (gpointer data)
{
  Figure *figure = data;

  g_free (figure->name);
  g_free (figure->unit);
}

BenchFigures *
bench_figures_new (void)
{
  BenchFigures *self = g_new0 (BenchFigures, 1);

  self->figures = g_array_new (FALSE, FALSE, sizeof (Figure));
  g_array_set_clear_func (self->figures, figure_clear);

  return self;
}

void
bench_figures_free (BenchFigures *self)
{
  g_array_unref (self->figures);
  g_free (self);
}

void
bench_figures_add (BenchFigures *self,
                   const char   *name,
                   double        value,
                   const char   *unit)
{
  Figure figure = { g_strdup (name), value, g_strdup (unit) };

  g_array_append_val (self->figures, figure);
}

void
bench_figures_print (BenchFigures *self,
                     gboolean      tsv)
{
  int name_width = 4;

  for (guint i = 0; i < self->figures->len; i++)
    name_width = MAX (name_width, (int) strlen (g_array_index (self->figures, Figure, i).name));

  if (!tsv)
    {
      printf ("%-*s  %12s  %s\n", name_width, "name", "value", "unit");
      for (int i = 0; i < name_width + 22; i++)
        putchar ('-');
      putchar ('\n');
    }

  for (guint i = 0; i < self->figures->len; i++)
    {
      const Figure *figure = &g_array_index (self->figures, Figure, i);

      if (tsv)
        printf ("%s\t%.3f\t%s\n", figure->name, figure->value, figure->unit);
      else
        printf ("%-*s  %12.3f  %s\n", name_width, figure->name, figure->value, figure->unit);
    }

  fflush (stdout);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

double
bench_quantile (double *samples,
                gsize   n,
                double  q)
{
  gsize rank;

  if (n == 0)
    return NAN;

  qsort (samples, n, sizeof (double), compare_doubles);
  rank = (gsize) ceil (q * n);

  return samples[CLAMP (rank, 1, n) - 1];
}
