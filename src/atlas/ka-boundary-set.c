/* ka-boundary-set.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-boundary-set"

#include "config.h"

#include "ka-boundary-private.h"
#include "ka-boundary-set.h"

struct _KaBoundarySet
{
  gatomicrefcount ref_count;

  GPtrArray  *items;   /* KaBoundary, in file order */
  GHashTable *by_id;   /* borrowed id → borrowed KaBoundary */
};

G_DEFINE_BOXED_TYPE (KaBoundarySet, ka_boundary_set, ka_boundary_set_ref, ka_boundary_set_unref)

KaBoundarySet *
ka_boundary_set_ref (KaBoundarySet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ka_boundary_set_unref (KaBoundarySet *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_free (self);
}

/**
 * ka_boundary_set_new_from_bytes:
 * @bytes: the contents of boundaries.geojson
 * @name: the file's name, for messages
 *
 * Loads and checks every line. Returns %NULL with @error naming the file
 * and the feature when anything is missing, malformed or repeated.
 */
KaBoundarySet *
ka_boundary_set_new_from_bytes (GBytes      *bytes,
                                const char  *name,
                                GError     **error)
{
  g_autoptr(KaGeojsonReader) reader = NULL;
  g_autoptr(KaBoundarySet) self = NULL;
  guint n;

  reader = ka_geojson_reader_new (bytes, name, error);
  if (reader == NULL)
    return NULL;

  n = ka_geojson_reader_get_n_features (reader);
  if (n == 0)
    {
      ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_STRUCTURE,
                                   "there are no boundaries");
      return NULL;
    }

  self = g_new0 (KaBoundarySet, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) ka_boundary_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KaBoundary) boundary = NULL;

      if (!ka_geojson_reader_select (reader, i, error))
        return NULL;

      boundary = ka_boundary_new_from_feature (reader, error);
      if (boundary == NULL)
        return NULL;

      if (g_hash_table_contains (self->by_id, ka_boundary_get_id (boundary)))
        {
          ka_geojson_reader_set_error (reader, error, KA_GEOJSON_ERROR_DUPLICATE,
                                       "the id “%s” is used twice", ka_boundary_get_id (boundary));
          return NULL;
        }

      g_hash_table_insert (self->by_id, (gpointer) ka_boundary_get_id (boundary), boundary);
      g_ptr_array_add (self->items, g_steal_pointer (&boundary));
    }

  return g_steal_pointer (&self);
}

guint
ka_boundary_set_get_n_items (KaBoundarySet *self)
{
  return self->items->len;
}

/**
 * ka_boundary_set_get_nth:
 *
 * Returns (transfer none): line @index, in the file's order.
 */
KaBoundary *
ka_boundary_set_get_nth (KaBoundarySet *self,
                         guint          index)
{
  g_return_val_if_fail (index < self->items->len, NULL);

  return g_ptr_array_index (self->items, index);
}

/**
 * ka_boundary_set_lookup:
 *
 * Returns (transfer none) (nullable): the line with @id.
 */
KaBoundary *
ka_boundary_set_lookup (KaBoundarySet *self,
                        const char    *id)
{
  return g_hash_table_lookup (self->by_id, id);
}

/**
 * ka_boundary_set_get_for_year:
 *
 * Returns (transfer container): the boundary and claim lines of @year,
 * in the file's order; empty for a year without a layer.
 */
GPtrArray *
ka_boundary_set_get_for_year (KaBoundarySet *self,
                              guint          year)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) ka_boundary_unref);

  for (guint i = 0; i < self->items->len; i++)
    {
      KaBoundary *boundary = g_ptr_array_index (self->items, i);

      if (ka_boundary_get_year (boundary) == year)
        g_ptr_array_add (out, ka_boundary_ref (boundary));
    }

  return out;
}
