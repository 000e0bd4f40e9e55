/* ka-vocabulary.h — the words the atlas has for who holds an island, the
 * groups of islands, and the languages of their names
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KA_HOLDER_JAPAN,
  KA_HOLDER_RUSSIA,      /* the Russian Empire, the USSR and Russia */
  KA_HOLDER_UNDIVIDED,   /* Sakhalin before 1875: held jointly, no frontier */
} KaHolder;

#define KA_N_HOLDERS 3

const char *ka_holder_to_string   (KaHolder     holder);
gboolean    ka_holder_from_string (const char  *string,
                                   KaHolder    *out);

typedef enum
{
  KA_ISLAND_GROUP_NORTHERN_KURILS,
  KA_ISLAND_GROUP_CENTRAL_KURILS,
  KA_ISLAND_GROUP_SOUTHERN_KURILS,
  KA_ISLAND_GROUP_HABOMAI,
  KA_ISLAND_GROUP_CONTEXT,
} KaIslandGroup;

const char *ka_island_group_to_string   (KaIslandGroup  group);
gboolean    ka_island_group_from_string (const char    *string,
                                         KaIslandGroup *out);

typedef enum
{
  KA_NAMING_JAPANESE,  /* "Etorofu" */
  KA_NAMING_RUSSIAN,   /* "Iturup" */
  KA_NAMING_BOTH,      /* "Iturup / Etorofu" */
} KaNaming;

G_END_DECLS
