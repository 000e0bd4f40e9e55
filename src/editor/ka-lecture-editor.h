/* ka-lecture-editor.h — the Edit Lecture page: the steps, and the selected one's text
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ka-lecture-model.h"
#include "ka-step-thumbnails.h"

G_BEGIN_DECLS

#define KA_TYPE_LECTURE_EDITOR (ka_lecture_editor_get_type ())

G_DECLARE_FINAL_TYPE (KaLectureEditor, ka_lecture_editor, KA, LECTURE_EDITOR, GtkWidget)

GtkWidget      *ka_lecture_editor_new              (void);
void            ka_lecture_editor_set_thumbnails   (KaLectureEditor  *self,
                                                    KaStepThumbnails *thumbnails);
KaLectureModel *ka_lecture_editor_get_model        (KaLectureEditor  *self);
void            ka_lecture_editor_set_model        (KaLectureEditor  *self,
                                                    KaLectureModel   *model);
int             ka_lecture_editor_get_selected     (KaLectureEditor  *self);
void            ka_lecture_editor_select           (KaLectureEditor  *self,
                                                    int               index);
void            ka_lecture_editor_edit_step_title  (KaLectureEditor  *self);

G_END_DECLS
