/* ka-export-file.c
 *
 * The export formats and their files: a view as PNG, SVG or PDF, a
 * lecture as a PDF deck. Files are written through g_file_replace(),
 * which writes beside the target and renames over it when done; on any
 * failure the stream is aborted, so the old file, if any, is left as it
 * was. Handouts use the same writer (ka-handout.c).
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-export-file"

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>

#include "ka-export-file.h"
#include "ka-png.h"

static const char * const format_extensions[] = {
  [KA_EXPORT_FORMAT_PNG] = "png",
  [KA_EXPORT_FORMAT_SVG] = "svg",
  [KA_EXPORT_FORMAT_PDF] = "pdf",
};

/**
 * ka_export_format_from_string:
 * @name: "png", "svg" or "pdf", in any case
 *
 * Returns: whether @name is a format, stored in @format.
 */
gboolean
ka_export_format_from_string (const char     *name,
                              KaExportFormat *format)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (format_extensions); i++)
    if (g_ascii_strcasecmp (name, format_extensions[i]) == 0)
      {
        if (format != NULL)
          *format = i;
        return TRUE;
      }

  return FALSE;
}

const char *
ka_export_format_get_extension (KaExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (format_extensions), "png");

  return format_extensions[format];
}

/**
 * ka_export_format_from_path:
 * @path: a file name or path
 * @format: (out): the format its extension names
 *
 * Returns: whether the path ends in .png, .svg or .pdf (in any case);
 * otherwise %FALSE with %KA_EXPORT_ERROR_UNKNOWN_FORMAT.
 */
gboolean
ka_export_format_from_path (const char      *path,
                            KaExportFormat  *format,
                            GError         **error)
{
  g_autofree char *basename = NULL;
  const char *dot;

  g_return_val_if_fail (path != NULL, FALSE);

  basename = g_path_get_basename (path);
  dot = strrchr (basename, '.');
  if (dot != NULL && dot != basename && ka_export_format_from_string (dot + 1, format))
    return TRUE;

  g_set_error (error, KA_EXPORT_ERROR, KA_EXPORT_ERROR_UNKNOWN_FORMAT,
               _("Cannot tell the format of “%s”: name the file .png, .svg or .pdf"), path);
  return FALSE;
}

struct _KaExportWriter
{
  GOutputStream *stream;
  GError *error;
};

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  KaExportWriter *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (writer->stream, data, length, NULL, NULL, &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/**
 * ka_export_writer_check:
 * @writer: the writer of the file
 * @status: what cairo said when done
 * @error: where to put a failure
 *
 * The writer's own error says more than cairo's "error while writing",
 * so it comes first.
 *
 * Returns: whether the file was written without error.
 */
gboolean
ka_export_writer_check (KaExportWriter  *writer,
                        cairo_status_t   status,
                        GError         **error)
{
  if (writer->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&writer->error));
      return FALSE;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, KA_EXPORT_ERROR, KA_EXPORT_ERROR_DRAW,
                   _("The map could not be drawn: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * ka_export_writer_create_pdf:
 * @writer: the writer of the file
 * @title: (nullable): the document's title; the atlas's name if %NULL
 * @width_pt: the first page's width, in points
 * @height_pt: and height
 *
 * Returns: (transfer full): a PDF surface writing to the file, with the
 *   atlas's metadata
 */
cairo_surface_t *
ka_export_writer_create_pdf (KaExportWriter *writer,
                             const char     *title,
                             double          width_pt,
                             double          height_pt)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_to_stream, writer, width_pt, height_pt);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title ? title : _("Kuril Atlas"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kuril Atlas " PACKAGE_VERSION);

  return surface;
}

/**
 * ka_export_finish_surface:
 * @writer: the writer of the file
 * @surface: (transfer full): a vector surface writing through @writer
 * @cr: (transfer full): its context, all drawn
 * @error: where to put a failure
 *
 * Only finishing a vector surface writes the file out, and it may fail
 * doing so.
 *
 * Returns: whether everything was drawn and written.
 */
gboolean
ka_export_finish_surface (KaExportWriter   *writer,
                          cairo_surface_t  *surface,
                          cairo_t          *cr,
                          GError          **error)
{
  cairo_status_t status = cairo_status (cr);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return ka_export_writer_check (writer, status, error);
}

/**
 * ka_export_view_get_page_size:
 * @view: the view
 * @width_pt: (out): the PDF page's width in points
 * @height_pt: (out): and height
 *
 * A PDF page is as large as the image would be at
 * @view's pixels_per_point: by default a 1920 × 1080 export is a
 * 960 × 540 pt page, the size of a 16:9 slide in presentation programs.
 */
void
ka_export_view_get_page_size (const KaExportView *view,
                              double             *width_pt,
                              double             *height_pt)
{
  double ppp = view->pixels_per_point > 0.0 ? view->pixels_per_point : KA_EXPORT_PIXELS_PER_POINT;

  *width_pt = view->width / ppp;
  *height_pt = view->height / ppp;
}

/* Draws @view onto a page of @cr's PDF surface, sized to it. */
static void
draw_pdf_page (KaAtlas            *atlas,
               KaTileRenderer     *renderer,
               const KaExportView *view,
               cairo_surface_t    *surface,
               cairo_t            *cr)
{
  double width_pt, height_pt;

  ka_export_view_get_page_size (view, &width_pt, &height_pt);
  cairo_pdf_surface_set_size (surface, width_pt, height_pt);
  cairo_save (cr);
  cairo_scale (cr, width_pt / view->width, height_pt / view->height);
  ka_export_view_draw (atlas, renderer, view, cr);
  cairo_restore (cr);
  cairo_show_page (cr);
}

static gboolean
write_png (KaAtlas            *atlas,
           KaTileRenderer     *renderer,
           const KaExportView *view,
           KaExportWriter     *writer,
           GError            **error)
{
  cairo_surface_t *surface = ka_export_view_draw_image (atlas, renderer, view, error);
  cairo_status_t status;

  if (surface == NULL)
    return FALSE;

  status = ka_png_write (surface, write_to_stream, writer);
  cairo_surface_destroy (surface);

  return ka_export_writer_check (writer, status, error);
}

static gboolean
write_vector (KaAtlas            *atlas,
              KaTileRenderer     *renderer,
              const KaExportView *view,
              KaExportFormat      format,
              KaExportWriter     *writer,
              GError            **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  if (format == KA_EXPORT_FORMAT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (write_to_stream, writer, view->width, view->height);
      cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
      /* Sized in pixels, not points, so viewers show it at the PNG's size. */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      cr = cairo_create (surface);
      ka_export_view_draw (atlas, renderer, view, cr);
      cairo_show_page (cr);
    }
  else
    {
      surface = ka_export_writer_create_pdf (writer, NULL, view->width, view->height);
      cr = cairo_create (surface);
      draw_pdf_page (atlas, renderer, view, surface, cr);
    }

  return ka_export_finish_surface (writer, surface, cr, error);
}

typedef struct
{
  KaAtlas *atlas;
  KaTileRenderer *renderer;
  const KaExportView *view;
  KaExportFormat format;
} ViewJob;

static gboolean
write_view (KaExportWriter  *writer,
            gpointer         user_data,
            GError         **error)
{
  ViewJob *job = user_data;

  if (job->format == KA_EXPORT_FORMAT_PNG)
    return write_png (job->atlas, job->renderer, job->view, writer, error);

  return write_vector (job->atlas, job->renderer, job->view, job->format, writer, error);
}

/**
 * ka_export_write_atomically:
 * @file: where to write; replaced only once the whole file is written
 * @func: writes the file through the writer it is handed
 * @user_data: for @func
 * @error: a #GError naming the file, on failure
 *
 * Runs @func on a stream that replaces @file only when @func succeeds.
 * On failure neither a partial file nor a temporary one is left, and an
 * existing @file is left as it was. The error is GIO's or @func's, as
 * is: ka_export_prefix_error() says what failed.
 *
 * Returns: whether the file was written.
 */
gboolean
ka_export_write_atomically (GFile              *file,
                            KaExportWriteFunc   func,
                            gpointer            user_data,
                            GError            **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean existed;
  KaExportWriter writer = { NULL, NULL };

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* GIO writes a new file in place, with no temporary file to drop on
   * failure; such a file is deleted instead. */
  existed = g_file_query_exists (file, NULL);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &local_error);
  if (stream == NULL)
    goto failed;

  writer.stream = G_OUTPUT_STREAM (stream);
  if (func (&writer, user_data, &local_error) &&
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    {
      g_clear_error (&writer.error);
      return TRUE;
    }
  g_clear_error (&writer.error);

  if (!g_output_stream_is_closed (G_OUTPUT_STREAM (stream)))
    {
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      /* Closing cancelled drops the temporary file and keeps the old one. */
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
    }
  if (!existed)
    g_file_delete (file, NULL, NULL);

failed:
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * ka_export_view:
 * @atlas: the islands and boundaries
 * @renderer: draws the basemap
 * @view: what to draw
 * @format: the file format
 * @file: where to write; replaced only once the whole image is written
 * @error: a #GError naming the file, on failure
 *
 * Exports @view. On failure neither a partial file nor a temporary one
 * is left, and an existing @file is left as it was.
 *
 * Returns: whether the file was written.
 */
gboolean
ka_export_view (KaAtlas             *atlas,
                KaTileRenderer      *renderer,
                const KaExportView  *view,
                KaExportFormat       format,
                GFile               *file,
                GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  ViewJob job = { atlas, renderer, view, format };

  g_return_val_if_fail (atlas != NULL, FALSE);
  g_return_val_if_fail (renderer != NULL, FALSE);
  g_return_val_if_fail (view != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (format >= G_N_ELEMENTS (format_extensions))
    g_set_error (&local_error, KA_EXPORT_ERROR, KA_EXPORT_ERROR_UNKNOWN_FORMAT, _("Unknown image format"));
  else if (ka_export_view_validate (view, &local_error))
    ka_export_write_atomically (file, write_view, &job, &local_error);

  return ka_export_prefix_error (error, g_steal_pointer (&local_error), KA_EXPORT_KIND_MAP, file);
}

/**
 * ka_export_prefix_error:
 * @error: where to put @cause, said as a failed export
 * @cause: (transfer full) (nullable): what went wrong, or %NULL
 * @kind: what was being exported
 * @file: the file that was to be written
 *
 * Returns: whether there was no @cause
 */
gboolean
ka_export_prefix_error (GError       **error,
                        GError        *cause,
                        KaExportKind   kind,
                        GFile         *file)
{
  g_autofree char *name = NULL;
  g_autofree char *what = NULL;

  if (cause == NULL)
    return TRUE;

  /* GIO's own messages often name the file already. */
  name = g_file_get_parse_name (file);
  if (strstr (cause->message, name) == NULL)
    what = g_strdup_printf (_("“%s”: %s"), name, cause->message);
  else
    what = g_strdup (cause->message);

  switch (kind)
    {
    case KA_EXPORT_KIND_LECTURE:
      g_set_error (error, cause->domain, cause->code, _("Cannot export the lecture: %s"), what);
      break;
    case KA_EXPORT_KIND_HANDOUT:
      g_set_error (error, cause->domain, cause->code, _("Cannot export the handout: %s"), what);
      break;
    case KA_EXPORT_KIND_MAP:
    default:
      if (strstr (cause->message, name) != NULL)
        g_set_error (error, cause->domain, cause->code, _("Cannot export the map: %s"), cause->message);
      else
        g_set_error (error, cause->domain, cause->code,
                     _("Cannot export the map to “%s”: %s"), name, cause->message);
      break;
    }
  g_error_free (cause);

  return FALSE;
}

typedef struct
{
  KaAtlas *atlas;
  KaTileRenderer *renderer;
  const KaExportView *views;
  guint n_views;
  const char *title;
  KaExportProgressFunc progress;
  gpointer progress_data;
} DeckJob;

static gboolean
write_deck (KaExportWriter  *writer,
            gpointer         user_data,
            GError         **error)
{
  DeckJob *job = user_data;
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = ka_export_writer_create_pdf (writer, job->title, job->views[0].width, job->views[0].height);
  cr = cairo_create (surface);
  for (guint i = 0; i < job->n_views && cairo_status (cr) == CAIRO_STATUS_SUCCESS; i++)
    {
      if (job->progress != NULL)
        job->progress (i, job->n_views, job->progress_data);
      draw_pdf_page (job->atlas, job->renderer, &job->views[i], surface, cr);
    }

  return ka_export_finish_surface (writer, surface, cr, error);
}

/**
 * ka_export_views_to_pdf:
 * @atlas: the islands and boundaries
 * @renderer: draws the basemap
 * @views: (array length=n_views): one page each, in order
 * @title: (nullable): the document's title
 * @progress: (nullable): called before each page is drawn, in the
 *   calling thread
 * @progress_data: for @progress
 * @file: where to write, atomically
 * @error: a #GError naming the file, on failure
 *
 * Exports a deck: one PDF with a page per view, each sized as
 * ka_export_view_get_page_size() says.
 *
 * Returns: whether the file was written.
 */
gboolean
ka_export_views_to_pdf (KaAtlas              *atlas,
                        KaTileRenderer       *renderer,
                        const KaExportView   *views,
                        guint                 n_views,
                        const char           *title,
                        KaExportProgressFunc  progress,
                        gpointer              progress_data,
                        GFile                *file,
                        GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  DeckJob job = { atlas, renderer, views, n_views, title, progress, progress_data };

  g_return_val_if_fail (atlas != NULL, FALSE);
  g_return_val_if_fail (renderer != NULL, FALSE);
  g_return_val_if_fail (views != NULL && n_views > 0, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  for (guint i = 0; i < n_views; i++)
    if (!ka_export_view_validate (&views[i], &local_error))
      return ka_export_prefix_error (error, g_steal_pointer (&local_error), KA_EXPORT_KIND_LECTURE, file);

  ka_export_write_atomically (file, write_deck, &job, &local_error);

  return ka_export_prefix_error (error, g_steal_pointer (&local_error), KA_EXPORT_KIND_LECTURE, file);
}
