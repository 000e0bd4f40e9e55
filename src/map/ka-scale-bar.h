/* ka-scale-bar.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define KA_TYPE_SCALE_BAR (ka_scale_bar_get_type ())

G_DECLARE_FINAL_TYPE (KaScaleBar, ka_scale_bar, KA, SCALE_BAR, GtkWidget)

/* A bar of a round length at @viewport's latitude and zoom, in the
 * locale's unit, labelled in the UI's language. */
GtkWidget   *ka_scale_bar_new       (ShumateViewport *viewport);
/* What the bar says, e.g. "200 km". */
const char  *ka_scale_bar_get_text  (KaScaleBar      *self);
ShumateUnit  ka_scale_bar_get_unit  (KaScaleBar      *self);

G_END_DECLS
