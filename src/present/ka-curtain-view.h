/* ka-curtain-view.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ka-presenter.h"

G_BEGIN_DECLS

#define KA_TYPE_CURTAIN_VIEW (ka_curtain_view_get_type ())

G_DECLARE_FINAL_TYPE (KaCurtainView, ka_curtain_view, KA, CURTAIN_VIEW, GtkWidget)

GtkWidget *ka_curtain_view_new        (void);
void       ka_curtain_view_set_presenter (KaCurtainView *self,
                                          KaPresenter   *presenter);

G_END_DECLS
