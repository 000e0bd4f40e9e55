/* ka-claim-card.h — one party's claim to an island, with the report's words
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ka-claims.h"

G_BEGIN_DECLS

/* The action a card's “Read in Report” buttons activate, with the claim's
 * id and the 0-based index of the passage: (claim id, passage index). */
#define KA_CLAIM_CARD_READ_ACTION      "panel.read-passage"
#define KA_CLAIM_CARD_READ_ACTION_TYPE "(su)"

#define KA_TYPE_CLAIM_CARD (ka_claim_card_get_type ())

G_DECLARE_FINAL_TYPE (KaClaimCard, ka_claim_card, KA, CLAIM_CARD, GtkWidget)

GtkWidget *ka_claim_card_new      (KaClaimSet  *set,
                                   KaClaim     *claim,
                                   guint        year);
KaClaim   *ka_claim_card_get_claim (KaClaimCard *self);
guint      ka_claim_card_get_year  (KaClaimCard *self);
void       ka_claim_card_set_year  (KaClaimCard *self,
                                    guint        year);

G_END_DECLS
