/* fuzz-coastline.c — KACOAST files, as handed to ka_coastline_new_from_bytes()
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-coastline"

#include "config.h"

#include <string.h>

#include "ka-coastline.h"
#include "ka-fuzz.h"

#define TRAILER_SIZE 32

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  ka_fuzz_init ();
  return 0;
}

static void
load (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaCoastline) coastline = ka_coastline_new_from_bytes (bytes, "fuzz.kacoast", &error);

  ka_fuzz_check_error (coastline, error);
  if (coastline == NULL)
    return;

  /* Whatever loads must be safe to use. */
  for (guint r = 0; r < ka_coastline_get_n_rings (coastline); r++)
    {
      const KaPoint *points = ka_coastline_get_ring_points (coastline, r);
      gsize n_points = ka_coastline_get_ring_n_points (coastline, r);

      g_assert (n_points >= 3);
      g_assert (ka_coastline_get_ring_part (coastline, r) < ka_coastline_get_n_parts (coastline));
      g_assert (points[n_points - 1].x >= -180.0 && points[n_points - 1].x <= 180.0);
    }
  ka_coastline_is_land (coastline, 145.9, 44.1);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = ka_fuzz_bytes (data, size);
  g_autofree guint8 *copy = NULL;
  g_autoptr(GBytes) fixed = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  gsize digest_len = TRAILER_SIZE;

  load (bytes);

  /* Random changes almost never keep the SHA-256 trailer right, so load a
   * second copy with it recomputed: that one reaches the ring decoder. */
  if (size <= TRAILER_SIZE)
    return 0;

  copy = g_memdup2 (data, size);
  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (checksum, copy, size - TRAILER_SIZE);
  g_checksum_get_digest (checksum, copy + size - TRAILER_SIZE, &digest_len);
  if (memcmp (copy + size - TRAILER_SIZE, data + size - TRAILER_SIZE, TRAILER_SIZE) == 0)
    return 0;

  fixed = g_bytes_new_static (copy, size);
  load (fixed);

  return 0;
}
