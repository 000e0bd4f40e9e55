/* ka-message-dialog.h — the atlas's questions and error reports
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *ka_message_dialog_new (GtkWindow  *parent,
                                  const char *heading,
                                  const char *body);

G_END_DECLS
