/* ka-export-file.h — the map as a PNG, SVG or PDF file
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

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
G_END_DECLS
