/* fuzz-geojson-islands.c — island GeoJSON, as handed to ka_island_set_new_from_bytes()
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-geojson-islands"

#include "config.h"

#include "ka-fuzz.h"
#include "ka-island-set.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  ka_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = ka_fuzz_bytes (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaIslandSet) islands = ka_island_set_new_from_bytes (bytes, "fuzz.geojson", &error);
  g_autoptr(GPtrArray) found = NULL;
  KaIsland *first;
  KaPoint label;

  ka_fuzz_check_error (islands, error);
  if (islands == NULL)
    return 0;

  /* Whatever loads must be safe to use: click on it, search it, step it. */
  first = ka_island_set_get_nth (islands, 0);
  label = ka_island_get_label (first);
  g_assert (ka_island_set_lookup (islands, ka_island_get_id (first)) == first);
  ka_island_set_hit_test (islands, label.x, label.y, 0.0, 0.0);
  ka_island_set_hit_test (islands, label.x, label.y, 0.05, 0.05);
  ka_island_set_step (islands, first, -1);
  found = ka_island_set_search (islands, ka_island_get_name_en (first));

  return 0;
}
