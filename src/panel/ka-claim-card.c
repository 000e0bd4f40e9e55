/* ka-claim-card.c — one party's claim to an island, with the report's words
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-claim-card"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ka-citation-row.h"
#include "ka-claim-card.h"
#include "ka-note-card.h"
#include "ka-panel-label.h"

struct _KaClaimCard
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget *marker;
  GtkLabel  *party_label;
  GtkLabel  *kind_label;
  GtkLabel  *later_label;
  GtkLabel  *status_label;
  GtkLabel  *argument_label;
  GtkBox    *passages_box;
  GtkGrid   *events_grid;
  GtkBox    *notes_box;

  /* Owned */
  KaClaimSet *set;

  /* Borrowed: the set owns it */
  KaClaim *claim;

  guint year;
};

G_DEFINE_FINAL_TYPE (KaClaimCard, ka_claim_card, GTK_TYPE_WIDGET)

static const char *
kind_get_name (KaClaimKind kind)
{
  switch (kind)
    {
    case KA_CLAIM_KIND_CLAIM:
      return _("Claim");
    case KA_CLAIM_KIND_POSITION:
      return _("Position");
    case KA_CLAIM_KIND_PROPOSAL:
      return _("Proposal");
    case KA_CLAIM_KIND_HISTORY:
      /* TRANSLATORS: the badge of a status a party held and no longer asserts */
      return _("History");
    default:
      g_return_val_if_reached (NULL);
    }
}

static GtkWidget *
passage_block_new (KaClaimCard     *self,
                   guint            index,
                   const KaPassage *passage)
{
  KaReport *report = ka_claim_set_get_report (self->set);
  g_autofree char *citation = ka_report_format_citation (report, passage->section, passage->paragraph);
  g_autofree char *button_label = NULL;
  GtkWidget *block, *quote, *cite, *button, *content;

  block = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (block, "ka-passage");

  /* The exact words, so that they can be found again in the report. */
  quote = ka_panel_label_new (passage->quote, "body", TRUE);
  gtk_widget_add_css_class (quote, "ka-quote");
  gtk_box_append (GTK_BOX (block), quote);

  cite = ka_panel_label_new (citation, "heading", FALSE);
  gtk_label_set_wrap_mode (GTK_LABEL (cite), PANGO_WRAP_WORD);
  gtk_widget_add_css_class (cite, "ka-citation");

  button = gtk_button_new ();
  content = adw_button_content_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "x-office-document-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Read in Report"));
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "ka-read-button");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), KA_CLAIM_CARD_READ_ACTION);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), KA_CLAIM_CARD_READ_ACTION_TYPE,
                                    ka_claim_get_id (self->claim), index);
  /* TRANSLATORS: accessible name of a button; %s is e.g. “The Record of Negotiations, ¶2” */
  button_label = g_strdup_printf (_("Read %s in the report"), citation);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, button_label,
                                  -1);
  gtk_widget_set_tooltip_text (button, button_label);

  gtk_box_append (GTK_BOX (block), ka_citation_row_new (cite, button));

  return block;
}

/* A label that already names its year (“2000–01: …”, “15 August 1945: …”)
 * or an approximate one (“Early 1800s: …”) needs no year beside it. */
static gboolean
event_needs_year (const KaEvent *event)
{
  char year[16];

  if (event->approximate)
    return FALSE;

  g_snprintf (year, sizeof year, "%d", event->year);
  return strstr (event->label, year) == NULL;
}

static void
add_event_row (KaClaimCard   *self,
               int            row,
               const KaEvent *event)
{
  GtkWidget *label = ka_panel_label_new (event->label, "body", FALSE);

  gtk_widget_add_css_class (label, "ka-event-label");
  gtk_widget_set_hexpand (label, TRUE);

  /* An event the report does not give (or not with this date) says so,
   * with where it is from, as an editorial note does. */
  if (event->source != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Source outside the report: %s"), event->source);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *source = ka_panel_label_new (text, "caption", FALSE);

      gtk_widget_add_css_class (source, "dim-label");
      gtk_widget_add_css_class (source, "ka-event-source");
      gtk_widget_set_hexpand (box, TRUE);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), source);
      label = box;
    }

  if (event_needs_year (event))
    {
      g_autofree char *year = g_strdup_printf ("%d", event->year);
      GtkWidget *year_label = gtk_label_new (year);

      gtk_label_set_xalign (GTK_LABEL (year_label), 0);
      gtk_widget_set_valign (year_label, GTK_ALIGN_START);
      gtk_widget_add_css_class (year_label, "heading");
      gtk_widget_add_css_class (year_label, "ka-event-year");
      gtk_grid_attach (self->events_grid, year_label, 0, row, 1, 1);
      gtk_grid_attach (self->events_grid, label, 1, row, 1, 1);
    }
  else
    {
      gtk_grid_attach (self->events_grid, label, 0, row, 2, 1);
    }
}

static void
update_later_label (KaClaimCard *self)
{
  int first = ka_claim_get_first_year (self->claim);

  if (first > (int) self->year)
    {
      /* TRANSLATORS: shown on a claim that rests on events after the year
       * the map shows, e.g. “Later than 1875: from 1945” */
      g_autofree char *text = g_strdup_printf (_("Later than %u: from %d"), self->year, first);

      gtk_label_set_text (self->later_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->later_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->later_label), FALSE);
    }
}

static void
ka_claim_card_fill (KaClaimCard *self)
{
  KaClaim *claim = self->claim;
  KaParty party = ka_claim_get_party (claim);
  g_autofree char *party_class = g_strdup_printf ("ka-party-%s", ka_party_to_string (party));
  g_autofree char *label = ka_claim_format_status (claim, TRUE);
  g_autofree char *status = ka_claim_format_status (claim, FALSE);
  guint i;

  gtk_widget_add_css_class (GTK_WIDGET (self), party_class);
  gtk_label_set_text (self->party_label, ka_party_get_name (party));
  gtk_label_set_text (self->kind_label, kind_get_name (ka_claim_get_kind (claim)));
  gtk_label_set_text (self->status_label, status);
  gtk_label_set_text (self->argument_label, ka_claim_get_argument (claim));

  for (i = 0; i < ka_claim_get_n_passages (claim); i++)
    gtk_box_append (self->passages_box,
                    passage_block_new (self, i, ka_claim_get_passage (claim, i)));

  for (i = 0; i < ka_claim_get_n_events (claim); i++)
    add_event_row (self, i, ka_claim_get_event (claim, i));

  for (i = 0; i < ka_claim_get_n_notes (claim); i++)
    gtk_box_append (self->notes_box, ka_note_row_new (ka_claim_get_note (claim, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->notes_box), ka_claim_get_n_notes (claim) > 0);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  update_later_label (self);
}

static void
ka_claim_card_dispose (GObject *object)
{
  KaClaimCard *self = KA_CLAIM_CARD (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KA_TYPE_CLAIM_CARD);
  /* The template's unnamed rows are children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->claim = NULL;
  g_clear_pointer (&self->set, ka_claim_set_unref);

  G_OBJECT_CLASS (ka_claim_card_parent_class)->dispose (object);
}

static void
ka_claim_card_class_init (KaClaimCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ka_claim_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/panel/ka-claim-card.ui");
  gtk_widget_class_bind_template_child (widget_class, KaClaimCard, marker);
  gtk_widget_class_bind_template_child (widget_class, KaClaimCard, party_label);
  gtk_widget_class_bind_template_child (widget_class, KaClaimCard, kind_label);
  gtk_widget_class_bind_template_child (widget_class, KaClaimCard, later_label);
  gtk_widget_class_bind_template_child (widget_class, KaClaimCard, status_label);
  gtk_widget_class_bind_template_child (widget_class, KaClaimCard, argument_label);
  gtk_widget_class_bind_template_child (widget_class, KaClaimCard, passages_box);
  gtk_widget_class_bind_template_child (widget_class, KaClaimCard, events_grid);
  gtk_widget_class_bind_template_child (widget_class, KaClaimCard, notes_box);

  gtk_widget_class_set_css_name (widget_class, "ka-claim-card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ka_claim_card_init (KaClaimCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ka_claim_card_new:
 * @set: the claims @claim belongs to, for the report it cites
 * @claim: the claim to show
 * @year: the year the map shows; a claim resting only on later events is
 *   marked as later, not hidden
 *
 * Each passage's “Read in Report” button activates
 * %KA_CLAIM_CARD_READ_ACTION with (claim id, passage index).
 *
 * Returns: (transfer floating): a new card
 */
GtkWidget *
ka_claim_card_new (KaClaimSet *set,
                   KaClaim    *claim,
                   guint       year)
{
  KaClaimCard *self;

  g_return_val_if_fail (set != NULL, NULL);
  g_return_val_if_fail (claim != NULL, NULL);

  self = g_object_new (KA_TYPE_CLAIM_CARD, NULL);
  self->set = ka_claim_set_ref (set);
  self->claim = claim;
  self->year = year;
  ka_claim_card_fill (self);

  return GTK_WIDGET (self);
}

KaClaim *
ka_claim_card_get_claim (KaClaimCard *self)
{
  g_return_val_if_fail (KA_IS_CLAIM_CARD (self), NULL);

  return self->claim;
}

guint
ka_claim_card_get_year (KaClaimCard *self)
{
  g_return_val_if_fail (KA_IS_CLAIM_CARD (self), 0);

  return self->year;
}

/**
 * ka_claim_card_set_year:
 * @year: the year the map now shows
 *
 * Updates the “Later than …” tag without rebuilding the card.
 */
void
ka_claim_card_set_year (KaClaimCard *self,
                        guint        year)
{
  g_return_if_fail (KA_IS_CLAIM_CARD (self));

  if (self->year == year)
    return;

  self->year = year;
  update_later_label (self);
}
