/* ka-claims.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-claims"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ka-claims.h"
#include "ka-json-scan.h"
#include "ka-resource.h"

#define FORMAT_VERSION 1
#define QUOTE_EXCERPT_CHARS 48

struct _KaClaim
{
  const char  *id;
  KaParty      party;
  KaClaimKind  kind;
  const char **targets;    /* NULL-terminated; strings in the set's chunk */
  const char  *status;
  const char  *argument;
  GArray      *passages;   /* KaPassage */
  GArray      *events;     /* KaEvent */
  GArray      *notes;      /* KaEditorialNote */
  guint        position;   /* in the file, for a stable order */
};

struct _KaClaimSet
{
  grefcount     ref_count;
  char         *name;
  KaReport     *report;
  GStringChunk *strings;
  GPtrArray    *claims;        /* KaClaim */
  GArray       *notes;         /* KaEditorialNote */
  GPtrArray    *note_targets;  /* const char ** per note */
};

G_DEFINE_QUARK (ka-claims-error-quark, ka_claims_error)
G_DEFINE_BOXED_TYPE (KaClaimSet, ka_claim_set, ka_claim_set_ref, ka_claim_set_unref)

static const char * const party_ids[KA_N_PARTIES] = {
  [KA_PARTY_JAPAN] = "japan",
  [KA_PARTY_RUSSIA] = "russia",
  [KA_PARTY_UNITED_STATES] = "united-states",
};

static const char * const kind_ids[] = {
  [KA_CLAIM_KIND_CLAIM] = "claim",
  [KA_CLAIM_KIND_POSITION] = "position",
  [KA_CLAIM_KIND_PROPOSAL] = "proposal",
};

const char *
ka_party_to_string (KaParty party)
{
  g_return_val_if_fail (party < KA_N_PARTIES, NULL);

  return party_ids[party];
}

gboolean
ka_party_from_string (const char *string,
                      KaParty    *party)
{
  guint i;

  for (i = 0; i < KA_N_PARTIES; i++)
    {
      if (g_strcmp0 (string, party_ids[i]) == 0)
        {
          *party = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ka_party_get_name:
 *
 * Returns: the party's name for display, e.g. "Russia / Soviet Union"
 */
const char *
ka_party_get_name (KaParty party)
{
  switch (party)
    {
    case KA_PARTY_JAPAN:
      return _("Japan");
    case KA_PARTY_RUSSIA:
      return _("Russia / Soviet Union");
    case KA_PARTY_UNITED_STATES:
      return _("United States");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ka_claim_kind_to_string (KaClaimKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_ids), NULL);

  return kind_ids[kind];
}

gboolean
ka_claim_kind_from_string (const char  *string,
                           KaClaimKind *kind)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (kind_ids); i++)
    {
      if (g_strcmp0 (string, kind_ids[i]) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }
  return FALSE;
}

static void
claim_free (KaClaim *claim)
{
  g_free (claim->targets);
  g_clear_pointer (&claim->passages, g_array_unref);
  g_clear_pointer (&claim->events, g_array_unref);
  g_clear_pointer (&claim->notes, g_array_unref);
  g_free (claim);
}

/* Reading: every error names the file and the item being read. */

typedef struct
{
  KaClaimSet         *set;
  const char * const *known_ids;
  char               *item;   /* "claim “id”", "claims[3]", … or NULL */
} Loader;

static void
loader_set_item (Loader     *loader,
                 const char *format,
                 ...) G_GNUC_PRINTF (2, 3);

static void
loader_set_item (Loader     *loader,
                 const char *format,
                 ...)
{
  va_list args;

  g_free (loader->item);
  va_start (args, format);
  loader->item = g_strdup_vprintf (format, args);
  va_end (args);
}

static gboolean
loader_fail (Loader         *loader,
             GError        **error,
             KaClaimsError   code,
             const char     *format,
             ...) G_GNUC_PRINTF (4, 5);

static gboolean
loader_fail (Loader         *loader,
             GError        **error,
             KaClaimsError   code,
             const char     *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (loader->item != NULL)
    g_set_error (error, KA_CLAIMS_ERROR, code, "%s: %s: %s",
                 loader->set->name, loader->item, message);
  else
    g_set_error (error, KA_CLAIMS_ERROR, code, "%s: %s", loader->set->name, message);

  return FALSE;
}

static const char *
intern (Loader     *loader,
        const char *string)
{
  return g_string_chunk_insert_const (loader->set->strings, string);
}

/* A member name not in @allowed is most likely a typo ("qoute"), which
 * would otherwise drop data silently. */
static gboolean
check_members (Loader             *loader,
               JsonObject         *object,
               const char         *where,
               const char * const *allowed,
               GError            **error)
{
  g_autoptr(GList) members = json_object_get_members (object);
  GList *l;

  for (l = members; l != NULL; l = l->next)
    if (!g_strv_contains (allowed, l->data))
      return loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID,
                          "%sunknown member “%s”", where, (const char *) l->data);

  return TRUE;
}

static gboolean
read_string (Loader      *loader,
             JsonObject  *object,
             const char  *where,
             const char  *member,
             gboolean     required,
             const char **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *stripped = NULL;

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID,
                            "%smissing member “%s”", where, member);
      return TRUE;
    }

  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID,
                        "%s“%s” is not a string", where, member);

  stripped = g_strstrip (g_strdup (json_node_get_string (node)));
  if (stripped[0] == '\0')
    return loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID,
                        "%s“%s” is empty", where, member);

  *out = intern (loader, stripped);
  return TRUE;
}

static gboolean
read_int (Loader      *loader,
          JsonObject  *object,
          const char  *where,
          const char  *member,
          gboolean     required,
          int          min,
          int          max,
          int         *out,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  *out = 0;
  if (node == NULL)
    {
      if (required)
        return loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID,
                            "%smissing member “%s”", where, member);
      return TRUE;
    }

  if (json_node_get_value_type (node) != G_TYPE_INT64)
    return loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID,
                        "%s“%s” is not an integer", where, member);

  value = json_node_get_int (node);
  if (value < min || value > max)
    return loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID,
                        "%s“%s” is %" G_GINT64_FORMAT ", outside %d–%d",
                        where, member, value, min, max);

  *out = (int) value;
  return TRUE;
}

static gboolean
read_bool (Loader      *loader,
           JsonObject  *object,
           const char  *where,
           const char  *member,
           gboolean    *out,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = FALSE;
  if (node == NULL)
    return TRUE;

  if (json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID,
                        "%s“%s” is not true or false", where, member);

  *out = json_node_get_boolean (node);
  return TRUE;
}

/* Returns the array, or NULL with @error set; a missing optional array
 * is returned as NULL without an error. */
static JsonArray *
read_array (Loader      *loader,
            JsonObject  *object,
            const char  *member,
            gboolean     required,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL && !required)
    return NULL;

  if (node == NULL)
    loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID, "missing member “%s”", member);
  else if (!JSON_NODE_HOLDS_ARRAY (node))
    loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID, "“%s” is not an array", member);
  else if (required && json_array_get_length (json_node_get_array (node)) == 0)
    loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID, "“%s” is empty", member);
  else
    return json_node_get_array (node);

  return NULL;
}

static JsonObject *
array_object (Loader     *loader,
              JsonArray  *array,
              guint       index,
              const char *what,
              GError    **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      if (what != NULL)
        loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID,
                     "%s %u is not an object", what, index + 1);
      else
        loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID, "not an object");
      return NULL;
    }
  return json_node_get_object (node);
}

static const char **
read_targets (Loader      *loader,
              JsonObject  *object,
              GError     **error)
{
  JsonArray *array = read_array (loader, object, "targets", TRUE, error);
  g_autofree const char **targets = NULL;
  guint n, i;

  if (array == NULL)
    return NULL;

  n = json_array_get_length (array);
  targets = g_new0 (const char *, n + 1);
  for (i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *target;

      if (json_node_get_value_type (node) != G_TYPE_STRING)
        {
          loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID,
                       "target %u is not a string", i + 1);
          return NULL;
        }

      target = json_node_get_string (node);
      if (loader->known_ids != NULL && !g_strv_contains (loader->known_ids, target))
        {
          loader_fail (loader, error, KA_CLAIMS_ERROR_UNKNOWN_TARGET,
                       "target “%s” is not a known island, area or group", target);
          return NULL;
        }
      targets[i] = intern (loader, target);
    }

  return g_steal_pointer (&targets);
}

static char *
quote_excerpt (const char *quote)
{
  g_autofree char *collapsed = ka_report_collapse_whitespace (quote);

  if (g_utf8_strlen (collapsed, -1) <= QUOTE_EXCERPT_CHARS)
    return g_steal_pointer (&collapsed);

  *g_utf8_offset_to_pointer (collapsed, QUOTE_EXCERPT_CHARS) = '\0';
  return g_strconcat (collapsed, "…", NULL);
}

/* Says where a quotation stops matching the report, which is usually
 * a changed word or a straight quote where the report has a curly one. */
static char *
describe_divergence (KaReport   *report,
                     const char *quote)
{
  g_autofree char *collapsed = ka_report_collapse_whitespace (quote);
  glong n_chars = g_utf8_strlen (collapsed, -1);
  glong low = 0, high = n_chars;
  const char *cut;
  const char *from;

  /* Every prefix of a prefix that occurs also occurs: bisect. */
  while (low < high)
    {
      glong mid = (low + high + 1) / 2;
      g_autofree char *prefix = g_utf8_substring (collapsed, 0, mid);

      if (ka_report_find_quote (report, prefix, NULL, NULL, NULL, NULL))
        low = mid;
      else
        high = mid - 1;
    }

  if (low == 0)
    return g_strdup ("");

  cut = g_utf8_offset_to_pointer (collapsed, low);
  from = g_utf8_offset_to_pointer (collapsed, MAX (0, low - QUOTE_EXCERPT_CHARS / 2));
  return g_strdup_printf (" (it departs from the report after “%s%.*s”)",
                          from > collapsed ? "…" : "", (int) (cut - from), from);
}

static gboolean
read_passage (Loader      *loader,
              JsonObject  *object,
              guint        index,
              gpointer     element,
              GError     **error)
{
  KaPassage *passage = element;
  static const char * const allowed[] = { "section", "paragraph", "quote", NULL };
  KaReport *report = loader->set->report;
  g_autofree char *where = g_strdup_printf ("passage %u: ", index + 1);
  g_autofree char *excerpt = NULL;
  g_autofree char *divergence = NULL;
  guint n_paragraphs;
  guint found_section, found_paragraph;
  int paragraph;

  if (!check_members (loader, object, where, allowed, error) ||
      !read_string (loader, object, where, "section", TRUE, &passage->section_id, error) ||
      !read_int (loader, object, where, "paragraph", TRUE, 1, G_MAXINT, &paragraph, error) ||
      !read_string (loader, object, where, "quote", TRUE, &passage->quote, error))
    return FALSE;

  if (!ka_report_lookup_section (report, passage->section_id, &passage->section))
    return loader_fail (loader, error, KA_CLAIMS_ERROR_UNKNOWN_SECTION,
                        "%sthe report has no section “%s”", where, passage->section_id);

  n_paragraphs = ka_report_get_n_paragraphs (report, passage->section);
  if ((guint) paragraph > n_paragraphs)
    return loader_fail (loader, error, KA_CLAIMS_ERROR_QUOTE_MISPLACED,
                        "%s“%s” has no ¶%d (it has %u)",
                        where, ka_report_get_section_title (report, passage->section),
                        paragraph, n_paragraphs);
  passage->paragraph = paragraph;

  if (ka_report_find_quote_in (report, passage->section, passage->paragraph,
                               passage->quote, &passage->start, &passage->end))
    return TRUE;

  excerpt = quote_excerpt (passage->quote);
  if (ka_report_find_quote (report, passage->quote, &found_section, &found_paragraph, NULL, NULL))
    {
      g_autofree char *cited = ka_report_format_citation (report, passage->section, passage->paragraph);
      g_autofree char *actual = ka_report_format_citation (report, found_section, found_paragraph);

      return loader_fail (loader, error, KA_CLAIMS_ERROR_QUOTE_MISPLACED,
                          "%squotation “%s” is in %s, not in %s",
                          where, excerpt, actual, cited);
    }

  divergence = describe_divergence (report, passage->quote);
  return loader_fail (loader, error, KA_CLAIMS_ERROR_QUOTE_NOT_FOUND,
                      "%squotation “%s” does not occur in the report%s",
                      where, excerpt, divergence);
}

static gboolean
read_event (Loader      *loader,
            JsonObject  *object,
            guint        index,
            gpointer     element,
            GError     **error)
{
  KaEvent *event = element;
  static const char * const allowed[] = { "year", "label", "approximate", NULL };
  g_autofree char *where = g_strdup_printf ("event %u: ", index + 1);

  return check_members (loader, object, where, allowed, error) &&
         read_int (loader, object, where, "year", TRUE, 1, 9999, &event->year, error) &&
         read_string (loader, object, where, "label", TRUE, &event->label, error) &&
         read_bool (loader, object, where, "approximate", &event->approximate, error);
}

static gboolean
read_note_fields (Loader          *loader,
                  JsonObject      *object,
                  const char      *where,
                  KaEditorialNote *note,
                  GError         **error)
{
  return read_string (loader, object, where, "text", TRUE, &note->text, error) &&
         read_string (loader, object, where, "source", TRUE, &note->source, error) &&
         read_int (loader, object, where, "year", FALSE, 1, 9999, &note->year, error);
}

/* Reads the array @member of @object into @out, one element of
 * @element_size per object, with @read_one. */
typedef gboolean (*ReadOne) (Loader     *loader,
                             JsonObject *object,
                             guint       index,
                             gpointer    element,
                             GError    **error);

static GArray *
read_objects (Loader      *loader,
              JsonObject  *object,
              const char  *member,
              const char  *what,
              gboolean     required,
              gsize        element_size,
              ReadOne      read_one,
              GError     **error)
{
  g_autoptr(GArray) out = g_array_new (FALSE, TRUE, element_size);
  g_autoptr(GError) local_error = NULL;
  JsonArray *array = read_array (loader, object, member, required, &local_error);
  guint i, n;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  n = array != NULL ? json_array_get_length (array) : 0;
  g_array_set_size (out, n);
  for (i = 0; i < n; i++)
    {
      JsonObject *element = array_object (loader, array, i, what, error);

      if (element == NULL ||
          !read_one (loader, element, i, out->data + i * element_size, error))
        return NULL;
    }

  return g_steal_pointer (&out);
}

static gboolean
read_claim_note (Loader      *loader,
                 JsonObject  *object,
                 guint        index,
                 gpointer     element,
                 GError     **error)
{
  KaEditorialNote *note = element;
  static const char * const allowed[] = { "text", "source", "year", NULL };
  g_autofree char *where = g_strdup_printf ("editorial note %u: ", index + 1);

  return check_members (loader, object, where, allowed, error) &&
         read_note_fields (loader, object, where, note, error);
}

static gboolean
id_is_taken (KaClaimSet *set,
             const char *id)
{
  guint i;

  for (i = 0; i < set->claims->len; i++)
    if (g_str_equal (((KaClaim *) g_ptr_array_index (set->claims, i))->id, id))
      return TRUE;
  for (i = 0; i < set->notes->len; i++)
    if (g_str_equal (g_array_index (set->notes, KaEditorialNote, i).id, id))
      return TRUE;
  return FALSE;
}

/* Reads "id" first so that every later error can name the item. */
static gboolean
read_id (Loader      *loader,
         JsonObject  *object,
         const char  *what,
         const char **id,
         GError     **error)
{
  if (!read_string (loader, object, "", "id", TRUE, id, error))
    return FALSE;

  loader_set_item (loader, "%s “%s”", what, *id);
  if (id_is_taken (loader->set, *id))
    return loader_fail (loader, error, KA_CLAIMS_ERROR_DUPLICATE_ID,
                        "the id is used twice");
  return TRUE;
}

static gboolean
fill_claim (Loader      *loader,
            JsonObject  *object,
            KaClaim     *claim,
            GError     **error)
{
  static const char * const allowed[] = {
    "id", "party", "kind", "targets", "status", "argument", "passages",
    "events", "editorial_notes", NULL
  };
  const char *party, *kind;

  if (!read_id (loader, object, "claim", &claim->id, error) ||
      !check_members (loader, object, "", allowed, error) ||
      !read_string (loader, object, "", "party", TRUE, &party, error) ||
      !read_string (loader, object, "", "kind", TRUE, &kind, error))
    return FALSE;

  if (!ka_party_from_string (party, &claim->party))
    return loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID,
                        "unknown party “%s” (expected japan, russia or united-states)", party);
  if (!ka_claim_kind_from_string (kind, &claim->kind))
    return loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID,
                        "unknown kind “%s” (expected claim, position or proposal)", kind);

  claim->targets = read_targets (loader, object, error);
  if (claim->targets == NULL ||
      !read_string (loader, object, "", "status", TRUE, &claim->status, error) ||
      !read_string (loader, object, "", "argument", TRUE, &claim->argument, error))
    return FALSE;

  claim->passages = read_objects (loader, object, "passages", "passage", TRUE,
                                  sizeof (KaPassage), read_passage, error);
  if (claim->passages == NULL)
    return FALSE;

  claim->events = read_objects (loader, object, "events", "event", TRUE,
                                sizeof (KaEvent), read_event, error);
  if (claim->events == NULL)
    return FALSE;

  claim->notes = read_objects (loader, object, "editorial_notes", "editorial note", FALSE,
                               sizeof (KaEditorialNote), read_claim_note, error);
  return claim->notes != NULL;
}

static gboolean
read_claim (Loader      *loader,
            JsonObject  *object,
            guint        index,
            GError     **error)
{
  KaClaim *claim = g_new0 (KaClaim, 1);

  claim->position = index;
  if (!fill_claim (loader, object, claim, error))
    {
      claim_free (claim);
      return FALSE;
    }

  g_ptr_array_add (loader->set->claims, claim);
  return TRUE;
}

static gboolean
read_note (Loader      *loader,
           JsonObject  *object,
           guint        index,
           GError     **error)
{
  static const char * const allowed[] = { "id", "targets", "text", "source", "year", NULL };
  KaEditorialNote note = { NULL, };
  const char **targets;

  if (!read_id (loader, object, "note", &note.id, error) ||
      !check_members (loader, object, "", allowed, error))
    return FALSE;

  targets = read_targets (loader, object, error);
  if (targets == NULL)
    return FALSE;
  g_ptr_array_add (loader->set->note_targets, targets);

  if (!read_note_fields (loader, object, "", &note, error))
    return FALSE;

  g_array_append_val (loader->set->notes, note);
  return TRUE;
}

static gboolean
read_root (Loader      *loader,
           JsonNode    *root,
           GError     **error)
{
  static const char * const allowed[] = { "version", "description", "report", "claims", "notes", NULL };
  JsonObject *object;
  JsonArray *claims, *notes;
  g_autoptr(GError) local_error = NULL;
  const char *unused;
  int version;
  guint i;

  if (root == NULL)
    return loader_fail (loader, error, KA_CLAIMS_ERROR_PARSE, "the file is empty");
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID,
                        "the top level is not a JSON object");

  object = json_node_get_object (root);
  if (!check_members (loader, object, "", allowed, error) ||
      !read_int (loader, object, "", "version", TRUE, 1, G_MAXINT, &version, error) ||
      !read_string (loader, object, "", "description", FALSE, &unused, error) ||
      !read_string (loader, object, "", "report", FALSE, &unused, error))
    return FALSE;

  if (version != FORMAT_VERSION)
    return loader_fail (loader, error, KA_CLAIMS_ERROR_INVALID,
                        "format version %d is not supported (expected %d)",
                        version, FORMAT_VERSION);

  claims = read_array (loader, object, "claims", TRUE, error);
  if (claims == NULL)
    return FALSE;
  notes = read_array (loader, object, "notes", FALSE, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  for (i = 0; i < json_array_get_length (claims); i++)
    {
      JsonObject *element;

      loader_set_item (loader, "claims[%u]", i);
      element = array_object (loader, claims, i, NULL, error);
      if (element == NULL || !read_claim (loader, element, i, error))
        return FALSE;
    }

  for (i = 0; notes != NULL && i < json_array_get_length (notes); i++)
    {
      JsonObject *element;

      loader_set_item (loader, "notes[%u]", i);
      element = array_object (loader, notes, i, NULL, error);
      if (element == NULL || !read_note (loader, element, i, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * ka_claim_set_new_from_bytes:
 * @bytes: the claims file, JSON as described in docs/claims-format.md
 * @name: (nullable): file name for error messages
 * @report: the report the passages quote
 * @known_ids: (nullable) (array zero-terminated=1): island ids, area ids
 *   and group names claims may target, or %NULL not to check targets
 * @error: return location for an error
 *
 * Loads and checks the claims: every quotation must occur, whitespace
 * aside, in the paragraph it cites. Errors name the file and the JSON
 * position (for syntax errors) or the claim.
 *
 * Returns: (transfer full) (nullable): the claims, or %NULL with @error set
 */
KaClaimSet *
ka_claim_set_new_from_bytes (GBytes              *bytes,
                             const char          *name,
                             KaReport            *report,
                             const char * const  *known_ids,
                             GError             **error)
{
  g_autoptr(KaClaimSet) set = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  Loader loader = { NULL, known_ids, NULL };
  const char *data;
  gboolean ok;
  KaTextPosition position;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  set = g_new0 (KaClaimSet, 1);
  g_ref_count_init (&set->ref_count);
  set->name = g_strdup (name != NULL ? name : "<claims>");
  set->report = ka_report_ref (report);
  set->strings = g_string_chunk_new (4096);
  set->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) claim_free);
  set->notes = g_array_new (FALSE, TRUE, sizeof (KaEditorialNote));
  set->note_targets = g_ptr_array_new_with_free_func (g_free);
  loader.set = set;

  parser = json_parser_new_immutable ();
  data = g_bytes_get_data (bytes, &size);
  if (data == NULL)
    data = "";
  data = ka_json_scan_skip_bom (data, &size);

  /* Strict JSON first: json-glib 1.6 accepts comments, several values in
   * a row and more, and leaks what it read on some of those paths
   * (found by fuzz/fuzz-claims.c). */
  if (!ka_json_scan_check (data, size, &position, &local_error))
    {
      g_set_error (error, KA_CLAIMS_ERROR, KA_CLAIMS_ERROR_PARSE,
                   "%s:%u:%u: %s",
                   set->name, position.line, position.column, local_error->message);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      /* json-glib says "<data>:LINE:COLUMN: …"; put the file's name there. */
      const char *message = local_error->message;

      if (g_str_has_prefix (message, "<data>:"))
        g_set_error (error, KA_CLAIMS_ERROR, KA_CLAIMS_ERROR_PARSE, "%s%s",
                     set->name, message + strlen ("<data>"));
      else
        g_set_error (error, KA_CLAIMS_ERROR, KA_CLAIMS_ERROR_PARSE, "%s: %s",
                     set->name, message);
      return NULL;
    }

  ok = read_root (&loader, json_parser_get_root (parser), error);
  g_free (loader.item);
  if (!ok)
    return NULL;

  return g_steal_pointer (&set);
}

/**
 * ka_claim_set_new_from_resource:
 * @resource_path: usually %KA_CLAIMS_RESOURCE_PATH
 *
 * As ka_claim_set_new_from_bytes(), reading from the GResource.
 */
KaClaimSet *
ka_claim_set_new_from_resource (const char          *resource_path,
                                KaReport            *report,
                                const char * const  *known_ids,
                                GError             **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);

  bytes = ka_resource_lookup (resource_path, error);
  if (bytes == NULL)
    return NULL;

  name = g_path_get_basename (resource_path);
  return ka_claim_set_new_from_bytes (bytes, name, report, known_ids, error);
}

KaClaimSet *
ka_claim_set_ref (KaClaimSet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
ka_claim_set_unref (KaClaimSet *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_ptr_array_unref (self->claims);
  g_array_unref (self->notes);
  g_ptr_array_unref (self->note_targets);
  g_string_chunk_free (self->strings);
  ka_report_unref (self->report);
  g_free (self->name);
  g_free (self);
}

/**
 * ka_claim_set_get_report:
 *
 * Returns: (transfer none): the report the passages were checked against
 */
KaReport *
ka_claim_set_get_report (KaClaimSet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->report;
}

guint
ka_claim_set_get_n_claims (KaClaimSet *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->claims->len;
}

/**
 * ka_claim_set_get_claim:
 * @index: position in the file
 *
 * Returns: (transfer none): the claim, valid as long as @self
 */
KaClaim *
ka_claim_set_get_claim (KaClaimSet *self,
                        guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->claims->len, NULL);

  return g_ptr_array_index (self->claims, index);
}

/**
 * ka_claim_set_find_claim:
 *
 * Returns: (transfer none) (nullable): the claim with that id
 */
KaClaim *
ka_claim_set_find_claim (KaClaimSet *self,
                         const char *id)
{
  guint i;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (i = 0; i < self->claims->len; i++)
    {
      KaClaim *claim = g_ptr_array_index (self->claims, i);

      if (g_str_equal (claim->id, id))
        return claim;
    }
  return NULL;
}

static gboolean
targets_match (const char * const *targets,
               const char         *island_id,
               const char         *group)
{
  for (; *targets != NULL; targets++)
    if (g_strcmp0 (*targets, island_id) == 0 || g_strcmp0 (*targets, group) == 0)
      return TRUE;
  return FALSE;
}

static int
compare_claims (gconstpointer a,
                gconstpointer b)
{
  const KaClaim *x = *(KaClaim * const *) a;
  const KaClaim *y = *(KaClaim * const *) b;

  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  if (x->party != y->party)
    return x->party < y->party ? -1 : 1;
  return x->position < y->position ? -1 : (x->position > y->position);
}

/**
 * ka_claim_set_lookup:
 * @island_id: (nullable): an island or area id
 * @group: (nullable): the island's group, or a group selected as a whole
 *
 * Finds the claims that target @island_id or @group. They come claims
 * first, then positions, then proposals; within each, by party (Japan,
 * Russia, United States: alphabetical) and then in file order.
 *
 * Returns: (transfer container) (element-type KaClaim): the claims
 */
GPtrArray *
ka_claim_set_lookup (KaClaimSet *self,
                     const char *island_id,
                     const char *group)
{
  GPtrArray *found;
  guint i;

  g_return_val_if_fail (self != NULL, NULL);

  found = g_ptr_array_new ();
  for (i = 0; i < self->claims->len; i++)
    {
      KaClaim *claim = g_ptr_array_index (self->claims, i);

      if (targets_match (claim->targets, island_id, group))
        g_ptr_array_add (found, claim);
    }
  g_ptr_array_sort (found, compare_claims);

  return found;
}

guint
ka_claim_set_get_n_notes (KaClaimSet *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->notes->len;
}

/**
 * ka_claim_set_get_note:
 *
 * Returns: a stand-alone editorial note (one not tied to a claim)
 */
const KaEditorialNote *
ka_claim_set_get_note (KaClaimSet *self,
                       guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->notes->len, NULL);

  return &g_array_index (self->notes, KaEditorialNote, index);
}

const char * const *
ka_claim_set_get_note_targets (KaClaimSet *self,
                               guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->note_targets->len, NULL);

  return g_ptr_array_index (self->note_targets, index);
}

/**
 * ka_claim_set_lookup_notes:
 * @island_id: (nullable): an island or area id
 * @group: (nullable): the island's group
 *
 * Returns: (transfer container) (element-type KaEditorialNote): the
 * stand-alone notes that target @island_id or @group, in file order
 */
GPtrArray *
ka_claim_set_lookup_notes (KaClaimSet *self,
                           const char *island_id,
                           const char *group)
{
  GPtrArray *found;
  guint i;

  g_return_val_if_fail (self != NULL, NULL);

  found = g_ptr_array_new ();
  for (i = 0; i < self->notes->len; i++)
    if (targets_match (g_ptr_array_index (self->note_targets, i), island_id, group))
      g_ptr_array_add (found, &g_array_index (self->notes, KaEditorialNote, i));

  return found;
}

const char *
ka_claim_get_id (KaClaim *claim)
{
  g_return_val_if_fail (claim != NULL, NULL);

  return claim->id;
}

KaParty
ka_claim_get_party (KaClaim *claim)
{
  g_return_val_if_fail (claim != NULL, KA_PARTY_JAPAN);

  return claim->party;
}

KaClaimKind
ka_claim_get_kind (KaClaim *claim)
{
  g_return_val_if_fail (claim != NULL, KA_CLAIM_KIND_CLAIM);

  return claim->kind;
}

/**
 * ka_claim_get_targets:
 *
 * Returns: (array zero-terminated=1): the island ids and group names the
 * claim is about
 */
const char * const *
ka_claim_get_targets (KaClaim *claim)
{
  g_return_val_if_fail (claim != NULL, NULL);

  return claim->targets;
}

/**
 * ka_claim_applies_to:
 *
 * Returns: %TRUE if the claim targets @island_id or @group
 */
gboolean
ka_claim_applies_to (KaClaim    *claim,
                     const char *island_id,
                     const char *group)
{
  g_return_val_if_fail (claim != NULL, FALSE);

  return targets_match (claim->targets, island_id, group);
}

/**
 * ka_claim_get_status:
 *
 * Returns: the status claimed, in a short phrase
 */
const char *
ka_claim_get_status (KaClaim *claim)
{
  g_return_val_if_fail (claim != NULL, NULL);

  return claim->status;
}

/**
 * ka_claim_get_argument:
 *
 * Returns: the report's argument for the claim, summarised
 */
const char *
ka_claim_get_argument (KaClaim *claim)
{
  g_return_val_if_fail (claim != NULL, NULL);

  return claim->argument;
}

guint
ka_claim_get_n_passages (KaClaim *claim)
{
  g_return_val_if_fail (claim != NULL, 0);

  return claim->passages->len;
}

const KaPassage *
ka_claim_get_passage (KaClaim *claim,
                      guint    index)
{
  g_return_val_if_fail (claim != NULL, NULL);
  g_return_val_if_fail (index < claim->passages->len, NULL);

  return &g_array_index (claim->passages, KaPassage, index);
}

guint
ka_claim_get_n_events (KaClaim *claim)
{
  g_return_val_if_fail (claim != NULL, 0);

  return claim->events->len;
}

const KaEvent *
ka_claim_get_event (KaClaim *claim,
                    guint    index)
{
  g_return_val_if_fail (claim != NULL, NULL);
  g_return_val_if_fail (index < claim->events->len, NULL);

  return &g_array_index (claim->events, KaEvent, index);
}

/**
 * ka_claim_get_first_year:
 *
 * Returns: the earliest year among the claim's events: a view showing an
 * earlier year can mark the claim as later than that year
 */
int
ka_claim_get_first_year (KaClaim *claim)
{
  int first = G_MAXINT;
  guint i;

  g_return_val_if_fail (claim != NULL, 0);

  for (i = 0; i < claim->events->len; i++)
    first = MIN (first, g_array_index (claim->events, KaEvent, i).year);
  return first;
}

guint
ka_claim_get_n_notes (KaClaim *claim)
{
  g_return_val_if_fail (claim != NULL, 0);

  return claim->notes->len;
}

const KaEditorialNote *
ka_claim_get_note (KaClaim *claim,
                   guint    index)
{
  g_return_val_if_fail (claim != NULL, NULL);
  g_return_val_if_fail (index < claim->notes->len, NULL);

  return &g_array_index (claim->notes, KaEditorialNote, index);
}
