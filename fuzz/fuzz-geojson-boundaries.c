/* fuzz-geojson-boundaries.c — boundary GeoJSON, as handed to ka_boundary_set_new_from_bytes()
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-geojson-boundaries"

#include "config.h"

#include "ka-boundary-set.h"
#include "ka-fuzz.h"

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
  g_autoptr(KaBoundarySet) boundaries = ka_boundary_set_new_from_bytes (bytes, "fuzz.geojson", &error);

  ka_fuzz_check_error (boundaries, error);
  if (boundaries == NULL)
    return 0;

  /* Whatever loads must be safe to use. */
  for (guint i = 0; i < ka_boundary_set_get_n_items (boundaries); i++)
    {
      KaBoundary *boundary = ka_boundary_set_get_nth (boundaries, i);
      g_autoptr(GPtrArray) same_year = ka_boundary_set_get_for_year (boundaries,
                                                                     ka_boundary_get_year (boundary));

      g_assert (ka_boundary_set_lookup (boundaries, ka_boundary_get_id (boundary)) == boundary);
      g_assert (same_year->len > 0);
    }

  return 0;
}
