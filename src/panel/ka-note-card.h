/* ka-note-card.h — editorial notes, set apart from the report's words
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ka-claims.h"

G_BEGIN_DECLS

GtkWidget *ka_note_card_new (const KaEditorialNote *note);

/* The body of a note (marker, text, source), shared by the stand-alone
 * note card and the notes inside a claim card. */
GtkWidget *ka_note_row_new  (const KaEditorialNote *note);

G_END_DECLS
