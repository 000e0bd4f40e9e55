/* ka-island-set.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-island-set"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ka-fold.h"
#include "ka-island-private.h"
#include "ka-island-set.h"
#include "ka-resource.h"

/* Grid cells of this many degrees: small enough that a click far from
 * land touches no island at all, large enough that the grid stays small. */
#define CELL_DEG 0.1

/* Search finds the Habomai islets by their group's name too. */
static const char * const habomai_names[] = {
  "Habomai", "Хабомаи", "歯舞群島", "Habomai Islands", "Habomai-guntō", "歯舞諸島", NULL,
};

/* The chain's names, which every island of it answers to: Russia counts
 * the Habomai islets among the Kurils (the Lesser Kuril Chain). */
static const char * const kuril_names[] = {
  "Kuril Islands", "Kurils", "Kurile Islands", "Курильские острова", "Курилы", "千島列島", NULL,
};

/* What Japan calls the four islands it claims, and Russia the south of the chain. */
static const char * const disputed_names[] = {
  "Northern Territories", "北方領土", "Hoppō Ryōdo", "Southern Kurils", "Южные Курилы", NULL,
};

struct _KaIslandSet
{
  gatomicrefcount ref_count;

  GPtrArray  *items;       /* KaIsland, by order */
  GHashTable *by_id;       /* borrowed id → borrowed KaIsland */
  GPtrArray  *folded;      /* GStrv of folded names, parallel to items */
  GPtrArray  *group_folded; /* GStrv of folded group names, or NULL */

  KaBox       extent;
  guint       n_columns;
  guint       n_rows;
  guint      *cell_start;  /* n_columns * n_rows + 1 offsets into cell_items */
  guint      *cell_items;  /* indices into items */
};

G_DEFINE_BOXED_TYPE (KaIslandSet, ka_island_set, ka_island_set_ref, ka_island_set_unref)

KaIslandSet *
ka_island_set_ref (KaIslandSet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ka_island_set_unref (KaIslandSet *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->folded, g_ptr_array_unref);
  g_clear_pointer (&self->group_folded, g_ptr_array_unref);
  g_free (self->cell_start);
  g_free (self->cell_items);
  g_free (self);
}

static void
add_folded (GStrvBuilder *builder,
            const char   *name)
{
  g_autofree char *folded = ka_fold_text (name);

  g_strv_builder_add (builder, folded);
}

static GStrv
fold_names (KaIsland *island)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char * const *alt = ka_island_get_alt_names (island);

  add_folded (builder, ka_island_get_name_en (island));
  add_folded (builder, ka_island_get_name_ru (island));
  add_folded (builder, ka_island_get_name_ja (island));
  add_folded (builder, ka_island_get_name_ja_latn (island));
  for (guint i = 0; alt[i] != NULL; i++)
    add_folded (builder, alt[i]);

  /* "Etorofu-tō", the Japanese name with its word for island. */
  if (ka_island_get_kind (island) == KA_ISLAND_KIND_ISLAND)
    {
      g_autofree char *with_to = g_strdup_printf ("%s-tō", ka_island_get_name_ja_latn (island));

      add_folded (builder, with_to);
    }

  return g_strv_builder_end (builder);
}

static GStrv
fold_group_names (KaIsland *island)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  KaIslandGroup group = ka_island_get_group (island);

  if (group == KA_ISLAND_GROUP_CONTEXT)
    return NULL;

  builder = g_strv_builder_new ();
  for (guint i = 0; kuril_names[i] != NULL; i++)
    add_folded (builder, kuril_names[i]);
  for (guint i = 0; group == KA_ISLAND_GROUP_HABOMAI && habomai_names[i] != NULL; i++)
    add_folded (builder, habomai_names[i]);
  for (guint i = 0; (group == KA_ISLAND_GROUP_HABOMAI || group == KA_ISLAND_GROUP_SOUTHERN_KURILS) &&
                    disputed_names[i] != NULL; i++)
    add_folded (builder, disputed_names[i]);

  return g_strv_builder_end (builder);
}

static void
cell_range (KaIslandSet *self,
            const KaBox *box,
            guint       *c0,
            guint       *r0,
            guint       *c1,
            guint       *r1)
{
  *c0 = (guint) CLAMP (floor ((box->min_x - self->extent.min_x) / CELL_DEG), 0, self->n_columns - 1);
  *c1 = (guint) CLAMP (floor ((box->max_x - self->extent.min_x) / CELL_DEG), 0, self->n_columns - 1);
  *r0 = (guint) CLAMP (floor ((box->min_y - self->extent.min_y) / CELL_DEG), 0, self->n_rows - 1);
  *r1 = (guint) CLAMP (floor ((box->max_y - self->extent.min_y) / CELL_DEG), 0, self->n_rows - 1);
}

static void
build_grid (KaIslandSet *self)
{
  guint n_cells;
  g_autofree guint *fill = NULL;

  self->extent = ka_box_empty ();
  for (guint i = 0; i < self->items->len; i++)
    ka_box_add_box (&self->extent, ka_island_get_bbox (g_ptr_array_index (self->items, i)));

  self->n_columns = MAX (1, (guint) ceil ((self->extent.max_x - self->extent.min_x) / CELL_DEG));
  self->n_rows = MAX (1, (guint) ceil ((self->extent.max_y - self->extent.min_y) / CELL_DEG));
  n_cells = self->n_columns * self->n_rows;
  self->cell_start = g_new0 (guint, n_cells + 1);

  /* Count, then fill, as in the islands' edge bands. */
  for (guint pass = 0; pass < 2; pass++)
    {
      if (pass == 1)
        {
          for (guint c = 0; c < n_cells; c++)
            self->cell_start[c + 1] += self->cell_start[c];
          self->cell_items = g_new (guint, MAX (self->cell_start[n_cells], 1));
          fill = g_memdup2 (self->cell_start, sizeof (guint) * n_cells);
        }

      for (guint i = 0; i < self->items->len; i++)
        {
          guint c0, r0, c1, r1;

          cell_range (self, ka_island_get_bbox (g_ptr_array_index (self->items, i)),
                      &c0, &r0, &c1, &r1);
          for (guint r = r0; r <= r1; r++)
            for (guint c = c0; c <= c1; c++)
              {
                guint cell = r * self->n_columns + c;

                if (pass == 0)
                  self->cell_start[cell + 1]++;
                else
                  self->cell_items[fill[cell]++] = i;
              }
        }
    }
}

/**
 * ka_island_set_new_from_resource:
 *
 * Maps what the build compiled from data/atlas/islands.geojson (the type
 * is ISLANDS_TYPE's in build-aux/atlas_compile_geojson.py) and builds the model
 * from it; the build checked the data, so nothing is checked here.
 *
 * Returns: (transfer full): the set, or %NULL with @error set if the
 *   build left it out
 */
KaIslandSet *
ka_island_set_new_from_resource (GError **error)
{
  g_autoptr(GVariant) islands = ka_resource_lookup_variant ("/io/github/kurilatlas/KurilAtlas/compiled/islands.gvariant",
                                                          G_VARIANT_TYPE ("a(sssssasyyd(dd)ayyuaaa(dd))"),
                                                          error);
  KaIslandSet *self;
  gsize n;

  if (islands == NULL)
    return NULL;

  self = g_new0 (KaIslandSet, 1);
  n = g_variant_n_children (islands);

  g_atomic_ref_count_init (&self->ref_count);
  self->items = g_ptr_array_new_full (n, (GDestroyNotify) ka_island_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(GVariant) fields = g_variant_get_child_value (islands, i);
      KaIsland *island = ka_island_new_from_variant (fields);

      g_hash_table_insert (self->by_id, (gpointer) ka_island_get_id (island), island);
      g_ptr_array_add (self->items, island);
    }

  self->folded = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->group_folded = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < self->items->len; i++)
    {
      g_ptr_array_add (self->folded, fold_names (g_ptr_array_index (self->items, i)));
      g_ptr_array_add (self->group_folded, fold_group_names (g_ptr_array_index (self->items, i)));
    }

  build_grid (self);

  return self;
}

/**
 * ka_island_set_get_n_items:
 *
 * Returns how many islands and context areas the set holds.
 */
guint
ka_island_set_get_n_items (KaIslandSet *self)
{
  return self->items->len;
}

/**
 * ka_island_set_dup_ids:
 * @with_groups: whether to add the names of the island groups, which
 *   claims may name besides single islands
 *
 * Returns: (transfer full): the id of every island and context area, in
 *   order: the names a lecture or the command line may use
 */
GStrv
ka_island_set_dup_ids (KaIslandSet *self,
                       gboolean     with_groups)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->items->len; i++)
    g_strv_builder_add (builder, ka_island_get_id (g_ptr_array_index (self->items, i)));

  for (KaIslandGroup group = KA_ISLAND_GROUP_NORTHERN_KURILS; with_groups && group <= KA_ISLAND_GROUP_CONTEXT; group++)
    g_strv_builder_add (builder, ka_island_group_to_string (group));

  return g_strv_builder_end (builder);
}

/**
 * ka_island_set_get_nth:
 *
 * Returns (transfer none): item @index in order: the islands from north
 * to south, the Habomai islets last among them, then the context areas.
 */
KaIsland *
ka_island_set_get_nth (KaIslandSet *self,
                       guint        index)
{
  g_return_val_if_fail (index < self->items->len, NULL);

  return g_ptr_array_index (self->items, index);
}

/**
 * ka_island_set_lookup:
 *
 * Returns (transfer none) (nullable): the island or area with @id.
 */
KaIsland *
ka_island_set_lookup (KaIslandSet *self,
                      const char  *id)
{
  return g_hash_table_lookup (self->by_id, id);
}

/**
 * ka_island_set_get_group:
 *
 * Returns (transfer container): the members of @group, in order.
 */
GPtrArray *
ka_island_set_get_group (KaIslandSet   *self,
                         KaIslandGroup  group)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) ka_island_unref);

  for (guint i = 0; i < self->items->len; i++)
    {
      KaIsland *island = g_ptr_array_index (self->items, i);

      if (ka_island_get_group (island) == group)
        g_ptr_array_add (out, ka_island_ref (island));
    }

  return out;
}

/**
 * ka_island_set_step:
 * @from: (nullable): the current island
 * @delta: +1 for the next island to the south, -1 for the previous one
 *
 * Steps through the islands (not the context areas) in order, wrapping
 * at either end. From %NULL or a context area, +1 gives the first island
 * and -1 the last.
 *
 * Returns (transfer none) (nullable): %NULL only when there are no islands.
 */
KaIsland *
ka_island_set_step (KaIslandSet *self,
                    KaIsland    *from,
                    int          delta)
{
  g_autoptr(GPtrArray) stops = g_ptr_array_new ();
  int position = -1;
  int n;

  for (guint i = 0; i < self->items->len; i++)
    {
      KaIsland *island = g_ptr_array_index (self->items, i);

      if (ka_island_get_kind (island) != KA_ISLAND_KIND_ISLAND)
        continue;
      if (island == from)
        position = stops->len;
      g_ptr_array_add (stops, island);
    }

  n = stops->len;
  if (n == 0)
    return NULL;

  if (position < 0)
    return g_ptr_array_index (stops, delta >= 0 ? 0 : n - 1);

  return g_ptr_array_index (stops, (((position + delta) % n) + n) % n);
}

/**
 * ka_island_set_hit_test:
 * @tolerance_deg_x: how far a miss may be, in degrees of longitude
 * @tolerance_deg_y: the same in degrees of latitude
 *
 * Finds what a click at (@lon, @lat) means: the island under it, else the
 * island whose shore is nearest within the tolerance, so that the smallest
 * islets can be hit at any zoom; only then a context area, by the same
 * rules. Give zero tolerances to ask for land under the point only.
 *
 * Returns (transfer none) (nullable): the island or area, or %NULL at sea.
 */
static KaIsland *
nearest_of_kind (KaIslandSet  *self,
                 const guint  *candidates,
                 guint         n_candidates,
                 KaIslandKind  kind,
                 double        lon,
                 double        lat,
                 double        tx,
                 double        ty)
{
  KaIsland *best = NULL;
  double best_distance = G_MAXDOUBLE;

  for (guint i = 0; i < n_candidates; i++)
    {
      KaIsland *island = g_ptr_array_index (self->items, candidates[i]);
      double distance;

      if (ka_island_get_kind (island) != kind)
        continue;

      if (tx > 0.0)
        distance = ka_island_get_scaled_distance (island, lon, lat, tx, ty);
      else
        distance = ka_island_contains (island, lon, lat) ? 0.0 : G_MAXDOUBLE;

      if (distance < best_distance)
        {
          best_distance = distance;
          best = island;
          if (distance == 0.0)
            break;
        }
    }

  return best;
}

/**
 * ka_island_set_hit_test:
 * @tolerance_deg_x: how far a miss may be, in degrees of longitude
 * @tolerance_deg_y: the same in degrees of latitude
 *
 * Finds what a click at (@lon, @lat) means: the island under it, else the
 * island whose shore is nearest within the tolerance, so that the smallest
 * islets can be hit at any zoom; only then a context area, by the same
 * rules. Give zero tolerances to ask for land under the point only.
 *
 * Returns (transfer none) (nullable): the island or area, or %NULL at sea.
 */
KaIsland *
ka_island_set_hit_test (KaIslandSet *self,
                        double       lon,
                        double       lat,
                        double       tolerance_deg_x,
                        double       tolerance_deg_y)
{
  gboolean use_tolerance = tolerance_deg_x > 0.0 && tolerance_deg_y > 0.0;
  double tx = use_tolerance ? tolerance_deg_x : 0.0;
  double ty = use_tolerance ? tolerance_deg_y : 0.0;
  KaBox query = { lon - tx, lat - ty, lon + tx, lat + ty };
  KaIsland *island;
  gboolean *seen;
  guint *candidates;
  guint n_candidates = 0;
  guint c0, r0, c1, r1;

  if (!ka_box_intersects (&query, &self->extent))
    return NULL;

  seen = g_newa (gboolean, self->items->len);
  candidates = g_newa (guint, self->items->len);
  memset (seen, 0, sizeof (gboolean) * self->items->len);

  cell_range (self, &query, &c0, &r0, &c1, &r1);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      {
        guint cell = r * self->n_columns + c;

        for (guint k = self->cell_start[cell]; k < self->cell_start[cell + 1]; k++)
          {
            guint index = self->cell_items[k];

            if (!seen[index])
              candidates[n_candidates++] = index;
            seen[index] = TRUE;
          }
      }

  /* Islands first: a context area is only measured when no island is
   * within reach. */
  island = nearest_of_kind (self, candidates, n_candidates, KA_ISLAND_KIND_ISLAND,
                            lon, lat, tx, ty);
  if (island == NULL)
    island = nearest_of_kind (self, candidates, n_candidates, KA_ISLAND_KIND_CONTEXT,
                              lon, lat, tx, ty);

  return island;
}

typedef struct
{
  KaIsland *island;
  guint     rank;
  guint     order;
} Match;

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const Match *ma = a;
  const Match *mb = b;

  if (ma->rank != mb->rank)
    return ma->rank < mb->rank ? -1 : 1;
  return ma->order < mb->order ? -1 : ma->order > mb->order;
}

/* 0 for the whole name, 1 for its beginning, 2 anywhere inside it. */
static guint
match_rank (const char * const *names,
            const char         *query)
{
  guint best = G_MAXUINT;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], query))
        return 0;
      if (g_str_has_prefix (names[i], query))
        best = MIN (best, 1);
      else if (strstr (names[i], query) != NULL)
        best = MIN (best, 2);
    }

  return best;
}

/**
 * ka_island_set_search:
 *
 * Finds islands and areas whose name in any script contains @text,
 * ignoring case, accents, macrons, spaces and punctuation: "etoro",
 * "Итуруп" and "択捉" all find Iturup, "habomai" every Habomai islet.
 * Whole-name matches come first, then names that begin with @text, then
 * the rest; ties keep the north-to-south order.
 *
 * Returns (transfer container): the matches, possibly none.
 */
GPtrArray *
ka_island_set_search (KaIslandSet *self,
                      const char  *text)
{
  g_autofree char *query = ka_fold_text (text);
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (Match));
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) ka_island_unref);

  if (*query == '\0')
    return out;

  for (guint i = 0; i < self->items->len; i++)
    {
      KaIsland *island = g_ptr_array_index (self->items, i);
      guint rank = match_rank (g_ptr_array_index (self->folded, i), query);
      guint group_rank = match_rank (g_ptr_array_index (self->group_folded, i), query);

      /* A group's name ranks below any island's own name. */
      if (group_rank != G_MAXUINT)
        rank = MIN (rank, group_rank + 3);

      if (rank != G_MAXUINT)
        {
          Match match = { island, rank, ka_island_get_order (island) };
          g_array_append_val (matches, match);
        }
    }

  g_array_sort (matches, compare_matches);
  for (guint i = 0; i < matches->len; i++)
    g_ptr_array_add (out, ka_island_ref (g_array_index (matches, Match, i).island));

  return out;
}
