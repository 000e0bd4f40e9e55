/* ka-step-view.c — what a lecture step shows: a state and a frame of the map
 *
 * One place for it, for every view of a step: the map the room sees, and
 * the console's previews of this step and the next.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-step-view"

#include "config.h"

#include "ka-step-view.h"

void
ka_step_view_apply_state (const KaLectureStep *step,
                          KaIslandSet         *islands,
                          KaState             *state)
{
  g_auto(GStrv) ids = NULL;

  g_return_if_fail (step != NULL);
  g_return_if_fail (KA_IS_STATE (state));

  ka_state_set_year (state, ka_lecture_step_get_year (step));
  ka_state_set_compare_years (state, ka_lecture_step_get_compare (step));
  ids = ka_lecture_step_dup_island_ids (step, islands);
  ka_state_set_selected_islands (state, (const char * const *) ids);
  if (ka_lecture_step_get_naming (step) >= 0)
    ka_state_set_naming (state, ka_lecture_step_get_naming (step));
}

void
ka_step_view_frame (const KaLectureStep *step,
                    KaIslandSet         *islands,
                    KaMapView           *map_view,
                    guint                duration_ms)
{
  KaBox box;
  double lon, lat, zoom;

  g_return_if_fail (step != NULL);
  g_return_if_fail (KA_IS_MAP_VIEW (map_view));

  if (ka_lecture_step_resolve_view (step, islands, &box, &lon, &lat, &zoom))
    ka_map_view_go_to (map_view, lat, lon, zoom, duration_ms);
  else if (duration_ms == 0)
    ka_map_view_frame (map_view, &box, FALSE);
  else
    ka_map_view_fly_to_box (map_view, &box, duration_ms);
}
