/* ka-caption-strip.c — the line under the map while presenting: where the lecture is and what it says
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-caption-strip"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-caption-strip.h"
#include "ka-legend-strip.h"

struct _KaCaptionStrip
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget *box;
  GtkLabel *title_label;
  GtkLabel *caption_label;
  GtkLabel *counter_label;
  KaLegendStrip *legend_strip;
};

G_DEFINE_FINAL_TYPE (KaCaptionStrip, ka_caption_strip, GTK_TYPE_WIDGET)

static void
ka_caption_strip_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KA_TYPE_CAPTION_STRIP);

  G_OBJECT_CLASS (ka_caption_strip_parent_class)->dispose (object);
}

static void
ka_caption_strip_class_init (KaCaptionStripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ka_caption_strip_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/present/ka-caption-strip.ui");
  gtk_widget_class_bind_template_child (widget_class, KaCaptionStrip, box);
  gtk_widget_class_bind_template_child (widget_class, KaCaptionStrip, title_label);
  gtk_widget_class_bind_template_child (widget_class, KaCaptionStrip, caption_label);
  gtk_widget_class_bind_template_child (widget_class, KaCaptionStrip, counter_label);
  gtk_widget_class_bind_template_child (widget_class, KaCaptionStrip, legend_strip);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ka-caption-strip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
}

static void
ka_caption_strip_init (KaCaptionStrip *self)
{
  g_type_ensure (KA_TYPE_LEGEND_STRIP);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ka_caption_strip_new (void)
{
  return g_object_new (KA_TYPE_CAPTION_STRIP, NULL);
}

void
ka_caption_strip_show_step (KaCaptionStrip      *self,
                            const KaLectureStep *step,
                            int                  index,
                            int                  n_steps)
{
  g_autofree char *counter = NULL;

  g_return_if_fail (KA_IS_CAPTION_STRIP (self));

  /* The step changes what the legend holds: measure it anew, not from
   * GTK's cache of its size for the last step. */
  gtk_widget_queue_resize (GTK_WIDGET (self->legend_strip));

  if (step == NULL)
    {
      gtk_label_set_label (self->title_label, _("Ready to present"));
      gtk_label_set_label (self->caption_label, _("Press Page Down, Space or the right arrow to begin."));
      gtk_label_set_label (self->counter_label, "");
      return;
    }

  /* Translators: the step shown and the number of steps, e.g. "3 / 13" */
  counter = g_strdup_printf (_("%d / %d"), index + 1, n_steps);
  gtk_label_set_label (self->title_label, ka_lecture_step_get_title (step));
  gtk_label_set_label (self->caption_label, ka_lecture_step_get_caption (step));
  gtk_label_set_label (self->counter_label, counter);

  /* Screen readers announce the new step as the lecture moves on. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ka_lecture_step_get_caption (step),
                                  -1);
}

const char *
ka_caption_strip_get_caption (KaCaptionStrip *self)
{
  g_return_val_if_fail (KA_IS_CAPTION_STRIP (self), NULL);

  return gtk_label_get_label (self->caption_label);
}

/**
 * ka_caption_strip_set_map_view:
 * @map_view: (nullable): the map the strip is under
 *
 * Shows @map_view's legend as a line of the strip. The map view still
 * draws its own unless told not to (ka_map_view_set_legend_visible()).
 */
void
ka_caption_strip_set_map_view (KaCaptionStrip *self,
                               KaMapView      *map_view)
{
  g_return_if_fail (KA_IS_CAPTION_STRIP (self));

  ka_legend_strip_set_map_view (self->legend_strip, map_view);
  gtk_widget_set_visible (GTK_WIDGET (self->legend_strip), map_view != NULL);
}

