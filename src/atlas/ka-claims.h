/* ka-claims.h — who claims what, with the report's argument and passages
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ka-report.h"

G_BEGIN_DECLS

#define KA_CLAIMS_RESOURCE_PATH "/io/github/kurilatlas/KurilAtlas/compiled/claims.gvariant"

/* The order of this enum is the order claims are listed in: alphabetical
 * by English name, so that neither side comes first by choice. */
typedef enum
{
  KA_PARTY_JAPAN,
  KA_PARTY_RUSSIA,          /* the Russian Empire, the Soviet Union, Russia */
  KA_PARTY_UNITED_STATES,
} KaParty;

#define KA_N_PARTIES 3

typedef enum
{
  KA_CLAIM_KIND_CLAIM,      /* a status the party asserts */
  KA_CLAIM_KIND_POSITION,   /* a stance on another party's claim */
  KA_CLAIM_KIND_PROPOSAL,   /* a settlement put forward, e.g. the 1956 formula */
  KA_CLAIM_KIND_HISTORY,    /* a status the party held and no longer asserts */
} KaClaimKind;

typedef struct
{
  const char *section_id;
  guint       section;     /* 0-based index in the report */
  guint       paragraph;   /* 1-based ¶ number */
  const char *quote;
  gsize       start;       /* byte range of the quote in the paragraph text */
  gsize       end;
} KaPassage;

typedef struct
{
  int         year;
  const char *label;
  gboolean    approximate; /* "early 1800s": the year is only for ordering */
  const char *source;      /* NULL when the report gives the event; else where it is from */
} KaEvent;

/* A fact the report does not give, shown apart from the report's words.
 * @id and @year are set for stand-alone notes; @year may be 0. */
typedef struct
{
  const char *id;
  const char *text;
  const char *source;
  int         year;
} KaEditorialNote;

typedef struct _KaClaim KaClaim;
typedef struct _KaClaimSet KaClaimSet;

#define KA_TYPE_CLAIM_SET (ka_claim_set_get_type ())

GType                  ka_claim_set_get_type          (void) G_GNUC_CONST;

const char            *ka_party_to_string             (KaParty      party);
gboolean               ka_party_from_string           (const char  *string,
                                                       KaParty     *party);
const char            *ka_party_get_name              (KaParty      party);
const char            *ka_claim_kind_to_string        (KaClaimKind  kind);
gboolean               ka_claim_kind_from_string      (const char  *string,
                                                       KaClaimKind *kind);

KaClaimSet            *ka_claim_set_new_from_resource (const char         *resource_path,
                                                       KaReport           *report,
                                                       GError            **error);
KaClaimSet            *ka_claim_set_ref               (KaClaimSet   *self);
void                   ka_claim_set_unref             (KaClaimSet   *self);

KaReport              *ka_claim_set_get_report        (KaClaimSet   *self);
guint                  ka_claim_set_get_n_claims      (KaClaimSet   *self);
KaClaim               *ka_claim_set_get_claim         (KaClaimSet   *self,
                                                       guint         index);
KaClaim               *ka_claim_set_find_claim        (KaClaimSet   *self,
                                                       const char   *id);
GPtrArray             *ka_claim_set_lookup            (KaClaimSet   *self,
                                                       const char   *island_id,
                                                       const char   *group);
guint                  ka_claim_set_get_n_notes       (KaClaimSet   *self);
const KaEditorialNote *ka_claim_set_get_note          (KaClaimSet   *self,
                                                       guint         index);
const char * const    *ka_claim_set_get_note_targets  (KaClaimSet   *self,
                                                       guint         index);
GPtrArray             *ka_claim_set_lookup_notes      (KaClaimSet   *self,
                                                       const char   *island_id,
                                                       const char   *group);

const char            *ka_claim_get_id                (KaClaim      *claim);
KaParty                ka_claim_get_party             (KaClaim      *claim);
KaClaimKind            ka_claim_get_kind              (KaClaim      *claim);
const char * const    *ka_claim_get_targets           (KaClaim      *claim);
gboolean               ka_claim_applies_to            (KaClaim      *claim,
                                                       const char   *island_id,
                                                       const char   *group);
const char            *ka_claim_get_status            (KaClaim      *claim);
char                  *ka_claim_format_status         (KaClaim      *claim,
                                                       gboolean      accessible);
const char            *ka_claim_get_argument          (KaClaim      *claim);
guint                  ka_claim_get_n_passages        (KaClaim      *claim);
const KaPassage       *ka_claim_get_passage           (KaClaim      *claim,
                                                       guint         index);
guint                  ka_claim_get_n_events          (KaClaim      *claim);
const KaEvent         *ka_claim_get_event             (KaClaim      *claim,
                                                       guint         index);
int                    ka_claim_get_first_year        (KaClaim      *claim);
guint                  ka_claim_get_n_notes           (KaClaim      *claim);
const KaEditorialNote *ka_claim_get_note              (KaClaim      *claim,
                                                       guint         index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaClaimSet, ka_claim_set_unref)

G_END_DECLS
