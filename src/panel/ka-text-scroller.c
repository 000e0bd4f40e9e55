/* ka-text-scroller.c — scrolls a text view to a mark, and keeps it there
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-text-scroller"

#include "config.h"

#include <math.h>

#include "ka-text-scroller.h"

/* How long a scroll's target must hold still before the scroll is done,
 * and how long a scroll may go on settling at most. */
#define SETTLE_USEC     (250 * G_TIME_SPAN_MILLISECOND)
#define SETTLE_MAX_USEC (3 * G_TIME_SPAN_SECOND)

struct _KaTextScroller
{
  GObject parent_instance;

  /* Owned */
  GtkTextView *text_view;
  GtkTextMark *mark;

  double  yalign;
  guint   settle_id;
  gint64  settle_start;
  gint64  settle_changed;
  double  settle_target;
};

G_DEFINE_FINAL_TYPE (KaTextScroller, ka_text_scroller, G_TYPE_OBJECT)

/* The value of the vertical adjustment that puts the mark at yalign of
 * the view's height, as far as the view knows the lines' heights now. */
static double
scroll_target (KaTextScroller *self,
               GtkAdjustment  *vadjustment)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GdkRectangle visible, location;
  GtkTextIter iter;
  double value = gtk_adjustment_get_value (vadjustment);
  double target;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, self->mark);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);
  gtk_text_view_get_visible_rect (self->text_view, &visible);

  target = value + (location.y - visible.y) - self->yalign * visible.height;
  return CLAMP (target,
                gtk_adjustment_get_lower (vadjustment),
                gtk_adjustment_get_upper (vadjustment) - gtk_adjustment_get_page_size (vadjustment));
}

/* The text view measures its lines a little at a time, and until it has,
 * their heights are guesses: gtk_text_view_scroll_to_mark() made before
 * then (right after the text was set, or before the view was shown)
 * lands off target. So the scroll is made each frame, from the heights
 * known then, until the target has held still for a moment. Frame
 * callbacks only run once the view is shown. */
static gboolean
settle_scroll (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  KaTextScroller *self = KA_TEXT_SCROLLER (user_data);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view));
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double target = scroll_target (self, vadjustment);

  if (self->settle_start == 0)
    self->settle_start = now;

  if (fabs (target - self->settle_target) >= 1)
    {
      self->settle_target = target;
      self->settle_changed = now;
    }
  if (fabs (gtk_adjustment_get_value (vadjustment) - target) >= 1)
    gtk_adjustment_set_value (vadjustment, target);

  if (now - self->settle_changed < SETTLE_USEC && now - self->settle_start < SETTLE_MAX_USEC)
    return G_SOURCE_CONTINUE;

  self->settle_id = 0;
  return G_SOURCE_REMOVE;
}

static void
ka_text_scroller_dispose (GObject *object)
{
  KaTextScroller *self = KA_TEXT_SCROLLER (object);

  ka_text_scroller_cancel (self);
  g_clear_object (&self->mark);
  g_clear_object (&self->text_view);

  G_OBJECT_CLASS (ka_text_scroller_parent_class)->dispose (object);
}

static void
ka_text_scroller_class_init (KaTextScrollerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ka_text_scroller_dispose;
}

static void
ka_text_scroller_init (KaTextScroller *self)
{
}

/**
 * ka_text_scroller_new:
 * @text_view: the view to scroll
 * @yalign: where in the view's height a mark is put: 0 at the top, 1 at
 *   the bottom
 *
 * Returns: (transfer full): a scroller for @text_view; dispose of it
 *   before the view, which stops a scroll still settling
 */
KaTextScroller *
ka_text_scroller_new (GtkTextView *text_view,
                      double       yalign)
{
  KaTextScroller *self;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (text_view), NULL);

  self = g_object_new (KA_TYPE_TEXT_SCROLLER, NULL);
  self->text_view = g_object_ref (text_view);
  self->yalign = CLAMP (yalign, 0.0, 1.0);
  return self;
}

/**
 * ka_text_scroller_scroll_to_mark:
 * @mark: a mark in the view's buffer
 *
 * Scrolls so that @mark is at the scroller's yalign, and keeps it there,
 * frame by frame, while the view measures the lines above it: in place
 * of any earlier scroll. Before the view is shown, the scroll waits for
 * it to be.
 */
void
ka_text_scroller_scroll_to_mark (KaTextScroller *self,
                                 GtkTextMark    *mark)
{
  g_return_if_fail (KA_IS_TEXT_SCROLLER (self));
  g_return_if_fail (GTK_IS_TEXT_MARK (mark));
  g_return_if_fail (gtk_text_mark_get_buffer (mark) == gtk_text_view_get_buffer (self->text_view));

  g_set_object (&self->mark, mark);
  self->settle_target = -1;
  self->settle_start = 0;
  self->settle_changed = 0;
  if (self->settle_id == 0)
    self->settle_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view), settle_scroll, self, NULL);
}

/**
 * ka_text_scroller_is_settling:
 *
 * Returns: %TRUE while a scroll is still being made
 */
gboolean
ka_text_scroller_is_settling (KaTextScroller *self)
{
  g_return_val_if_fail (KA_IS_TEXT_SCROLLER (self), FALSE);

  return self->settle_id != 0;
}

/**
 * ka_text_scroller_cancel:
 *
 * Stops a scroll still settling, where it is.
 */
void
ka_text_scroller_cancel (KaTextScroller *self)
{
  g_return_if_fail (KA_IS_TEXT_SCROLLER (self));

  if (self->settle_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->settle_id);
      self->settle_id = 0;
    }
}
