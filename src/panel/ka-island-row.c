/* ka-island-row.c — one island in the panel's lists: its fill, name and other names
 *
 * Looks like a boxed-list AdwActionRow, but its labels are single lines,
 * ellipsized, each with a tooltip holding all of it. AdwActionRow's
 * labels wrap, so every row is measured height-for-width at each width
 * the list tries, and Pango shapes its Japanese and Russian names again
 * each time: with thirty islands that was a third of the atlas's
 * start-up (callgrind, build-aux/bench start).
 * A single-line label is shaped once.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-island-row"

#include "config.h"

#include "ka-fill-swatch.h"
#include "ka-island-row.h"

struct _KaIslandRow
{
  GtkListBoxRow parent_instance;

  /* Borrowed: children */
  GtkLabel *title_label;
};

G_DEFINE_FINAL_TYPE (KaIslandRow, ka_island_row, GTK_TYPE_LIST_BOX_ROW)

static GtkLabel *
make_line (const char *text,
           const char *css_class)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (text));

  gtk_label_set_xalign (label, 0);
  gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (label, TRUE);
  /* What the ellipsis cuts off is still there to read. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), text);
  gtk_widget_add_css_class (GTK_WIDGET (label), css_class);

  return label;
}

static void
ka_island_row_class_init (KaIslandRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_css_name (widget_class, "row");
}

static void
ka_island_row_init (KaIslandRow *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "ka-island-row");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
}

/**
 * ka_island_row_new:
 * @title: the island's name
 * @names: its other names
 * @holder: who holds it in the year on the map
 * @fill: the holder's fill, as the map draws it
 */
GtkWidget *
ka_island_row_new (const char *title,
                   const char *names,
                   const char *holder,
                   KaFill      fill)
{
  KaIslandRow *self = g_object_new (KA_TYPE_ISLAND_ROW, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *swatch = ka_fill_swatch_new (fill);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *description = g_strdup_printf ("%s · %s", names, holder);

  self->title_label = make_line (title, "title");

  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (lines, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (lines, TRUE);
  gtk_box_append (GTK_BOX (lines), GTK_WIDGET (self->title_label));
  gtk_box_append (GTK_BOX (lines), GTK_WIDGET (make_line (names, "subtitle")));
  gtk_box_append (GTK_BOX (lines), GTK_WIDGET (make_line (holder, "subtitle")));

  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), lines);
  gtk_box_append (GTK_BOX (box), arrow);
  gtk_widget_add_css_class (box, "header");
  /* AdwActionRow's spacing, which the "header" class alone does not give. */
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  return GTK_WIDGET (self);
}

const char *
ka_island_row_get_title (KaIslandRow *self)
{
  g_return_val_if_fail (KA_IS_ISLAND_ROW (self), NULL);

  return gtk_label_get_label (self->title_label);
}
