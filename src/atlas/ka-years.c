/* ka-years.c — the boundary years the atlas has a layer for
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-years"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-years.h"

const guint ka_years[KA_N_YEARS] = { 1855, 1875, 1905, 1945 };

/* What made each year's frontier, with the key that shows it. */
const char * const ka_year_events[KA_N_YEARS] = {
  N_("Treaty of Shimoda (1)"),
  N_("Treaty of Saint Petersburg (2)"),
  N_("Treaty of Portsmouth (3)"),
  N_("End of the war, 1945 (4)"),
};

/* The events data/atlas/boundaries.geojson gives the lines of each year,
 * which the header names: listed here so that they are translated. */
static const char * const boundary_events[] G_GNUC_UNUSED = {
  N_("Treaty of Shimoda (Treaty of Commerce, Navigation and Delimitation)"),
  N_("Treaty of Saint Petersburg (exchange of Sakhalin for the Kuril Islands)"),
  N_("Treaty of Portsmouth"),
  N_("Soviet entry into the war and occupation"),
};

/**
 * ka_year_index:
 *
 * Returns the position of @year in #ka_years, or -1 when the atlas has
 * no layer for it.
 */
int
ka_year_index (guint year)
{
  for (int i = 0; i < KA_N_YEARS; i++)
    if (ka_years[i] == year)
      return i;

  return -1;
}

/**
 * ka_years_format_list:
 * @separator: what goes between two years, such as ", "
 * @last_separator: what goes before the last year, such as " or "
 *
 * Returns the years as a list for messages: "1855, 1875, 1905 or 1945".
 */
char *
ka_years_format_list (const char *separator,
                      const char *last_separator)
{
  GString *list = g_string_new (NULL);

  for (int i = 0; i < KA_N_YEARS; i++)
    {
      if (i > 0)
        g_string_append (list, i == KA_N_YEARS - 1 ? last_separator : separator);
      g_string_append_printf (list, "%u", ka_years[i]);
    }

  return g_string_free (list, FALSE);
}
