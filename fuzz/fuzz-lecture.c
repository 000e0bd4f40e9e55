/* fuzz-lecture.c — lecture files, as handed to ka_lecture_new_from_bytes()
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fuzz-lecture"

#include "config.h"

#include "ka-fuzz.h"
#include "ka-lecture.h"

/* A lecture may name the islands the atlas draws, as from the command line. */
static GStrv island_ids;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  ka_fuzz_init ();
  island_ids = ka_atlas_dup_island_ids (ka_fuzz_get_atlas ());

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = ka_fuzz_bytes (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaLecture) lecture = ka_lecture_new_from_bytes (bytes, "fuzz.json",
                                                            (const char * const *) island_ids,
                                                            &error);

  ka_fuzz_check_error (lecture, error);
  if (lecture == NULL)
    return 0;

  /* Whatever loads must be safe to present, step by step. */
  g_assert (ka_lecture_get_n_steps (lecture) > 0);
  for (guint i = 0; i < ka_lecture_get_n_steps (lecture); i++)
    {
      const KaLectureStep *step = ka_lecture_get_step (lecture, i);
      const char *island = ka_lecture_step_get_island (step);
      double lon, lat, zoom;
      KaBox box;

      g_assert (g_utf8_validate (ka_lecture_step_get_title (step), -1, NULL));
      g_assert (g_utf8_validate (ka_lecture_step_get_caption (step), -1, NULL));
      g_assert (island == NULL || g_strv_contains ((const char * const *) island_ids, island));
      /* Every island a step selects is one the atlas draws, its panel's first. */
      {
        g_auto(GStrv) selected = ka_lecture_step_dup_island_ids (step, ka_atlas_get_islands (ka_fuzz_get_atlas ()));

        g_assert ((selected == NULL) == (island == NULL));
        for (guint j = 0; selected != NULL && selected[j] != NULL; j++)
          g_assert (g_strv_contains ((const char * const *) island_ids, selected[j]));
        g_assert (selected == NULL || g_strcmp0 (selected[0], island) == 0);
      }
      switch (ka_lecture_step_get_view_kind (step))
        {
        case KA_LECTURE_VIEW_CENTER:
          g_assert (ka_lecture_step_get_center (step, &lon, &lat, &zoom));
          g_assert (zoom >= KA_MIN_ZOOM && zoom <= KA_MAX_ZOOM);
          break;
        case KA_LECTURE_VIEW_FIT_BOX:
          g_assert (ka_lecture_step_get_fit_box (step, &box));
          break;
        case KA_LECTURE_VIEW_FIT_ISLAND:
          g_assert (island != NULL);
          break;
        case KA_LECTURE_VIEW_DEFAULT:
        default:
          break;
        }
    }

  return 0;
}
