/* ka-window.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ka-atlas.h"
#include "ka-lecture-editor.h"
#include "ka-map-view.h"
#include "ka-audience-window.h"
#include "ka-console.h"
#include "ka-presenter.h"
#include "ka-state.h"
#include "ka-tile-renderer.h"

G_BEGIN_DECLS

#define KA_TYPE_WINDOW (ka_window_get_type ())

G_DECLARE_FINAL_TYPE (KaWindow, ka_window, KA, WINDOW, AdwApplicationWindow)

KaWindow  *ka_window_new          (GtkApplication *application,
                                   KaAtlas        *atlas,
                                   KaTileRenderer *renderer);
KaState   *ka_window_get_state    (KaWindow       *self);
KaMapView *ka_window_get_map_view (KaWindow       *self);
void       ka_window_hold_settings    (KaWindow   *self);
void       ka_window_release_settings (KaWindow   *self);

/* ka-window-presentation.c */
gboolean     ka_window_open_lecture   (KaWindow  *self,
                                       GFile     *file,
                                       GError   **error);
void         ka_window_show_lecture_error (KaWindow     *self,
                                           const GError *error);
KaPresenter *ka_window_get_presenter  (KaWindow  *self);
gboolean     ka_window_get_presenting (KaWindow  *self);
KaConsole   *ka_window_get_console    (KaWindow  *self);
KaAudienceWindow *ka_window_get_audience (KaWindow *self);
KaInk       *ka_window_get_ink        (KaWindow  *self);

/* ka-window-editor.c */
KaLectureEditor *ka_window_get_lecture_editor (KaWindow *self);
gboolean         ka_window_get_editing        (KaWindow *self);

G_END_DECLS
