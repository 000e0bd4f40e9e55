/* ka-window-export.c — Export Map…, Export Lecture… and Export Handout… in the window
 *
 * Each export runs in a thread of its own, with a toast that says how far
 * it has got, and ends with a toast naming the file or a dialog saying
 * why it could not be written. The "-to" actions take the path and skip
 * the file dialog, for scripts and tests.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-window"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ka-export-file.h"
#include "ka-handout.h"
#include "ka-present-enum-types.h"
#include "ka-message-dialog.h"
#include "ka-window-private.h"

/* A4 landscape at 300 dpi: a PDF of it is an A4 page. */
#define A4_WIDTH_PX 3508
#define A4_HEIGHT_PX 2480
#define A4_PIXELS_PER_POINT (300.0 / 72.0)

typedef struct
{
  const char *id;
  const char *label;
  int width;
  int height;
  double pixels_per_point;
} ExportSize;

static const ExportSize export_sizes[] = {
  { "slide", N_("Slide, 1920 × 1080"), 1920, 1080, 0.0 },
  { "4k", N_("4K slide, 3840 × 2160"), 3840, 2160, 0.0 },
  { "a4", N_("A4 landscape, 300 dpi"), A4_WIDTH_PX, A4_HEIGHT_PX, A4_PIXELS_PER_POINT },
  { "custom", N_("Custom size…"), 0, 0, 0.0 },
};

typedef enum
{
  JOB_MAP,
  JOB_LECTURE,
  JOB_HANDOUT,
} JobKind;

/* What an export needs, copied or referenced, so that the window may
 * change while the thread draws. */
typedef struct
{
  JobKind kind;
  KaAtlas *atlas;
  KaTileRenderer *renderer;
  GFile *file;
  KaExportFormat format;
  KaExportView view;            /* the map, or every slide's size and style */
  char *selected_island;        /* the map's, owned */
  KaLecture *lecture;
  KaHandoutOptions handout;
  GWeakRef window;
  AdwToast *toast;              /* the progress toast, main thread only */
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->atlas, ka_atlas_unref);
  g_clear_pointer (&job->renderer, ka_tile_renderer_unref);
  g_clear_object (&job->file);
  g_clear_pointer (&job->selected_island, g_free);
  g_clear_pointer (&job->lecture, ka_lecture_unref);
  g_weak_ref_clear (&job->window);
  g_clear_object (&job->toast);
  g_free (job);
}

static ExportJob *
export_job_new (KaWindow *self,
                JobKind   kind,
                GFile    *file)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  job->kind = kind;
  job->atlas = ka_atlas_ref (self->atlas);
  job->renderer = ka_tile_renderer_ref (self->renderer);
  job->file = g_object_ref (file);
  g_weak_ref_init (&job->window, self);
  ka_window_describe_view (self, &job->view);

  return job;
}

typedef struct
{
  ExportJob *job;
  guint index;
  guint n_pages;
} Progress;

static gboolean
show_progress (gpointer data)
{
  Progress *progress = data;
  /* Translators: a toast while a lecture is exported, e.g. "Exporting page 3 of 13…" */
  g_autofree char *title = g_strdup_printf (_("Exporting page %u of %u…"), progress->index + 1, progress->n_pages);

  adw_toast_set_title (progress->job->toast, title);

  return G_SOURCE_REMOVE;
}

/* Called in the export's thread; the toast is the main thread's. */
static void
on_progress (guint    index,
             guint    n_pages,
             gpointer user_data)
{
  Progress *progress = g_new (Progress, 1);

  *progress = (Progress) { user_data, index, n_pages };
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_progress, progress, g_free);
}

static void
slide_views (ExportJob     *job,
             KaExportView **views,
             guint         *n_views)
{
  guint n = ka_lecture_get_n_steps (job->lecture);

  *views = g_new (KaExportView, n);
  *n_views = n;
  for (guint i = 0; i < n; i++)
    {
      KaExportView *view = &(*views)[i];

      ka_export_view_init (view);
      view->width = job->view.width;
      view->height = job->view.height;
      view->naming = job->view.naming;
      view->dark = job->view.dark;
      view->high_contrast = job->view.high_contrast;
      ka_export_view_set_step (view, ka_lecture_get_step (job->lecture, i), ka_atlas_get_islands (job->atlas));
    }
}

static void
run_export (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autofree KaExportView *views = NULL;
  guint n_views;
  gboolean ok = FALSE;

  switch (job->kind)
    {
    case JOB_MAP:
      job->view.selected_island = job->selected_island;
      ok = ka_export_view (job->atlas, job->renderer, &job->view, job->format, job->file, &error);
      break;
    case JOB_LECTURE:
      slide_views (job, &views, &n_views);
      ok = ka_export_views_to_pdf (job->atlas, job->renderer, views, n_views, ka_lecture_get_title (job->lecture),
                                   on_progress, job, job->file, &error);
      break;
    case JOB_HANDOUT:
      ok = ka_handout_export (job->atlas, job->renderer, job->lecture, &job->handout,
                              on_progress, job, job->file, &error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
show_error (KaWindow     *self,
            const GError *error)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (ka_message_dialog_new (GTK_WINDOW (self),
                                                                         _("Export Failed"),
                                                                         error->message));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GTask *task = G_TASK (result);
  ExportJob *job = g_task_get_task_data (task);
  g_autoptr(KaWindow) self = g_weak_ref_get (&job->window);
  g_autoptr(GError) error = NULL;

  adw_toast_dismiss (job->toast);
  if (self == NULL)
    return;

  if (g_task_propagate_boolean (task, &error))
    {
      g_autofree char *name = g_file_get_basename (job->file);
      /* Translators: a toast once a file is written, e.g. "Exported “map.png”" */
      g_autofree char *title = g_strdup_printf (_("Exported “%s”"), name);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
    }
  else
    show_error (self, error);

  g_signal_emit_by_name (self, "export-finished", error == NULL);
}

static void
start_export (KaWindow  *self,
              ExportJob *job)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, on_export_done, NULL);

  job->toast = g_object_ref_sink (adw_toast_new (_("Exporting…")));
  /* Until the export ends, however long it takes. */
  adw_toast_set_timeout (job->toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (job->toast));

  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, run_export);
}

/* The map as the window shows it, framed as the window frames it, at
 * the size asked for. */
static void
export_map (KaWindow          *self,
            GFile             *file,
            KaExportFormat     format,
            const ExportSize  *size,
            int                width,
            int                height)
{
  ExportJob *job = export_job_new (self, JOB_MAP, file);
  KaExportView *view = &job->view;
  double lon, lat, scale = view->scale;
  KaViewTransform screen = ka_view_transform_new (view->centre_lat, view->centre_lon, view->zoom,
                                                  view->width / scale, view->height / scale);

  view->box = ka_box_empty ();
  ka_view_transform_pixels_to_lonlat (&screen, 0, 0, &lon, &lat);
  ka_box_add_point (&view->box, lon, lat);
  ka_view_transform_pixels_to_lonlat (&screen, screen.width, screen.height, &lon, &lat);
  ka_box_add_point (&view->box, lon, lat);
  view->fit_box = TRUE;
  view->scale = 0.0;
  view->text_scale = ka_label_size_get_text_scale (KA_LABEL_SIZE_PROJECTOR);
  view->width = width;
  view->height = height;
  view->pixels_per_point = size != NULL ? size->pixels_per_point : 0.0;
  job->selected_island = g_strdup (view->selected_island);
  job->format = format;

  start_export (self, job);
}

static void
export_lecture (KaWindow *self,
                GFile    *file,
                int       width,
                int       height)
{
  KaLecture *lecture = ka_window_presentation_ensure_lecture (self);
  ExportJob *job;

  if (lecture == NULL)
    return;

  job = export_job_new (self, JOB_LECTURE, file);
  job->lecture = ka_lecture_ref (lecture);
  job->view.width = width;
  job->view.height = height;
  start_export (self, job);
}

static void
export_handout (KaWindow *self,
                GFile    *file,
                KaPaper   paper,
                gboolean  with_notes)
{
  KaLecture *lecture = ka_window_presentation_ensure_lecture (self);
  ExportJob *job;

  if (lecture == NULL)
    return;

  job = export_job_new (self, JOB_HANDOUT, file);
  job->lecture = ka_lecture_ref (lecture);
  ka_handout_options_init (&job->handout);
  job->handout.paper = paper;
  job->handout.with_notes = with_notes;
  job->handout.naming = job->view.naming;
  start_export (self, job);
}

/* The format a file's name says, or the one asked for, with its
 * extension added to the name. */
static GFile *
file_with_format (GFile          *file,
                  KaExportFormat  wanted,
                  KaExportFormat *format)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *named = NULL;

  if (path == NULL || ka_export_format_from_path (path, format, NULL))
    return g_object_ref (file);

  *format = wanted;
  named = g_strconcat (path, ".", ka_export_format_get_extension (wanted), NULL);
  return g_file_new_for_path (named);
}

static GFile *
path_parameter (GVariant *parameter)
{
  return g_file_new_for_commandline_arg (g_variant_get_string (parameter, NULL));
}

static void
export_map_to_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  g_autoptr(GFile) requested = path_parameter (parameter);
  KaExportFormat format = KA_EXPORT_FORMAT_PNG;
  g_autoptr(GFile) file = file_with_format (requested, KA_EXPORT_FORMAT_PNG, &format);

  export_map (KA_WINDOW (widget), file, format, &export_sizes[0], export_sizes[0].width, export_sizes[0].height);
}

static void
export_lecture_to_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  g_autoptr(GFile) file = path_parameter (parameter);

  export_lecture (KA_WINDOW (widget), file, export_sizes[0].width, export_sizes[0].height);
}

static void
export_handout_to_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  g_autoptr(GFile) file = path_parameter (parameter);

  export_handout (KA_WINDOW (widget), file, KA_PAPER_A4, FALSE);
}

/* The dialogs. */

static const char * const pdf_types[] = { "application/pdf", NULL };
static const char * const map_types[] = { "image/png", "image/svg+xml", "application/pdf", NULL };

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *mime_types)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static GtkFileChooserNative *
save_dialog (KaWindow   *self,
             const char *title,
             const char *name)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               _("_Export"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  return chooser;
}

static const ExportSize *
lookup_size (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (export_sizes); i++)
    if (g_strcmp0 (export_sizes[i].id, id) == 0)
      return &export_sizes[i];

  return &export_sizes[0];
}

typedef struct
{
  KaWindow *window;
  GFile *file;
  KaExportFormat format;
  GtkSpinButton *width;
  GtkSpinButton *height;
} CustomSize;

static void
custom_size_free (CustomSize *custom)
{
  g_object_unref (custom->window);
  g_object_unref (custom->file);
  g_free (custom);
}

static void
on_custom_size (AdwMessageDialog *dialog,
                const char       *response,
                CustomSize       *custom)
{
  if (g_str_equal (response, "export"))
    export_map (custom->window, custom->file, custom->format, NULL,
                gtk_spin_button_get_value_as_int (custom->width),
                gtk_spin_button_get_value_as_int (custom->height));
}

static GtkSpinButton *
size_spin_button (const char *accessible_name,
                  int         value)
{
  GtkSpinButton *spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (KA_EXPORT_MIN_SIZE,
                                                                         KA_EXPORT_MAX_SIZE, 10));

  gtk_spin_button_set_value (spin, value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);

  return spin;
}

static void
ask_custom_size (KaWindow       *self,
                 GFile          *file,
                 KaExportFormat  format)
{
  CustomSize *custom = g_new0 (CustomSize, 1);
  GtkWidget *dialog = ka_message_dialog_new (GTK_WINDOW (self), _("Custom Size"),
                                              _("The width and height of the exported map, in pixels"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  custom->window = g_object_ref (self);
  custom->file = g_object_ref (file);
  custom->format = format;
  custom->width = size_spin_button (_("Width"), export_sizes[0].width);
  custom->height = size_spin_button (_("Height"), export_sizes[0].height);

  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (custom->width));
  gtk_box_append (GTK_BOX (box), gtk_label_new ("×"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (custom->height));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "export", _("_Export"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_custom_size), custom,
                         (GClosureNotify) (void (*) (void)) custom_size_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_map_file_chosen (GtkNativeDialog *chooser,
                    int              response,
                    KaWindow        *self)
{
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  const char *format_id = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "format");
  const ExportSize *size = lookup_size (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "size"));
  KaExportFormat wanted = KA_EXPORT_FORMAT_PNG, format;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && chosen != NULL)
    {
      if (format_id != NULL)
        ka_export_format_from_string (format_id, &wanted);
      file = file_with_format (chosen, wanted, &format);
      if (size->width == 0)
        ask_custom_size (self, file, format);
      else
        export_map (self, file, format, size, size->width, size->height);
    }

  g_object_unref (chooser);
}

static void
export_map_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  /* Translators: the file name Export Map… suggests, e.g. "Kuril Islands 1945" */
  g_autofree char *name = g_strdup_printf (_("Kuril Islands %u"), ka_state_get_year (self->state));
  GtkFileChooserNative *chooser = save_dialog (self, _("Export Map"), name);
  const char *size_ids[G_N_ELEMENTS (export_sizes) + 1] = { NULL };
  const char *size_labels[G_N_ELEMENTS (export_sizes) + 1] = { NULL };
  const char *format_ids[] = { "png", "svg", "pdf", NULL };
  const char *format_labels[] = { _("PNG image"), _("SVG drawing"), _("PDF document"), NULL };

  for (guint i = 0; i < G_N_ELEMENTS (export_sizes); i++)
    {
      size_ids[i] = export_sizes[i].id;
      size_labels[i] = _(export_sizes[i].label);
    }

  add_filter (GTK_FILE_CHOOSER (chooser), _("PNG, SVG and PDF files"), map_types);
  /* A name without an extension takes the format chosen here. */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "format", _("Format"), format_ids, format_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "format", "png");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "size", _("Size"), size_ids, size_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "size", export_sizes[0].id);
  g_signal_connect (chooser, "response", G_CALLBACK (on_map_file_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_lecture_file_chosen (GtkNativeDialog *chooser,
                        int              response,
                        KaWindow        *self)
{
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  const ExportSize *size = lookup_size (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "size"));
  KaExportFormat format;

  if (response == GTK_RESPONSE_ACCEPT && chosen != NULL)
    {
      g_autoptr(GFile) file = file_with_format (chosen, KA_EXPORT_FORMAT_PDF, &format);

      export_lecture (self, file, size->width, size->height);
    }

  g_object_unref (chooser);
}

static char *
lecture_file_name (KaWindow *self)
{
  KaLecture *lecture = ka_window_presentation_ensure_lecture (self);

  return g_strconcat (lecture ? ka_lecture_get_title (lecture) : _("Lecture"), ".pdf", NULL);
}

static void
export_lecture_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  g_autofree char *name = lecture_file_name (self);
  GtkFileChooserNative *chooser = save_dialog (self, _("Export Lecture as PDF Slides"), name);
  const char *size_ids[] = { export_sizes[0].id, export_sizes[1].id, NULL };
  const char *size_labels[] = { _(export_sizes[0].label), _(export_sizes[1].label), NULL };

  add_filter (GTK_FILE_CHOOSER (chooser), _("PDF documents"), pdf_types);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "size", _("Size"), size_ids, size_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "size", export_sizes[0].id);
  g_signal_connect (chooser, "response", G_CALLBACK (on_lecture_file_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_handout_file_chosen (GtkNativeDialog *chooser,
                        int              response,
                        KaWindow        *self)
{
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  const char *paper_id = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "paper");
  const char *notes = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "notes");
  KaExportFormat format;

  if (response == GTK_RESPONSE_ACCEPT && chosen != NULL)
    {
      g_autoptr(GFile) file = file_with_format (chosen, KA_EXPORT_FORMAT_PDF, &format);
      g_autoptr(GEnumClass) papers = g_type_class_ref (KA_TYPE_PAPER);
      GEnumValue *paper = paper_id ? g_enum_get_value_by_nick (papers, paper_id) : NULL;

      export_handout (self, file, paper ? paper->value : KA_PAPER_A4, g_strcmp0 (notes, "true") == 0);
    }

  g_object_unref (chooser);
}

static void
export_handout_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KaWindow *self = KA_WINDOW (widget);
  g_autofree char *name = lecture_file_name (self);
  GtkFileChooserNative *chooser = save_dialog (self, _("Export Handout"), name);
  const char *paper_ids[] = { "a4", "letter", NULL };
  const char *paper_labels[] = { _("A4"), _("US Letter"), NULL };

  add_filter (GTK_FILE_CHOOSER (chooser), _("PDF documents"), pdf_types);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "paper", _("Paper"), paper_ids, paper_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "paper", "a4");
  /* Options of NULL make a check box: the notes are the lecturer's. */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "notes", _("Include speaker notes"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "notes", "false");
  g_signal_connect (chooser, "response", G_CALLBACK (on_handout_file_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
ka_window_export_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-map", NULL, export_map_action);
  gtk_widget_class_install_action (widget_class, "win.export-lecture", NULL, export_lecture_action);
  gtk_widget_class_install_action (widget_class, "win.export-handout", NULL, export_handout_action);
  gtk_widget_class_install_action (widget_class, "win.export-map-to", "s", export_map_to_action);
  gtk_widget_class_install_action (widget_class, "win.export-lecture-to", "s", export_lecture_to_action);
  gtk_widget_class_install_action (widget_class, "win.export-handout-to", "s", export_handout_to_action);

  /**
   * KaWindow::export-finished:
   * @succeeded: whether the file was written
   *
   * An export started from the window has ended, and its toast or error
   * dialog is shown.
   */
  g_signal_new ("export-finished", G_TYPE_FROM_CLASS (widget_class), G_SIGNAL_RUN_LAST, 0,
                NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}
