/* ka-test-keys.h — a key press, as the window's shortcut controllers take it
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

G_END_DECLS
