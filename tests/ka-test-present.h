/* ka-test-present.h — for the tests of presenting: keys, labels, waiting
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-test-window.h"

G_BEGIN_DECLS

/* The action @keyval is bound to in @window's own shortcut controllers;
 * with @activate, activated as GTK would, with the shortcut's arguments. */
char *ka_test_dispatch_key (GtkWidget *window,
                            guint      keyval,
                            gboolean   activate);
/* Presses @keyval in @window, which must be bound, and waits two frames. */
void  ka_test_press        (GtkWidget *window,
                            guint      keyval);

/* Whether a label below @root shows @text. */
gboolean ka_test_label_below_has_text (GtkWidget  *root,
                                       const char *text);
/* Spins the main loop for @ms milliseconds: a step's transition. */
void     ka_test_wait_ms              (guint       ms);

G_END_DECLS
