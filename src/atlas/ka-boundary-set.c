/* ka-boundary-set.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-boundary-set"

#include "config.h"

#include "ka-boundary-private.h"
#include "ka-boundary-set.h"
#include "ka-resource.h"

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
 * ka_boundary_set_new_from_resource:
 *
 * Maps what the build compiled from data/atlas/boundaries.geojson (the type
 * is BOUNDARIES_TYPE's in build-aux/atlas_compile_geojson.py) and builds the model
 * from it; the build checked the data, so nothing is checked here.
 *
 * Returns: (transfer full): the set, or %NULL with @error set if the
 *   build left it out
 */
KaBoundarySet *
ka_boundary_set_new_from_resource (GError **error)
{
  g_autoptr(GVariant) boundaries = ka_resource_lookup_variant ("/io/github/kurilatlas/KurilAtlas/compiled/boundaries.gvariant",
                                                          G_VARIANT_TYPE ("a(ssssssssuyb(dd)aa(dd))"),
                                                          error);
  KaBoundarySet *self;
  gsize n;

  if (boundaries == NULL)
    return NULL;

  self = g_new0 (KaBoundarySet, 1);
  n = g_variant_n_children (boundaries);

  g_atomic_ref_count_init (&self->ref_count);
  self->items = g_ptr_array_new_full (n, (GDestroyNotify) ka_boundary_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(GVariant) fields = g_variant_get_child_value (boundaries, i);
      KaBoundary *boundary = ka_boundary_new_from_variant (fields);

      g_hash_table_insert (self->by_id, (gpointer) ka_boundary_get_id (boundary), boundary);
      g_ptr_array_add (self->items, boundary);
    }

  return self;
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
