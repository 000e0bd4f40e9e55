/* ka-test-source.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-test"

#include "config.h"

#include "ka-test-source.h"


/**
 * ka_test_read_source_file:
 * @relative_path: a path relative to the repository root
 *
 * Reads a file of the source tree, found through $KA_SOURCE_ROOT, and
 * fails the test if it cannot.
 */
GBytes *
ka_test_read_source_file (const char *relative_path)
{
  const char *root = g_getenv ("KA_SOURCE_ROOT");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_nonnull (root);
  path = g_build_filename (root, relative_path, NULL);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

/* The bundled report, as the build read it into the GResource. */
KaReport *
ka_test_load_report (void)
{
  g_autoptr(GError) error = NULL;
  KaReport *report;

  report = ka_report_new_from_resource (KA_REPORT_RESOURCE_PATH, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  return report;
}
