/* ka-curtain-view.c — what covers the map in front of the room: black, white, or the end
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-curtain-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-curtain-view.h"

struct _KaCurtainView
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;

  /* Owned */
  KaPresenter *presenter;
};

G_DEFINE_FINAL_TYPE (KaCurtainView, ka_curtain_view, GTK_TYPE_WIDGET)

static const char *curtain_classes[] = {
  [KA_CURTAIN_NONE] = NULL,
  [KA_CURTAIN_BLACK] = "ka-curtain-black",
  [KA_CURTAIN_WHITE] = "ka-curtain-white",
  [KA_CURTAIN_END] = "ka-curtain-end",
};

static void
update (KaCurtainView *self)
{
  KaCurtain curtain = ka_presenter_get_curtain (self->presenter);
  KaLecture *lecture = ka_presenter_get_lecture (self->presenter);
  const char *label;

  for (guint i = 1; i < G_N_ELEMENTS (curtain_classes); i++)
    {
      if (i == curtain)
        gtk_widget_add_css_class (GTK_WIDGET (self), curtain_classes[i]);
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), curtain_classes[i]);
    }

  gtk_widget_set_visible (GTK_WIDGET (self), curtain != KA_CURTAIN_NONE);
  gtk_widget_set_visible (self->box, curtain == KA_CURTAIN_END);

  if (curtain == KA_CURTAIN_END)
    {
      gtk_label_set_label (self->title_label, _("End of the Lecture"));
      gtk_label_set_label (self->subtitle_label, lecture ? ka_lecture_get_title (lecture) : "");
      label = _("End of the lecture; press Page Up to go back or Esc to stop presenting");
    }
  else if (curtain == KA_CURTAIN_WHITE)
    label = _("Screen whitened; press W to show the map again");
  else
    label = _("Screen blanked; press B to show the map again");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
ka_curtain_view_dispose (GObject *object)
{
  KaCurtainView *self = (KaCurtainView *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->presenter);

  G_OBJECT_CLASS (ka_curtain_view_parent_class)->dispose (object);
}

static void
ka_curtain_view_class_init (KaCurtainViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ka_curtain_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ka-curtain");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
}

static void
ka_curtain_view_init (KaCurtainView *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_valign (self->box, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (self->box, GTK_ALIGN_CENTER);
  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "ka-curtain-title");
  self->subtitle_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->subtitle_label, TRUE);
  gtk_label_set_justify (self->subtitle_label, GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle_label), "ka-curtain-subtitle");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->title_label));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->subtitle_label));
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
ka_curtain_view_new (void)
{
  return g_object_new (KA_TYPE_CURTAIN_VIEW, NULL);
}

void
ka_curtain_view_set_presenter (KaCurtainView *self,
                               KaPresenter   *presenter)
{
  g_return_if_fail (KA_IS_CURTAIN_VIEW (self));
  g_return_if_fail (KA_IS_PRESENTER (presenter));
  g_return_if_fail (self->presenter == NULL);

  self->presenter = g_object_ref (presenter);
  g_signal_connect_object (presenter, "notify::curtain", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (presenter, "notify::lecture", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}
