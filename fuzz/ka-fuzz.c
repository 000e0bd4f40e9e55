/* ka-fuzz.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-fuzz"

#include "config.h"

#include <stdlib.h>

#include "ka-fuzz.h"
#include "kuril-atlas-resources.h"

/* A loader that warns or fails a g_return_if_fail() on bad input has a
 * bug even when it goes on to return an error, so such messages stop the
 * run and libFuzzer keeps the input. */
static GLogWriterOutput
fatal_writer (GLogLevelFlags   log_level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_default (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();

  return output;
}

/**
 * ka_fuzz_init:
 *
 * Sets up what every target needs once per process: fatal warnings and
 * the bundled GResource, registered by keeping it linked in.
 */
void
ka_fuzz_init (void)
{
  g_log_set_writer_func (fatal_writer, NULL, NULL);
  g_assert (kuril_atlas_get_resource () != NULL);
}

/**
 * ka_fuzz_bytes:
 *
 * Wraps libFuzzer's buffer without copying it, so that ASan sees any read
 * past its end.
 */
GBytes *
ka_fuzz_bytes (const uint8_t *data,
               size_t         size)
{
  return g_bytes_new_static (data, size);
}

/**
 * ka_fuzz_check_error:
 *
 * Every loader returns either a result or an error with a message, never
 * both and never neither. With KA_FUZZ_VERBOSE set, says which, to tell
 * how far a seed gets.
 */
void
ka_fuzz_check_error (gpointer  result,
                     GError   *error)
{
  if (g_getenv ("KA_FUZZ_VERBOSE") != NULL)
    g_printerr ("%s\n", result != NULL ? "loaded" : error->message);

  if (result == NULL)
    {
      g_assert (error != NULL);
      g_assert (error->message != NULL && error->message[0] != '\0');
      g_assert (error->domain != 0);
    }
  else
    {
      g_assert (error == NULL);
    }
}

/**
 * ka_fuzz_get_atlas:
 *
 * Returns: (transfer none): the bundled data, loaded on first use and
 * kept for the life of the process, so that inputs are checked against
 * the real report and the real islands, as when the atlas loads them.
 */
KaAtlas *
ka_fuzz_get_atlas (void)
{
  static KaAtlas *atlas;

  if (atlas == NULL)
    {
      g_autoptr(GError) error = NULL;

      atlas = ka_atlas_load_from_resources (&error);
      g_assert_no_error (error);
    }

  return atlas;
}
