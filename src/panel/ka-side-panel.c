/* ka-side-panel.c — the panel beside the map: the selected island and the claims to it
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-side-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ka-side-panel.h"

struct _KaSidePanel
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack *stack;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (KaSidePanel, ka_side_panel, GTK_TYPE_WIDGET)

static void
ka_side_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KA_TYPE_SIDE_PANEL);

  G_OBJECT_CLASS (ka_side_panel_parent_class)->dispose (object);
}

static void
ka_side_panel_class_init (KaSidePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ka_side_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/panel/ka-side-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, stack);
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, empty_page);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ka-side-panel");
}

static void
ka_side_panel_init (KaSidePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ka_side_panel_new (void)
{
  return g_object_new (KA_TYPE_SIDE_PANEL, NULL);
}
