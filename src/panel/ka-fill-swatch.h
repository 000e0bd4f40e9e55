/* ka-fill-swatch.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ka-layer-style.h"

G_BEGIN_DECLS

#define KA_TYPE_FILL_SWATCH (ka_fill_swatch_get_type ())

G_DECLARE_FINAL_TYPE (KaFillSwatch, ka_fill_swatch, KA, FILL_SWATCH, GtkWidget)

/* A sample of a holder's fill, drawn by the same code as the map's. */
GtkWidget *ka_fill_swatch_new (KaFill fill);

G_END_DECLS
