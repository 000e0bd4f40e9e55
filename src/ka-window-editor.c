/* ka-window-editor.c — editing the open lecture: Edit Lecture, its steps, saving
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-window"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ka-lecture-writer.h"
#include "ka-view-transform.h"
#include "ka-message-dialog.h"
#include "ka-window-private.h"

static KaLectureModel *
get_model (KaWindow *self)
{
  return ka_lecture_editor_get_model (self->lecture_editor);
}

static void
update_title (KaWindow *self)
{
  KaLectureModel *model = get_model (self);
  g_autofree char *title = NULL;

  if (!self->editing || model == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Kuril Atlas"));
      gtk_window_set_title (GTK_WINDOW (self), _("Kuril Atlas"));
      return;
    }

  /* A dot before the name, as GNOME's editors mark unsaved changes. */
  title = g_strdup_printf ("%s%s", ka_lecture_model_get_dirty (model) ? "• " : "",
                           ka_lecture_model_get_title (model));
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* The step actions only while the editor is open: their keys (Insert,
 * Alt+↑ …) mean nothing to the map otherwise. */
static void
update_actions (KaWindow *self)
{
  KaLectureModel *model = get_model (self);
  gboolean editing = self->editing && !ka_state_get_presenting (self->state);
  int selected = ka_lecture_editor_get_selected (self->lecture_editor);
  int n_steps = model ? (int) ka_lecture_model_get_n_steps (model) : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-step", editing && model != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.update-step", editing && selected >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.duplicate-step", editing && selected >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-step", editing && selected >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-step-up", editing && selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-step-down",
                                 editing && selected >= 0 && selected < n_steps - 1);
}

/* The map shows the step as presenting it would, caption and all. */
static void
show_step (KaWindow *self,
           int       index)
{
  if (index < 0 || ka_state_get_presenting (self->state))
    return;

  ka_state_set_lecture_step (self->state, -1);
  ka_presenter_go_to (self->presenter, index);
}

/* The presenter gets the lecture as edited: F5 presents what is on screen. */
static void
push_lecture (KaWindow *self)
{
  KaLectureModel *model = get_model (self);
  g_autoptr(KaLecture) lecture = NULL;

  if (model == NULL || ka_lecture_model_get_n_steps (model) == 0)
    return;

  lecture = ka_lecture_model_dup_lecture (model);
  self->pushing_lecture = TRUE;
  ka_presenter_set_lecture (self->presenter, lecture);
  self->pushing_lecture = FALSE;

  if (self->editing)
    show_step (self, ka_lecture_editor_get_selected (self->lecture_editor));
  update_actions (self);
}

static void
on_step_selected (KaWindow *self,
                  int       index)
{
  show_step (self, index);
  update_actions (self);
}

/* A lecture opened (or the built-in one loaded) replaces what is edited;
 * the guard (ka_window_editor_confirm()) asked first. */
static void
on_lecture_replaced (KaWindow *self)
{
  KaLecture *lecture = ka_presenter_get_lecture (self->presenter);
  g_autoptr(KaLectureModel) model = NULL;

  if (self->pushing_lecture)
    return;

  if (lecture != NULL)
    {
      model = ka_lecture_model_new (lecture, self->lecture_file);
      g_signal_connect_object (model, "notify::dirty", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "notify::title", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "steps-changed", G_CALLBACK (push_lecture), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "step-changed", G_CALLBACK (push_lecture), self, G_CONNECT_SWAPPED);
    }
  g_clear_object (&self->lecture_file);

  ka_lecture_editor_set_model (self->lecture_editor, model);
  if (model != NULL && self->editing)
    ka_lecture_editor_select (self->lecture_editor, 0);
  update_title (self);
  update_actions (self);
}

static gboolean
ensure_model (KaWindow *self)
{
  g_autoptr(KaLecture) lecture = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;

  if (get_model (self) != NULL)
    return TRUE;

  ids = ka_atlas_dup_island_ids (self->atlas);
  lecture = ka_lecture_new_from_resource (KA_DEFAULT_LECTURE_RESOURCE, (const char * const *) ids, &error);
  if (lecture == NULL)
    {
      g_critical ("The default lecture does not load: %s", error->message);
      return FALSE;
    }
  ka_presenter_set_lecture (self->presenter, lecture);
  return get_model (self) != NULL;
}

/* While editing, the caption strip lies over the map only, not over the
 * editor beside it. */
static void
update_caption_margin (KaWindow *self)
{
  int margin = 0;

  if (self->editing && !ka_state_get_presenting (self->state))
    margin = MAX (gtk_widget_get_width (GTK_WIDGET (self->paned)) - gtk_paned_get_position (self->paned), 0);

  gtk_widget_set_margin_end (GTK_WIDGET (self->caption_revealer), margin);
}

/* The editor takes the side panel's place, and gives it back. */
static void
update_editing (KaWindow *self)
{
  gboolean shown = self->editing && !ka_state_get_presenting (self->state);

  gtk_widget_set_visible (GTK_WIDGET (self->lecture_editor), shown);
  gtk_stack_set_visible_child (self->panel_stack, shown ? GTK_WIDGET (self->lecture_editor)
                                                        : GTK_WIDGET (self->side_panel));
  gtk_widget_set_visible (GTK_WIDGET (self->panel_stack),
                          shown || gtk_widget_get_visible (GTK_WIDGET (self->side_panel)));
  gtk_revealer_set_reveal_child (self->caption_revealer, shown || ka_state_get_presenting (self->state));
  update_caption_margin (self);
  update_title (self);
  update_actions (self);
}

static void
edit_lecture_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);

  /* The pictures are drawn only once someone edits. */
  if (self->thumbnails == NULL)
    {
      self->thumbnails = ka_step_thumbnails_new (self->atlas, self->renderer);
      ka_lecture_editor_set_thumbnails (self->lecture_editor, self->thumbnails);
    }

  if (!self->editing && !ensure_model (self))
    return;

  self->editing = !self->editing;
  update_editing (self);

  /* The map keeps the focus, so that year keys and Insert reach it. */
  if (self->editing && ka_lecture_editor_get_selected (self->lecture_editor) < 0)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
      gboolean map_focused = focus != NULL && (focus == GTK_WIDGET (self->map_view) ||
                                               gtk_widget_is_ancestor (focus, GTK_WIDGET (self->map_view)));

      ka_lecture_editor_select (self->lecture_editor, MAX (ka_state_get_lecture_step (self->state), 0));
      if (map_focused)
        gtk_widget_grab_focus (GTK_WIDGET (self->map_view));
    }
}

/* The visible frame, as a box the reader accepts. */
static KaBox
visible_box (KaWindow *self)
{
  KaViewTransform transform;
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self->map_view)), 1);
  int height = MAX (gtk_widget_get_height (GTK_WIDGET (self->map_view)), 1);
  KaBox box;

  transform = ka_view_transform_from_viewport (ka_map_view_get_viewport (self->map_view), width, height);
  ka_view_transform_pixels_to_lonlat (&transform, 0, 0, &box.min_x, &box.max_y);
  ka_view_transform_pixels_to_lonlat (&transform, width, height, &box.max_x, &box.min_y);

  /* Rounded to about a metre: shorter files, the same view. */
  box.min_x = CLAMP (round (box.min_x * 1e5) / 1e5, -180.0, 179.9);
  box.max_x = CLAMP (round (box.max_x * 1e5) / 1e5, box.min_x + 1e-5, 180.0);
  box.min_y = CLAMP (round (box.min_y * 1e5) / 1e5, -KA_GEO_MAX_LATITUDE, KA_GEO_MAX_LATITUDE - 0.1);
  box.max_y = CLAMP (round (box.max_y * 1e5) / 1e5, box.min_y + 1e-5, KA_GEO_MAX_LATITUDE);
  return box;
}

static char *
truncate_text (const char *text,
               guint       max_chars)
{
  if (g_utf8_strlen (text, -1) <= (glong) max_chars)
    return g_strdup (text);

  return g_utf8_substring (text, 0, max_chars);
}

/* An event's name without its explanation in brackets, to fit a title:
 * "Treaty of Saint Petersburg (exchange of …)". */
static char *
short_event (const char *event)
{
  const char *bracket = strstr (event, " (");
  g_autofree char *name = bracket ? g_strndup (event, bracket - event) : g_strdup (event);

  return truncate_text (name, KA_LECTURE_MAX_TITLE_CHARS);
}

/* The step the map shows now; its title is the island's name, or the
 * event of the year's line. */
static KaLectureStep *
capture_view (KaWindow *self)
{
  guint year = ka_state_get_year (self->state);
  const char *island_id = ka_state_get_selected_island (self->state);
  KaIsland *island = island_id ? ka_island_set_lookup (ka_atlas_get_islands (self->atlas), island_id) : NULL;
  g_autoptr(GPtrArray) boundaries = ka_boundary_set_get_for_year (ka_atlas_get_boundaries (self->atlas), year);
  const char *event = boundaries->len > 0 ? ka_boundary_get_event (g_ptr_array_index (boundaries, 0)) : NULL;
  g_autofree char *year_text = g_strdup_printf ("%u", year);
  g_autofree char *title = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *full_caption = NULL;
  KaBox box = visible_box (self);
  KaLectureStep *step;

  if (island != NULL)
    title = truncate_text (ka_island_get_name (island, ka_state_get_naming (self->state)), KA_LECTURE_MAX_TITLE_CHARS);
  else
    title = short_event (event ? event : year_text);

  full_caption = event ? g_strdup_printf ("%u · %s", year, event) : g_strdup (year_text);
  caption = truncate_text (full_caption, KA_LECTURE_MAX_CAPTION_CHARS);

  step = ka_lecture_step_new (title, caption, year, ka_state_get_compare_years (self->state),
                              island_id, ka_state_get_naming (self->state), &box);
  ka_lecture_step_set_islands (step, ka_state_get_selected_islands (self->state));

  return step;
}

static void
add_step_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  int index = ka_lecture_editor_get_selected (self->lecture_editor) + 1;

  ka_lecture_model_insert_step (get_model (self), index, capture_view (self));
  ka_lecture_editor_select (self->lecture_editor, index);
  ka_lecture_editor_edit_step_title (self->lecture_editor);
}

static void
update_step_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  g_autoptr(KaLectureStep) view = capture_view (self);

  ka_lecture_model_update_step (get_model (self), ka_lecture_editor_get_selected (self->lecture_editor), view);
}

static void
duplicate_step_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  int index = ka_lecture_editor_get_selected (self->lecture_editor);

  ka_lecture_model_duplicate_step (get_model (self), index);
  ka_lecture_editor_select (self->lecture_editor, index + 1);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  int index = ka_lecture_model_undo_delete (get_model (self));

  if (index >= 0)
    ka_lecture_editor_select (self->lecture_editor, index);
}

static void
delete_step_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  KaLectureModel *model = get_model (self);
  int index = ka_lecture_editor_get_selected (self->lecture_editor);
  g_autofree char *message = NULL;
  AdwToast *toast;

  message = g_strdup_printf (_("Step “%s” deleted"),
                             ka_lecture_step_get_title (ka_lecture_model_get_step (model, index)));
  ka_lecture_model_delete_step (model, index);

  /* Only the last delete can be undone: a toast still shown says so. */
  if (self->undo_toast != NULL)
    {
      adw_toast_set_title (self->undo_toast, message);
      return;
    }
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete-step");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_set_weak_pointer (&self->undo_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
move_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  int index = ka_lecture_editor_get_selected (self->lecture_editor);
  int to = index + (g_str_equal (action_name, "win.move-step-up") ? -1 : 1);

  if (ka_lecture_model_move_step (get_model (self), index, to))
    ka_lecture_editor_select (self->lecture_editor, to);
}

/* New Lecture: one step, the view as it is. */
static void
new_lecture_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  g_autoptr(KaLecture) lecture = NULL;
  g_autoptr(KaLectureModel) model = NULL;

  if (!ka_window_editor_confirm (self, action_name))
    return;

  /* An empty lecture cannot be read, so it starts with the view. */
  model = ka_lecture_model_new_empty (_("New Lecture"));
  ka_lecture_model_insert_step (model, 0, capture_view (self));
  lecture = ka_lecture_model_dup_lecture (model);
  ka_presenter_set_lecture (self->presenter, lecture);

  if (!self->editing)
    edit_lecture_action (widget, action_name, parameter);
}

static void
show_save_error (KaWindow     *self,
                 GFile        *file,
                 const GError *error)
{
  GtkWidget *dialog;
  g_autofree char *name = g_file_get_parse_name (file);

  dialog = ka_message_dialog_new (GTK_WINDOW (self), _("The Lecture Could Not Be Saved"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s: %s\n\nYour changes are kept in the editor."), name, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* @detailed_action as g_action_print_detailed_name() writes it: the
 * action, and the file to open or whatever else it takes. */
static void
activate_detailed (KaWindow   *self,
                   const char *detailed_action)
{
  g_autofree char *name = NULL;
  g_autoptr(GVariant) target = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_action_parse_detailed_name (detailed_action, &name, &target, &error))
    g_critical ("%s: %s", detailed_action, error->message);
  else
    gtk_widget_activate_action_variant (GTK_WIDGET (self), name, target);
}

/* Then, if saving was asked on the way to @then_action, that action runs. */
static gboolean
save_to (KaWindow   *self,
         GFile      *file,
         const char *then_action)
{
  g_autoptr(GError) error = NULL;

  if (!ka_lecture_model_save (get_model (self), file, &error))
    {
      show_save_error (self, file, error);
      return FALSE;
    }

  if (then_action != NULL)
    activate_detailed (self, then_action);
  return TRUE;
}

static void
on_save_file_chosen (GtkNativeDialog *chooser,
                     int              response,
                     KaWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *then_action = g_strdup (g_object_get_data (G_OBJECT (chooser), "ka-then-action"));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file != NULL)
    save_to (self, file, then_action);
}

static void
choose_save_file (KaWindow   *self,
                  const char *then_action)
{
  KaLectureModel *model = get_model (self);
  g_autofree char *name = g_strdup_printf ("%s.json", ka_lecture_model_get_title (model));
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save Lecture"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  if (ka_lecture_model_get_file (model) != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), ka_lecture_model_get_file (model), NULL);
  else
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "ka-then-action", g_strdup (then_action), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_file_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The built-in lecture has no file: Save asks for one, as Save As. */
static void
save (KaWindow   *self,
      const char *then_action)
{
  GFile *file = ka_lecture_model_get_file (get_model (self));

  if (file == NULL)
    choose_save_file (self, then_action);
  else
    save_to (self, file, then_action);
}

static void
save_lecture_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);

  if (!ensure_model (self))
    return;

  if (g_str_equal (action_name, "win.save-lecture-as"))
    choose_save_file (self, NULL);
  else
    save (self, NULL);
}

typedef struct
{
  KaWindow *window;
  char *action;
  gboolean save;
} Resolution;

static void
resolution_free (Resolution *resolution)
{
  g_object_unref (resolution->window);
  g_free (resolution->action);
  g_free (resolution);
}

/* After the dialog is gone: the action may close the window it belongs to. */
static gboolean
resolve (gpointer data)
{
  Resolution *resolution = data;
  KaWindow *self = resolution->window;

  self->changes_released = TRUE;
  if (resolution->save)
    save (self, resolution->action);
  else
    activate_detailed (self, resolution->action);
  self->changes_released = FALSE;

  return G_SOURCE_REMOVE;
}

static void
on_confirm_response (AdwMessageDialog *dialog,
                     const char       *response,
                     KaWindow         *self)
{
  Resolution *resolution;

  if (!g_str_equal (response, "discard") && !g_str_equal (response, "save"))
    return;

  resolution = g_new0 (Resolution, 1);
  resolution->window = g_object_ref (self);
  resolution->action = g_strdup (g_object_get_data (G_OBJECT (dialog), "ka-then-action"));
  resolution->save = g_str_equal (response, "save");
  g_idle_add_full (G_PRIORITY_DEFAULT, resolve, resolution, (GDestroyNotify) resolution_free);
}

/**
 * ka_window_editor_confirm:
 * @then_action: the action to run again once the changes are saved or
 *   discarded, e.g. "win.open-lecture", with its target if it takes one
 *   (as g_action_print_detailed_name() writes it)
 *
 * Unsaved changes are never lost unasked: with changes, this asks Save,
 * Discard or Cancel and returns %FALSE; @then_action runs again after
 * Save or Discard, and then this returns %TRUE.
 *
 * Returns: whether the lecture being edited may be replaced now
 */
gboolean
ka_window_editor_confirm (KaWindow   *self,
                          const char *then_action)
{
  KaLectureModel *model = get_model (self);
  AdwMessageDialog *dialog;

  if (self->changes_released)
    {
      self->changes_released = FALSE;
      return TRUE;
    }
  if (model == NULL || !ka_lecture_model_get_dirty (model))
    return TRUE;

  dialog = ADW_MESSAGE_DIALOG (ka_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog, _("The lecture “%s” has unsaved changes. "
                                            "Changes which are not saved will be lost."),
                                  ka_lecture_model_get_title (model));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "ka-then-action", g_strdup (then_action), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_confirm_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

/* Where ka_window_open_lecture() read the lecture it is about to hand
 * to the presenter: Save writes there. */
void
ka_window_editor_set_next_file (KaWindow *self,
                                GFile    *file)
{
  g_set_object (&self->lecture_file, file);
}

/* GTK runs the application's accelerators in the capture phase, before
 * the focused widget: typing "1956" or "c" in a caption (or in the search
 * entry) would switch the year or the comparison instead. While a text
 * field has the focus they wait for the bubble phase, after the field
 * took the characters it types; elsewhere, on the map, they come first
 * as before. Only a local controller runs in the window's own phases: a
 * global one is run by the window's shortcut manager, in capture. */
static GtkEventController *
find_application_shortcuts (KaWindow *self)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (self));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "gtk-application-shortcuts") == 0)
        return controller;
    }

  return NULL;
}

static void
on_focus_changed (KaWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean typing = focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus));
  GtkEventController *shortcuts = find_application_shortcuts (self);

  if (shortcuts == NULL)
    return;
  if (typing)
    {
      gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_LOCAL);
      gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_BUBBLE);
    }
  else
    {
      gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
      gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
    }
}

void
ka_window_editor_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.edit-lecture", NULL, edit_lecture_action);
  gtk_widget_class_install_action (widget_class, "win.add-step", NULL, add_step_action);
  gtk_widget_class_install_action (widget_class, "win.update-step", NULL, update_step_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-step", NULL, duplicate_step_action);
  gtk_widget_class_install_action (widget_class, "win.delete-step", NULL, delete_step_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete-step", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.move-step-up", NULL, move_step_action);
  gtk_widget_class_install_action (widget_class, "win.move-step-down", NULL, move_step_action);
  gtk_widget_class_install_action (widget_class, "win.new-lecture", NULL, new_lecture_action);
  gtk_widget_class_install_action (widget_class, "win.save-lecture", NULL, save_lecture_action);
  gtk_widget_class_install_action (widget_class, "win.save-lecture-as", NULL, save_lecture_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.edit-lecture", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "win.add-step", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Insert, 0, "win.add-step", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "win.move-step-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "win.move-step-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save-lecture", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-lecture-as", NULL);

  g_type_ensure (KA_TYPE_LECTURE_EDITOR);
}

void
ka_window_editor_init (KaWindow *self)
{
  g_signal_connect_object (self->presenter, "notify::lecture",
                           G_CALLBACK (on_lecture_replaced), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->lecture_editor, "step-selected",
                           G_CALLBACK (on_step_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::presenting",
                           G_CALLBACK (update_editing), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->side_panel, "notify::visible",
                           G_CALLBACK (update_editing), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::focus-widget",
                           G_CALLBACK (on_focus_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->paned, "notify::position",
                           G_CALLBACK (update_caption_margin), self, G_CONNECT_SWAPPED);
  update_editing (self);
}

void
ka_window_editor_dispose (KaWindow *self)
{
  g_clear_object (&self->thumbnails);
  g_clear_object (&self->lecture_file);
  g_clear_weak_pointer (&self->undo_toast);
}

/**
 * ka_window_get_lecture_editor:
 *
 * Returns: (transfer none): the Edit Lecture page
 */
KaLectureEditor *
ka_window_get_lecture_editor (KaWindow *self)
{
  g_return_val_if_fail (KA_IS_WINDOW (self), NULL);

  return self->lecture_editor;
}

gboolean
ka_window_get_editing (KaWindow *self)
{
  g_return_val_if_fail (KA_IS_WINDOW (self), FALSE);

  return self->editing;
}
