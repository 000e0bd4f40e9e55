/* test-place-names.c — the towns an exported map names, layer by layer
 *
 * Exports the map as PDF, reads its text back with pdftotext and holds
 * the town names against data/atlas/places.geojson, read here on its own
 * with json-glib rather than through the atlas's compiled copy.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-place-names"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "ka-export-file.h"
#include "ka-test-source.h"

#define PLACES_FILE "data/atlas/places.geojson"

static KaAtlas *atlas;
static KaTileRenderer *renderer;
static JsonNode *places;

typedef struct
{
  guint year;
  KaNaming naming;
} Case;

/* Sakhalin, the Kurils and eastern Hokkaido, large enough that no town's
 * name has to give way to another label. */
static const KaBox frame = { 140.5, 42.5, 157.5, 51.5 };

/* The name the data gives the place for @year in one naming, or NULL. */
static const char *
data_name (JsonObject *properties,
           guint       year,
           const char *naming)
{
  JsonArray *names = json_object_get_array_member (properties, "names");

  for (guint i = 0; i < json_array_get_length (names); i++)
    {
      JsonObject *entry = json_array_get_object_element (names, i);
      JsonArray *years = json_object_get_array_member (entry, "years");
      const char *only = json_object_get_string_member_with_default (entry, "naming", NULL);

      if (only != NULL && g_strcmp0 (only, naming) != 0)
        continue;
      for (guint y = 0; y < json_array_get_length (years); y++)
        if ((guint) json_array_get_int_element (years, y) == year)
          return json_object_get_string_member (entry, "name");
    }

  return NULL;
}

/* What the map should call the place in @year: Russian, Japanese or both
 * as "Russian / Japanese"; NULL when the data has no name for that year. */
static char *
expected_name (JsonObject *properties,
               guint       year,
               KaNaming    naming)
{
  const char *russian = data_name (properties, year, "russian");
  const char *japanese = data_name (properties, year, "japanese");

  if (russian == NULL)
    return NULL;
  if (naming == KA_NAMING_RUSSIAN)
    return g_strdup (russian);
  if (naming == KA_NAMING_JAPANESE || g_str_equal (russian, japanese))
    return g_strdup (japanese);
  return g_strdup_printf ("%s / %s", russian, japanese);
}

/* The lines of text in a PDF export of @year in @naming. */
static GHashTable *
export_lines (guint    year,
              KaNaming naming)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = g_dir_make_tmp ("test-place-names-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "map.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  KaExportView view;
  int status;

  ka_export_view_init (&view);
  view.year = year;
  view.naming = naming;
  view.fit_box = TRUE;
  view.box = frame;
  view.width = 3840;
  view.height = 2880;
  view.scale = 1.0;
  /* The screen's label size, not the projector size exports start at: at
   * this size every town of the frame has room for its label. */
  view.text_scale = 1.0;
  g_assert_true (ka_export_view (atlas, renderer, &view, KA_EXPORT_FORMAT_PDF, file, &error));
  g_assert_no_error (error);

  {
    const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &text, NULL, &status, &error);
    g_assert_no_error (error);
    g_spawn_check_wait_status (status, &error);
    g_assert_no_error (error);
  }
  g_unlink (path);
  g_rmdir (dir);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_hash_table_add (set, g_strdup (g_strstrip (lines[i])));

  return set;
}

static gboolean
in_frame (JsonObject *feature)
{
  JsonArray *point = json_object_get_array_member (json_object_get_object_member (feature, "geometry"),
                                                   "coordinates");
  double lon = json_array_get_double_element (point, 0);
  double lat = json_array_get_double_element (point, 1);

  return lon > frame.min_x && lon < frame.max_x && lat > frame.min_y && lat < frame.max_y;
}

static void
test_layer (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GHashTable) lines = NULL;
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *features = json_object_get_array_member (json_node_get_object (places), "features");
  guint n_period_names = 0;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  lines = export_lines (c->year, c->naming);

  /* Every town in the frame with a name in this year shows that name. */
  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      JsonObject *feature = json_array_get_object_element (features, i);
      JsonObject *properties = json_object_get_object_member (feature, "properties");
      g_autofree char *name = expected_name (properties, c->year, c->naming);

      if (name == NULL || !in_frame (feature))
        continue;
      g_test_message ("%u: %s", c->year, name);
      if (!g_hash_table_contains (lines, name))
        g_error ("the %u export does not name %s “%s”", c->year,
                 json_object_get_string_member (properties, "id"), name);
      g_hash_table_add (expected, g_steal_pointer (&name));
      n_period_names++;
    }
  g_assert_cmpuint (n_period_names, >=, 3);

  /* And no town shows a name of another period or naming. */
  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      JsonObject *properties = json_object_get_object_member (json_array_get_object_element (features, i),
                                                              "properties");
      JsonArray *names = json_object_get_array_member (properties, "names");

      /* Unless it had no name then: it is drawn for reference by today's. */
      if (data_name (properties, c->year, "russian") == NULL)
        continue;

      for (guint n = 0; n < json_array_get_length (names); n++)
        {
          const char *other = json_object_get_string_member (json_array_get_object_element (names, n), "name");

          if (g_hash_table_contains (lines, other) && !g_hash_table_contains (expected, other))
            g_error ("the %u export names a town “%s”, a name of another period or naming", c->year, other);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  static const Case cases[] = {
    { 1905, KA_NAMING_RUSSIAN },
    { 1905, KA_NAMING_JAPANESE },
    { 1905, KA_NAMING_BOTH },
    { 1945, KA_NAMING_RUSSIAN },
    { 1945, KA_NAMING_JAPANESE },
    { 1875, KA_NAMING_BOTH },
  };
  static const char * const naming_names[] = { "japanese", "russian", "both" };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  bytes = ka_test_read_source_file (PLACES_FILE);
  places = json_from_string (g_bytes_get_data (bytes, NULL), &error);
  g_assert_no_error (error);

  atlas = ka_atlas_load_from_resources (&error);
  g_assert_no_error (error);
  renderer = ka_tile_renderer_new (ka_atlas_get_coastline (atlas));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/present/place-names/%u/%s", cases[i].year,
                                               naming_names[cases[i].naming]);

      g_test_add_data_func (path, &cases[i], test_layer);
    }

  status = g_test_run ();

  ka_tile_renderer_unref (renderer);
  ka_atlas_unref (atlas);
  json_node_unref (places);

  return status;
}
