/* ka-ink.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A point on the map, not on a screen. */
typedef struct
{
  double lat;
  double lon;
} KaInkPoint;

#define KA_TYPE_INK (ka_ink_get_type ())

G_DECLARE_FINAL_TYPE (KaInk, ka_ink, KA, INK, GObject)

KaInk            *ka_ink_new              (void);
gboolean          ka_ink_get_laser        (KaInk      *self);
void              ka_ink_set_laser        (KaInk      *self,
                                           gboolean    laser);
gboolean          ka_ink_get_pen          (KaInk      *self);
void              ka_ink_set_pen          (KaInk      *self,
                                           gboolean    pen);
gboolean          ka_ink_get_pointer      (KaInk      *self,
                                           KaInkPoint *point);
void              ka_ink_set_pointer      (KaInk      *self,
                                           double      lat,
                                           double      lon);
void              ka_ink_hide_pointer     (KaInk      *self);
void              ka_ink_begin_stroke     (KaInk      *self,
                                           double      lat,
                                           double      lon);
void              ka_ink_extend_stroke    (KaInk      *self,
                                           double      lat,
                                           double      lon);
guint             ka_ink_get_n_strokes    (KaInk      *self);
const KaInkPoint *ka_ink_get_stroke       (KaInk      *self,
                                           guint       index,
                                           guint      *n_points);
void              ka_ink_clear            (KaInk      *self);

G_END_DECLS
