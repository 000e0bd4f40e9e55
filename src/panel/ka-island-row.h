/* ka-island-row.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ka-layer-style.h"

G_BEGIN_DECLS

#define KA_TYPE_ISLAND_ROW (ka_island_row_get_type ())

G_DECLARE_FINAL_TYPE (KaIslandRow, ka_island_row, KA, ISLAND_ROW, GtkListBoxRow)

GtkWidget  *ka_island_row_new          (const char *title,
                                        const char *names,
                                        const char *holder,
                                        KaFill      fill);
const char *ka_island_row_get_title    (KaIslandRow *self);

G_END_DECLS
