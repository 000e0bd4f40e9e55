/* ka-report-view.c — the whole bundled report, with a passage highlighted
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-report-view"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ka-report-view.h"
#include "ka-text-scroller.h"
#include "ka-text-search.h"

/* The report module reads neither the spaced-out byline nor the form page,
 * so the attribution is written here, as data/report/ATTRIBUTION.md gives it. */
#define REPORT_AUTHOR      "John H. Miller"
#define REPORT_SERIES      N_("APCSS Special Assessment · October 2004")
#define REPORT_DISTRIBUTION N_("Approved for public release; distribution unlimited.")

/* How far down the view a passage is put: near the top third, so that the
 * paragraph's start and what follows are both in sight. */
#define PASSAGE_YALIGN 0.3

struct _KaReportView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkTextView       *text_view;
  GtkSearchEntry    *search_entry;
  GtkLabel          *match_label;

  /* Owned */
  KaReport       *report;
  GPtrArray      *paragraph_starts; /* per section, a GArray of char offsets */
  KaTextSearch   *search;
  KaTextScroller *scroller;

  /* Borrowed: the buffer owns them */
  GtkTextBuffer *buffer;
  GtkTextTag    *title_tag;
  GtkTextTag    *author_tag;
  GtkTextTag    *attribution_tag;
  GtkTextTag    *heading_tag;
  GtkTextTag    *paragraph_tag;
  GtkTextTag    *number_tag;
  GtkTextTag    *italic_tag;
  GtkTextTag    *bold_tag;
  GtkTextTag    *highlight_tag;
  GtkTextMark   *highlight_start;
  GtkTextMark   *highlight_end;

  gboolean has_highlight;
  guint    highlight_section;
  guint    highlight_paragraph;
};

G_DEFINE_FINAL_TYPE (KaReportView, ka_report_view, GTK_TYPE_WIDGET)

static void
set_tag_colors (GtkTextTag *tag,
                const char *background,
                const char *foreground)
{
  GdkRGBA rgba;

  if (background != NULL && gdk_rgba_parse (&rgba, background))
    g_object_set (tag, "background-rgba", &rgba, NULL);
  if (foreground != NULL && gdk_rgba_parse (&rgba, foreground))
    g_object_set (tag, "foreground-rgba", &rgba, NULL);
}

/* Text tags cannot be styled from CSS, so their colours follow the
 * style manager. The highlight must survive a washed-out projector. */
static void
update_tag_colors (KaReportView *self)
{
  gboolean dark = FALSE;

  if (adw_is_initialized ())
    dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  if (dark)
    {
      set_tag_colors (self->highlight_tag, "#e5a50a", "#000000");
      set_tag_colors (ka_text_search_get_match_tag (self->search), "#1c5fb4", "#ffffff");
      set_tag_colors (ka_text_search_get_current_tag (self->search), "#99c1f1", "#000000");
      set_tag_colors (self->number_tag, NULL, "rgba(255,255,255,0.6)");
      set_tag_colors (self->attribution_tag, NULL, "rgba(255,255,255,0.7)");
    }
  else
    {
      set_tag_colors (self->highlight_tag, "#f6d32d", "#1e1e1e");
      set_tag_colors (ka_text_search_get_match_tag (self->search), "#99c1f1", "#1e1e1e");
      set_tag_colors (ka_text_search_get_current_tag (self->search), "#1c71d8", "#ffffff");
      set_tag_colors (self->number_tag, NULL, "rgba(0,0,0,0.6)");
      set_tag_colors (self->attribution_tag, NULL, "rgba(0,0,0,0.7)");
    }
}

static void
create_tags (KaReportView *self)
{
  GtkTextBuffer *buffer = self->buffer;

  self->title_tag = gtk_text_buffer_create_tag (buffer, "title",
                                                "scale", PANGO_SCALE_XX_LARGE,
                                                "weight", PANGO_WEIGHT_BOLD,
                                                "pixels-below-lines", 8,
                                                NULL);
  self->author_tag = gtk_text_buffer_create_tag (buffer, "author",
                                                 "scale", PANGO_SCALE_LARGE,
                                                 "weight", PANGO_WEIGHT_SEMIBOLD,
                                                 "pixels-below-lines", 6,
                                                 NULL);
  self->attribution_tag = gtk_text_buffer_create_tag (buffer, "attribution", NULL);
  self->heading_tag = gtk_text_buffer_create_tag (buffer, "heading",
                                                  "scale", PANGO_SCALE_X_LARGE,
                                                  "weight", PANGO_WEIGHT_BOLD,
                                                  "pixels-above-lines", 28,
                                                  "pixels-below-lines", 10,
                                                  NULL);
  self->paragraph_tag = gtk_text_buffer_create_tag (buffer, "paragraph",
                                                    "pixels-below-lines", 14,
                                                    NULL);
  self->number_tag = gtk_text_buffer_create_tag (buffer, "paragraph-number",
                                                 "scale", PANGO_SCALE_SMALL,
                                                 "weight", PANGO_WEIGHT_BOLD,
                                                 NULL);
  self->italic_tag = gtk_text_buffer_create_tag (buffer, "italic",
                                                 "style", PANGO_STYLE_ITALIC,
                                                 NULL);
  self->bold_tag = gtk_text_buffer_create_tag (buffer, "bold",
                                               "weight", PANGO_WEIGHT_BOLD,
                                               NULL);
  /* Later tags win: the passage highlight shows over the other matches,
   * and the current match over the highlight. */
  self->search = ka_text_search_new (buffer);
  self->highlight_tag = gtk_text_buffer_create_tag (buffer, "highlight", NULL);
  gtk_text_tag_set_priority (self->highlight_tag,
                             gtk_text_tag_get_priority (ka_text_search_get_current_tag (self->search)));

  update_tag_colors (self);
}

/* The paragraph numbers hang in the left margin, in a column as wide as
 * the widest number, so that the text keeps one left edge. */
static void
update_number_column (KaReportView *self)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  PangoTabArray *tabs;
  int left = gtk_text_view_get_left_margin (self->text_view);
  int width, gap;

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->text_view), "¶88");
  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_get_pixel_size (layout, &width, NULL);
  gap = width / 2;

  tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT, width + gap);
  /* GtkTextView reads a negative indent as a hanging one: the first line
   * starts at the margin, the others that much further in. */
  g_object_set (self->paragraph_tag,
                "left-margin", left,
                "indent", -(width + gap),
                "tabs", tabs,
                NULL);
  pango_tab_array_free (tabs);
}

static void
append (KaReportView *self,
        const char   *text,
        GtkTextTag   *tag,
        GtkTextTag   *tag2)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (self->buffer, &end);
  gtk_text_buffer_insert_with_tags (self->buffer, &end, text, -1, tag, tag2, NULL);
}

static int
end_offset (KaReportView *self)
{
  return gtk_text_buffer_get_char_count (self->buffer);
}

static void
apply_emphasis (KaReportView *self,
                guint         section,
                guint         paragraph,
                const char   *text,
                int           offset)
{
  const KaEmphasisSpan *spans;
  guint n_spans = 0, i;

  spans = ka_report_get_paragraph_emphasis (self->report, section, paragraph, &n_spans);
  for (i = 0; i < n_spans; i++)
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (self->buffer, &start,
                                          offset + g_utf8_pointer_to_offset (text, text + spans[i].start));
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end,
                                          offset + g_utf8_pointer_to_offset (text, text + spans[i].end));
      if (spans[i].style & KA_EMPHASIS_ITALIC)
        gtk_text_buffer_apply_tag (self->buffer, self->italic_tag, &start, &end);
      if (spans[i].style & KA_EMPHASIS_BOLD)
        gtk_text_buffer_apply_tag (self->buffer, self->bold_tag, &start, &end);
    }
}

static void
fill_buffer (KaReportView *self)
{
  guint n_sections, s, p;

  gtk_text_buffer_set_text (self->buffer, "", 0);
  g_ptr_array_set_size (self->paragraph_starts, 0);
  if (self->report == NULL)
    return;

  /* The font may have changed since the view was made. */
  update_number_column (self);

  append (self, ka_report_get_title (self->report), self->title_tag, NULL);
  append (self, "\n", self->title_tag, NULL);
  append (self, REPORT_AUTHOR "\n", self->author_tag, NULL);
  append (self, _(REPORT_SERIES), self->attribution_tag, NULL);
  append (self, "\n", self->attribution_tag, NULL);
  append (self, _(REPORT_DISTRIBUTION), self->attribution_tag, NULL);

  n_sections = ka_report_get_n_sections (self->report);
  for (s = 0; s < n_sections; s++)
    {
      guint n_paragraphs = ka_report_get_n_paragraphs (self->report, s);
      GArray *starts = g_array_sized_new (FALSE, FALSE, sizeof (int), n_paragraphs);

      append (self, "\n", NULL, NULL);
      append (self, ka_report_get_section_title (self->report, s), self->heading_tag, NULL);

      for (p = 1; p <= n_paragraphs; p++)
        {
          const char *text = ka_report_get_paragraph_text (self->report, s, p);
          g_autofree char *number = g_strdup_printf ("¶%u", p);
          int offset;

          append (self, "\n", NULL, NULL);
          append (self, number, self->paragraph_tag, self->number_tag);
          append (self, "\t", self->paragraph_tag, NULL);
          if (ka_report_get_paragraph_kind (self->report, s, p) == KA_PARAGRAPH_BULLET)
            append (self, "•\u2002", self->paragraph_tag, NULL);

          /* Offsets into the paragraph's display text address the buffer
           * from here on: the text goes in unchanged. */
          offset = end_offset (self);
          g_array_append_val (starts, offset);
          append (self, text, self->paragraph_tag, NULL);
          apply_emphasis (self, s, p, text, offset);
        }

      g_ptr_array_add (self->paragraph_starts, starts);
    }
}

static gboolean
paragraph_range (KaReportView *self,
                 guint         section,
                 guint         paragraph,
                 gsize         start,
                 gsize         end,
                 GtkTextIter  *start_iter,
                 GtkTextIter  *end_iter)
{
  const char *text;
  GArray *starts;
  int offset;

  if (self->report == NULL || section >= self->paragraph_starts->len)
    return FALSE;

  starts = g_ptr_array_index (self->paragraph_starts, section);
  if (paragraph < 1 || paragraph > starts->len)
    return FALSE;

  text = ka_report_get_paragraph_text (self->report, section, paragraph);
  if (start > end || end > strlen (text))
    return FALSE;

  offset = g_array_index (starts, int, paragraph - 1);
  gtk_text_buffer_get_iter_at_offset (self->buffer, start_iter,
                                      offset + g_utf8_pointer_to_offset (text, text + start));
  gtk_text_buffer_get_iter_at_offset (self->buffer, end_iter,
                                      offset + g_utf8_pointer_to_offset (text, text + end));
  return TRUE;
}

/* Search */

static void
update_match_label (KaReportView *self)
{
  GtkWidget *entry = GTK_WIDGET (self->search_entry);
  g_autofree char *text = ka_text_search_describe (self->search);
  gboolean found = ka_text_search_get_n_matches (self->search) > 0;

  gtk_label_set_text (self->match_label, text);

  if (ka_text_search_is_active (self->search) && !found)
    gtk_widget_add_css_class (entry, "error");
  else
    gtk_widget_remove_css_class (entry, "error");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.find-next", found);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.find-previous", found);
}

static void
scroll_to_match (KaReportView *self,
                 GtkTextMark  *mark)
{
  if (mark != NULL)
    ka_text_scroller_scroll_to_mark (self->scroller, mark);
  update_match_label (self);
}

/* The first match at or below the top of what is shown, so that a search
 * starts where the reader is; past the last, the first. */
static int
first_visible_match (KaReportView *self)
{
  GdkRectangle visible;
  GtkTextIter top;

  if (gtk_widget_get_mapped (GTK_WIDGET (self->text_view)))
    {
      gtk_text_view_get_visible_rect (self->text_view, &visible);
      gtk_text_view_get_iter_at_location (self->text_view, &top, visible.x, visible.y);
    }
  else if (self->has_highlight)
    {
      /* Not shown yet: where it will be scrolled to. */
      gtk_text_buffer_get_iter_at_mark (self->buffer, &top, self->highlight_start);
    }
  else
    {
      gtk_text_buffer_get_start_iter (self->buffer, &top);
    }

  return ka_text_search_find_from (self->search, &top);
}

/**
 * ka_report_view_search:
 * @text: (nullable): what to look for, case-insensitively; %NULL or ""
 *   ends the search
 *
 * Marks every match and scrolls to the first one at or below the top of
 * the view. This is what typing in the view's search entry does.
 */
void
ka_report_view_search (KaReportView *self,
                       const char   *text)
{
  g_return_if_fail (KA_IS_REPORT_VIEW (self));

  if (text != NULL && g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (self->search_entry))) != 0)
    {
      /* Typing there comes back here through search-changed. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
    }

  ka_text_search_set_text (self->search, text);
  scroll_to_match (self, ka_text_search_select (self->search, first_visible_match (self)));
}

guint
ka_report_view_get_n_matches (KaReportView *self)
{
  g_return_val_if_fail (KA_IS_REPORT_VIEW (self), 0);

  return ka_text_search_get_n_matches (self->search);
}

static void
step_match (KaReportView *self,
            int           step)
{
  if (g_strcmp0 (ka_text_search_get_text (self->search), gtk_editable_get_text (GTK_EDITABLE (self->search_entry))) != 0)
    {
      /* Enter pressed before the entry's typing delay ran out. */
      ka_report_view_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      return;
    }

  if (ka_text_search_get_n_matches (self->search) > 0)
    scroll_to_match (self, ka_text_search_step (self->search, step));
}

static void
on_search_changed (KaReportView *self)
{
  ka_report_view_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_search_activate (KaReportView *self)
{
  step_match (self, 1);
}

static void
on_next_match (KaReportView *self)
{
  step_match (self, 1);
}

static void
on_previous_match (KaReportView *self)
{
  step_match (self, -1);
}

static void
on_stop_search (KaReportView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  ka_report_view_search (self, "");
}

static gboolean
on_entry_key_pressed (KaReportView          *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      (state & GDK_MODIFIER_MASK) == GDK_SHIFT_MASK)
    {
      step_match (self, -1);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KaReportView *self = KA_REPORT_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
find_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  step_match (KA_REPORT_VIEW (widget), g_str_equal (action_name, "report.find-next") ? 1 : -1);
}

/* GtkWidget */

static gboolean
ka_report_view_grab_focus (GtkWidget *widget)
{
  KaReportView *self = KA_REPORT_VIEW (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
ka_report_view_dispose (GObject *object)
{
  KaReportView *self = KA_REPORT_VIEW (object);
  GtkWidget *child;

  /* Before the text view goes: a scroll may still be settling on it. */
  g_clear_object (&self->scroller);
  gtk_widget_dispose_template (GTK_WIDGET (self), KA_TYPE_REPORT_VIEW);
  /* The template's unnamed rows are children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->search);
  self->buffer = NULL;
  /* The tags went with the buffer. */
  if (adw_is_initialized ())
    g_signal_handlers_disconnect_by_func (adw_style_manager_get_default (), update_tag_colors, self);

  G_OBJECT_CLASS (ka_report_view_parent_class)->dispose (object);
}

static void
ka_report_view_finalize (GObject *object)
{
  KaReportView *self = KA_REPORT_VIEW (object);

  g_clear_pointer (&self->report, ka_report_unref);
  g_clear_pointer (&self->paragraph_starts, g_ptr_array_unref);

  G_OBJECT_CLASS (ka_report_view_parent_class)->finalize (object);
}

static void
ka_report_view_class_init (KaReportViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ka_report_view_dispose;
  object_class->finalize = ka_report_view_finalize;
  widget_class->grab_focus = ka_report_view_grab_focus;

  g_type_ensure (ADW_TYPE_BUTTON_CONTENT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/panel/ka-report-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KaReportView, text_view);
  gtk_widget_class_bind_template_child (widget_class, KaReportView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KaReportView, match_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_next_match);
  gtk_widget_class_bind_template_callback (widget_class, on_previous_match);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);

  gtk_widget_class_install_action (widget_class, "report.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "report.find-next", NULL, find_step_action);
  gtk_widget_class_install_action (widget_class, "report.find-previous", NULL, find_step_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "report.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "report.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "report.find-previous", NULL);

  gtk_widget_class_set_css_name (widget_class, "ka-report-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ka_report_view_init (KaReportView *self)
{
  GtkEventController *keys;
  GtkTextIter start;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->paragraph_starts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  self->buffer = gtk_text_view_get_buffer (self->text_view);
  create_tags (self);
  update_number_column (self);

  gtk_text_buffer_get_start_iter (self->buffer, &start);
  self->highlight_start = gtk_text_buffer_create_mark (self->buffer, "highlight-start", &start, TRUE);
  self->highlight_end = gtk_text_buffer_create_mark (self->buffer, "highlight-end", &start, FALSE);
  self->scroller = ka_text_scroller_new (self->text_view, PASSAGE_YALIGN);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_entry_key_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  if (adw_is_initialized ())
    g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                             G_CALLBACK (update_tag_colors), self, G_CONNECT_SWAPPED);

  update_match_label (self);
}

GtkWidget *
ka_report_view_new (void)
{
  return g_object_new (KA_TYPE_REPORT_VIEW, NULL);
}

KaReport *
ka_report_view_get_report (KaReportView *self)
{
  g_return_val_if_fail (KA_IS_REPORT_VIEW (self), NULL);

  return self->report;
}

/**
 * ka_report_view_set_report:
 * @report: (nullable): the report to show
 *
 * Shows the whole report: its title and attribution, then every section
 * and numbered paragraph, as the report module reads them.
 */
void
ka_report_view_set_report (KaReportView *self,
                           KaReport     *report)
{
  g_return_if_fail (KA_IS_REPORT_VIEW (self));

  if (self->report == report)
    return;

  g_clear_pointer (&self->report, ka_report_unref);
  if (report != NULL)
    self->report = ka_report_ref (report);

  self->has_highlight = FALSE;
  fill_buffer (self);
  ka_report_view_search (self, ka_text_search_get_text (self->search));
}

/**
 * ka_report_view_show_passage:
 * @section: 0-based section index
 * @paragraph: 1-based paragraph number
 * @start: byte offset of the passage in the paragraph's text
 *   (ka_report_get_paragraph_text()), as a #KaPassage gives it
 * @end: byte offset of the passage's end
 *
 * Highlights the passage, in place of any earlier one, and scrolls so
 * that it is in the upper third of the view. An out-of-range passage
 * only clears the highlight.
 *
 * Returns: %TRUE if the report has that passage
 */
gboolean
ka_report_view_show_passage (KaReportView *self,
                             guint         section,
                             guint         paragraph,
                             gsize         start,
                             gsize         end)
{
  GtkTextIter start_iter, end_iter;

  g_return_val_if_fail (KA_IS_REPORT_VIEW (self), FALSE);

  ka_report_view_clear_highlight (self);

  if (!paragraph_range (self, section, paragraph, start, end, &start_iter, &end_iter))
    {
      g_debug ("No passage %u:%u [%" G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT ") in the report",
               section, paragraph, start, end);
      return FALSE;
    }

  gtk_text_buffer_apply_tag (self->buffer, self->highlight_tag, &start_iter, &end_iter);
  gtk_text_buffer_move_mark (self->buffer, self->highlight_start, &start_iter);
  gtk_text_buffer_move_mark (self->buffer, self->highlight_end, &end_iter);
  self->has_highlight = TRUE;
  self->highlight_section = section;
  self->highlight_paragraph = paragraph;

  ka_text_scroller_scroll_to_mark (self->scroller, self->highlight_start);
  return TRUE;
}

void
ka_report_view_clear_highlight (KaReportView *self)
{
  GtkTextIter start, end;

  g_return_if_fail (KA_IS_REPORT_VIEW (self));

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->highlight_tag, &start, &end);
  self->has_highlight = FALSE;
}

/**
 * ka_report_view_get_highlight:
 * @section: (out) (optional): 0-based section of the highlighted passage
 * @paragraph: (out) (optional): its 1-based paragraph number
 * @text: (out) (optional) (transfer full): the highlighted text
 *
 * Returns: %TRUE if a passage is highlighted
 */
gboolean
ka_report_view_get_highlight (KaReportView  *self,
                              guint         *section,
                              guint         *paragraph,
                              char         **text)
{
  GtkTextIter start, end;

  g_return_val_if_fail (KA_IS_REPORT_VIEW (self), FALSE);

  if (!self->has_highlight)
    return FALSE;

  if (section != NULL)
    *section = self->highlight_section;
  if (paragraph != NULL)
    *paragraph = self->highlight_paragraph;
  if (text != NULL)
    {
      gtk_text_buffer_get_iter_at_mark (self->buffer, &start, self->highlight_start);
      gtk_text_buffer_get_iter_at_mark (self->buffer, &end, self->highlight_end);
      *text = gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
    }
  return TRUE;
}

/**
 * ka_report_view_end_search:
 *
 * Empties the find bar and takes the focus back to the text, if a search
 * was under way.
 *
 * Returns: whether there was a search to end
 */
gboolean
ka_report_view_end_search (KaReportView *self)
{
  GtkWidget *entry = GTK_WIDGET (self->search_entry);
  GtkRoot *root;
  GtkWidget *focus = NULL;

  g_return_val_if_fail (KA_IS_REPORT_VIEW (self), FALSE);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (root != NULL)
    focus = gtk_root_get_focus (root);

  /* The find bar is open to the user when it holds text or the focus. */
  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) == '\0' &&
      (focus == NULL || (focus != entry && !gtk_widget_is_ancestor (focus, entry))))
    return FALSE;

  on_stop_search (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));

  return TRUE;
}
