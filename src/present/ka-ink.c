/* ka-ink.c — the lecturer's laser pointer and pen strokes, in map coordinates
 *
 * Kept as latitude and longitude, not pixels, so that the dot and the
 * strokes land on the same place in every view of the map (the audience
 * view, the console's preview) and move with the map when it moves.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-ink"

#include "config.h"

#include "ka-ink.h"

struct _KaInk
{
  GObject parent_instance;

  gboolean laser;
  gboolean pen;
  gboolean has_pointer;
  KaInkPoint pointer;

  /* Owned: one GArray of KaInkPoint per stroke */
  GPtrArray *strokes;
};

G_DEFINE_FINAL_TYPE (KaInk, ka_ink, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LASER,
  PROP_PEN,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
ka_ink_finalize (GObject *object)
{
  KaInk *self = (KaInk *)object;

  g_clear_pointer (&self->strokes, g_ptr_array_unref);

  G_OBJECT_CLASS (ka_ink_parent_class)->finalize (object);
}

static void
ka_ink_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  KaInk *self = KA_INK (object);

  switch (prop_id)
    {
    case PROP_LASER:
      g_value_set_boolean (value, self->laser);
      break;
    case PROP_PEN:
      g_value_set_boolean (value, self->pen);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ka_ink_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  KaInk *self = KA_INK (object);

  switch (prop_id)
    {
    case PROP_LASER:
      ka_ink_set_laser (self, g_value_get_boolean (value));
      break;
    case PROP_PEN:
      ka_ink_set_pen (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ka_ink_class_init (KaInkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ka_ink_finalize;
  object_class->get_property = ka_ink_get_property;
  object_class->set_property = ka_ink_set_property;

  /* Whether the pointer shows as a laser dot. */
  properties[PROP_LASER] =
    g_param_spec_boolean ("laser", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether dragging on the map draws instead of panning. */
  properties[PROP_PEN] =
    g_param_spec_boolean ("pen", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Anything drawn changed: the views draw again. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ka_ink_init (KaInk *self)
{
  self->strokes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

KaInk *
ka_ink_new (void)
{
  return g_object_new (KA_TYPE_INK, NULL);
}

static void
changed (KaInk *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
ka_ink_get_laser (KaInk *self)
{
  g_return_val_if_fail (KA_IS_INK (self), FALSE);

  return self->laser;
}

/* The dot goes with the laser, and comes back where the mouse next is. */
void
ka_ink_set_laser (KaInk    *self,
                  gboolean  laser)
{
  g_return_if_fail (KA_IS_INK (self));

  laser = !!laser;
  if (self->laser == laser)
    return;

  self->laser = laser;
  if (!laser)
    self->has_pointer = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LASER]);
  changed (self);
}

gboolean
ka_ink_get_pen (KaInk *self)
{
  g_return_val_if_fail (KA_IS_INK (self), FALSE);

  return self->pen;
}

void
ka_ink_set_pen (KaInk    *self,
                gboolean  pen)
{
  g_return_if_fail (KA_IS_INK (self));

  pen = !!pen;
  if (self->pen == pen)
    return;

  self->pen = pen;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PEN]);
}

/**
 * ka_ink_get_pointer:
 * @point: (out) (optional): where the laser dot is
 *
 * Returns: whether the laser dot shows
 */
gboolean
ka_ink_get_pointer (KaInk      *self,
                    KaInkPoint *point)
{
  g_return_val_if_fail (KA_IS_INK (self), FALSE);

  if (point != NULL)
    *point = self->pointer;

  return self->laser && self->has_pointer;
}

/* Moves the dot; it shows only while the laser is on. */
void
ka_ink_set_pointer (KaInk  *self,
                    double  lat,
                    double  lon)
{
  g_return_if_fail (KA_IS_INK (self));

  self->pointer.lat = lat;
  self->pointer.lon = lon;
  self->has_pointer = TRUE;
  if (self->laser)
    changed (self);
}

void
ka_ink_hide_pointer (KaInk *self)
{
  g_return_if_fail (KA_IS_INK (self));

  if (!self->has_pointer)
    return;

  self->has_pointer = FALSE;
  if (self->laser)
    changed (self);
}

void
ka_ink_begin_stroke (KaInk  *self,
                     double  lat,
                     double  lon)
{
  GArray *stroke;

  g_return_if_fail (KA_IS_INK (self));

  stroke = g_array_new (FALSE, FALSE, sizeof (KaInkPoint));
  g_ptr_array_add (self->strokes, stroke);
  ka_ink_extend_stroke (self, lat, lon);
}

void
ka_ink_extend_stroke (KaInk  *self,
                      double  lat,
                      double  lon)
{
  KaInkPoint point = { lat, lon };

  g_return_if_fail (KA_IS_INK (self));
  g_return_if_fail (self->strokes->len > 0);

  g_array_append_val (g_ptr_array_index (self->strokes, self->strokes->len - 1), point);
  changed (self);
}

guint
ka_ink_get_n_strokes (KaInk *self)
{
  g_return_val_if_fail (KA_IS_INK (self), 0);

  return self->strokes->len;
}

const KaInkPoint *
ka_ink_get_stroke (KaInk *self,
                   guint  index,
                   guint *n_points)
{
  GArray *stroke;

  g_return_val_if_fail (KA_IS_INK (self), NULL);
  g_return_val_if_fail (index < self->strokes->len, NULL);

  stroke = g_ptr_array_index (self->strokes, index);
  *n_points = stroke->len;

  return (const KaInkPoint *) stroke->data;
}

/* E, and every step change: the pen's strokes go. */
void
ka_ink_clear (KaInk *self)
{
  g_return_if_fail (KA_IS_INK (self));

  if (self->strokes->len == 0)
    return;

  g_ptr_array_set_size (self->strokes, 0);
  changed (self);
}
