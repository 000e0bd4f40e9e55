/* ka-lecture-model.h — a lecture being edited
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ka-lecture.h"
#include "ka-vocabulary.h"

G_BEGIN_DECLS

#define KA_TYPE_LECTURE_MODEL (ka_lecture_model_get_type ())

G_DECLARE_FINAL_TYPE (KaLectureModel, ka_lecture_model, KA, LECTURE_MODEL, GObject)

KaLectureStep       *ka_lecture_step_new               (const char          *title,
                                                        const char          *caption,
                                                        guint                year,
                                                        gboolean             compare,
                                                        const char          *island,
                                                        int                  naming,
                                                        const KaBox         *fit);
void                 ka_lecture_step_set_islands       (KaLectureStep      *step,
                                                        const char * const *ids);
KaLectureStep       *ka_lecture_step_copy              (const KaLectureStep *step);
gboolean             ka_lecture_step_equal             (const KaLectureStep *a,
                                                        const KaLectureStep *b);

KaLectureModel      *ka_lecture_model_new              (KaLecture           *lecture,
                                                        GFile               *file);
KaLectureModel      *ka_lecture_model_new_empty        (const char          *title);
KaLecture           *ka_lecture_model_dup_lecture      (KaLectureModel      *self);
GFile               *ka_lecture_model_get_file         (KaLectureModel      *self);
gboolean             ka_lecture_model_get_dirty        (KaLectureModel      *self);
void                 ka_lecture_model_mark_saved       (KaLectureModel      *self,
                                                        GFile               *file);
gboolean             ka_lecture_model_save             (KaLectureModel      *self,
                                                        GFile               *file,
                                                        GError             **error);

const char          *ka_lecture_model_get_title        (KaLectureModel      *self);
void                 ka_lecture_model_set_title        (KaLectureModel      *self,
                                                        const char          *title);
guint                ka_lecture_model_get_n_steps      (KaLectureModel      *self);
const KaLectureStep *ka_lecture_model_get_step         (KaLectureModel      *self,
                                                        guint                index);

void                 ka_lecture_model_set_step_title   (KaLectureModel      *self,
                                                        guint                index,
                                                        const char          *title);
void                 ka_lecture_model_set_step_caption (KaLectureModel      *self,
                                                        guint                index,
                                                        const char          *caption);
void                 ka_lecture_model_set_step_note    (KaLectureModel      *self,
                                                        guint                index,
                                                        const char          *note);
void                 ka_lecture_model_update_step      (KaLectureModel      *self,
                                                        guint                index,
                                                        const KaLectureStep *view);
void                 ka_lecture_model_insert_step      (KaLectureModel      *self,
                                                        guint                index,
                                                        KaLectureStep       *step);
void                 ka_lecture_model_duplicate_step   (KaLectureModel      *self,
                                                        guint                index);
void                 ka_lecture_model_delete_step      (KaLectureModel      *self,
                                                        guint                index);
int                  ka_lecture_model_undo_delete      (KaLectureModel      *self);
gboolean             ka_lecture_model_move_step        (KaLectureModel      *self,
                                                        guint                from,
                                                        guint                to);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaLectureStep, ka_lecture_step_free)

G_END_DECLS
