/* ka-lecture-editor.c — the Edit Lecture page: the steps, and the selected one's text
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-lecture-editor.h"

/* The list shows the pictures at a quarter of their size, which keeps
 * them sharp on a screen scaled twice. */
#define THUMBNAIL_LIST_WIDTH  (KA_STEP_THUMBNAIL_WIDTH / 4)
#define THUMBNAIL_LIST_HEIGHT (KA_STEP_THUMBNAIL_HEIGHT / 4)

/* The buttons under the list: the window's actions, so that their keys
 * and the buttons do one thing. */
static const struct {
  const char *icon;
  const char *action;
  const char *tooltip;
} tools[] = {
  { "list-add-symbolic", "win.add-step", N_("Add Step from View (Insert)") },
  { "view-refresh-symbolic", "win.update-step", N_("Update Step from View") },
  { "edit-copy-symbolic", "win.duplicate-step", N_("Duplicate Step") },
  { "go-up-symbolic", "win.move-step-up", N_("Move Step Up (Alt+↑)") },
  { "go-down-symbolic", "win.move-step-down", N_("Move Step Down (Alt+↓)") },
  { "user-trash-symbolic", "win.delete-step", N_("Delete Step") },
};

struct _KaLectureEditor
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkEntry *lecture_title;
  GtkScrolledWindow *scroller;
  GtkListBox *list;
  GtkWidget *details;
  GtkEntry *step_title;
  GtkEntry *step_caption;
  GtkTextView *step_note;

  KaLectureModel *model;
  KaStepThumbnails *thumbnails;
  int selected;
  /* The editor is copying the model into its fields: not an edit. */
  gboolean loading;
};

G_DEFINE_FINAL_TYPE (KaLectureEditor, ka_lecture_editor, GTK_TYPE_WIDGET)

enum {
  STEP_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  GtkPicture *picture;
  GtkLabel *title;
  GtkLabel *caption;
} RowParts;

static void
show_step_in_row (KaLectureEditor *self,
                  GtkListBoxRow   *row,
                  guint            index)
{
  const KaLectureStep *step = ka_lecture_model_get_step (self->model, index);
  RowParts *parts = g_object_get_data (G_OBJECT (row), "ka-parts");
  GdkTexture *texture = NULL;
  g_autofree char *key = ka_step_thumbnail_key (step);
  g_autofree char *name = NULL;

  gtk_label_set_text (parts->title, ka_lecture_step_get_title (step));
  gtk_label_set_text (parts->caption, ka_lecture_step_get_caption (step));
  g_object_set_data_full (G_OBJECT (row), "ka-thumbnail-key", g_steal_pointer (&key), g_free);

  if (self->thumbnails != NULL)
    texture = ka_step_thumbnails_lookup (self->thumbnails, step);
  gtk_picture_set_paintable (parts->picture, GDK_PAINTABLE (texture));

  name = g_strdup_printf (_("Step %u: %s"), index + 1, ka_lecture_step_get_title (step));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
on_thumbnail_ready (KaLectureEditor *self,
                    const char      *key)
{
  for (int i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (row == NULL)
        break;
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "ka-thumbnail-key"), key) == 0)
        show_step_in_row (self, row, i);
    }
}

/* Drag and drop: a row carries its index, and a drop on a row moves the
 * dragged step to where that row is. */
static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListBoxRow *row)
{
  GValue value = G_VALUE_INIT;
  GdkContentProvider *content;

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, gtk_list_box_row_get_index (row));
  content = gdk_content_provider_new_for_value (&value);
  g_value_unset (&value);
  return content;
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               GtkListBoxRow *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (row));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkListBoxRow *row)
{
  KaLectureEditor *self = KA_LECTURE_EDITOR (gtk_widget_get_ancestor (GTK_WIDGET (row), KA_TYPE_LECTURE_EDITOR));
  guint from = g_value_get_uint (value);
  guint to = gtk_list_box_row_get_index (row);

  if (!ka_lecture_model_move_step (self->model, from, to))
    return FALSE;

  ka_lecture_editor_select (self, to);
  return TRUE;
}

static GtkWidget *
make_row (KaLectureEditor *self)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);
  RowParts *parts = g_new0 (RowParts, 1);

  parts->picture = GTK_PICTURE (gtk_picture_new ());
  gtk_picture_set_can_shrink (parts->picture, TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (parts->picture), THUMBNAIL_LIST_WIDTH, THUMBNAIL_LIST_HEIGHT);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (parts->picture));
  gtk_widget_set_valign (frame, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (frame, "ka-step-thumbnail");

  parts->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (parts->title, 0);
  gtk_label_set_ellipsize (parts->title, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (parts->title), "heading");

  parts->caption = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (parts->caption, 0);
  gtk_label_set_wrap (parts->caption, TRUE);
  gtk_label_set_lines (parts->caption, 3);
  gtk_label_set_ellipsize (parts->caption, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (parts->caption), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (parts->caption), "caption");

  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (parts->title));
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (parts->caption));
  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "ka-parts", parts, g_free);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  return row;
}

static void
load_details (KaLectureEditor *self)
{
  const KaLectureStep *step = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->step_note);

  if (self->model != NULL && self->selected >= 0)
    step = ka_lecture_model_get_step (self->model, self->selected);

  self->loading = TRUE;
  gtk_widget_set_sensitive (self->details, step != NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->step_title), step ? ka_lecture_step_get_title (step) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->step_caption), step ? ka_lecture_step_get_caption (step) : "");
  gtk_text_buffer_set_text (buffer, step && ka_lecture_step_get_note (step) ? ka_lecture_step_get_note (step) : "", -1);
  self->loading = FALSE;
}

static void
on_row_selected (KaLectureEditor *self,
                 GtkListBoxRow   *row)
{
  int index = row ? gtk_list_box_row_get_index (row) : -1;

  if (self->loading || index == self->selected)
    return;

  self->selected = index;
  load_details (self);
  g_signal_emit (self, signals[STEP_SELECTED], 0, index);
}

static void
on_steps_changed (KaLectureEditor *self,
                  guint            position,
                  guint            removed,
                  guint            added)
{
  guint n = ka_lecture_model_get_n_steps (self->model);

  self->loading = TRUE;
  for (guint i = 0; i < removed; i++)
    gtk_list_box_remove (self->list, GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, position)));
  for (guint i = 0; i < added; i++)
    gtk_list_box_insert (self->list, make_row (self), position + i);
  for (guint i = position; i < n; i++)
    show_step_in_row (self, gtk_list_box_get_row_at_index (self->list, i), i);
  self->loading = FALSE;

  /* The selection stays on a step as long as there is one. */
  if (self->selected >= (int) n)
    self->selected = (int) n - 1;
  if (self->selected >= 0)
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, self->selected));
  load_details (self);
}

static void
on_step_changed (KaLectureEditor *self,
                 guint            index)
{
  show_step_in_row (self, gtk_list_box_get_row_at_index (self->list, index), index);
  if ((int) index == self->selected && !self->loading)
    {
      const KaLectureStep *step = ka_lecture_model_get_step (self->model, index);

      /* Fields being typed in keep their cursor: only what differs is set. */
      self->loading = TRUE;
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->step_title)), ka_lecture_step_get_title (step)) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->step_title), ka_lecture_step_get_title (step));
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->step_caption)), ka_lecture_step_get_caption (step)) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->step_caption), ka_lecture_step_get_caption (step));
      self->loading = FALSE;
    }
}

static void
on_model_title_changed (KaLectureEditor *self)
{
  const char *title = ka_lecture_model_get_title (self->model);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->lecture_title)), title) != 0)
    {
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->lecture_title), title ? title : "");
      self->loading = FALSE;
    }
}

static void
on_field_changed (KaLectureEditor *self,
                  GObject         *field)
{
  g_autofree char *note = NULL;

  if (self->loading || self->model == NULL)
    return;

  if (field == G_OBJECT (self->lecture_title))
    {
      ka_lecture_model_set_title (self->model, gtk_editable_get_text (GTK_EDITABLE (field)));
      return;
    }

  if (self->selected < 0)
    return;

  self->loading = TRUE;
  if (field == G_OBJECT (self->step_title))
    ka_lecture_model_set_step_title (self->model, self->selected, gtk_editable_get_text (GTK_EDITABLE (field)));
  else if (field == G_OBJECT (self->step_caption))
    ka_lecture_model_set_step_caption (self->model, self->selected, gtk_editable_get_text (GTK_EDITABLE (field)));
  else
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (field), &start, &end);
      note = gtk_text_buffer_get_text (GTK_TEXT_BUFFER (field), &start, &end, FALSE);
      ka_lecture_model_set_step_note (self->model, self->selected, note);
    }
  self->loading = FALSE;
}

static GtkWidget *
make_field_label (const char *text,
                  GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_set_margin_top (label, 6);
  return label;
}

static GtkEntry *
make_entry (KaLectureEditor *self,
            int              max_chars,
            const char      *accessible_name)
{
  GtkEntry *entry = GTK_ENTRY (gtk_entry_new ());

  gtk_entry_set_max_length (entry, max_chars);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (on_field_changed), self);
  return entry;
}

static GtkWidget *
make_tools (void)
{
  GtkWidget *tools_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_add_css_class (tools_box, "toolbar");
  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      GtkWidget *button = gtk_button_new_from_icon_name (tools[i].icon);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), tools[i].action);
      gtk_widget_set_tooltip_text (button, _(tools[i].tooltip));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _(tools[i].tooltip), -1);
      gtk_widget_add_css_class (button, "flat");
      /* Delete stands apart from the rest. */
      if (i == G_N_ELEMENTS (tools) - 1)
        {
          gtk_widget_set_hexpand (button, TRUE);
          gtk_widget_set_halign (button, GTK_ALIGN_END);
        }
      gtk_box_append (GTK_BOX (tools_box), button);
    }
  return tools_box;
}

static void
ka_lecture_editor_dispose (GObject *object)
{
  KaLectureEditor *self = KA_LECTURE_EDITOR (object);

  ka_lecture_editor_set_model (self, NULL);
  ka_lecture_editor_set_thumbnails (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (ka_lecture_editor_parent_class)->dispose (object);
}

static void
ka_lecture_editor_class_init (KaLectureEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ka_lecture_editor_dispose;

  /* The step to show on the map, or -1. */
  signals[STEP_SELECTED] =
    g_signal_new ("step-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ka-lecture-editor");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ka_lecture_editor_init (KaLectureEditor *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *note_scroller = gtk_scrolled_window_new ();
  GtkWidget *heading = gtk_label_new (_("Edit Lecture"));

  self->selected = -1;
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Edit Lecture"), -1);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "title-4");
  gtk_widget_set_margin_start (heading, 12);
  gtk_widget_set_margin_top (heading, 12);
  gtk_box_append (GTK_BOX (self->box), heading);

  self->lecture_title = make_entry (self, KA_LECTURE_MAX_TITLE_CHARS, _("Lecture title"));
  gtk_entry_set_placeholder_text (self->lecture_title, _("Lecture title"));
  gtk_widget_set_margin_start (GTK_WIDGET (self->lecture_title), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->lecture_title), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->lecture_title), 6);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->lecture_title));

  gtk_box_append (GTK_BOX (self->box), make_tools ());

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_BROWSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Steps"), -1);
  g_signal_connect_swapped (self->list, "row-selected", G_CALLBACK (on_row_selected), self);
  self->scroller = GTK_SCROLLED_WINDOW (scroller);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (self->box), scroller);
  gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  self->details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_margin_start (self->details, 12);
  gtk_widget_set_margin_end (self->details, 12);
  gtk_widget_set_margin_top (self->details, 6);
  gtk_widget_set_margin_bottom (self->details, 12);
  self->step_title = make_entry (self, KA_LECTURE_MAX_TITLE_CHARS, _("Step title"));
  self->step_caption = make_entry (self, KA_LECTURE_MAX_CAPTION_CHARS, _("Caption"));
  self->step_note = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->step_note, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->step_note, 6);
  gtk_text_view_set_bottom_margin (self->step_note, 6);
  gtk_text_view_set_left_margin (self->step_note, 6);
  gtk_text_view_set_right_margin (self->step_note, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->step_note), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Speaker note"), -1);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->step_note), "changed",
                            G_CALLBACK (on_field_changed), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (note_scroller), GTK_WIDGET (self->step_note));
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (note_scroller), 96);
  gtk_widget_add_css_class (note_scroller, "card");

  gtk_box_append (GTK_BOX (self->details), make_field_label (_("_Title"), GTK_WIDGET (self->step_title)));
  gtk_box_append (GTK_BOX (self->details), GTK_WIDGET (self->step_title));
  gtk_box_append (GTK_BOX (self->details), make_field_label (_("_Caption"), GTK_WIDGET (self->step_caption)));
  gtk_box_append (GTK_BOX (self->details), GTK_WIDGET (self->step_caption));
  gtk_box_append (GTK_BOX (self->details), make_field_label (_("Speaker _Note"), GTK_WIDGET (self->step_note)));
  gtk_box_append (GTK_BOX (self->details), note_scroller);
  gtk_box_append (GTK_BOX (self->box), self->details);
  load_details (self);
}

GtkWidget *
ka_lecture_editor_new (void)
{
  return g_object_new (KA_TYPE_LECTURE_EDITOR, NULL);
}

void
ka_lecture_editor_set_thumbnails (KaLectureEditor  *self,
                                  KaStepThumbnails *thumbnails)
{
  g_return_if_fail (KA_IS_LECTURE_EDITOR (self));

  if (self->thumbnails != NULL)
    g_signal_handlers_disconnect_by_data (self->thumbnails, self);
  g_set_object (&self->thumbnails, thumbnails);
  if (thumbnails == NULL)
    return;

  g_signal_connect_swapped (thumbnails, "ready", G_CALLBACK (on_thumbnail_ready), self);
  for (int i = 0; self->model != NULL && gtk_list_box_get_row_at_index (self->list, i) != NULL; i++)
    show_step_in_row (self, gtk_list_box_get_row_at_index (self->list, i), i);
}

/**
 * ka_lecture_editor_get_model:
 *
 * Returns: (transfer none) (nullable): the lecture being edited
 */
KaLectureModel *
ka_lecture_editor_get_model (KaLectureEditor *self)
{
  g_return_val_if_fail (KA_IS_LECTURE_EDITOR (self), NULL);

  return self->model;
}

void
ka_lecture_editor_set_model (KaLectureEditor *self,
                             KaLectureModel  *model)
{
  g_return_if_fail (KA_IS_LECTURE_EDITOR (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  self->selected = -1;

  self->loading = TRUE;
  while (gtk_list_box_get_row_at_index (self->list, 0) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, 0)));
  self->loading = FALSE;

  if (model == NULL)
    {
      load_details (self);
      return;
    }

  g_signal_connect_swapped (model, "steps-changed", G_CALLBACK (on_steps_changed), self);
  g_signal_connect_swapped (model, "step-changed", G_CALLBACK (on_step_changed), self);
  g_signal_connect_swapped (model, "notify::title", G_CALLBACK (on_model_title_changed), self);
  on_model_title_changed (self);
  on_steps_changed (self, 0, 0, ka_lecture_model_get_n_steps (model));
}

int
ka_lecture_editor_get_selected (KaLectureEditor *self)
{
  g_return_val_if_fail (KA_IS_LECTURE_EDITOR (self), -1);

  return self->selected;
}

/* Once the rows are laid out, the selected one is brought into view. */
static gboolean
scroll_now (gpointer data)
{
  KaLectureEditor *self = data;
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_rect_t bounds;

  if (row != NULL && adjustment != NULL &&
      gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->list), &bounds))
    gtk_adjustment_clamp_page (adjustment, bounds.origin.y, bounds.origin.y + bounds.size.height);

  return G_SOURCE_REMOVE;
}

static void
scroll_to_selected (KaLectureEditor *self)
{
  g_idle_add_full (G_PRIORITY_LOW, scroll_now, g_object_ref (self), g_object_unref);
}

/* Selects the step at @index, which the map then shows. */
void
ka_lecture_editor_select (KaLectureEditor *self,
                          int              index)
{
  GtkListBoxRow *row;

  g_return_if_fail (KA_IS_LECTURE_EDITOR (self));

  row = index >= 0 ? gtk_list_box_get_row_at_index (self->list, index) : NULL;
  if (row == NULL)
    return;

  /* Selecting the selected row again still shows it on the map. */
  if (index == self->selected)
    g_signal_emit (self, signals[STEP_SELECTED], 0, index);
  else
    gtk_list_box_select_row (self->list, row);

  scroll_to_selected (self);
}

/* A new step's title is selected and focused, to be typed over at once. */
void
ka_lecture_editor_edit_step_title (KaLectureEditor *self)
{
  g_return_if_fail (KA_IS_LECTURE_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->step_title));
  gtk_editable_select_region (GTK_EDITABLE (self->step_title), 0, -1);
}
