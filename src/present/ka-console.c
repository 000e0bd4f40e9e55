/* ka-console.c — the lecturer's screen while presenting: this step and the next, the note, the time
 *
 * What presenter consoles (LibreOffice Impress, pdfpc) show, for a map:
 * the current step as the room sees it (pointing at it points on the
 * room's screen too), the next step, the step's title, caption and
 * speaker note in large type, the time since the lecture began and the
 * clock, and every step to jump to. The note is shown here only.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-console"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-console.h"
#include "ka-step-view.h"

#define NOTE_SIZE_DEFAULT_PT 26.0
#define NOTE_SIZE_MIN_PT 12.0
#define NOTE_SIZE_MAX_PT 72.0
#define NOTE_SIZE_STEP_PT 4.0

struct _KaConsole
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget *box;
  AdwWindowTitle *window_title;
  GtkToggleButton *laser_button;
  GtkToggleButton *pen_button;
  GtkListBox *step_list;
  GtkLabel *now_label;
  GtkOverlay *current_overlay;
  GtkLabel *next_label;
  GtkWidget *next_frame;
  GtkOverlay *next_overlay;
  GtkLabel *clock_label;
  GtkLabel *elapsed_label;
  GtkToggleButton *pause_button;
  GtkLabel *typed_label;
  GtkLabel *title_label;
  GtkLabel *caption_label;
  GtkLabel *note_label;

  KaMapView *current_view;
  KaInkLayer *current_ink;
  KaMapView *next_view;

  /* Owned */
  KaState *state;
  KaState *next_state;   /* what the next step would show */
  KaPresenter *presenter;
  KaAtlas *atlas;

  double note_size;
  gint64 running_since;   /* 0 while the timer stands */
  gint64 elapsed_before;  /* µs counted before the last start */
  gboolean started;       /* the timer waits for the first step change */
  guint tick_id;
};

G_DEFINE_FINAL_TYPE (KaConsole, ka_console, GTK_TYPE_WIDGET)

double
ka_console_get_elapsed (KaConsole *self)
{
  gint64 us;

  g_return_val_if_fail (KA_IS_CONSOLE (self), 0);

  us = self->elapsed_before;
  if (self->running_since != 0)
    us += g_get_monotonic_time () - self->running_since;

  return us / (double) G_USEC_PER_SEC;
}

static void
update_clocks (KaConsole *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *clock = g_date_time_format (now, "%H:%M");
  g_autofree char *elapsed = NULL;
  guint seconds = (guint) ka_console_get_elapsed (self);

  elapsed = g_strdup_printf ("%u:%02u:%02u", seconds / 3600, seconds / 60 % 60, seconds % 60);
  gtk_label_set_label (self->elapsed_label, elapsed);
  gtk_label_set_label (self->clock_label, clock);
}

static gboolean
on_tick (gpointer data)
{
  update_clocks (KA_CONSOLE (data));

  return G_SOURCE_CONTINUE;
}

static void
start_timer (KaConsole *self)
{
  self->started = TRUE;
  if (self->running_since == 0)
    self->running_since = g_get_monotonic_time ();
}

void
ka_console_set_timer_paused (KaConsole *self,
                             gboolean   paused)
{
  g_return_if_fail (KA_IS_CONSOLE (self));

  if (paused && self->running_since != 0)
    {
      self->elapsed_before += g_get_monotonic_time () - self->running_since;
      self->running_since = 0;
    }
  else if (!paused)
    start_timer (self);

  if (gtk_toggle_button_get_active (self->pause_button) != paused)
    gtk_toggle_button_set_active (self->pause_button, paused);
  update_clocks (self);
}

/* Back to zero, waiting again for the next step change. */
void
ka_console_reset_timer (KaConsole *self)
{
  g_return_if_fail (KA_IS_CONSOLE (self));

  gtk_toggle_button_set_active (self->pause_button, FALSE);
  self->running_since = 0;
  self->elapsed_before = 0;
  self->started = FALSE;
  update_clocks (self);
}

static void
on_pause_toggled (KaConsole       *self,
                  GtkToggleButton *button)
{
  ka_console_set_timer_paused (self, gtk_toggle_button_get_active (button));
}

static void
on_reset_clicked (KaConsole *self)
{
  ka_console_reset_timer (self);
}

double
ka_console_get_note_size (KaConsole *self)
{
  g_return_val_if_fail (KA_IS_CONSOLE (self), 0);

  return self->note_size;
}

void
ka_console_set_note_size (KaConsole *self,
                          double     points)
{
  PangoAttrList *attributes;

  g_return_if_fail (KA_IS_CONSOLE (self));

  self->note_size = CLAMP (points, NOTE_SIZE_MIN_PT, NOTE_SIZE_MAX_PT);
  attributes = pango_attr_list_new ();
  pango_attr_list_insert (attributes, pango_attr_size_new ((int) (self->note_size * PANGO_SCALE)));
  gtk_label_set_attributes (self->note_label, attributes);
  pango_attr_list_unref (attributes);
}

static void
on_smaller_clicked (KaConsole *self)
{
  ka_console_set_note_size (self, self->note_size - NOTE_SIZE_STEP_PT);
}

static void
on_larger_clicked (KaConsole *self)
{
  ka_console_set_note_size (self, self->note_size + NOTE_SIZE_STEP_PT);
}

static void
on_step_activated (KaConsole     *self,
                   GtkListBoxRow *row)
{
  ka_presenter_set_curtain (self->presenter, KA_CURTAIN_NONE);
  ka_presenter_go_to (self->presenter, gtk_list_box_row_get_index (row));
}

static void
fill_step_list (KaConsole *self)
{
  KaLecture *lecture = ka_presenter_get_lecture (self->presenter);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->step_list))) != NULL)
    gtk_list_box_remove (self->step_list, child);

  if (lecture == NULL)
    return;

  adw_window_title_set_subtitle (self->window_title, ka_lecture_get_title (lecture));
  for (guint i = 0; i < ka_lecture_get_n_steps (lecture); i++)
    {
      g_autofree char *text = g_strdup_printf ("%u. %s", i + 1,
                                               ka_lecture_step_get_title (ka_lecture_get_step (lecture, i)));
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_list_box_append (self->step_list, label);
    }
}

static void
show_next_step (KaConsole *self,
                KaLecture *lecture,
                int        index)
{
  const KaLectureStep *next = NULL;
  g_autofree char *label = NULL;

  if (lecture != NULL && index + 1 < (int) ka_lecture_get_n_steps (lecture))
    next = ka_lecture_get_step (lecture, index + 1);

  gtk_widget_set_visible (self->next_frame, next != NULL);
  if (next == NULL)
    {
      gtk_label_set_label (self->next_label, _("Next: the end of the lecture"));
      return;
    }

  /* Translators: the title of the lecture's next step */
  label = g_strdup_printf (_("Next: %s"), ka_lecture_step_get_title (next));
  gtk_label_set_label (self->next_label, label);
  ka_step_view_apply_state (next, ka_atlas_get_islands (self->atlas), self->next_state);
  ka_step_view_frame (next, ka_atlas_get_islands (self->atlas), self->next_view, 0);
}

static void
on_step_changed (KaConsole *self)
{
  KaLecture *lecture = ka_presenter_get_lecture (self->presenter);
  const KaLectureStep *step = ka_presenter_get_current_step (self->presenter);
  int index = ka_presenter_get_step (self->presenter);
  g_autofree char *now = NULL;

  if (!self->started)
    start_timer (self);

  if (step == NULL)
    return;

  /* Translators: the step shown and the number of steps, e.g. "Now: 3 / 13" */
  now = g_strdup_printf (_("Now: %d / %u"), index + 1, ka_lecture_get_n_steps (lecture));
  gtk_label_set_label (self->now_label, now);
  gtk_label_set_label (self->title_label, ka_lecture_step_get_title (step));
  gtk_label_set_label (self->caption_label, ka_lecture_step_get_caption (step));
  gtk_label_set_label (self->note_label, ka_lecture_step_get_note (step) ? ka_lecture_step_get_note (step)
                                                                         : _("No note for this step."));
  gtk_list_box_select_row (self->step_list, gtk_list_box_get_row_at_index (self->step_list, index));

  ka_step_view_frame (step, ka_atlas_get_islands (self->atlas), self->current_view, KA_STEP_TRANSITION_MS);
  show_next_step (self, lecture, index);
  update_clocks (self);
}

static void
on_typed_changed (KaConsole *self)
{
  guint typed = ka_presenter_get_typed (self->presenter);
  g_autofree char *text = NULL;

  /* Translators: a step number typed so far, before Enter */
  if (typed > 0)
    text = g_strdup_printf (_("Go to step %u: press Enter"), typed);
  gtk_label_set_label (self->typed_label, text ? text : "");
}

static void
ka_console_dispose (GObject *object)
{
  KaConsole *self = (KaConsole *)object;

  g_clear_handle_id (&self->tick_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), KA_TYPE_CONSOLE);
  g_clear_object (&self->state);
  g_clear_object (&self->next_state);
  g_clear_object (&self->presenter);
  g_clear_pointer (&self->atlas, ka_atlas_unref);

  G_OBJECT_CLASS (ka_console_parent_class)->dispose (object);
}

static void
ka_console_class_init (KaConsoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ka_console_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/present/ka-console.ui");
  gtk_widget_class_bind_template_child (widget_class, KaConsole, box);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, window_title);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, laser_button);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, pen_button);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, step_list);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, now_label);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, current_overlay);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, next_label);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, next_frame);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, next_overlay);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, clock_label);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, elapsed_label);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, pause_button);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, typed_label);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, title_label);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, caption_label);
  gtk_widget_class_bind_template_child (widget_class, KaConsole, note_label);
  gtk_widget_class_bind_template_callback (widget_class, on_smaller_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_larger_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_pause_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_step_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ka-console");
}

static void
ka_console_init (KaConsole *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Opaque: it lies over the window's own content. */
  gtk_widget_add_css_class (GTK_WIDGET (self), "background");
  self->next_state = ka_state_new ();
  ka_console_set_note_size (self, NOTE_SIZE_DEFAULT_PT);
}

static KaMapView *
add_preview (GtkOverlay     *overlay,
             KaState        *state,
             KaAtlas        *atlas,
             KaTileRenderer *renderer)
{
  KaMapView *view = KA_MAP_VIEW (ka_map_view_new ());

  ka_map_view_set_atlas (view, atlas, renderer);
  ka_map_view_set_state (view, state);
  shumate_simple_map_set_show_zoom_buttons (ka_map_view_get_simple_map (view), FALSE);
  gtk_widget_set_overflow (GTK_WIDGET (overlay), GTK_OVERFLOW_HIDDEN);
  gtk_overlay_set_child (overlay, GTK_WIDGET (view));

  return view;
}

KaConsole *
ka_console_new (KaState        *state,
                KaPresenter    *presenter,
                KaInk          *ink,
                KaAtlas        *atlas,
                KaTileRenderer *renderer)
{
  KaConsole *self = g_object_new (KA_TYPE_CONSOLE, NULL);

  self->state = g_object_ref (state);
  self->presenter = g_object_ref (presenter);
  self->atlas = ka_atlas_ref (atlas);

  self->current_view = add_preview (self->current_overlay, state, atlas, renderer);
  self->current_ink = KA_INK_LAYER (ka_ink_layer_new (self->current_view, ink));
  gtk_overlay_add_overlay (self->current_overlay, GTK_WIDGET (self->current_ink));

  /* The next step's own state, so showing it changes nothing else. */
  ka_state_set_naming (self->next_state, ka_state_get_naming (state));
  self->next_view = add_preview (self->next_overlay, self->next_state, atlas, renderer);
  /* A glimpse of where the lecture goes: at a third of the current
   * preview's size, a legend and a scale would cover most of it. */
  ka_map_view_set_legend_visible (self->next_view, FALSE);
  gtk_widget_set_visible (ka_map_view_get_scale_bar (self->next_view), FALSE);

  g_object_bind_property (ink, "laser", self->laser_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (ink, "pen", self->pen_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  g_signal_connect_object (state, "notify::lecture-step", G_CALLBACK (on_step_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (presenter, "notify::lecture", G_CALLBACK (fill_step_list), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (presenter, "notify::typed", G_CALLBACK (on_typed_changed), self, G_CONNECT_SWAPPED);
  fill_step_list (self);

  /* The step shown already does not start the timer: the first change does. */
  on_step_changed (self);
  self->running_since = 0;
  self->started = FALSE;
  update_clocks (self);
  self->tick_id = g_timeout_add_seconds (1, on_tick, self);

  return self;
}

const char *
ka_console_get_note (KaConsole *self)
{
  g_return_val_if_fail (KA_IS_CONSOLE (self), NULL);

  return gtk_label_get_label (self->note_label);
}

KaMapView *
ka_console_get_current_view (KaConsole *self)
{
  g_return_val_if_fail (KA_IS_CONSOLE (self), NULL);

  return self->current_view;
}

KaInkLayer *
ka_console_get_current_ink (KaConsole *self)
{
  g_return_val_if_fail (KA_IS_CONSOLE (self), NULL);

  return self->current_ink;
}

KaMapView *
ka_console_get_next_view (KaConsole *self)
{
  g_return_val_if_fail (KA_IS_CONSOLE (self), NULL);

  return self->next_view;
}
