/* ka-presenter.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ka-lecture.h"
#include "ka-state.h"

G_BEGIN_DECLS

#define KA_TYPE_PRESENTER (ka_presenter_get_type ())

G_DECLARE_FINAL_TYPE (KaPresenter, ka_presenter, KA, PRESENTER, GObject)

KaPresenter         *ka_presenter_new              (KaState     *state);
KaLecture           *ka_presenter_get_lecture      (KaPresenter *self);
void                 ka_presenter_set_lecture      (KaPresenter *self,
                                                    KaLecture   *lecture);
int                  ka_presenter_get_step         (KaPresenter *self);
const KaLectureStep *ka_presenter_get_current_step (KaPresenter *self);
gboolean             ka_presenter_go_to            (KaPresenter *self,
                                                    int          step);
gboolean             ka_presenter_next             (KaPresenter *self);
gboolean             ka_presenter_previous         (KaPresenter *self);
gboolean             ka_presenter_first            (KaPresenter *self);
gboolean             ka_presenter_last             (KaPresenter *self);

G_END_DECLS
