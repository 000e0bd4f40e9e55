/* test-vocabulary.c — holders, groups and namings, and their words
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ka-enum-types.h"
#include "ka-vocabulary.h"

/* The words are those of the data files (data/atlas/islands.geojson),
 * and each reads back as its value. */
static void
test_holders (void)
{
  const char *words[KA_N_HOLDERS] = {
    [KA_HOLDER_JAPAN] = "japan",
    [KA_HOLDER_RUSSIA] = "russia",
    [KA_HOLDER_UNDIVIDED] = "undivided",
  };
  g_autoptr(GEnumClass) holder_class = g_type_class_ref (KA_TYPE_HOLDER);
  KaHolder holder;

  g_assert_cmpuint (holder_class->n_values, ==, KA_N_HOLDERS);
  for (guint i = 0; i < KA_N_HOLDERS; i++)
    {
      g_assert_cmpstr (ka_holder_to_string (i), ==, words[i]);
      g_assert_true (ka_holder_from_string (words[i], &holder));
      g_assert_cmpint (holder, ==, i);
    }

  holder = KA_HOLDER_UNDIVIDED;
  g_assert_false (ka_holder_from_string ("Japan", &holder));
  g_assert_false (ka_holder_from_string ("ussr", &holder));
  g_assert_false (ka_holder_from_string ("", &holder));
  g_assert_false (ka_holder_from_string (NULL, &holder));
  g_assert_cmpint (holder, ==, KA_HOLDER_UNDIVIDED);
}

static void
test_groups (void)
{
  const char *words[] = {
    [KA_ISLAND_GROUP_NORTHERN_KURILS] = "northern-kurils",
    [KA_ISLAND_GROUP_CENTRAL_KURILS] = "central-kurils",
    [KA_ISLAND_GROUP_SOUTHERN_KURILS] = "southern-kurils",
    [KA_ISLAND_GROUP_HABOMAI] = "habomai",
    [KA_ISLAND_GROUP_CONTEXT] = "context",
  };
  g_autoptr(GEnumClass) group_class = g_type_class_ref (KA_TYPE_ISLAND_GROUP);
  KaIslandGroup group;

  g_assert_cmpuint (group_class->n_values, ==, G_N_ELEMENTS (words));
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_assert_cmpstr (ka_island_group_to_string (i), ==, words[i]);
      g_assert_true (ka_island_group_from_string (words[i], &group));
      g_assert_cmpint (group, ==, i);
    }

  group = KA_ISLAND_GROUP_CONTEXT;
  g_assert_false (ka_island_group_from_string ("southern kurils", &group));
  g_assert_false (ka_island_group_from_string (NULL, &group));
  g_assert_cmpint (group, ==, KA_ISLAND_GROUP_CONTEXT);
}

static void
test_namings (void)
{
  g_autoptr(GEnumClass) naming_class = g_type_class_ref (KA_TYPE_NAMING);

  g_assert_cmpuint (naming_class->n_values, ==, 3);
  g_assert_cmpstr (g_enum_get_value (naming_class, KA_NAMING_JAPANESE)->value_nick, ==, "japanese");
  g_assert_cmpstr (g_enum_get_value (naming_class, KA_NAMING_RUSSIAN)->value_nick, ==, "russian");
  g_assert_cmpstr (g_enum_get_value (naming_class, KA_NAMING_BOTH)->value_nick, ==, "both");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vocabulary/holders", test_holders);
  g_test_add_func ("/vocabulary/groups", test_groups);
  g_test_add_func ("/vocabulary/namings", test_namings);

  return g_test_run ();
}
