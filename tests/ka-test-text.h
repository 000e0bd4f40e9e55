/* ka-test-text.h — reading what a text buffer shows, for the tests
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The number of separate runs of the tag named @tag_name in @buffer;
 * the tag must exist. */
guint ka_test_count_tag_runs (GtkTextBuffer *buffer,
                              const char    *tag_name);

G_END_DECLS
