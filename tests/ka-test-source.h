/* ka-test-source.h — reading files of the source tree in tests
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-report.h"

G_BEGIN_DECLS

GBytes   *ka_test_read_source_file (const char *relative_path);
KaReport *ka_test_load_report      (void);
char     *ka_test_find_copied_words (const char *text,
                                    guint       n_words);

G_END_DECLS
