/* ka-batch-export.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-command-line.h"

G_BEGIN_DECLS

/* Does what checked, headless options ask; returns the exit status. */
int   ka_batch_export_run             (KaCommandLine       *command_line,
                                       GError             **error);

/* One island a line: its id, then its names. */
char *ka_batch_export_list_islands    (KaAtlas             *atlas);
/* "01-1855-treaty-of-shimoda.png": the file step @index of a lecture
 * is exported to. */
char *ka_batch_export_step_file_name  (const KaLectureStep *step,
                                       guint                index,
                                       KaExportFormat       format);

G_END_DECLS
