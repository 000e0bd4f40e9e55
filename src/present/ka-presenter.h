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

/* What covers the map in front of the room, if anything. */
typedef enum
{
  KA_CURTAIN_NONE,
  KA_CURTAIN_BLACK,
  KA_CURTAIN_WHITE,
  KA_CURTAIN_END,   /* after the last step: the lecture is over */
} KaCurtain;

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
KaCurtain            ka_presenter_get_curtain      (KaPresenter *self);
void                 ka_presenter_set_curtain      (KaPresenter *self,
                                                    KaCurtain    curtain);
gboolean             ka_presenter_forward          (KaPresenter *self);
gboolean             ka_presenter_back             (KaPresenter *self);
guint                ka_presenter_get_typed        (KaPresenter *self);
void                 ka_presenter_type_digit       (KaPresenter *self,
                                                    guint        digit);
gboolean             ka_presenter_go_to_typed      (KaPresenter *self);

G_END_DECLS
