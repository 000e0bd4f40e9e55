/* ka-panel-label.c — the wrapping, selectable labels of the side panel
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-panel-label"

#include "config.h"

#include "ka-panel-label.h"

/**
 * ka_panel_label_new:
 * @text: the text
 * @css_class: (nullable): a style class, e.g. “body” or “caption”
 * @selectable: whether the text can be selected and copied; such labels
 *   take keyboard focus, so only the text worth copying is
 *
 * Text in the panel wraps at any width the panel is given, down to a
 * narrow phone-sized column.
 *
 * Returns: (transfer floating): a left-aligned, wrapping label
 */
GtkWidget *
ka_panel_label_new (const char *text,
                    const char *css_class,
                    gboolean    selectable)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_selectable (GTK_LABEL (label), selectable);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}
