/* ka-side-panel.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ka-atlas.h"
#include "ka-state.h"

G_BEGIN_DECLS

#define KA_TYPE_SIDE_PANEL (ka_side_panel_get_type ())

G_DECLARE_FINAL_TYPE (KaSidePanel, ka_side_panel, KA, SIDE_PANEL, GtkWidget)

GtkWidget  *ka_side_panel_new                 (void);
void        ka_side_panel_set_atlas           (KaSidePanel *self,
                                               KaAtlas     *atlas);
void        ka_side_panel_set_state           (KaSidePanel *self,
                                               KaState     *state);
/* Lists the islands whose names match @text; %NULL or "" ends the search. */
void        ka_side_panel_search              (KaSidePanel *self,
                                               const char  *text);
/* Selects the best match of the current search; FALSE if there is none. */
gboolean    ka_side_panel_activate_first_result (KaSidePanel *self);
const char *ka_side_panel_get_page            (KaSidePanel *self);
gboolean    ka_side_panel_find                (KaSidePanel *self);
gboolean    ka_side_panel_close_innermost     (KaSidePanel *self);

G_END_DECLS
