/* ka-window-presentation.c — presenting a lecture: full screen, captions, clicker keys
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-window-private.h"

/* Room the caption strip takes at the bottom of the map, margins included. */
#define CAPTION_INSET_PX 150.0
/* Long enough to follow, short enough not to keep a room waiting. */
#define STEP_TRANSITION_MS 1200

/* Enabled only while presenting. The keys bound to them in the capture
 * phase (add_presenting_shortcuts()) are the lecture's then, and reach
 * nothing else. */
static const char *presenting_actions[] = {
  "win.present-next", "win.present-previous", "win.present-first", "win.present-last",
  "win.present-blank", "win.present-leave", NULL,
};

/* Disabled while presenting, so that their keys (Page Down, Page Up,
 * Escape) have one meaning at a time: the lecture's shortcuts above. */
static const char *browsing_actions[] = {
  "win.next-island", "win.previous-island", "win.clear-selection", NULL,
};

/* The map ends above the caption strip, however many lines its caption
 * takes at this width: framing, labels and the scale bar keep out of it. */
static void
update_caption_inset (KaWindow *self)
{
  int height = 0;

  if (ka_state_get_presenting (self->state))
    gtk_widget_measure (GTK_WIDGET (self->caption_strip), GTK_ORIENTATION_VERTICAL,
                        gtk_widget_get_width (GTK_WIDGET (self->map_view)), NULL, &height, NULL, NULL);

  ka_map_view_set_bottom_inset (self->map_view,
                                ka_state_get_presenting (self->state) ? MAX (CAPTION_INSET_PX, height) : 0);
}

static void
frame_step (KaWindow            *self,
            const KaLectureStep *step)
{
  KaBox box;
  double lon, lat, zoom;

  if (ka_lecture_step_resolve_view (step, ka_atlas_get_islands (self->atlas), &box, &lon, &lat, &zoom))
    ka_map_view_go_to (self->map_view, lat, lon, zoom, STEP_TRANSITION_MS);
  else
    ka_map_view_fly_to_box (self->map_view, &box, STEP_TRANSITION_MS);
}

/* Every way through a lecture ends here: the step sets the whole state.
 * None of it is saved as the user's choice (see saves_choices()). */
static void
on_step_changed (KaWindow *self)
{
  const KaLectureStep *step = ka_presenter_get_current_step (self->presenter);
  KaLecture *lecture = ka_presenter_get_lecture (self->presenter);
  g_auto(GStrv) ids = NULL;

  ka_caption_strip_show_step (self->caption_strip, step, ka_presenter_get_step (self->presenter),
                              lecture ? (int) ka_lecture_get_n_steps (lecture) : 0);
  if (step == NULL)
    return;
  update_caption_inset (self);

  ka_state_set_year (self->state, ka_lecture_step_get_year (step));
  ka_state_set_compare_years (self->state, ka_lecture_step_get_compare (step));
  ids = ka_lecture_step_dup_island_ids (step, ka_atlas_get_islands (self->atlas));
  ka_state_set_selected_islands (self->state, (const char * const *) ids);
  if (ka_lecture_step_get_naming (step) >= 0)
    ka_state_set_naming (self->state, ka_lecture_step_get_naming (step));

  frame_step (self, step);
}

static gboolean
ensure_lecture (KaWindow *self)
{
  g_autoptr(KaLecture) lecture = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;

  if (ka_presenter_get_lecture (self->presenter) != NULL)
    return TRUE;

  ids = ka_atlas_dup_island_ids (self->atlas);
  lecture = ka_lecture_new_from_resource (KA_DEFAULT_LECTURE_RESOURCE, (const char * const *) ids, &error);
  if (lecture == NULL)
    {
      g_critical ("The default lecture does not load: %s", error->message);
      return FALSE;
    }

  ka_presenter_set_lecture (self->presenter, lecture);

  return TRUE;
}

static void
enable_actions (KaWindow *self,
                gboolean  presenting)
{
  for (guint i = 0; presenting_actions[i] != NULL; i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), presenting_actions[i], presenting);
  for (guint i = 0; browsing_actions[i] != NULL; i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), browsing_actions[i], !presenting);
}

/* Everything presenting changes follows the state's "presenting". */
static void
on_presenting_changed (KaWindow *self)
{
  gboolean presenting = ka_state_get_presenting (self->state);

  enable_actions (self, presenting);
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  update_caption_inset (self);
  shumate_simple_map_set_show_zoom_buttons (ka_map_view_get_simple_map (self->map_view), !presenting);

  if (presenting)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "ka-presenting");
      gtk_window_fullscreen (GTK_WINDOW (self));
      gtk_widget_grab_focus (GTK_WIDGET (self->map_view));
      if (ka_presenter_get_step (self->presenter) < 0)
        ka_presenter_first (self->presenter);
      else
        on_step_changed (self);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "ka-presenting");
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  gboolean presenting = ka_state_get_presenting (self->state);

  if (!presenting && !ensure_lecture (self))
    return;

  ka_state_set_presenting (self->state, !presenting);
}

static void
present_leave_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ka_state_set_presenting (KA_WINDOW (widget)->state, FALSE);
}

static void
present_step_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);

  /* A key press while blanked brings the map back where it was. */
  if (ka_state_get_blanked (self->state))
    {
      ka_state_set_blanked (self->state, FALSE);
      return;
    }

  if (g_str_equal (action_name, "win.present-next"))
    ka_presenter_next (self->presenter);
  else if (g_str_equal (action_name, "win.present-previous"))
    ka_presenter_previous (self->presenter);
  else if (g_str_equal (action_name, "win.present-first"))
    ka_presenter_first (self->presenter);
  else
    ka_presenter_last (self->presenter);
}

static void
present_blank_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);

  ka_state_set_blanked (self->state, !ka_state_get_blanked (self->state));
}

/* Says why a lecture could not be opened, and that nothing was lost. */
void
ka_window_show_lecture_error (KaWindow     *self,
                              const GError *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Lecture Could Not Be Opened"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s\n\nThe lecture that was open is still open."),
                                  error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * ka_window_open_lecture:
 * @file: a lecture file, see docs/lecture-format.md
 *
 * Replaces the window's lecture with @file's if it is a valid lecture;
 * otherwise says why, and keeps the lecture it had.
 *
 * Returns: whether the lecture was opened
 */
gboolean
ka_window_open_lecture (KaWindow  *self,
                        GFile     *file,
                        GError   **error)
{
  g_autoptr(KaLecture) lecture = NULL;
  g_auto(GStrv) ids = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  g_return_val_if_fail (KA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  ids = ka_atlas_dup_island_ids (self->atlas);

  lecture = ka_lecture_new_from_file (file, (const char * const *) ids, error);
  if (lecture == NULL)
    return FALSE;

  ka_window_editor_set_next_file (self, file);
  ka_presenter_set_lecture (self->presenter, lecture);

  message = g_strdup_printf (ngettext ("Lecture “%s” opened, %u step: press F5 to present",
                                       "Lecture “%s” opened, %u steps: press F5 to present",
                                       ka_lecture_get_n_steps (lecture)),
                             ka_lecture_get_title (lecture), ka_lecture_get_n_steps (lecture));
  toast = adw_toast_new (message);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  return TRUE;
}

static void
on_lecture_chosen (GtkNativeDialog *chooser,
                   int              response,
                   KaWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (file != NULL && !ka_window_open_lecture (self, file, &error))
        ka_window_show_lecture_error (self, error);
    }

  g_object_unref (chooser);
}

static void
open_lecture_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (!ka_window_editor_confirm (self, action_name))
    return;

  gtk_file_filter_set_name (filter, _("Lectures"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_mime_type (filter, "application/json");

  chooser = gtk_file_chooser_native_new (_("Open Lecture"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_lecture_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
add_presenting_shortcuts (KaWindow *self)
{
  static const struct {
    guint key;
    const char *action;
  } keys[] = {
    /* What presentation clickers send, and what a keyboard user expects. */
    { GDK_KEY_Page_Down, "win.present-next" },
    { GDK_KEY_Right, "win.present-next" },
    { GDK_KEY_space, "win.present-next" },
    { GDK_KEY_Return, "win.present-next" },
    { GDK_KEY_Page_Up, "win.present-previous" },
    { GDK_KEY_Left, "win.present-previous" },
    { GDK_KEY_BackSpace, "win.present-previous" },
    { GDK_KEY_Home, "win.present-first" },
    { GDK_KEY_End, "win.present-last" },
    { GDK_KEY_b, "win.present-blank" },
    { GDK_KEY_B, "win.present-blank" },
    { GDK_KEY_period, "win.present-blank" },
    { GDK_KEY_Escape, "win.present-leave" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  /* Capture: while presenting these keys are the lecture's, whatever has
   * the focus; disabled actions let the keys through otherwise. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_LOCAL);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, 0),
                                                            gtk_named_action_new (keys[i].action)));

  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
ka_window_presentation_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.present-leave", NULL, present_leave_action);
  gtk_widget_class_install_action (widget_class, "win.present-next", NULL, present_step_action);
  gtk_widget_class_install_action (widget_class, "win.present-previous", NULL, present_step_action);
  gtk_widget_class_install_action (widget_class, "win.present-first", NULL, present_step_action);
  gtk_widget_class_install_action (widget_class, "win.present-last", NULL, present_step_action);
  gtk_widget_class_install_action (widget_class, "win.present-blank", NULL, present_blank_action);
  gtk_widget_class_install_action (widget_class, "win.open-lecture", NULL, open_lecture_action);

  g_type_ensure (KA_TYPE_CAPTION_STRIP);
}

void
ka_window_presentation_init (KaWindow *self)
{
  self->presenter = ka_presenter_new (self->state);
  g_signal_connect_object (self->state, "notify::lecture-step",
                           G_CALLBACK (on_step_changed), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->state, "notify::presenting",
                           G_CALLBACK (on_presenting_changed), self, G_CONNECT_SWAPPED);
  enable_actions (self, FALSE);
  g_object_bind_property (self->state, "presenting", self->caption_revealer, "reveal-child",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->state, "presenting", self->header_bar, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  g_object_bind_property (self->state, "blanked", self->blank_box, "visible", G_BINDING_SYNC_CREATE);

  add_presenting_shortcuts (self);
}

void
ka_window_presentation_dispose (KaWindow *self)
{
  g_clear_object (&self->presenter);
}

KaPresenter *
ka_window_get_presenter (KaWindow *self)
{
  g_return_val_if_fail (KA_IS_WINDOW (self), NULL);

  return self->presenter;
}

gboolean
ka_window_get_presenting (KaWindow *self)
{
  g_return_val_if_fail (KA_IS_WINDOW (self), FALSE);

  return ka_state_get_presenting (self->state);
}

KaLecture *
ka_window_presentation_ensure_lecture (KaWindow *self)
{
  return ensure_lecture (self) ? ka_presenter_get_lecture (self->presenter) : NULL;
}
