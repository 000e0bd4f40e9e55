/* ka-claims.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-claims"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-claims.h"
#include "ka-resource.h"

struct _KaClaim
{
  const char  *id;
  KaParty      party;
  KaClaimKind  kind;
  const char **targets;    /* NULL-terminated; strings in the set's data */
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
  GVariant     *data;          /* the strings point into it */
  KaReport     *report;
  GPtrArray    *claims;        /* KaClaim */
  GArray       *notes;         /* KaEditorialNote */
  GPtrArray    *note_targets;  /* const char ** per note */
};

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
  [KA_CLAIM_KIND_HISTORY] = "history",
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

/* The fields build-aux/atlas_compile_claims.py writes (CLAIMS_TYPE): the
 * build checked every one, quotations against the report included. */
#define CLAIMS_TYPE "(a(syyasssa(suusuu)a(isbs)a(sssi))a(sasssi))"

/* An array of as many zeroed elements as @children has children. */
static GArray *
array_for (GVariant *children,
           gsize     element_size)
{
  gsize n = g_variant_n_children (children);
  GArray *out = g_array_sized_new (FALSE, TRUE, element_size, n);

  g_array_set_size (out, n);
  return out;
}

static void
read_note (GVariant        *fields,
           KaEditorialNote *note)
{
  gint32 year;

  g_variant_get (fields, "(&s&s&si)", &note->id, &note->text, &note->source, &year);
  note->year = year;
  /* A claim's own notes have no id. */
  if (note->id[0] == '\0')
    note->id = NULL;
}

static GArray *
read_notes (GVariant *notes)
{
  GArray *out = array_for (notes, sizeof (KaEditorialNote));

  for (guint i = 0; i < out->len; i++)
    {
      g_autoptr(GVariant) fields = g_variant_get_child_value (notes, i);

      read_note (fields, &g_array_index (out, KaEditorialNote, i));
    }
  return out;
}

static KaClaim *
read_claim (GVariant *fields,
            guint     position)
{
  KaClaim *claim = g_new0 (KaClaim, 1);
  g_autoptr(GVariant) passages = NULL;
  g_autoptr(GVariant) events = NULL;
  g_autoptr(GVariant) notes = NULL;
  guint8 party, kind;

  g_variant_get (fields, "(&syy^a&s&s&s@a(suusuu)@a(isbs)@a(sssi))",
                 &claim->id, &party, &kind, &claim->targets, &claim->status, &claim->argument,
                 &passages, &events, &notes);
  claim->party = party;
  claim->kind = kind;
  claim->position = position;

  claim->passages = array_for (passages, sizeof (KaPassage));
  for (guint i = 0; i < claim->passages->len; i++)
    {
      KaPassage *passage = &g_array_index (claim->passages, KaPassage, i);
      guint32 start, end;

      g_variant_get_child (passages, i, "(&suu&suu)", &passage->section_id, &passage->section,
                           &passage->paragraph, &passage->quote, &start, &end);
      passage->start = start;
      passage->end = end;
    }

  claim->events = array_for (events, sizeof (KaEvent));
  for (guint i = 0; i < claim->events->len; i++)
    {
      KaEvent *event = &g_array_index (claim->events, KaEvent, i);
      gint32 year;

      g_variant_get_child (events, i, "(i&sb&s)", &year, &event->label, &event->approximate,
                           &event->source);
      event->year = year;
      /* An event the report gives has no source of its own. */
      if (event->source[0] == '\0')
        event->source = NULL;
    }

  claim->notes = read_notes (notes);

  return claim;
}

/**
 * ka_claim_set_new_from_resource:
 * @resource_path: usually %KA_CLAIMS_RESOURCE_PATH
 * @report: the report the passages quote, as the build read it
 * @error: return location for an error
 *
 * Maps the claims as the build checked and compiled them from
 * data/claims.json: every quotation occurs, whitespace aside, in the
 * paragraph it cites, at the byte range the passage gives.
 *
 * Returns: (transfer full) (nullable): the claims, or %NULL with @error
 *   set if the build left them out
 */
KaClaimSet *
ka_claim_set_new_from_resource (const char  *resource_path,
                                KaReport    *report,
                                GError     **error)
{
  g_autoptr(GVariant) data = NULL;
  g_autoptr(GVariant) claims = NULL;
  g_autoptr(GVariant) notes = NULL;
  KaClaimSet *set;

  g_return_val_if_fail (resource_path != NULL, NULL);
  g_return_val_if_fail (report != NULL, NULL);

  data = ka_resource_lookup_variant (resource_path, G_VARIANT_TYPE (CLAIMS_TYPE), error);
  if (data == NULL)
    return NULL;

  set = g_new0 (KaClaimSet, 1);
  g_ref_count_init (&set->ref_count);
  set->data = g_variant_ref (data);
  set->report = ka_report_ref (report);
  set->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) claim_free);
  set->note_targets = g_ptr_array_new_with_free_func (g_free);

  claims = g_variant_get_child_value (data, 0);
  for (guint i = 0; i < g_variant_n_children (claims); i++)
    {
      g_autoptr(GVariant) fields = g_variant_get_child_value (claims, i);

      g_ptr_array_add (set->claims, read_claim (fields, i));
    }

  notes = g_variant_get_child_value (data, 1);
  set->notes = array_for (notes, sizeof (KaEditorialNote));
  for (guint i = 0; i < set->notes->len; i++)
    {
      g_autoptr(GVariant) fields = g_variant_get_child_value (notes, i);
      KaEditorialNote *note = &g_array_index (set->notes, KaEditorialNote, i);
      gint32 year;

      const char **targets;

      g_variant_get (fields, "(&s^a&s&s&si)", &note->id, &targets, &note->text, &note->source, &year);
      note->year = year;
      g_ptr_array_add (set->note_targets, targets);
    }

  return set;
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
  ka_report_unref (self->report);
  g_variant_unref (self->data);
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

  int x_year = ka_claim_get_first_year ((KaClaim *) x);
  int y_year = ka_claim_get_first_year ((KaClaim *) y);

  if (x->party != y->party)
    return x->party < y->party ? -1 : 1;
  if (x_year != y_year)
    return x_year < y_year ? -1 : 1;
  return x->position < y->position ? -1 : (x->position > y->position);
}

/**
 * ka_claim_set_lookup:
 * @island_id: (nullable): an island or area id
 * @group: (nullable): the island's group, or a group selected as a whole
 *
 * Finds the claims that target @island_id or @group, grouped by party
 * (Japan, Russia, United States: alphabetical), each party's in time
 * order (by the first year they rest on), then in file order.
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

/**
 * ka_claim_format_status:
 * @claim: a claim
 * @accessible: to name a claim as one, for screen readers
 *
 * The status as what the party says, never as the atlas's own
 * statement: “Japan holds: …”.
 *
 * Returns: (transfer full): the party and its status, in words
 */
char *
ka_claim_format_status (KaClaim  *claim,
                        gboolean  accessible)
{
  const char *party = ka_party_get_name (ka_claim_get_party (claim));
  const char *status = ka_claim_get_status (claim);

  switch (ka_claim_get_kind (claim))
    {
    case KA_CLAIM_KIND_POSITION:
      /* TRANSLATORS: a party's stance, e.g. “Position of United States: …” */
      return g_strdup_printf (_("Position of %s: %s"), party, status);
    case KA_CLAIM_KIND_PROPOSAL:
      return g_strdup_printf (_("Proposal by %s: %s"), party, status);
    case KA_CLAIM_KIND_HISTORY:
      if (accessible)
        return g_strdup_printf (_("Former claim by %s: %s"), party, status);
      /* TRANSLATORS: a status a party held and no longer asserts, e.g.
       * “Japan held: Japanese from the 1875 exchange until 1945, …” */
      return g_strdup_printf (_("%s held: %s"), party, status);
    case KA_CLAIM_KIND_CLAIM:
    default:
      if (accessible)
        return g_strdup_printf (_("Claim by %s: %s"), party, status);
      /* TRANSLATORS: the status a party claims, e.g. “Japan holds: Part of
       * Japan, …”; it must read as the party's view, not as a fact */
      return g_strdup_printf (_("%s holds: %s"), party, status);
    }
}
