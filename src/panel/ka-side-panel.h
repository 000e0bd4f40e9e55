/* ka-side-panel.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KA_TYPE_SIDE_PANEL (ka_side_panel_get_type ())

G_DECLARE_FINAL_TYPE (KaSidePanel, ka_side_panel, KA, SIDE_PANEL, GtkWidget)

GtkWidget *ka_side_panel_new (void);

G_END_DECLS
