/* ka-tile-cache.c — a least-recently-used cache of rendered tiles, bounded in bytes
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-tile-cache"

#include "config.h"

#include <string.h>

#include "ka-tile-cache.h"

typedef struct
{
  KaTileKey key;
  GdkPaintable *paintable;
  gsize size;
  GList link;
} Entry;

struct _KaTileCache
{
  GObject parent_instance;

  /* Owned */
  GHashTable *entries;  /* KaTileKey* → Entry*, the entry owns its key */
  GQueue lru;           /* most recently used at the head */
  gsize size;
  gsize budget;
};

G_DEFINE_FINAL_TYPE (KaTileCache, ka_tile_cache, G_TYPE_OBJECT)

static guint
tile_key_hash (gconstpointer data)
{
  const KaTileKey *key = data;

  return ((key->zoom * 31u + key->style) * 7u + key->scale) * 2654435761u ^
         (key->x * 73856093u) ^ (key->y * 19349663u);
}

static gboolean
tile_key_equal (gconstpointer a,
                gconstpointer b)
{
  return memcmp (a, b, sizeof (KaTileKey)) == 0;
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->paintable);
  g_free (entry);
}

static void
evict_until_within (KaTileCache *self,
                    gsize        budget)
{
  while (self->size > budget && self->lru.tail != NULL)
    {
      Entry *oldest = self->lru.tail->data;

      g_queue_unlink (&self->lru, &oldest->link);
      self->size -= oldest->size;
      g_hash_table_remove (self->entries, &oldest->key);
    }
}

static void
ka_tile_cache_finalize (GObject *object)
{
  KaTileCache *self = (KaTileCache *)object;

  g_clear_pointer (&self->entries, g_hash_table_unref);

  G_OBJECT_CLASS (ka_tile_cache_parent_class)->finalize (object);
}

static void
ka_tile_cache_class_init (KaTileCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ka_tile_cache_finalize;
}

static void
ka_tile_cache_init (KaTileCache *self)
{
  self->entries = g_hash_table_new_full (tile_key_hash, tile_key_equal, NULL, entry_free);
  g_queue_init (&self->lru);
}

/**
 * ka_tile_cache_new:
 * @budget_bytes: the most pixel memory the cache may hold
 *
 * The cache is used from the main thread only: tiles are looked up when
 * libshumate asks for them and stored when a worker hands one back.
 */
KaTileCache *
ka_tile_cache_new (gsize budget_bytes)
{
  KaTileCache *self = g_object_new (KA_TYPE_TILE_CACHE, NULL);

  self->budget = budget_bytes;

  return self;
}

/* Returns: (transfer full) (nullable): the tile, now the most recent */
GdkPaintable *
ka_tile_cache_lookup (KaTileCache     *self,
                      const KaTileKey *key)
{
  Entry *entry;

  g_return_val_if_fail (KA_IS_TILE_CACHE (self), NULL);

  entry = g_hash_table_lookup (self->entries, key);
  if (entry == NULL)
    return NULL;

  g_queue_unlink (&self->lru, &entry->link);
  g_queue_push_head_link (&self->lru, &entry->link);

  return g_object_ref (entry->paintable);
}

/**
 * ka_tile_cache_store:
 * @paintable: the drawn tile
 * @size: the bytes of pixels it holds, counted against the budget
 */
void
ka_tile_cache_store (KaTileCache     *self,
                     const KaTileKey *key,
                     GdkPaintable    *paintable,
                     gsize            size)
{
  Entry *entry;

  g_return_if_fail (KA_IS_TILE_CACHE (self));
  g_return_if_fail (GDK_IS_PAINTABLE (paintable));

  entry = g_hash_table_lookup (self->entries, key);
  if (entry != NULL)
    {
      g_queue_unlink (&self->lru, &entry->link);
      self->size -= entry->size;
      g_hash_table_remove (self->entries, key);
    }

  entry = g_new0 (Entry, 1);
  entry->key = *key;
  entry->paintable = g_object_ref (paintable);
  entry->size = size;
  entry->link.data = entry;

  g_hash_table_insert (self->entries, &entry->key, entry);
  g_queue_push_head_link (&self->lru, &entry->link);
  self->size += entry->size;

  evict_until_within (self, self->budget);
}

gsize
ka_tile_cache_get_size (KaTileCache *self)
{
  g_return_val_if_fail (KA_IS_TILE_CACHE (self), 0);

  return self->size;
}

gsize
ka_tile_cache_get_budget (KaTileCache *self)
{
  g_return_val_if_fail (KA_IS_TILE_CACHE (self), 0);

  return self->budget;
}

guint
ka_tile_cache_get_n_tiles (KaTileCache *self)
{
  g_return_val_if_fail (KA_IS_TILE_CACHE (self), 0);

  return g_hash_table_size (self->entries);
}
