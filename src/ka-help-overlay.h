/* ka-help-overlay.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ka_help_overlay_spell_keys (GtkShortcutsWindow *overlay);

G_END_DECLS
