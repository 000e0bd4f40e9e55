/* ka-console.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ka-ink-layer.h"
#include "ka-presenter.h"

G_BEGIN_DECLS

#define KA_TYPE_CONSOLE (ka_console_get_type ())

G_DECLARE_FINAL_TYPE (KaConsole, ka_console, KA, CONSOLE, GtkWidget)

KaConsole  *ka_console_new                (KaState     *state,
                                           KaPresenter *presenter,
                                           KaInk       *ink,
                                           KaAtlas     *atlas,
                                           KaTileRenderer *renderer);
const char *ka_console_get_note           (KaConsole   *self);
KaMapView  *ka_console_get_current_view   (KaConsole   *self);
KaInkLayer *ka_console_get_current_ink    (KaConsole   *self);
KaMapView  *ka_console_get_next_view      (KaConsole   *self);
/* The timer: seconds since the first step change, less any pause. */
double      ka_console_get_elapsed        (KaConsole   *self);
void        ka_console_set_timer_paused   (KaConsole   *self,
                                           gboolean     paused);
void        ka_console_reset_timer        (KaConsole   *self);
double      ka_console_get_note_size      (KaConsole   *self);
void        ka_console_set_note_size      (KaConsole   *self,
                                           double       points);

G_END_DECLS
