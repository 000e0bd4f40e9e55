/* ka-atlas.c — all the atlas data, loaded once and never changed
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-atlas"

#include "config.h"

#include "ka-atlas.h"

struct _KaAtlas
{
  gatomicrefcount ref_count;

  KaCoastline *coastline;
  KaIslandSet *islands;
  KaBoundarySet *boundaries;
  KaReport *report;
  KaClaimSet *claims;
};

G_DEFINE_BOXED_TYPE (KaAtlas, ka_atlas, ka_atlas_ref, ka_atlas_unref)

/**
 * ka_atlas_load_from_resources:
 *
 * Loads every data file bundled in the GResource. A failure here means a
 * broken build, but it is still reported, never a crash.
 *
 * Returns: (transfer full): the atlas, or %NULL with @error set
 */
KaAtlas *
ka_atlas_load_from_resources (GError **error)
{
  g_autoptr(KaAtlas) self = g_new0 (KaAtlas, 1);

  g_atomic_ref_count_init (&self->ref_count);

  self->coastline = ka_coastline_new_from_resource (error);
  if (self->coastline == NULL)
    return NULL;

  self->islands = ka_island_set_new_from_resource (error);
  if (self->islands == NULL)
    return NULL;

  self->boundaries = ka_boundary_set_new_from_resource (error);
  if (self->boundaries == NULL)
    return NULL;

  self->report = ka_report_new_from_resource (KA_REPORT_RESOURCE_PATH, error);
  if (self->report == NULL)
    return NULL;

  self->claims = ka_claim_set_new_from_resource (KA_CLAIMS_RESOURCE_PATH, self->report, error);
  if (self->claims == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

KaAtlas *
ka_atlas_ref (KaAtlas *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
ka_atlas_unref (KaAtlas *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->coastline, ka_coastline_unref);
  g_clear_pointer (&self->islands, ka_island_set_unref);
  g_clear_pointer (&self->boundaries, ka_boundary_set_unref);
  g_clear_pointer (&self->claims, ka_claim_set_unref);
  g_clear_pointer (&self->report, ka_report_unref);
  g_free (self);
}

KaCoastline *
ka_atlas_get_coastline (KaAtlas *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->coastline;
}

KaIslandSet *
ka_atlas_get_islands (KaAtlas *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->islands;
}

KaBoundarySet *
ka_atlas_get_boundaries (KaAtlas *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->boundaries;
}

KaReport *
ka_atlas_get_report (KaAtlas *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->report;
}

KaClaimSet *
ka_atlas_get_claims (KaAtlas *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->claims;
}

/**
 * ka_atlas_dup_island_ids:
 *
 * Returns: (transfer full): the id of every island and context area, the
 *   names a lecture or the command line may use
 */
GStrv
ka_atlas_dup_island_ids (KaAtlas *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return ka_island_set_dup_ids (self->islands, FALSE);
}
