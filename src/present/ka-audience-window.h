/* ka-audience-window.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ka-caption-strip.h"
#include "ka-ink-layer.h"
#include "ka-presenter.h"

G_BEGIN_DECLS

#define KA_TYPE_AUDIENCE_WINDOW (ka_audience_window_get_type ())

G_DECLARE_FINAL_TYPE (KaAudienceWindow, ka_audience_window, KA, AUDIENCE_WINDOW, AdwWindow)

KaAudienceWindow *ka_audience_window_new               (KaState          *state,
                                                        KaPresenter      *presenter,
                                                        KaInk            *ink,
                                                        KaAtlas          *atlas,
                                                        KaTileRenderer   *renderer);
KaMapView        *ka_audience_window_get_map_view      (KaAudienceWindow *self);
KaCaptionStrip   *ka_audience_window_get_caption_strip (KaAudienceWindow *self);
KaInkLayer       *ka_audience_window_get_ink_layer     (KaAudienceWindow *self);

G_END_DECLS
