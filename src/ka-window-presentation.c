/* ka-window-presentation.c — presenting a lecture: full screen or console, captions, clicker keys
 *
 * With one monitor the window itself goes full screen. With two, an
 * audience window goes full screen on the other monitor (the projector)
 * and this window shows the presenter console; rehearsing shows both in
 * windows. Either way every key and button goes through this window's
 * actions, so both windows answer a clicker the same.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-monitor.h"
#include "ka-step-view.h"
#include "ka-message-dialog.h"
#include "ka-window-private.h"

/* Room the caption strip takes at the bottom of the map, margins included. */
#define CAPTION_INSET_PX 150.0

/* Enabled only while presenting. The keys bound to them in the capture
 * phase (add_presenting_shortcuts()) are the lecture's then, and reach
 * nothing else. */
static const char *presenting_actions[] = {
  "win.present-next", "win.present-previous", "win.present-first", "win.present-last",
  "win.present-blank", "win.present-leave", "win.present-white", "win.present-enter",
  "win.present-digit", "win.present-pen", "win.present-erase", NULL,
};

/* Disabled while presenting, so that their keys (Page Down, Page Up,
 * Escape) have one meaning at a time: the lecture's shortcuts above. */
static const char *browsing_actions[] = {
  "win.next-island", "win.previous-island", "win.clear-selection", NULL,
};

/* The map ends above the caption strip, however many lines its caption
 * and legend take at this width: framing, labels and the scale bar keep
 * out of it. With @grow_only, the map's bottom only moves up: the legend
 * depends on what is in view (a town for reference), and what is in view
 * on where the map ends, so moving both ways could go back and forth. */
static void
fit_map_above_strip (KaMapView      *map_view,
                     KaCaptionStrip *strip,
                     gboolean        shown,
                     gboolean        grow_only)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (strip), GTK_TYPE_OVERLAY);
  int width = overlay != NULL ? gtk_widget_get_width (overlay) : 0;
  int default_height;
  int height = 0;
  int min_width = 0;
  double inset;

  /* At the width of what the strip lies over: the map and the side
   * panel's place, which presenting gives the map. Before a window's
   * first layout, its default width; never narrower than the strip. */
  if (shown)
    {
      if (width == 0 && GTK_IS_WINDOW (gtk_widget_get_root (GTK_WIDGET (strip))))
        gtk_window_get_default_size (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (strip))), &width, &default_height);
      gtk_widget_measure (GTK_WIDGET (strip), GTK_ORIENTATION_HORIZONTAL, -1,
                          &min_width, NULL, NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (strip), GTK_ORIENTATION_VERTICAL, MAX (width, min_width),
                          NULL, &height, NULL, NULL);
    }

  inset = shown ? MAX (CAPTION_INSET_PX, height) : 0;
  if (grow_only)
    inset = MAX (inset, ka_map_view_get_bottom_inset (map_view));
  ka_map_view_set_bottom_inset (map_view, inset);
}

static void
fit_maps_above_strips (KaWindow *self,
                       gboolean  grow_only)
{
  fit_map_above_strip (self->map_view, self->caption_strip, ka_state_get_presenting (self->state), grow_only);
  if (self->audience != NULL)
    fit_map_above_strip (ka_audience_window_get_map_view (self->audience),
                         ka_audience_window_get_caption_strip (self->audience), TRUE, grow_only);
}

static void
update_caption_inset (KaWindow *self)
{
  fit_maps_above_strips (self, FALSE);
}

/* A legend that gains a line while a step shows moves the map's bottom up. */
static void
on_legend_changed (KaWindow *self)
{
  if (ka_state_get_presenting (self->state))
    fit_maps_above_strips (self, TRUE);
}

/* Every way through a lecture ends here: the step sets the whole state.
 * None of it is saved as the user's choice (see saves_choices()). */
static void
on_step_changed (KaWindow *self)
{
  const KaLectureStep *step = ka_presenter_get_current_step (self->presenter);
  KaLecture *lecture = ka_presenter_get_lecture (self->presenter);
  int index = ka_presenter_get_step (self->presenter);
  int n_steps = lecture ? (int) ka_lecture_get_n_steps (lecture) : 0;
  KaIslandSet *islands = ka_atlas_get_islands (self->atlas);

  /* The pen marks a step, not the lecture. */
  ka_ink_clear (self->ink);
  ka_caption_strip_show_step (self->caption_strip, step, index, n_steps);
  if (self->audience != NULL)
    ka_caption_strip_show_step (ka_audience_window_get_caption_strip (self->audience), step, index, n_steps);
  if (step == NULL)
    return;

  ka_step_view_apply_state (step, islands, self->state);
  /* After the state, which says what the legend in the strip holds;
   * before framing, which frames above the strip. */
  update_caption_inset (self);
  ka_step_view_frame (step, islands, self->map_view, KA_STEP_TRANSITION_MS);
  if (self->audience != NULL)
    ka_step_view_frame (step, islands, ka_audience_window_get_map_view (self->audience), KA_STEP_TRANSITION_MS);
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

static void add_presenting_shortcuts (KaWindow  *self,
                                      GtkWidget *target);

static guint
count_monitors (KaWindow *self)
{
  return g_list_model_get_n_items (gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self))));
}

/* The audience window's keys and buttons reach this window's actions. */
static void
forward_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       data)
{
  g_autofree char *name = g_strconcat ("win.", g_action_get_name (G_ACTION (action)), NULL);

  gtk_widget_activate_action_variant (GTK_WIDGET (data), name, parameter);
}

static void
forward_actions (KaWindow  *self,
                 GtkWidget *target)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  for (guint i = 0; presenting_actions[i] != NULL; i++)
    {
      const char *name = presenting_actions[i] + strlen ("win.");
      gboolean digit = g_str_equal (name, "present-digit");
      g_autoptr(GSimpleAction) action = g_simple_action_new (name, digit ? G_VARIANT_TYPE_INT32 : NULL);

      g_signal_connect_object (action, "activate", G_CALLBACK (forward_action), self, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }

  gtk_widget_insert_action_group (target, "win", G_ACTION_GROUP (group));
}

static gboolean
on_audience_close_request (KaWindow *self)
{
  ka_state_set_presenting (self->state, FALSE);

  return TRUE;
}

static void
open_console (KaWindow *self)
{
  GdkMonitor *projector = NULL;

  self->audience = ka_audience_window_new (self->state, self->presenter, self->ink,
                                           self->atlas, self->renderer);
  ka_monitor_track (GTK_WINDOW (self->audience));
  forward_actions (self, GTK_WIDGET (self->audience));
  add_presenting_shortcuts (self, GTK_WIDGET (self->audience));
  g_signal_connect_object (self->audience, "close-request",
                           G_CALLBACK (on_audience_close_request), self, G_CONNECT_SWAPPED);
  gtk_window_set_default_size (GTK_WINDOW (self->audience), 1280, 720);
  /* A legend that gains a line moves the map's bottom up. */
  g_signal_connect_object (ka_audience_window_get_map_view (self->audience), "legend-changed",
                           G_CALLBACK (on_legend_changed), self, G_CONNECT_SWAPPED);

  if (self->present_mode == KA_PRESENT_CONSOLE)
    projector = ka_monitor_other (GTK_WINDOW (self));
  if (projector != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self->audience), projector);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present-swap", projector != NULL);
  gtk_window_present (GTK_WINDOW (self->audience));

  /* The console covers the window's content, topmost; the map beneath
   * is hidden, so that it costs nothing to draw. */
  self->console = ka_console_new (self->state, self->presenter, self->ink, self->atlas, self->renderer);
  gtk_overlay_add_overlay (self->content_overlay, GTK_WIDGET (self->console));
  gtk_widget_set_visible (GTK_WIDGET (self->paned), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->console));
}

static void
close_console (KaWindow *self)
{
  if (self->audience == NULL)
    return;

  gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->audience)));
  gtk_overlay_remove_overlay (self->content_overlay, GTK_WIDGET (g_steal_pointer (&self->console)));
  gtk_widget_set_visible (GTK_WIDGET (self->paned), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present-swap", FALSE);
  if (self->console_fullscreened)
    gtk_window_unfullscreen (GTK_WINDOW (self));
  self->console_fullscreened = FALSE;
}

/* Everything presenting changes follows the state's "presenting". */
static void
on_presenting_changed (KaWindow *self)
{
  gboolean presenting = ka_state_get_presenting (self->state);
  gboolean console = presenting && self->present_mode != KA_PRESENT_FULL_SCREEN;

  enable_actions (self, presenting);
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  /* While presenting, the legend is a line of the caption strip, and the
   * whole map is the step's. */
  ka_caption_strip_set_map_view (self->caption_strip, presenting ? self->map_view : NULL);
  ka_map_view_set_legend_visible (self->map_view, !presenting);
  update_caption_inset (self);
  shumate_simple_map_set_show_zoom_buttons (ka_map_view_get_simple_map (self->map_view), !presenting);

  if (presenting)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "ka-presenting");
      if (!console)
        {
          gtk_window_fullscreen (GTK_WINDOW (self));
          gtk_widget_grab_focus (GTK_WIDGET (self->map_view));
        }
      else
        open_console (self);

      if (ka_presenter_get_step (self->presenter) < 0)
        ka_presenter_first (self->presenter);
      else
        on_step_changed (self);
    }
  else
    {
      close_console (self);
      gtk_widget_remove_css_class (GTK_WIDGET (self), "ka-presenting");
      gtk_window_unfullscreen (GTK_WINDOW (self));
      ka_presenter_set_curtain (self->presenter, KA_CURTAIN_NONE);
      ka_ink_set_laser (self->ink, FALSE);
      ka_ink_set_pen (self->ink, FALSE);
      ka_ink_clear (self->ink);
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

  /* F5 with a projector: the console here, the map there. */
  if (g_str_equal (action_name, "win.rehearse"))
    self->present_mode = KA_PRESENT_REHEARSE;
  else if (count_monitors (self) >= 2)
    self->present_mode = KA_PRESENT_CONSOLE;
  else
    self->present_mode = KA_PRESENT_FULL_SCREEN;

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
  KaCurtain curtain = ka_presenter_get_curtain (self->presenter);

  /* A key press while blanked brings the map back where it was. */
  if (curtain == KA_CURTAIN_BLACK || curtain == KA_CURTAIN_WHITE)
    {
      ka_presenter_set_curtain (self->presenter, KA_CURTAIN_NONE);
      return;
    }

  /* Enter goes to the step whose number was typed, if one was. */
  if (g_str_equal (action_name, "win.present-enter") && ka_presenter_go_to_typed (self->presenter))
    return;

  if (g_str_equal (action_name, "win.present-next") || g_str_equal (action_name, "win.present-enter"))
    ka_presenter_forward (self->presenter);
  else if (g_str_equal (action_name, "win.present-previous"))
    ka_presenter_back (self->presenter);
  else
    {
      ka_presenter_set_curtain (self->presenter, KA_CURTAIN_NONE);
      if (g_str_equal (action_name, "win.present-first"))
        ka_presenter_first (self->presenter);
      else
        ka_presenter_last (self->presenter);
    }
}

/* B (or .) for black, W for white; the same key again, or any step key,
 * brings the map back. */
static void
present_blank_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  KaCurtain curtain = g_str_equal (action_name, "win.present-white") ? KA_CURTAIN_WHITE : KA_CURTAIN_BLACK;

  if (ka_presenter_get_curtain (self->presenter) == curtain)
    curtain = KA_CURTAIN_NONE;
  ka_presenter_set_curtain (self->presenter, curtain);
}

static void
present_digit_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  int digit = g_variant_get_int32 (parameter);

  if (digit >= 0 && digit <= 9)
    ka_presenter_type_digit (self->presenter, (guint) digit);
}

static void
present_ink_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);

  if (g_str_equal (action_name, "win.present-pen"))
    ka_ink_set_pen (self->ink, !ka_ink_get_pen (self->ink));
  else
    ka_ink_clear (self->ink);
}

static void
move_to_monitor (GtkWindow  *window,
                 GdkMonitor *monitor)
{
  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  gtk_window_fullscreen_on_monitor (window, monitor);
  gtk_window_present (window);
}

/* The audience view to the console's monitor and the console to the
 * projector, for when the guess was wrong. */
static void
present_swap_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  GdkMonitor *console_monitor, *audience_monitor;

  if (self->audience == NULL)
    return;

  console_monitor = ka_monitor_of (GTK_WINDOW (self));
  audience_monitor = ka_monitor_of (GTK_WINDOW (self->audience));
  if (console_monitor == NULL || audience_monitor == NULL || console_monitor == audience_monitor)
    return;

  /* Compositors place a window on a monitor when it is mapped (Weston
   * does not move a mapped one), so each goes and comes back there. */
  move_to_monitor (GTK_WINDOW (self->audience), console_monitor);
  move_to_monitor (GTK_WINDOW (self), audience_monitor);
  self->console_fullscreened = TRUE;
}

/* Says why a lecture could not be opened, and that nothing was lost. */
void
ka_window_show_lecture_error (KaWindow     *self,
                              const GError *error)
{
  GtkWidget *dialog;

  dialog = ka_message_dialog_new (GTK_WINDOW (self), _("The Lecture Could Not Be Opened"), NULL);
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

/* A lecture handed to the atlas from outside (`kuril-atlas mine.json`
 * while it runs): as Open does, it asks first about unsaved changes. */
static void
open_lecture_uri_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  g_autofree char *detailed = g_action_print_detailed_name (action_name, parameter);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (!ka_window_editor_confirm (self, detailed))
    return;

  file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));
  if (!ka_window_open_lecture (self, file, &error))
    ka_window_show_lecture_error (self, error);
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

/* Holding L shows the laser dot while the key is down. */
static gboolean
on_key_pressed (KaWindow *self,
                guint     keyval)
{
  if (!ka_state_get_presenting (self->state) || (keyval != GDK_KEY_l && keyval != GDK_KEY_L))
    return FALSE;

  self->laser_held = TRUE;
  ka_ink_set_laser (self->ink, TRUE);

  return TRUE;
}

static void
on_key_released (KaWindow *self,
                 guint     keyval)
{
  if (self->laser_held && (keyval == GDK_KEY_l || keyval == GDK_KEY_L))
    {
      self->laser_held = FALSE;
      ka_ink_set_laser (self->ink, FALSE);
    }
}

static void
add_presenting_shortcuts (KaWindow  *self,
                          GtkWidget *target)
{
  static const struct {
    guint key;
    const char *action;
  } keys[] = {
    /* What presentation clickers send, and what a keyboard user expects. */
    { GDK_KEY_Page_Down, "win.present-next" },
    { GDK_KEY_Right, "win.present-next" },
    { GDK_KEY_Down, "win.present-next" },
    { GDK_KEY_space, "win.present-next" },
    { GDK_KEY_Return, "win.present-enter" },
    { GDK_KEY_KP_Enter, "win.present-enter" },
    { GDK_KEY_Page_Up, "win.present-previous" },
    { GDK_KEY_Left, "win.present-previous" },
    { GDK_KEY_Up, "win.present-previous" },
    { GDK_KEY_BackSpace, "win.present-previous" },
    { GDK_KEY_Home, "win.present-first" },
    { GDK_KEY_End, "win.present-last" },
    { GDK_KEY_b, "win.present-blank" },
    { GDK_KEY_B, "win.present-blank" },
    { GDK_KEY_period, "win.present-blank" },
    { GDK_KEY_w, "win.present-white" },
    { GDK_KEY_W, "win.present-white" },
    { GDK_KEY_p, "win.present-pen" },
    { GDK_KEY_P, "win.present-pen" },
    { GDK_KEY_e, "win.present-erase" },
    { GDK_KEY_E, "win.present-erase" },
    { GDK_KEY_Escape, "win.present-leave" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkEventController *keys_held = gtk_event_controller_key_new ();

  /* Capture: while presenting these keys are the lecture's, whatever has
   * the focus; disabled actions let the keys through otherwise. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_LOCAL);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, 0),
                                                            gtk_named_action_new (keys[i].action)));

  /* A step's number, typed on the row of digits or the keypad. */
  for (int digit = 0; digit <= 9; digit++)
    {
      guint keyvals[] = { GDK_KEY_0 + digit, GDK_KEY_KP_0 + digit };

      for (guint i = 0; i < G_N_ELEMENTS (keyvals); i++)
        {
          GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyvals[i], 0),
                                                    gtk_named_action_new ("win.present-digit"));

          gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (digit));
          gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
        }
    }

  gtk_widget_add_controller (target, controller);

  gtk_event_controller_set_propagation_phase (keys_held, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys_held, "key-pressed", G_CALLBACK (on_key_pressed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (keys_held, "key-released", G_CALLBACK (on_key_released), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (target, keys_held);
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
  gtk_widget_class_install_action (widget_class, "win.present-white", NULL, present_blank_action);
  gtk_widget_class_install_action (widget_class, "win.present-enter", NULL, present_step_action);
  gtk_widget_class_install_action (widget_class, "win.present-digit", "i", present_digit_action);
  gtk_widget_class_install_action (widget_class, "win.present-pen", NULL, present_ink_action);
  gtk_widget_class_install_action (widget_class, "win.present-erase", NULL, present_ink_action);
  gtk_widget_class_install_action (widget_class, "win.present-swap", NULL, present_swap_action);
  gtk_widget_class_install_action (widget_class, "win.rehearse", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.open-lecture", NULL, open_lecture_action);
  gtk_widget_class_install_action (widget_class, "win.open-lecture-uri", "s", open_lecture_uri_action);

  g_type_ensure (KA_TYPE_CAPTION_STRIP);
  g_type_ensure (KA_TYPE_CURTAIN_VIEW);
}

void
ka_window_presentation_init (KaWindow *self)
{
  GtkWidget *ink_layer;

  self->presenter = ka_presenter_new (self->state);
  self->ink = ka_ink_new ();
  ka_monitor_track (GTK_WINDOW (self));
  ka_curtain_view_set_presenter (self->curtain, self->presenter);
  ink_layer = ka_ink_layer_new (self->map_view, self->ink);
  gtk_overlay_add_overlay (self->content_overlay, ink_layer);
  /* Under the caption strip and the curtain: nothing drawn shows through. */
  gtk_widget_insert_after (ink_layer, GTK_WIDGET (self->content_overlay), GTK_WIDGET (self->paned));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present-swap", FALSE);
  g_signal_connect_object (self->state, "notify::lecture-step",
                           G_CALLBACK (on_step_changed), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->state, "notify::presenting",
                           G_CALLBACK (on_presenting_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map_view, "legend-changed",
                           G_CALLBACK (on_legend_changed), self, G_CONNECT_SWAPPED);
  enable_actions (self, FALSE);
  g_object_bind_property (self->state, "presenting", self->caption_revealer, "reveal-child",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->state, "presenting", self->header_bar, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);

  add_presenting_shortcuts (self, GTK_WIDGET (self));
}

void
ka_window_presentation_dispose (KaWindow *self)
{
  close_console (self);
  g_clear_object (&self->presenter);
  g_clear_object (&self->ink);
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

/* The presenter console while it is open, for tests; NULL otherwise. */
KaConsole *
ka_window_get_console (KaWindow *self)
{
  g_return_val_if_fail (KA_IS_WINDOW (self), NULL);

  return self->console;
}

KaAudienceWindow *
ka_window_get_audience (KaWindow *self)
{
  g_return_val_if_fail (KA_IS_WINDOW (self), NULL);

  return self->audience;
}

KaInk *
ka_window_get_ink (KaWindow *self)
{
  g_return_val_if_fail (KA_IS_WINDOW (self), NULL);

  return self->ink;
}
