/* test-schema.c — the settings schema speaks the code's vocabulary
 *
 * The schema is XML that cannot read C: these check that its year range
 * and description, and its enums' nicks, are those of the year table and
 * of the enums glib-mkenums registers.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "ka-enum-nicks.h"
#include "ka-enum-types.h"
#include "ka-years.h"

static GSettingsSchemaKey *
lookup_key (const char *name)
{
  g_autoptr(GSettingsSchema) schema =
    g_settings_schema_source_lookup (g_settings_schema_source_get_default (), SETTINGS_SCHEMA_ID, TRUE);

  g_assert_nonnull (schema);
  g_assert_true (g_settings_schema_has_key (schema, name));

  return g_settings_schema_get_key (schema, name);
}

static void
test_year_range (void)
{
  g_autoptr(GSettingsSchemaKey) key = lookup_key ("year");
  g_autoptr(GVariant) range = g_settings_schema_key_get_range (key);
  g_autoptr(GVariant) default_value = g_settings_schema_key_get_default_value (key);
  g_autofree char *type = NULL;
  g_autoptr(GVariant) bounds = NULL;
  g_autofree char *years = ka_years_format_list (", ", " or ");
  g_autofree char *source_path = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                        SETTINGS_SCHEMA_ID ".gschema.xml", NULL);
  g_autofree char *source = NULL;
  g_autoptr(GError) error = NULL;
  guint min, max;

  g_variant_get (range, "(sv)", &type, &bounds);
  g_assert_cmpstr (type, ==, "range");
  g_variant_get (bounds, "(uu)", &min, &max);
  g_assert_cmpuint (min, ==, KA_FIRST_YEAR);
  g_assert_cmpuint (max, ==, KA_LAST_YEAR);

  /* A range cannot list the years; the default and the description (not
   * compiled in, so read from the source) do. */
  g_assert_cmpint (ka_year_index (g_variant_get_uint32 (default_value)), >=, 0);
  g_file_get_contents (source_path, &source, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (source, years));
}

static void
assert_enum_key (const char *name,
                 GType       enum_type)
{
  g_autoptr(GSettingsSchemaKey) key = lookup_key (name);
  g_autoptr(GVariant) range = g_settings_schema_key_get_range (key);
  g_autofree char *type = NULL;
  g_autoptr(GVariant) choices = NULL;
  g_autofree const char **schema_nicks = NULL;
  g_auto(GStrv) nicks = ka_enum_dup_nicks (enum_type);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);

  g_variant_get (range, "(sv)", &type, &choices);
  g_assert_cmpstr (type, ==, "enum");
  schema_nicks = g_variant_get_strv (choices, NULL);
  g_assert_cmpstrv (schema_nicks, nicks);

  /* GSettings stores the nick and g_settings_get_enum() hands back the
   * schema's value: they must be the enum's value for that nick too. */
  for (guint i = 0; nicks[i] != NULL; i++)
    g_assert_cmpint (g_enum_get_value_by_nick (enum_class, nicks[i])->value, ==, (int) i);
}

static void
test_enums (void)
{
  assert_enum_key ("naming", KA_TYPE_NAMING);
  assert_enum_key ("basemap", KA_TYPE_BASEMAP);
  assert_enum_key ("label-size", KA_TYPE_LABEL_SIZE);
  assert_enum_key ("color-scheme", KA_TYPE_COLOR_SCHEME);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schema/year-range", test_year_range);
  g_test_add_func ("/schema/enums", test_enums);

  return g_test_run ();
}
