/* ka-step-thumbnails.h — small pictures of lecture steps, drawn off the main thread
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gdk/gdk.h>

#include "ka-atlas.h"
#include "ka-lecture.h"
#include "ka-tile-renderer.h"

G_BEGIN_DECLS

/* 16:9 at the export's smallest height; the list shows it scaled down. */
#define KA_STEP_THUMBNAIL_WIDTH  568
#define KA_STEP_THUMBNAIL_HEIGHT 320

#define KA_TYPE_STEP_THUMBNAILS (ka_step_thumbnails_get_type ())

G_DECLARE_FINAL_TYPE (KaStepThumbnails, ka_step_thumbnails, KA, STEP_THUMBNAILS, GObject)

KaStepThumbnails *ka_step_thumbnails_new     (KaAtlas             *atlas,
                                              KaTileRenderer      *renderer);
char             *ka_step_thumbnail_key      (const KaLectureStep *step);
GdkTexture       *ka_step_thumbnail_draw     (KaAtlas             *atlas,
                                              KaTileRenderer      *renderer,
                                              const KaLectureStep *step,
                                              GError             **error);
GdkTexture       *ka_step_thumbnails_lookup  (KaStepThumbnails    *self,
                                              const KaLectureStep *step);
guint             ka_step_thumbnails_get_n_pending (KaStepThumbnails *self);

G_END_DECLS
