/* fuzz-claims.c — claims JSON, as handed to ka_claim_set_new_from_bytes()
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-claims"

#include "config.h"

#include <string.h>

#include "ka-atlas.h"
#include "ka-fuzz.h"

/* Claims may name any island, area or group the atlas draws. */
static GStrv known_ids;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  ka_fuzz_init ();
  known_ids = ka_fuzz_island_ids (TRUE);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = ka_fuzz_bytes (data, size);
  g_autoptr(GError) error = NULL;
  KaReport *report = ka_atlas_get_report (ka_fuzz_get_atlas ());
  g_autoptr(KaClaimSet) claims = ka_claim_set_new_from_bytes (bytes, "fuzz.json", report,
                                                              (const char * const *) known_ids,
                                                              &error);

  ka_fuzz_check_error (claims, error);
  if (claims == NULL)
    return 0;

  /* Whatever loads must be safe to use: every claim is shown with its
   * passages, and every island looks its claims up. */
  for (guint i = 0; i < ka_claim_set_get_n_claims (claims); i++)
    {
      KaClaim *claim = ka_claim_set_get_claim (claims, i);

      g_assert (ka_claim_set_find_claim (claims, ka_claim_get_id (claim)) == claim);
      for (guint j = 0; j < ka_claim_get_n_passages (claim); j++)
        {
          const KaPassage *passage = ka_claim_get_passage (claim, j);
          const char *text = ka_report_get_paragraph_text (report, passage->section,
                                                           passage->paragraph);

          g_assert (text != NULL);
          g_assert (passage->start < passage->end && passage->end <= strlen (text));
        }
      for (guint j = 0; j < ka_claim_get_n_events (claim); j++)
        g_assert (ka_claim_get_event (claim, j)->label != NULL);
    }
  for (guint i = 0; known_ids[i] != NULL; i++)
    {
      g_ptr_array_unref (ka_claim_set_lookup (claims, known_ids[i], NULL));
      g_ptr_array_unref (ka_claim_set_lookup_notes (claims, known_ids[i], NULL));
    }

  return 0;
}
