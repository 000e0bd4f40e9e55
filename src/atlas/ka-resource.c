/* ka-resource.c — the one way the atlas reads what the build bundled
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-resource"

#include "config.h"

#include "ka-resource.h"
#include "kuril-atlas-resources.h"

/**
 * ka_resource_lookup:
 * @path: a resource path, e.g. %KA_DEFAULT_LECTURE_RESOURCE
 *
 * Returns: (transfer full): the bundled file, or %NULL with @error set
 */
GBytes *
ka_resource_lookup (const char  *path,
                    GError     **error)
{
  /* Asking for the resource makes the linker keep it in every program
   * that reads the atlas, and registers it (GLib registers static
   * resources lazily, at the first lookup). */
  g_assert (kuril_atlas_get_resource () != NULL);

  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

/**
 * ka_resource_lookup_variant:
 * @path: the resource path of a GVariant blob that build-aux/compile-data
 *   wrote
 * @type: its type
 *
 * Maps a compiled data file without parsing or copying it: the build
 * stores these uncompressed, so the variant points into the program's
 * own read-only data. The build checked the contents, so the variant is
 * trusted to be in normal form.
 *
 * Returns: (transfer full): the data, or %NULL with @error set
 */
GVariant *
ka_resource_lookup_variant (const char          *path,
                            const GVariantType  *type,
                            GError             **error)
{
  g_autoptr(GBytes) bytes = ka_resource_lookup (path, error);

  if (bytes == NULL)
    return NULL;

  return g_variant_ref_sink (g_variant_new_from_bytes (type, bytes, TRUE));
}
