/* ka-preferences-window.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KA_TYPE_PREFERENCES_WINDOW (ka_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (KaPreferencesWindow, ka_preferences_window, KA, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *ka_preferences_window_new (GtkWindow *parent);

G_END_DECLS
