/* ka-step-view.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-lecture.h"
#include "ka-map-view.h"
#include "ka-state.h"

G_BEGIN_DECLS

/* Long enough to follow, short enough not to keep a room waiting. */
#define KA_STEP_TRANSITION_MS 1200

void ka_step_view_apply_state (const KaLectureStep *step,
                               KaIslandSet         *islands,
                               KaState             *state);
void ka_step_view_frame       (const KaLectureStep *step,
                               KaIslandSet         *islands,
                               KaMapView           *map_view,
                               guint                duration_ms);

G_END_DECLS
