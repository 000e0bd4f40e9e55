/* ka-scale-bar.c — how far a length on the map is, in the hall's language
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libshumate's own scale writes "km" and "mi" untranslated in the
 * versions the atlas supports, and stacks two bars; this one says one
 * length in the locale's unit, in the UI's language.
 */

#define G_LOG_DOMAIN "ka-scale-bar"

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <math.h>

#include "ka-scale-bar.h"

/* The longest the bar gets, in pixels: the round length is the largest
 * 1, 2 or 5 times a power of ten that fits. */
#define MAX_WIDTH 150.0
#define METRES_PER_FOOT 0.3048
#define FEET_PER_MILE 5280.0

struct _KaScaleBar
{
  GtkWidget parent_instance;

  ShumateViewport *viewport;
  ShumateUnit unit;
  GtkWidget *label;
};

G_DEFINE_FINAL_TYPE (KaScaleBar, ka_scale_bar, GTK_TYPE_WIDGET)

/* Kilometres in a Japanese or Russian hall, miles where the locale uses
 * them, as GNOME Maps chooses. */
static ShumateUnit
locale_unit (void)
{
#ifdef __GLIBC__
  const char *measurement = nl_langinfo (_NL_MEASUREMENT_MEASUREMENT);

  /* 1 is metric, 2 imperial. */
  if (measurement != NULL && measurement[0] == 2)
    return SHUMATE_UNIT_IMPERIAL;
#endif

  return SHUMATE_UNIT_METRIC;
}

/* The largest 1, 2 or 5 times a power of ten not above @value. */
static double
round_length (double value)
{
  double power = pow (10.0, floor (log10 (value)));

  if (5.0 * power <= value)
    return 5.0 * power;
  if (2.0 * power <= value)
    return 2.0 * power;
  return power;
}

static void
update (KaScaleBar *self)
{
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (self->viewport);
  double latitude = shumate_location_get_latitude (SHUMATE_LOCATION (self->viewport));
  double longitude = shumate_location_get_longitude (SHUMATE_LOCATION (self->viewport));
  double metres_per_pixel, longest, length, metres;
  g_autofree char *text = NULL;

  if (source == NULL)
    return;

  metres_per_pixel = shumate_map_source_get_meters_per_pixel (source,
                                                              shumate_viewport_get_zoom_level (self->viewport),
                                                              latitude, longitude);
  if (!(metres_per_pixel > 0))
    return;

  longest = MAX_WIDTH * metres_per_pixel;

  if (self->unit == SHUMATE_UNIT_IMPERIAL && longest / METRES_PER_FOOT >= FEET_PER_MILE)
    {
      length = round_length (longest / METRES_PER_FOOT / FEET_PER_MILE);
      metres = length * FEET_PER_MILE * METRES_PER_FOOT;
      /* Translators: a length on the map's scale bar, in miles */
      text = g_strdup_printf (_("%d mi"), (int) length);
    }
  else if (self->unit == SHUMATE_UNIT_IMPERIAL)
    {
      length = round_length (longest / METRES_PER_FOOT);
      metres = length * METRES_PER_FOOT;
      /* Translators: a length on the map's scale bar, in feet */
      text = g_strdup_printf (_("%d ft"), (int) length);
    }
  else if (longest >= 1000.0)
    {
      length = round_length (longest / 1000.0);
      metres = length * 1000.0;
      /* Translators: a length on the map's scale bar, in kilometres */
      text = g_strdup_printf (_("%d km"), (int) length);
    }
  else
    {
      length = round_length (longest);
      metres = length;
      /* Translators: a length on the map's scale bar, in metres */
      text = g_strdup_printf (_("%d m"), (int) length);
    }

  gtk_widget_set_size_request (self->label, (int) round (metres / metres_per_pixel), -1);
  gtk_label_set_label (GTK_LABEL (self->label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
ka_scale_bar_dispose (GObject *object)
{
  KaScaleBar *self = KA_SCALE_BAR (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_object (&self->viewport);

  G_OBJECT_CLASS (ka_scale_bar_parent_class)->dispose (object);
}

static void
ka_scale_bar_class_init (KaScaleBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ka_scale_bar_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ka-scale-bar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ka_scale_bar_init (KaScaleBar *self)
{
  self->unit = locale_unit ();
  self->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0.0);
  gtk_widget_set_halign (self->label, GTK_ALIGN_START);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_END);
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

GtkWidget *
ka_scale_bar_new (ShumateViewport *viewport)
{
  KaScaleBar *self;

  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);

  self = g_object_new (KA_TYPE_SCALE_BAR, NULL);
  self->viewport = g_object_ref (viewport);
  g_signal_connect_object (viewport, "notify::latitude", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::zoom-level", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::reference-map-source", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

const char *
ka_scale_bar_get_text (KaScaleBar *self)
{
  g_return_val_if_fail (KA_IS_SCALE_BAR (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->label));
}

ShumateUnit
ka_scale_bar_get_unit (KaScaleBar *self)
{
  g_return_val_if_fail (KA_IS_SCALE_BAR (self), SHUMATE_UNIT_METRIC);

  return self->unit;
}
