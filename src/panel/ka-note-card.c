/* ka-note-card.c — editorial notes, set apart from the report's words
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-note-card"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-note-card.h"
#include "ka-panel-label.h"

/**
 * ka_note_row_new:
 * @note: the note
 *
 * Builds the body of an editorial note. It is headed “Editorial note”
 * and styled unlike a quotation, so that nobody takes it for the report's
 * words; its source is always written out.
 *
 * Returns: (transfer floating): a vertical box with class “ka-note”
 */
GtkWidget *
ka_note_row_new (const KaEditorialNote *note)
{
  g_autofree char *heading_text = NULL;
  g_autofree char *source_text = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *box, *header, *icon, *heading, *text;

  g_return_val_if_fail (note != NULL, NULL);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "ka-note");

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Information"),
                                  -1);
  gtk_box_append (GTK_BOX (header), icon);

  if (note->year != 0)
    /* TRANSLATORS: heading of a note that is not the report's, with its year */
    heading_text = g_strdup_printf (_("Editorial note · %d"), note->year);
  else
    heading_text = g_strdup (_("Editorial note"));
  heading = gtk_label_new (heading_text);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (heading, "ka-note-heading");
  gtk_box_append (GTK_BOX (header), heading);
  gtk_box_append (GTK_BOX (box), header);

  text = ka_panel_label_new (note->text, "body", TRUE);
  gtk_widget_add_css_class (text, "ka-note-text");
  gtk_box_append (GTK_BOX (box), text);

  if (note->source != NULL && note->source[0] != '\0')
    {
      GtkWidget *source;

      /* TRANSLATORS: where an editorial note's fact comes from, e.g. a treaty */
      source_text = g_strdup_printf (_("Source: %s"), note->source);
      source = ka_panel_label_new (source_text, "body", TRUE);
      gtk_widget_add_css_class (source, "ka-note-source");
      gtk_box_append (GTK_BOX (box), source);
    }

  accessible = g_strdup_printf (_("Editorial note: %s"), note->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  return box;
}

/**
 * ka_note_card_new:
 * @note: a stand-alone note, e.g. the 1855 Treaty of Shimoda
 *
 * Returns: (transfer floating): a card holding the note, for notes that
 *   belong to no claim
 */
GtkWidget *
ka_note_card_new (const KaEditorialNote *note)
{
  GtkWidget *card;

  g_return_val_if_fail (note != NULL, NULL);

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "ka-note-card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Editorial note"),
                                  -1);
  gtk_box_append (GTK_BOX (card), ka_note_row_new (note));

  return card;
}
