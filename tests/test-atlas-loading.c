/* test-atlas-loading.c — the atlas loads on a thread of its own, as at start-up
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-atlas-loading"

#include "config.h"

#include <json-glib/json-glib.h>

#include "ka-atlas.h"

/* Whether the class of the type named @name exists and is initialised,
 * without registering the type by asking for it. */
static gboolean
class_is_ready (const char *name)
{
  GType type = g_type_from_name (name);

  return type != 0 && g_type_class_peek (type) != NULL;
}

/* A loader thread that registers a type with an interface while the main
 * thread sits in a class_init that needs the same type deadlocks both
 * (ka_atlas_prepare_loading() says how): preparing must leave the loader
 * no such type to register. Must run first, in a process that has not
 * loaded anything yet. */
static void
test_prepare_readies_the_loaders_types (void)
{
  static const char *made_by_loader[] = { "GZlibDecompressor", "JsonParser" };

  for (guint i = 0; i < G_N_ELEMENTS (made_by_loader); i++)
    g_assert_false (class_is_ready (made_by_loader[i]));

  ka_atlas_prepare_loading ();

  for (guint i = 0; i < G_N_ELEMENTS (made_by_loader); i++)
    {
      g_test_message ("%s ready", made_by_loader[i]);
      g_assert_true (class_is_ready (made_by_loader[i]));
    }
  g_assert_true (g_type_from_name ("JsonNode") != 0);
}

static gpointer
load_atlas (gpointer data)
{
  GError **error = data;

  return ka_atlas_load_from_resources (error);
}

static void
test_loads_on_a_thread (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KaAtlas) atlas = NULL;

  ka_atlas_prepare_loading ();
  atlas = g_thread_join (g_thread_new ("ka-atlas-loader", load_atlas, &error));

  g_assert_no_error (error);
  g_assert_nonnull (atlas);
  g_assert_cmpuint (ka_island_set_get_n_items (ka_atlas_get_islands (atlas)), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atlas/loading/prepare-readies-the-loaders-types", test_prepare_readies_the_loaders_types);
  g_test_add_func ("/atlas/loading/on-a-thread", test_loads_on_a_thread);

  return g_test_run ();
}
