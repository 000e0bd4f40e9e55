/* ka-panel-label.h — the wrapping, selectable labels of the side panel
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *ka_panel_label_new (const char *text,
                               const char *css_class,
                               gboolean    selectable);

G_END_DECLS
