/* ka-export-file.h — the map as a PNG, SVG or PDF file
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "ka-export-view.h"

G_BEGIN_DECLS

typedef enum
{
  KA_EXPORT_FORMAT_PNG,
  KA_EXPORT_FORMAT_SVG,
  KA_EXPORT_FORMAT_PDF,
} KaExportFormat;

gboolean        ka_export_format_from_path (const char         *path,
                                            KaExportFormat     *format,
                                            GError            **error);
gboolean        ka_export_format_from_string (const char       *name,
                                            KaExportFormat     *format);
const char     *ka_export_format_get_extension (KaExportFormat  format);

gboolean        ka_export_view             (KaAtlas            *atlas,
                                            KaTileRenderer     *renderer,
                                            const KaExportView *view,
                                            KaExportFormat      format,
                                            GFile              *file,
                                            GError            **error);

/* Called before page @index of @n_pages is drawn. */
typedef void (*KaExportProgressFunc) (guint    index,
                                      guint    n_pages,
                                      gpointer user_data);

gboolean        ka_export_views_to_pdf     (KaAtlas              *atlas,
                                            KaTileRenderer       *renderer,
                                            const KaExportView   *views,
                                            guint                 n_views,
                                            const char           *title,
                                            KaExportProgressFunc  progress,
                                            gpointer              progress_data,
                                            GFile                *file,
                                            GError              **error);

void            ka_export_view_get_page_size (const KaExportView *view,
                                              double             *width_pt,
                                              double             *height_pt);

/* What a failed export was of, for its message. */
typedef enum
{
  KA_EXPORT_KIND_MAP,
  KA_EXPORT_KIND_LECTURE,
  KA_EXPORT_KIND_HANDOUT,
} KaExportKind;

gboolean        ka_export_prefix_error     (GError            **error,
                                            GError             *cause,
                                            KaExportKind        kind,
                                            GFile              *file);

/* Writing any export file atomically, for the formats drawn elsewhere. */
typedef struct _KaExportWriter KaExportWriter;
typedef gboolean (*KaExportWriteFunc) (KaExportWriter  *writer,
                                       gpointer         user_data,
                                       GError         **error);

gboolean         ka_export_write_atomically  (GFile             *file,
                                              KaExportWriteFunc  func,
                                              gpointer           user_data,
                                              GError           **error);
cairo_surface_t *ka_export_writer_create_pdf (KaExportWriter    *writer,
                                              const char        *title,
                                              double             width_pt,
                                              double             height_pt);
gboolean         ka_export_writer_check      (KaExportWriter    *writer,
                                              cairo_status_t     status,
                                              GError           **error);
gboolean         ka_export_finish_surface    (KaExportWriter    *writer,
                                              cairo_surface_t   *surface,
                                              cairo_t           *cr,
                                              GError           **error);
G_END_DECLS
