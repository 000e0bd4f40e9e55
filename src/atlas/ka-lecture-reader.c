/* ka-lecture-reader.c — reading a lecture file, with the line and column of every error
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-lecture"

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "ka-enum-nicks.h"
#include "ka-enum-types.h"
#include "ka-json-scan.h"
#include "ka-lecture-private.h"
#include "ka-suggest.h"

static const char * const lecture_keys[] = { "format", "version", "title", "steps", NULL };
static const char * const step_keys[] = {
  "title", "caption", "year", "compare", "island", "islands", "view", "naming", "note", NULL
};
static const char * const view_keys[] = { "center", "zoom", "fit", NULL };

static const char * const center_names[] = { "longitude", "latitude", NULL };
static const char * const box_names[] = { "west", "south", "east", "north", NULL };

/* In the order of KaNaming. */

/* Reading: every error names the file, the line and the column of the
 * offending key or value, and the step it is in. */

typedef struct
{
  const char         *name;
  const char         *text;     /* past any byte order mark */
  gsize               length;
  const char * const *known_island_ids;
  int                 version;  /* the file's "version" */
  int                 step;     /* 0-based index of the step being read, or -1 */
  GError            **error;
} Loader;

typedef enum
{
  AT_KEY,
  AT_VALUE,
} Where;

typedef enum
{
  EXPECT_TEXT,
  EXPECT_NUMBER,
  EXPECT_BOOLEAN,
  EXPECT_OBJECT,
  EXPECT_ARRAY,
} Expect;

static void
set_error (GError         **error,
           const char      *name,
           KaTextPosition   position,
           KaLectureError   code,
           const char      *message)
{
  g_set_error (error, KA_LECTURE_ERROR, code, "%s:%u:%u: %s",
               name, position.line, position.column, message);
}

static gboolean
fail_at (Loader         *loader,
         const char     *path,
         Where           where,
         KaLectureError  code,
         const char     *format,
         ...) G_GNUC_PRINTF (5, 6);

static gboolean
fail_at (Loader         *loader,
         const char     *path,
         Where           where,
         KaLectureError  code,
         const char     *format,
         ...)
{
  KaTextPosition key = { 1, 1 };
  KaTextPosition value = { 1, 1 };
  g_autofree char *message = NULL;
  g_autofree char *full = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  ka_json_scan_locate (loader->text, loader->length, path, &key, &value);

  if (loader->step >= 0)
    full = g_strdup_printf ("step %d: %s", loader->step + 1, message);
  else
    full = g_steal_pointer (&message);

  set_error (loader->error, loader->name, where == AT_KEY ? key : value, code, full);
  return FALSE;
}

static char *
member_path (const char *parent,
             const char *key)
{
  GString *path = g_string_new (parent);

  ka_json_scan_append_key (path, key);
  return g_string_free (path, FALSE);
}

static gboolean
node_is (JsonNode *node,
         Expect    expect)
{
  GType type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  switch (expect)
    {
    case EXPECT_TEXT:
      return type == G_TYPE_STRING;
    case EXPECT_NUMBER:
      return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
    case EXPECT_BOOLEAN:
      return type == G_TYPE_BOOLEAN;
    case EXPECT_OBJECT:
      return JSON_NODE_HOLDS_OBJECT (node);
    case EXPECT_ARRAY:
      return JSON_NODE_HOLDS_ARRAY (node);
    default:
      g_return_val_if_reached (FALSE);
    }
}

static const char *
describe_expected (Expect expect)
{
  switch (expect)
    {
    case EXPECT_TEXT:
      return "text in double quotes";
    case EXPECT_NUMBER:
      return "a number";
    case EXPECT_BOOLEAN:
      return "true or false";
    case EXPECT_OBJECT:
      return "an object { … }";
    case EXPECT_ARRAY:
      return "an array [ … ]";
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
describe_node (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "an object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "an array";
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (node_is (node, EXPECT_TEXT))
    return "text";
  if (node_is (node, EXPECT_NUMBER))
    return "a number";
  return json_node_get_boolean (node) ? "true" : "false";
}

/* Text that holds what was expected, as in "zoom": "8", gets a hint. */
static char *
quoted_value_hint (JsonNode *node,
                   Expect    expect)
{
  const char *text;
  char *end = NULL;

  if (!node_is (node, EXPECT_TEXT))
    return g_strdup ("");

  text = json_node_get_string (node);
  if (expect == EXPECT_NUMBER && text[0] != '\0')
    {
      g_ascii_strtod (text, &end);
      if (end != NULL && *end == '\0')
        return g_strdup_printf (" (write %s without the quotes)", text);
    }
  if (expect == EXPECT_BOOLEAN && (strcmp (text, "true") == 0 || strcmp (text, "false") == 0))
    return g_strdup_printf (" (write %s without the quotes)", text);

  return g_strdup ("");
}

static gboolean
check_type (Loader     *loader,
            JsonNode   *node,
            const char *path,
            const char *what,
            Expect      expect)
{
  g_autofree char *hint = NULL;

  if (node_is (node, expect))
    return TRUE;

  hint = quoted_value_hint (node, expect);
  return fail_at (loader, path, AT_VALUE, KA_LECTURE_ERROR_WRONG_TYPE,
                  "%s must be %s, not %s%s", what, describe_expected (expect), describe_node (node), hint);
}

static char *
join_words (const char * const *words,
            const char         *last_separator)
{
  GString *string = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (string, words[i + 1] == NULL ? last_separator : ", ");
      g_string_append (string, words[i]);
    }

  return g_string_free (string, FALSE);
}

/* A key the format does not know is most likely a typo ("captoin"),
 * which would otherwise drop the value silently. */
static gboolean
check_keys (Loader             *loader,
            JsonObject         *object,
            const char         *path,
            const char         *what,
            const char * const *allowed)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      g_autofree char *key_path = NULL;
      g_autofree char *list = NULL;
      const char *suggestion;

      if (g_strv_contains (allowed, key))
        continue;

      key_path = member_path (path, key);
      suggestion = ka_suggest_closest (key, allowed);
      if (suggestion != NULL)
        return fail_at (loader, key_path, AT_KEY, KA_LECTURE_ERROR_UNKNOWN_KEY,
                        "unknown key “%s” (did you mean “%s”?)", key, suggestion);

      list = join_words (allowed, " and ");
      return fail_at (loader, key_path, AT_KEY, KA_LECTURE_ERROR_UNKNOWN_KEY,
                      "unknown key “%s”; %s may only have %s", key, what, list);
    }

  return TRUE;
}

/* Reads a text member; "title" and "caption" are one short line, a
 * "note" may be long. Empty text counts as absent for optional members. */
static gboolean
read_text (Loader      *loader,
           JsonObject  *object,
           const char  *path,
           const char  *key,
           const char  *missing_hint,
           guint        max_chars,
           char       **out)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autofree char *key_path = member_path (path, key);
  g_autofree char *what = g_strdup_printf ("“%s”", key);
  g_autofree char *text = NULL;
  glong n_chars;

  *out = NULL;
  if (node == NULL)
    {
      if (missing_hint == NULL)
        return TRUE;
      return fail_at (loader, path, AT_VALUE, KA_LECTURE_ERROR_MISSING_FIELD,
                      "missing “%s” (%s)", key, missing_hint);
    }

  if (!check_type (loader, node, key_path, what, EXPECT_TEXT))
    return FALSE;

  text = g_strstrip (g_strdup (json_node_get_string (node)));
  if (text[0] == '\0')
    {
      if (missing_hint == NULL)
        return TRUE;
      return fail_at (loader, key_path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                      "“%s” is empty (%s)", key, missing_hint);
    }

  if (max_chars > 0)
    {
      for (const char *p = text; *p != '\0'; p++)
        if ((guchar) *p < 0x20)
          return fail_at (loader, key_path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                          "“%s” must be one line, without line breaks or tabs; longer text belongs in “note”",
                          key);

      n_chars = g_utf8_strlen (text, -1);
      if (n_chars > (glong) max_chars)
        return fail_at (loader, key_path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                        "“%s” is %ld characters long; at most %u fit on the screen, "
                        "so shorten it or move the rest to “note”",
                        key, n_chars, max_chars);
    }

  *out = g_steal_pointer (&text);
  return TRUE;
}

/* Reads a finite number, as json-glib turns 1e999 into infinity. */
static gboolean
read_number (Loader     *loader,
             JsonNode   *node,
             const char *path,
             const char *what,
             double     *out)
{
  if (!check_type (loader, node, path, what, EXPECT_NUMBER))
    return FALSE;

  *out = json_node_get_double (node);
  if (!isfinite (*out))
    return fail_at (loader, path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                    "%s is too large a number", what);

  return TRUE;
}

static gboolean
fail_unknown_year (Loader     *loader,
                   const char *path,
                   double      year)
{
  g_autofree char *list = ka_years_format_list (", ", " or ");
  g_autofree char *in_force = g_strdup ("");

  /* Between two layers, the older one still shows that year's frontier. */
  for (int i = KA_N_YEARS - 1; i >= 0; i--)
    if (year > ka_years[i])
      {
        g_free (in_force);
        in_force = g_strdup_printf ("; for %g, use %u, the layer in force then", year, ka_years[i]);
        break;
      }

  return fail_at (loader, path, AT_VALUE, KA_LECTURE_ERROR_UNKNOWN_YEAR,
                  "year %g has no layer in the atlas: use %s%s", year, list, in_force);
}

static gboolean
read_year (Loader        *loader,
           JsonObject    *object,
           const char    *path,
           KaLectureStep *step)
{
  JsonNode *node = json_object_get_member (object, "year");
  g_autofree char *year_path = member_path (path, "year");
  g_autofree char *list = ka_years_format_list (", ", " or ");
  double value;
  int index;

  if (node == NULL)
    return fail_at (loader, path, AT_VALUE, KA_LECTURE_ERROR_MISSING_FIELD,
                    "missing “year” (the layer to show: %s)", list);

  if (node_is (node, EXPECT_TEXT) && g_ascii_strcasecmp (json_node_get_string (node), "all") == 0)
    return fail_at (loader, year_path, AT_VALUE, KA_LECTURE_ERROR_WRONG_TYPE,
                    "“year” must be a number (%s); to draw the lines of every year, "
                    "give a year and \"compare\": true", list);

  if (!read_number (loader, node, year_path, "“year”", &value))
    return FALSE;

  index = value == floor (value) && value >= 0 && value <= G_MAXUINT ? ka_year_index ((guint) value) : -1;
  if (index < 0)
    return fail_unknown_year (loader, year_path, value);

  step->year = ka_years[index];
  return TRUE;
}

static gboolean
read_boolean (Loader     *loader,
              JsonObject *object,
              const char *path,
              const char *key,
              gboolean   *out)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autofree char *key_path = member_path (path, key);
  g_autofree char *what = g_strdup_printf ("“%s”", key);

  *out = FALSE;
  if (node == NULL)
    return TRUE;

  if (!check_type (loader, node, key_path, what, EXPECT_BOOLEAN))
    return FALSE;

  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
read_island (Loader        *loader,
             JsonObject    *object,
             const char    *path,
             KaLectureStep *step)
{
  g_autofree char *island_path = member_path (path, "island");
  const char *suggestion;
  KaIslandGroup group;

  if (!read_text (loader, object, path, "island", NULL, 0, &step->island))
    return FALSE;

  if (step->island == NULL || loader->known_island_ids == NULL ||
      g_strv_contains (loader->known_island_ids, step->island))
    return TRUE;

  if (ka_island_group_from_string (step->island, &group))
    return fail_at (loader, island_path, AT_VALUE, KA_LECTURE_ERROR_UNKNOWN_ISLAND,
                    "“%s” is a group of islands, not one island; name one of its islands",
                    step->island);

  suggestion = ka_suggest_closest (step->island, loader->known_island_ids);
  if (suggestion != NULL)
    return fail_at (loader, island_path, AT_VALUE, KA_LECTURE_ERROR_UNKNOWN_ISLAND,
                    "unknown island “%s” (did you mean “%s”?)", step->island, suggestion);

  return fail_at (loader, island_path, AT_VALUE, KA_LECTURE_ERROR_UNKNOWN_ISLAND,
                  "unknown island “%s”; docs/lecture-format.md lists the island ids", step->island);
}

/* What names an island in "islands": a known id or, after the first
 * entry, a group of islands. */
static gboolean
check_islands_entry (Loader     *loader,
                     const char *entry_path,
                     guint       index,
                     const char *id)
{
  const char *suggestion;
  KaIslandGroup group;

  if (ka_island_group_from_string (id, &group))
    {
      if (index == 0)
        return fail_at (loader, entry_path, AT_VALUE, KA_LECTURE_ERROR_UNKNOWN_ISLAND,
                        "“%s” is a group of islands; the first of “islands” is the island "
                        "the side panel shows: name one island first", id);
      return TRUE;
    }

  if (loader->known_island_ids == NULL || g_strv_contains (loader->known_island_ids, id))
    return TRUE;

  suggestion = ka_suggest_closest (id, loader->known_island_ids);
  if (suggestion != NULL)
    return fail_at (loader, entry_path, AT_VALUE, KA_LECTURE_ERROR_UNKNOWN_ISLAND,
                    "unknown island “%s” (did you mean “%s”?)", id, suggestion);

  return fail_at (loader, entry_path, AT_VALUE, KA_LECTURE_ERROR_UNKNOWN_ISLAND,
                  "unknown island “%s”; docs/lecture-format.md lists the island ids", id);
}

/* "islands": ["shikotan", "habomai"], since version 2: several islands
 * selected at once, the first shown in the side panel. */
static gboolean
read_islands (Loader        *loader,
              JsonObject    *object,
              const char    *path,
              KaLectureStep *step)
{
  JsonNode *node = json_object_get_member (object, "islands");
  g_autofree char *islands_path = member_path (path, "islands");
  g_autoptr(GPtrArray) ids = NULL;
  JsonArray *array;
  guint length;

  if (node == NULL)
    return TRUE;

  if (loader->version < 2)
    return fail_at (loader, islands_path, AT_KEY, KA_LECTURE_ERROR_INVALID,
                    "“islands” is new in version 2 of the format: write \"version\": 2 "
                    "at the top of the file");
  if (step->island != NULL)
    return fail_at (loader, islands_path, AT_KEY, KA_LECTURE_ERROR_BAD_VALUE,
                    "a step has either “island” or “islands”, not both");
  if (!check_type (loader, node, islands_path, "“islands”", EXPECT_ARRAY))
    return FALSE;

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  if (length == 0)
    return fail_at (loader, islands_path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                    "“islands” is empty: name at least one island, or leave “islands” out");
  if (length > KA_LECTURE_MAX_ISLANDS)
    return fail_at (loader, islands_path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                    "“islands” names %u islands; a step may name at most %d",
                    length, KA_LECTURE_MAX_ISLANDS);

  ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *entry_path = g_strdup_printf ("%s[%u]", islands_path, i);
      const char *id;

      if (!check_type (loader, element, entry_path, "each of “islands”", EXPECT_TEXT))
        return FALSE;

      id = json_node_get_string (element);
      if (!check_islands_entry (loader, entry_path, i, id))
        return FALSE;
      for (guint j = 0; j < ids->len; j++)
        if (strcmp (g_ptr_array_index (ids, j), id) == 0)
          return fail_at (loader, entry_path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                          "“%s” is named twice in “islands”", id);

      g_ptr_array_add (ids, g_strdup (id));
    }
  g_ptr_array_add (ids, NULL);

  step->islands = (char **) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
  step->island = g_strdup (step->islands[0]);
  return TRUE;
}

static gboolean
read_naming (Loader        *loader,
             JsonObject    *object,
             const char    *path,
             KaLectureStep *step)
{
  g_autofree char *naming_path = member_path (path, "naming");
  g_autofree char *text = NULL;
  g_autofree char *list = NULL;
  g_autoptr(GEnumClass) naming_class = NULL;
  g_auto(GStrv) naming_names = NULL;
  GEnumValue *naming;
  const char *suggestion;

  step->naming = -1;
  if (!read_text (loader, object, path, "naming", NULL, 0, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;

  naming_class = g_type_class_ref (KA_TYPE_NAMING);
  naming = g_enum_get_value_by_nick (naming_class, text);
  if (naming != NULL)
    {
      step->naming = naming->value;
      return TRUE;
    }

  naming_names = ka_enum_dup_nicks (KA_TYPE_NAMING);
  suggestion = ka_suggest_closest (text, (const char * const *) naming_names);
  if (suggestion != NULL)
    return fail_at (loader, naming_path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                    "unknown naming “%s” (did you mean “%s”?)", text, suggestion);

  list = join_words ((const char * const *) naming_names, " or ");
  return fail_at (loader, naming_path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                  "unknown naming “%s”; use %s", text, list);
}

/* Reads an array of numbers, one for each of @names: [lon, lat] … */
static gboolean
read_numbers (Loader             *loader,
              JsonNode           *node,
              const char         *path,
              const char         *what,
              const char * const *names,
              double             *out)
{
  g_autofree char *joined = g_strjoinv (", ", (char **) names);
  guint n = g_strv_length ((char **) names);
  JsonArray *array;

  if (!check_type (loader, node, path, what, EXPECT_ARRAY))
    return FALSE;

  array = json_node_get_array (node);
  if (json_array_get_length (array) != n)
    return fail_at (loader, path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                    "%s must be [%s]: %u numbers, not %u", what, joined, n, json_array_get_length (array));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *element_path = g_strdup_printf ("%s[%u]", path, i);
      g_autofree char *element_what = g_strdup_printf ("the %s in %s", names[i], what);

      if (!read_number (loader, json_array_get_element (array, i), element_path, element_what, &out[i]))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_longitude (Loader     *loader,
                 const char *path,
                 double      lon)
{
  if (lon >= -180.0 && lon <= 180.0)
    return TRUE;

  return fail_at (loader, path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                  "longitude %g is outside −180 to 180", lon);
}

static gboolean
check_latitude (Loader     *loader,
                const char *path,
                double      lat,
                double      other)
{
  const char *swapped = "";

  if (lat >= -KA_GEO_MAX_LATITUDE && lat <= KA_GEO_MAX_LATITUDE)
    return TRUE;

  if (fabs (other) <= 90.0)
    swapped = " (are longitude and latitude swapped? the order is longitude first)";

  return fail_at (loader, path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                  "latitude %g is outside the map's −85.05 to 85.05%s", lat, swapped);
}

static gboolean
read_center (Loader        *loader,
             JsonObject    *view,
             const char    *path,
             KaLectureStep *step)
{
  g_autofree char *center_path = member_path (path, "center");
  g_autofree char *zoom_path = member_path (path, "zoom");
  g_autofree char *lon_path = g_strdup_printf ("%s[0]", center_path);
  g_autofree char *lat_path = g_strdup_printf ("%s[1]", center_path);
  double center[2];

  if (!json_object_has_member (view, "zoom"))
    return fail_at (loader, path, AT_VALUE, KA_LECTURE_ERROR_MISSING_FIELD,
                    "a view with “center” needs a “zoom” too (%d to %d)",
                    KA_MIN_ZOOM, KA_MAX_ZOOM);
  if (!json_object_has_member (view, "center"))
    return fail_at (loader, path, AT_VALUE, KA_LECTURE_ERROR_MISSING_FIELD,
                    "a view with “zoom” needs a “center” too ([longitude, latitude])");

  if (!read_numbers (loader, json_object_get_member (view, "center"), center_path,
                     "“center”", center_names, center) ||
      !check_longitude (loader, lon_path, center[0]) ||
      !check_latitude (loader, lat_path, center[1], center[0]) ||
      !read_number (loader, json_object_get_member (view, "zoom"), zoom_path, "“zoom”", &step->zoom))
    return FALSE;

  if (step->zoom < KA_MIN_ZOOM || step->zoom > KA_MAX_ZOOM)
    return fail_at (loader, zoom_path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                    "zoom %g is out of range: use %d (the whole region) to %d (one islet)",
                    step->zoom, KA_MIN_ZOOM, KA_MAX_ZOOM);

  step->view_kind = KA_LECTURE_VIEW_CENTER;
  step->lon = center[0];
  step->lat = center[1];
  return TRUE;
}

static gboolean
read_fit (Loader        *loader,
          JsonObject    *view,
          const char    *path,
          KaLectureStep *step)
{
  JsonNode *node = json_object_get_member (view, "fit");
  g_autofree char *fit_path = member_path (path, "fit");
  g_autofree char *west_path = g_strdup_printf ("%s[0]", fit_path);
  g_autofree char *south_path = g_strdup_printf ("%s[1]", fit_path);
  g_autofree char *east_path = g_strdup_printf ("%s[2]", fit_path);
  g_autofree char *north_path = g_strdup_printf ("%s[3]", fit_path);
  double box[4];

  if (node_is (node, EXPECT_TEXT))
    {
      if (strcmp (json_node_get_string (node), "island") != 0)
        return fail_at (loader, fit_path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                        "“fit” is “%s”; use \"island\" or a box [west, south, east, north]",
                        json_node_get_string (node));
      if (step->island == NULL)
        return fail_at (loader, fit_path, AT_VALUE, KA_LECTURE_ERROR_MISSING_FIELD,
                        "\"fit\": \"island\" needs an “island” in the step");

      step->view_kind = KA_LECTURE_VIEW_FIT_ISLAND;
      return TRUE;
    }

  if (!node_is (node, EXPECT_ARRAY))
    return fail_at (loader, fit_path, AT_VALUE, KA_LECTURE_ERROR_WRONG_TYPE,
                    "“fit” must be \"island\" or a box [west, south, east, north], not %s",
                    describe_node (node));

  if (!read_numbers (loader, node, fit_path, "“fit”", box_names, box) ||
      !check_longitude (loader, west_path, box[0]) ||
      !check_latitude (loader, south_path, box[1], box[0]) ||
      !check_longitude (loader, east_path, box[2]) ||
      !check_latitude (loader, north_path, box[3], box[2]))
    return FALSE;

  if (box[0] >= box[2])
    return fail_at (loader, east_path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                    "the box's east edge (%g) must be east of its west edge (%g); "
                    "the order is [west, south, east, north]", box[2], box[0]);
  if (box[1] >= box[3])
    return fail_at (loader, north_path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                    "the box's north edge (%g) must be north of its south edge (%g); "
                    "the order is [west, south, east, north]", box[3], box[1]);

  step->view_kind = KA_LECTURE_VIEW_FIT_BOX;
  step->box = (KaBox) { box[0], box[1], box[2], box[3] };
  return TRUE;
}

static gboolean
read_view (Loader        *loader,
           JsonObject    *object,
           const char    *path,
           KaLectureStep *step)
{
  JsonNode *node = json_object_get_member (object, "view");
  g_autofree char *view_path = member_path (path, "view");
  JsonObject *view;
  gboolean has_fit, has_center;

  step->view_kind = KA_LECTURE_VIEW_DEFAULT;
  if (node == NULL)
    return TRUE;

  if (!check_type (loader, node, view_path, "“view”", EXPECT_OBJECT))
    return FALSE;

  view = json_node_get_object (node);
  if (!check_keys (loader, view, view_path, "a view", view_keys))
    return FALSE;

  has_fit = json_object_has_member (view, "fit");
  has_center = json_object_has_member (view, "center") || json_object_has_member (view, "zoom");

  if (has_fit && has_center)
    return fail_at (loader, view_path, AT_VALUE, KA_LECTURE_ERROR_BAD_VALUE,
                    "a view has either “center” and “zoom”, or “fit”, not both");
  if (has_fit)
    return read_fit (loader, view, view_path, step);
  if (has_center)
    return read_center (loader, view, view_path, step);

  return fail_at (loader, view_path, AT_VALUE, KA_LECTURE_ERROR_MISSING_FIELD,
                  "an empty view: give “center” and “zoom”, or “fit”, or leave “view” out");
}

static KaLectureStep *
read_step (Loader   *loader,
           JsonNode *node)
{
  g_autofree char *path = g_strdup_printf ("steps[%d]", loader->step);
  KaLectureStep *step;
  JsonObject *object;

  if (!check_type (loader, node, path, "each step", EXPECT_OBJECT))
    return NULL;

  object = json_node_get_object (node);
  if (!check_keys (loader, object, path, "a step", step_keys))
    return NULL;

  step = g_new0 (KaLectureStep, 1);
  step->naming = -1;

  if (!read_text (loader, object, path, "title", "a short title for the list of steps",
                  KA_LECTURE_MAX_TITLE_CHARS, &step->title) ||
      !read_text (loader, object, path, "caption", "the line shown in the caption strip",
                  KA_LECTURE_MAX_CAPTION_CHARS, &step->caption) ||
      !read_year (loader, object, path, step) ||
      !read_boolean (loader, object, path, "compare", &step->compare) ||
      !read_island (loader, object, path, step) ||
      !read_islands (loader, object, path, step) ||
      !read_view (loader, object, path, step) ||
      !read_naming (loader, object, path, step) ||
      !read_text (loader, object, path, "note", NULL, 0, &step->note))
    {
      ka_lecture_step_free (step);
      return NULL;
    }

  return step;
}

/* "format" comes first, so that another kind of JSON file is reported as
 * such and not as a list of unknown keys. */
static gboolean
read_header (Loader     *loader,
             JsonObject *root)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");
  double number;

  if (format == NULL)
    return fail_at (loader, "", AT_VALUE, KA_LECTURE_ERROR_INVALID,
                    "this is not a Kuril Atlas lecture: it has no \"format\": \"%s\"", KA_LECTURE_FORMAT);

  if (!node_is (format, EXPECT_TEXT) || strcmp (json_node_get_string (format), KA_LECTURE_FORMAT) != 0)
    return fail_at (loader, "format", AT_VALUE, KA_LECTURE_ERROR_INVALID,
                    "this is not a Kuril Atlas lecture: “format” must be \"%s\"", KA_LECTURE_FORMAT);

  if (version == NULL)
    return fail_at (loader, "", AT_VALUE, KA_LECTURE_ERROR_MISSING_FIELD,
                    "missing “version” (%d)", KA_LECTURE_VERSION);

  if (!read_number (loader, version, "version", "“version”", &number))
    return FALSE;

  if (number != floor (number) || number < 1)
    return fail_at (loader, "version", AT_VALUE, KA_LECTURE_ERROR_INVALID,
                    "version %g does not exist; this format is version %d", number, KA_LECTURE_VERSION);
  if (number > KA_LECTURE_VERSION)
    return fail_at (loader, "version", AT_VALUE, KA_LECTURE_ERROR_INVALID,
                    "version %g is newer than this Kuril Atlas reads (version %d); update the atlas",
                    number, KA_LECTURE_VERSION);

  loader->version = (int) number;
  return TRUE;
}

static gboolean
read_lecture (Loader    *loader,
              JsonNode  *root_node,
              KaLecture *self)
{
  JsonObject *root;
  JsonNode *steps_node;
  JsonArray *steps;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    return fail_at (loader, "", AT_VALUE, KA_LECTURE_ERROR_INVALID,
                    "a lecture file is one JSON object { … }, not %s", describe_node (root_node));

  root = json_node_get_object (root_node);
  if (!read_header (loader, root) ||
      !check_keys (loader, root, "", "a lecture", lecture_keys) ||
      !read_text (loader, root, "", "title", "the lecture's name",
                  KA_LECTURE_MAX_TITLE_CHARS, &self->title))
    return FALSE;

  steps_node = json_object_get_member (root, "steps");
  if (steps_node == NULL)
    return fail_at (loader, "", AT_VALUE, KA_LECTURE_ERROR_MISSING_FIELD,
                    "missing “steps” (the list of steps, [ { … }, … ])");

  if (!check_type (loader, steps_node, "steps", "“steps”", EXPECT_ARRAY))
    return FALSE;

  steps = json_node_get_array (steps_node);
  if (json_array_get_length (steps) == 0)
    return fail_at (loader, "steps", AT_VALUE, KA_LECTURE_ERROR_EMPTY,
                    "“steps” is empty; a lecture needs at least one step");

  for (guint i = 0; i < json_array_get_length (steps); i++)
    {
      KaLectureStep *step;

      loader->step = i;
      step = read_step (loader, json_array_get_element (steps, i));
      if (step == NULL)
        return FALSE;
      g_ptr_array_add (self->steps, step);
    }
  loader->step = -1;

  return TRUE;
}

/* json-glib names the input "<data>" in its messages; the file's name
 * replaces it. */
static void
set_json_glib_error (GError     **error,
                     const char  *name,
                     const GError *json_error)
{
  const char *message = json_error->message;

  if (g_str_has_prefix (message, "<data>:"))
    g_set_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_PARSE, "%s:%s",
                 name, message + strlen ("<data>:"));
  else
    g_set_error (error, KA_LECTURE_ERROR, KA_LECTURE_ERROR_PARSE, "%s:1:1: %s", name, message);
}

/**
 * ka_lecture_set_too_large_error:
 * @size: the file's size in bytes, or 0 if not known
 *
 * Sets the error for a file over %KA_LECTURE_MAX_BYTES.
 */
void
ka_lecture_set_too_large_error (GError     **error,
                                const char  *name,
                                guint64      size)
{
  g_autofree char *size_text = NULL;
  g_autofree char *message = NULL;
  KaTextPosition start = { 1, 1 };

  if (size > 0)
    {
      size_text = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
      message = g_strdup_printf ("the file is %s; a lecture file may be at most 1 MiB", size_text);
    }
  else
    {
      message = g_strdup ("the file is larger than 1 MiB, the most a lecture file may be");
    }

  set_error (error, name, start, KA_LECTURE_ERROR_TOO_LARGE, message);
}

/**
 * ka_lecture_read:
 * @self: a new lecture, with its name and no steps
 * @bytes: the file's contents
 * @known_island_ids: (nullable): as for ka_lecture_new_from_bytes()
 * @error: return location for a #KA_LECTURE_ERROR
 *
 * Checks the text, then reads it into @self.
 *
 * Returns: %TRUE if @self now holds the lecture
 */
gboolean
ka_lecture_read (KaLecture           *self,
                 GBytes              *bytes,
                 const char * const  *known_island_ids,
                 GError             **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  KaTextPosition position;
  Loader loader = { 0 };
  gsize length;
  const char *text;

  text = g_bytes_get_data (bytes, &length);
  if (length > KA_LECTURE_MAX_BYTES)
    {
      ka_lecture_set_too_large_error (error, self->name, length);
      return FALSE;
    }
  if (text == NULL)
    text = "";
  text = ka_json_scan_skip_bom (text, &length);

  if (!ka_json_scan_check (text, length, &position, &local_error))
    {
      KaLectureError code = KA_LECTURE_ERROR_PARSE;

      if (g_error_matches (local_error, KA_JSON_SCAN_ERROR, KA_JSON_SCAN_ERROR_ENCODING))
        code = KA_LECTURE_ERROR_ENCODING;
      else if (g_error_matches (local_error, KA_JSON_SCAN_ERROR, KA_JSON_SCAN_ERROR_DUPLICATE_KEY))
        code = KA_LECTURE_ERROR_DUPLICATE_KEY;

      set_error (error, self->name, position, code, local_error->message);
      return FALSE;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, text, (gssize) length, &local_error))
    {
      set_json_glib_error (error, self->name, local_error);
      return FALSE;
    }

  loader.name = self->name;
  loader.text = text;
  loader.length = length;
  loader.known_island_ids = known_island_ids;
  loader.step = -1;
  loader.error = error;

  return read_lecture (&loader, json_parser_get_root (parser), self);
}
