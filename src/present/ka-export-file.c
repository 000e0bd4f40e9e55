/* ka-export-file.c
 *
 * The export formats and their files. Files are written through
 * g_file_replace(), which writes beside the target and renames over it
 * when done; on any failure the stream is aborted, so the old file, if
 * any, is left as it was.
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

typedef struct
{
  GOutputStream *stream;
  GError *error;
} Writer;

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  Writer *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (writer->stream, data, length, NULL, NULL, &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/* The writer's own error says more than cairo's "error while writing". */
static gboolean
check_status (Writer          *writer,
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

static gboolean
write_png (KaAtlas            *atlas,
           KaTileRenderer     *renderer,
           const KaExportView *view,
           Writer             *writer,
           GError            **error)
{
  cairo_surface_t *surface = ka_export_view_draw_image (atlas, renderer, view, error);
  cairo_status_t status;

  if (surface == NULL)
    return FALSE;

  status = cairo_surface_write_to_png_stream (surface, write_to_stream, writer);
  cairo_surface_destroy (surface);

  return check_status (writer, status, error);
}

static gboolean
write_vector (KaAtlas            *atlas,
              KaTileRenderer     *renderer,
              const KaExportView *view,
              KaExportFormat      format,
              Writer             *writer,
              GError            **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  /* One point per pixel: the page is as many points as the image is pixels. */
  if (format == KA_EXPORT_FORMAT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (write_to_stream, writer, view->width, view->height);
      cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
      /* Sized in pixels, not points, so viewers show it at the PNG's size. */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else
    {
      surface = cairo_pdf_surface_create_for_stream (write_to_stream, writer, view->width, view->height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Kuril Atlas"));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kuril Atlas " PACKAGE_VERSION);
    }

  cr = cairo_create (surface);
  ka_export_view_draw (atlas, renderer, view, cr);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);

  /* Only finishing writes the file out, and may fail doing so. */
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return check_status (writer, status, error);
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
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gboolean existed;
  gboolean ok;
  Writer writer = { NULL, NULL };

  g_return_val_if_fail (atlas != NULL, FALSE);
  g_return_val_if_fail (renderer != NULL, FALSE);
  g_return_val_if_fail (view != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_parse_name (file);

  if (!ka_export_view_validate (view, &local_error) ||
      format >= G_N_ELEMENTS (format_extensions))
    {
      if (local_error == NULL)
        g_set_error (&local_error, KA_EXPORT_ERROR, KA_EXPORT_ERROR_UNKNOWN_FORMAT,
                     _("Unknown image format"));
      goto failed;
    }

  /* GIO writes a new file in place, with no temporary file to drop on
   * failure; such a file is deleted instead. */
  existed = g_file_query_exists (file, NULL);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &local_error);
  if (stream == NULL)
    goto failed;

  writer.stream = G_OUTPUT_STREAM (stream);
  if (format == KA_EXPORT_FORMAT_PNG)
    ok = write_png (atlas, renderer, view, &writer, &local_error);
  else
    ok = write_vector (atlas, renderer, view, format, &writer, &local_error);
  g_clear_error (&writer.error);

  if (ok && g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    return TRUE;

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
  /* GIO's own messages often name the file already. */
  if (strstr (local_error->message, name) != NULL)
    g_set_error (error, local_error->domain, local_error->code,
                 _("Cannot export the map: %s"), local_error->message);
  else
    g_set_error (error, local_error->domain, local_error->code,
                 _("Cannot export the map to “%s”: %s"), name, local_error->message);
  return FALSE;
}
