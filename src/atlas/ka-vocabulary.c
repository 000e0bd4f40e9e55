/* ka-vocabulary.c — the words the atlas has for who holds an island, the
 * groups of islands, and the languages of their names
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-vocabulary"

#include "config.h"

#include "ka-vocabulary.h"

static const char * const holder_names[KA_N_HOLDERS] = {
  [KA_HOLDER_JAPAN] = "japan",
  [KA_HOLDER_RUSSIA] = "russia",
  [KA_HOLDER_UNDIVIDED] = "undivided",
};

static const char * const group_names[] = {
  [KA_ISLAND_GROUP_NORTHERN_KURILS] = "northern-kurils",
  [KA_ISLAND_GROUP_CENTRAL_KURILS] = "central-kurils",
  [KA_ISLAND_GROUP_SOUTHERN_KURILS] = "southern-kurils",
  [KA_ISLAND_GROUP_HABOMAI] = "habomai",
  [KA_ISLAND_GROUP_CONTEXT] = "context",
};

/**
 * ka_holder_to_string:
 *
 * Returns the name @holder has in the data files ("japan", …).
 */
const char *
ka_holder_to_string (KaHolder holder)
{
  g_return_val_if_fail (holder < KA_N_HOLDERS, NULL);

  return holder_names[holder];
}

gboolean
ka_holder_from_string (const char *string,
                       KaHolder   *out)
{
  for (guint i = 0; i < KA_N_HOLDERS; i++)
    if (g_strcmp0 (string, holder_names[i]) == 0)
      {
        *out = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * ka_island_group_to_string:
 *
 * Returns the name @group has in the data files ("habomai", …).
 */
const char *
ka_island_group_to_string (KaIslandGroup group)
{
  g_return_val_if_fail (group < G_N_ELEMENTS (group_names), NULL);

  return group_names[group];
}

gboolean
ka_island_group_from_string (const char    *string,
                             KaIslandGroup *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (group_names); i++)
    if (g_strcmp0 (string, group_names[i]) == 0)
      {
        *out = i;
        return TRUE;
      }

  return FALSE;
}
