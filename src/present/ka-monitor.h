/* ka-monitor.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void        ka_monitor_track (GtkWindow *window);
GdkMonitor *ka_monitor_of    (GtkWindow *window);
GdkMonitor *ka_monitor_other (GtkWindow *window);

G_END_DECLS
