/* ka-message-dialog.c — the atlas's questions and error reports
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ka-message-dialog.h"

/**
 * ka_message_dialog_new:
 * @body: (nullable): the text under the heading
 *
 * An #AdwMessageDialog over @parent. From libadwaita 1.6 on, the dialog
 * lays a heading wider than its narrowest layout out in its large type at
 * that narrow width, which GTK 4.18 reports as a layout error on every
 * showing ("Save Changes?", "The Lecture Could Not Be Saved"). The "short"
 * layout, which those releases pick for short screens, sets the heading in
 * one type size only: the same words, a size smaller, and no such error.
 *
 * Returns: (transfer floating): the dialog, not yet shown
 */
GtkWidget *
ka_message_dialog_new (GtkWindow  *parent,
                       const char *heading,
                       const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  if (adw_get_major_version () == 1 && adw_get_minor_version () >= 6)
    gtk_widget_add_css_class (dialog, "short");

  return dialog;
}
