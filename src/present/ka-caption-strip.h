/* ka-caption-strip.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ka-lecture.h"
#include "ka-map-view.h"

G_BEGIN_DECLS

#define KA_TYPE_CAPTION_STRIP (ka_caption_strip_get_type ())

G_DECLARE_FINAL_TYPE (KaCaptionStrip, ka_caption_strip, KA, CAPTION_STRIP, GtkWidget)

GtkWidget  *ka_caption_strip_new         (void);
/* Shows @step, number @index of @n_steps counting from 0. */
void        ka_caption_strip_show_step   (KaCaptionStrip      *self,
                                          const KaLectureStep *step,
                                          int                  index,
                                          int                  n_steps);
const char *ka_caption_strip_get_caption (KaCaptionStrip      *self);
void        ka_caption_strip_set_map_view (KaCaptionStrip     *self,
                                           KaMapView          *map_view);

G_END_DECLS
