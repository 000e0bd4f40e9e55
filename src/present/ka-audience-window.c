/* ka-audience-window.c — what the room sees while the lecturer has the console
 *
 * The map, the caption strip, the pointer and pen, and the curtain; never
 * the speaker's note. It shares the lecturer's window's state, so a step
 * shows the same year and island in both.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-audience-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-audience-window.h"
#include "ka-curtain-view.h"

struct _KaAudienceWindow
{
  AdwWindow parent_instance;

  KaMapView *map_view;
  KaCaptionStrip *caption_strip;
  KaInkLayer *ink_layer;
};

G_DEFINE_FINAL_TYPE (KaAudienceWindow, ka_audience_window, ADW_TYPE_WINDOW)

static void
ka_audience_window_class_init (KaAudienceWindowClass *klass)
{
}

static void
ka_audience_window_init (KaAudienceWindow *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Kuril Atlas — Audience View"));
  gtk_widget_add_css_class (GTK_WIDGET (self), "ka-presenting");
  gtk_widget_add_css_class (GTK_WIDGET (self), "ka-audience");
}

KaAudienceWindow *
ka_audience_window_new (KaState        *state,
                        KaPresenter    *presenter,
                        KaInk          *ink,
                        KaAtlas        *atlas,
                        KaTileRenderer *renderer)
{
  KaAudienceWindow *self = g_object_new (KA_TYPE_AUDIENCE_WINDOW, NULL);
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *revealer = gtk_revealer_new ();
  GtkWidget *curtain = ka_curtain_view_new ();

  self->map_view = KA_MAP_VIEW (ka_map_view_new ());
  ka_map_view_set_atlas (self->map_view, atlas, renderer);
  ka_map_view_set_state (self->map_view, state);
  shumate_simple_map_set_show_zoom_buttons (ka_map_view_get_simple_map (self->map_view), FALSE);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->map_view));

  self->ink_layer = KA_INK_LAYER (ka_ink_layer_new (self->map_view, ink));
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), GTK_WIDGET (self->ink_layer));

  self->caption_strip = KA_CAPTION_STRIP (ka_caption_strip_new ());
  gtk_widget_set_valign (revealer, GTK_ALIGN_END);
  gtk_revealer_set_reveal_child (GTK_REVEALER (revealer), TRUE);
  gtk_revealer_set_child (GTK_REVEALER (revealer), GTK_WIDGET (self->caption_strip));
  /* The room's map is the step's, whole: its legend is a line of the strip. */
  ka_map_view_set_legend_visible (self->map_view, FALSE);
  ka_caption_strip_set_map_view (self->caption_strip, self->map_view);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), revealer);

  ka_curtain_view_set_presenter (KA_CURTAIN_VIEW (curtain), presenter);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), curtain);

  adw_window_set_content (ADW_WINDOW (self), overlay);

  return self;
}

KaMapView *
ka_audience_window_get_map_view (KaAudienceWindow *self)
{
  g_return_val_if_fail (KA_IS_AUDIENCE_WINDOW (self), NULL);

  return self->map_view;
}

KaCaptionStrip *
ka_audience_window_get_caption_strip (KaAudienceWindow *self)
{
  g_return_val_if_fail (KA_IS_AUDIENCE_WINDOW (self), NULL);

  return self->caption_strip;
}

KaInkLayer *
ka_audience_window_get_ink_layer (KaAudienceWindow *self)
{
  g_return_val_if_fail (KA_IS_AUDIENCE_WINDOW (self), NULL);

  return self->ink_layer;
}
