/* ka-lecture-writer.h — writing a lecture in the format the reader reads
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ka-lecture.h"

G_BEGIN_DECLS

char     *ka_lecture_to_json    (KaLecture  *lecture,
                                 GError    **error);
gboolean  ka_lecture_write_file (KaLecture  *lecture,
                                 GFile      *file,
                                 GError    **error);

G_END_DECLS
