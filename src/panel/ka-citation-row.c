/* ka-citation-row.c — a citation with its button beside it, or below it
 * when the panel is narrow
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-citation-row"

#include "config.h"

#include "ka-citation-row.h"

#define SPACING 12
#define ROW_SPACING 6

/* A GtkBox would squeeze the citation into a column of broken words
 * (“Negotiatio-ns”) beside the button in a narrow panel; this row puts
 * the button under the citation whenever the citation would not fit on
 * one line beside it. */
struct _KaCitationRow
{
  GtkWidget parent_instance;

  /* Borrowed: children */
  GtkWidget *citation;
  GtkWidget *button;
};

G_DEFINE_FINAL_TYPE (KaCitationRow, ka_citation_row, GTK_TYPE_WIDGET)

static gboolean
fits_on_one_line (KaCitationRow *self,
                  int            width)
{
  int citation_nat, button_nat;

  gtk_widget_measure (self->citation, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &citation_nat, NULL, NULL);
  gtk_widget_measure (self->button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &button_nat, NULL, NULL);

  return width < 0 || width >= citation_nat + SPACING + button_nat;
}

static int
button_width (KaCitationRow *self)
{
  int button_nat;

  gtk_widget_measure (self->button, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &button_nat, NULL, NULL);
  return button_nat;
}

static void
ka_citation_row_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  KaCitationRow *self = KA_CITATION_ROW (widget);
  int citation_min, citation_nat, button_min, button_nat;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->citation, orientation, -1, &citation_min, &citation_nat, NULL, NULL);
      gtk_widget_measure (self->button, orientation, -1, &button_min, &button_nat, NULL, NULL);
      *minimum = MAX (citation_min, button_min);
      *natural = citation_nat + SPACING + button_nat;
      return;
    }

  gtk_widget_measure (self->button, orientation, -1, &button_min, &button_nat, NULL, NULL);
  if (fits_on_one_line (self, for_size))
    {
      int citation_width = for_size < 0 ? -1 : for_size - SPACING - button_width (self);

      gtk_widget_measure (self->citation, orientation, citation_width, &citation_min, &citation_nat, NULL, NULL);
      *minimum = MAX (citation_min, button_min);
      *natural = MAX (citation_nat, button_nat);
    }
  else
    {
      gtk_widget_measure (self->citation, orientation, for_size, &citation_min, &citation_nat, NULL, NULL);
      *minimum = citation_min + ROW_SPACING + button_min;
      *natural = citation_nat + ROW_SPACING + button_nat;
    }
}

static void
ka_citation_row_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  KaCitationRow *self = KA_CITATION_ROW (widget);
  int button_w = button_width (self);
  int button_h, citation_h;

  gtk_widget_measure (self->button, GTK_ORIENTATION_VERTICAL, button_w, NULL, &button_h, NULL, NULL);

  if (fits_on_one_line (self, width))
    {
      int citation_w = width - SPACING - button_w;

      gtk_widget_measure (self->citation, GTK_ORIENTATION_VERTICAL, citation_w, NULL, &citation_h, NULL, NULL);
      gtk_widget_allocate (self->citation, citation_w, citation_h, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, (height - citation_h) / 2)));
      gtk_widget_allocate (self->button, button_w, button_h, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (width - button_w, (height - button_h) / 2)));
    }
  else
    {
      button_w = MIN (button_w, width);
      gtk_widget_measure (self->citation, GTK_ORIENTATION_VERTICAL, width, NULL, &citation_h, NULL, NULL);
      gtk_widget_allocate (self->citation, width, citation_h, -1, NULL);
      gtk_widget_allocate (self->button, button_w, button_h, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, citation_h + ROW_SPACING)));
    }
}

static GtkSizeRequestMode
ka_citation_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ka_citation_row_dispose (GObject *object)
{
  KaCitationRow *self = KA_CITATION_ROW (object);

  g_clear_pointer (&self->citation, gtk_widget_unparent);
  g_clear_pointer (&self->button, gtk_widget_unparent);

  G_OBJECT_CLASS (ka_citation_row_parent_class)->dispose (object);
}

static void
ka_citation_row_class_init (KaCitationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ka_citation_row_dispose;
  widget_class->measure = ka_citation_row_measure;
  widget_class->size_allocate = ka_citation_row_size_allocate;
  widget_class->get_request_mode = ka_citation_row_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "ka-citation-row");
}

static void
ka_citation_row_init (KaCitationRow *self)
{
}

/**
 * ka_citation_row_new:
 * @citation: the citation, a wrapping label
 * @button: the button that opens the cited passage
 *
 * Returns: (transfer floating): a row holding both
 */
GtkWidget *
ka_citation_row_new (GtkWidget *citation,
                     GtkWidget *button)
{
  KaCitationRow *self;

  g_return_val_if_fail (GTK_IS_WIDGET (citation), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (button), NULL);

  self = g_object_new (KA_TYPE_CITATION_ROW, NULL);
  self->citation = citation;
  self->button = button;
  gtk_widget_set_parent (citation, GTK_WIDGET (self));
  gtk_widget_set_parent (button, GTK_WIDGET (self));

  return GTK_WIDGET (self);
}
