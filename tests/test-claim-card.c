/* test-claim-card.c — claim and note cards under Xvfb, on the bundled claims
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ka-claim-card.h"
#include "ka-claims.h"
#include "ka-note-card.h"
#include "ka-test-source.h"
#include "ka-test-window.h"

typedef struct
{
  GtkWidget  *window;
  GtkWidget  *box;
  KaReport   *report;
  KaClaimSet *set;
  GVariant   *read_parameter;
  guint       n_reads;
} Fixture;

static void
on_read_passage (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_clear_pointer (&fixture->read_parameter, g_variant_unref);
  fixture->read_parameter = g_variant_ref (parameter);
  fixture->n_reads++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) read = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *scroller;
  const int *size = data;

  fixture->report = ka_test_load_report ();
  fixture->set = ka_claim_set_new_from_resource (KA_CLAIMS_RESOURCE_PATH, fixture->report, &error);
  g_assert_no_error (error);

  /* Stands in for the side panel, which installs panel.read-passage. */
  read = g_simple_action_new ("read-passage", G_VARIANT_TYPE (KA_CLAIM_CARD_READ_ACTION_TYPE));
  g_signal_connect (read, "activate", G_CALLBACK (on_read_passage), fixture);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (read));

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), size[0], size[1]);
  gtk_widget_insert_action_group (fixture->window, "panel", G_ACTION_GROUP (group));

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  fixture->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (fixture->box, 18);
  gtk_widget_set_margin_end (fixture->box, 18);
  gtk_widget_set_margin_top (fixture->box, 18);
  gtk_widget_set_margin_bottom (fixture->box, 18);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), fixture->box);
  gtk_window_set_child (GTK_WINDOW (fixture->window), scroller);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_pointer (&fixture->read_parameter, g_variant_unref);
  g_clear_pointer (&fixture->set, ka_claim_set_unref);
  g_clear_pointer (&fixture->report, ka_report_unref);
}

static void
fixture_present (Fixture *fixture)
{
  gtk_window_present (GTK_WINDOW (fixture->window));
  ka_test_wait_frames (fixture->window, 3);
  g_assert_true (gtk_widget_get_mapped (fixture->box));
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  GtkWidget *child;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GPtrArray *
descendants (GtkWidget *widget,
             GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (widget, type, found);
  return found;
}

/* The shown labels whose text is exactly @text. */
static guint
count_labels (GtkWidget  *widget,
              const char *text,
              const char *css_class)
{
  g_autoptr(GPtrArray) labels = descendants (widget, GTK_TYPE_LABEL);
  guint n = 0, i;

  for (i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0 &&
          gtk_widget_is_visible (label) &&
          (css_class == NULL || gtk_widget_has_css_class (label, css_class)))
        n++;
    }
  return n;
}

/* The first label whose text is exactly @text. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(GPtrArray) labels = descendants (widget, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return g_ptr_array_index (labels, i);
  return NULL;
}

static GtkWidget *
find_read_button (GtkWidget  *card,
                  const char *claim_id,
                  guint       index)
{
  g_autoptr(GPtrArray) buttons = descendants (card, GTK_TYPE_BUTTON);
  g_autoptr(GVariant) wanted = g_variant_ref_sink (g_variant_new ("(su)", claim_id, index));
  guint i;

  for (i = 0; i < buttons->len; i++)
    {
      GtkActionable *button = g_ptr_array_index (buttons, i);
      GVariant *target = gtk_actionable_get_action_target_value (button);

      if (g_strcmp0 (gtk_actionable_get_action_name (button), "panel.read-passage") == 0 &&
          target != NULL && g_variant_equal (target, wanted))
        return GTK_WIDGET (button);
    }
  return NULL;
}

static GtkWidget *
find_later_tag (GtkWidget *card)
{
  g_autoptr(GPtrArray) labels = descendants (card, GTK_TYPE_LABEL);
  guint i;

  for (i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "ka-later-tag"))
      return g_ptr_array_index (labels, i);
  return NULL;
}

static GPtrArray *
add_cards (Fixture    *fixture,
           const char *island_id,
           const char *group,
           guint       year)
{
  g_autoptr(GPtrArray) claims = ka_claim_set_lookup (fixture->set, island_id, group);
  GPtrArray *cards = g_ptr_array_new ();
  guint i;

  for (i = 0; i < claims->len; i++)
    {
      GtkWidget *card = ka_claim_card_new (fixture->set, g_ptr_array_index (claims, i), year);

      gtk_box_append (GTK_BOX (fixture->box), card);
      g_ptr_array_add (cards, card);
    }
  return cards;
}

static void
test_iturup_cards (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = add_cards (fixture, "iturup", "southern-kurils", 1875);
  guint n_parties[KA_N_PARTIES] = { 0 };
  guint n_outside_events = 0;
  guint i, j;

  fixture_present (fixture);
  g_assert_cmpuint (cards->len, >=, 6);

  for (i = 0; i < cards->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (cards, i);
      KaClaim *claim = ka_claim_card_get_claim (KA_CLAIM_CARD (card));
      KaParty party = ka_claim_get_party (claim);

      n_parties[party]++;
      g_assert_true (gtk_widget_has_css_class (card, "card"));
      g_assert_true (gtk_widget_get_mapped (card));

      /* The party is named, not only coloured. */
      g_assert_cmpuint (count_labels (card, ka_party_get_name (party), "title-3"), ==, 1);
      /* The status reads as the party's view, the summary is headed as
       * the atlas's, and the report's words have their own heading. */
      {
        g_autofree char *status = NULL;
        GtkWidget *argument = find_label (card, ka_claim_get_argument (claim));
        GtkWidget *heading = argument != NULL ? gtk_widget_get_prev_sibling (argument) : NULL;

        if (ka_claim_get_kind (claim) == KA_CLAIM_KIND_CLAIM)
          status = g_strdup_printf ("%s holds: %s", ka_party_get_name (party), ka_claim_get_status (claim));
        else if (ka_claim_get_kind (claim) == KA_CLAIM_KIND_POSITION)
          status = g_strdup_printf ("Position of %s: %s", ka_party_get_name (party), ka_claim_get_status (claim));
        else
          status = g_strdup_printf ("Proposal by %s: %s", ka_party_get_name (party), ka_claim_get_status (claim));
        g_assert_cmpuint (count_labels (card, status, "ka-status"), ==, 1);
        g_assert_cmpuint (count_labels (card, ka_claim_get_argument (claim), NULL), ==, 1);
        g_assert_nonnull (heading);
        g_assert_true (GTK_IS_LABEL (heading));
        g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (heading)), ==, "Summary");
        g_assert_cmpuint (count_labels (card, "In the Report", "ka-card-heading"), ==, 1);
      }

      for (j = 0; j < ka_claim_get_n_passages (claim); j++)
        {
          const KaPassage *passage = ka_claim_get_passage (claim, j);
          g_autofree char *citation = ka_report_format_citation (fixture->report, passage->section,
                                                                 passage->paragraph);
          GtkWidget *button = find_read_button (card, ka_claim_get_id (claim), j);
          g_autoptr(GPtrArray) contents = NULL;

          /* The quotation word for word, selectable, and where it is. */
          g_assert_cmpuint (count_labels (card, passage->quote, "ka-quote"), >=, 1);
          g_assert_cmpuint (count_labels (card, citation, NULL), >=, 1);

          g_assert_nonnull (button);
          g_assert_true (gtk_widget_is_sensitive (button));
          contents = descendants (button, ADW_TYPE_BUTTON_CONTENT);
          g_assert_cmpuint (contents->len, ==, 1);
          g_assert_cmpstr (adw_button_content_get_label (g_ptr_array_index (contents, 0)), ==, "Read in Report");
        }
      {
        g_autoptr(GPtrArray) labels = descendants (card, GTK_TYPE_LABEL);
        guint n_selectable_quotes = 0;

        for (j = 0; j < labels->len; j++)
          if (gtk_widget_has_css_class (g_ptr_array_index (labels, j), "ka-quote") &&
              gtk_label_get_selectable (g_ptr_array_index (labels, j)))
            n_selectable_quotes++;
        g_assert_cmpuint (n_selectable_quotes, ==, ka_claim_get_n_passages (claim));
      }

      for (j = 0; j < ka_claim_get_n_events (claim); j++)
        {
          const KaEvent *event = ka_claim_get_event (claim, j);

          g_assert_cmpuint (count_labels (card, event->label, "ka-event-label"), ==, 1);
          /* An event from outside the report says where it is from. */
          if (event->source != NULL)
            {
              g_autofree char *source = g_strdup_printf ("Source outside the report: %s", event->source);

              g_assert_cmpuint (count_labels (card, source, "ka-event-source"), ==, 1);
              n_outside_events++;
            }
        }

      /* Every Iturup claim rests on events after 1875: marked, not hidden. */
      {
        GtkWidget *tag = find_later_tag (card);
        g_autofree char *expected = g_strdup_printf ("Later than 1875: from %d", ka_claim_get_first_year (claim));

        g_assert_true (gtk_widget_is_visible (card));
        g_assert_nonnull (tag);
        g_assert_true (gtk_widget_is_visible (tag));
        g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (tag)), ==, expected);
      }
    }

  g_assert_cmpuint (n_parties[KA_PARTY_JAPAN], >=, 3);
  g_assert_cmpuint (n_parties[KA_PARTY_RUSSIA], >=, 3);
  g_assert_cmpuint (n_parties[KA_PARTY_UNITED_STATES], >=, 1);
  /* Iturup's cards carry events from outside the report (Yalta's date of
   * annexation, the year Washington blocked the deal). */
  g_assert_cmpuint (n_outside_events, >=, 1);
}

static gboolean
read_once (gpointer data)
{
  return ((Fixture *) data)->n_reads > 0;
}

static void
test_read_in_report (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = add_cards (fixture, "iturup", "southern-kurils", 1945);
  const char *claim_id;
  GtkWidget *card, *button;
  const char *id;
  guint index;

  fixture_present (fixture);

  card = g_ptr_array_index (cards, 1);
  claim_id = ka_claim_get_id (ka_claim_card_get_claim (KA_CLAIM_CARD (card)));
  button = find_read_button (card, claim_id, 2);
  g_assert_nonnull (button);

  /* As Space or Enter would: the button shows itself pressed, then clicks. */
  g_assert_true (gtk_widget_activate (button));
  ka_test_wait_until (read_once, fixture, 5000);
  g_assert_cmpuint (fixture->n_reads, ==, 1);
  g_assert_nonnull (fixture->read_parameter);
  g_assert_true (g_variant_is_of_type (fixture->read_parameter, G_VARIANT_TYPE ("(su)")));
  g_variant_get (fixture->read_parameter, "(&su)", &id, &index);
  g_assert_cmpstr (id, ==, claim_id);
  g_assert_cmpuint (index, ==, 2);
}

/* Depth-one shape of a card: its rows, their kind and style, whether the
 * data fills them or not. Claims of the two sides must not differ in it. */
static char *
card_shape (GtkWidget *card)
{
  GString *shape = g_string_new (NULL);
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (card); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      g_auto(GStrv) classes = gtk_widget_get_css_classes (child);
      g_autofree char *joined = g_strjoinv (".", classes);

      g_string_append_printf (shape, "%s[%s];", G_OBJECT_TYPE_NAME (child), joined);
    }
  return g_string_free (shape, FALSE);
}

static void
test_same_structure (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = add_cards (fixture, "kunashir", "southern-kurils", 2000);
  g_autofree char *japan_shape = NULL;
  g_autofree char *russia_shape = NULL;
  int japan_width = -1, russia_width = -1;
  guint i;

  fixture_present (fixture);

  for (i = 0; i < cards->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (cards, i);
      KaClaim *claim = ka_claim_card_get_claim (KA_CLAIM_CARD (card));
      g_autofree char *shape = card_shape (card);

      if (ka_claim_get_kind (claim) != KA_CLAIM_KIND_CLAIM)
        continue;
      if (ka_claim_get_party (claim) == KA_PARTY_JAPAN)
        {
          if (japan_shape == NULL)
            japan_shape = g_strdup (shape);
          g_assert_cmpstr (shape, ==, japan_shape);
          japan_width = gtk_widget_get_width (card);
        }
      else if (ka_claim_get_party (claim) == KA_PARTY_RUSSIA)
        {
          if (russia_shape == NULL)
            russia_shape = g_strdup (shape);
          russia_width = gtk_widget_get_width (card);
        }
    }

  g_assert_nonnull (japan_shape);
  g_assert_nonnull (russia_shape);
  g_assert_cmpstr (japan_shape, ==, russia_shape);
  g_assert_cmpint (japan_width, >, 0);
  g_assert_cmpint (japan_width, ==, russia_width);
}

static void
test_later_tag (Fixture       *fixture,
                gconstpointer  data)
{
  KaClaim *formula = ka_claim_set_find_claim (fixture->set, "two-island-formula-1956");
  KaClaim *before_1875 = ka_claim_set_find_claim (fixture->set, "russia-before-1875");
  GtkWidget *card, *tag, *early_card;

  g_assert_cmpint (ka_claim_get_first_year (formula), ==, 1956);

  card = ka_claim_card_new (fixture->set, formula, 1875);
  early_card = ka_claim_card_new (fixture->set, before_1875, 1875);
  gtk_box_append (GTK_BOX (fixture->box), card);
  gtk_box_append (GTK_BOX (fixture->box), early_card);
  fixture_present (fixture);

  tag = find_later_tag (card);
  g_assert_true (gtk_widget_is_visible (tag));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (tag)), ==, "Later than 1875: from 1956");

  ka_claim_card_set_year (KA_CLAIM_CARD (card), 1945);
  g_assert_true (gtk_widget_is_visible (tag));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (tag)), ==, "Later than 1945: from 1956");

  ka_claim_card_set_year (KA_CLAIM_CARD (card), 1956);
  g_assert_false (gtk_widget_is_visible (tag));
  ka_claim_card_set_year (KA_CLAIM_CARD (card), 2000);
  g_assert_false (gtk_widget_is_visible (tag));
  g_assert_cmpuint (ka_claim_card_get_year (KA_CLAIM_CARD (card)), ==, 2000);
  g_assert_true (gtk_widget_is_visible (card));

  /* Expansion in the early 1800s is not later than 1875. */
  g_assert_false (gtk_widget_is_visible (find_later_tag (early_card)));
}

static GtkWidget *
find_note (GtkWidget *widget)
{
  g_autoptr(GPtrArray) boxes = descendants (widget, GTK_TYPE_BOX);
  guint i;

  for (i = 0; i < boxes->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (boxes, i), "ka-note"))
      return g_ptr_array_index (boxes, i);
  return NULL;
}

static void
assert_note_shown (GtkWidget             *widget,
                   const KaEditorialNote *note)
{
  g_autofree char *source = g_strdup_printf ("Source: %s", note->source);
  g_autofree char *heading = g_strdup_printf ("Editorial note · %d", note->year);

  g_assert_cmpuint (count_labels (widget, note->text, NULL), ==, 1);
  g_assert_cmpuint (count_labels (widget, source, NULL), ==, 1);
  g_assert_cmpuint (count_labels (widget, heading, NULL), ==, 1);
}

static void
test_notes (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) notes = ka_claim_set_lookup_notes (fixture->set, "iturup", "southern-kurils");
  KaClaim *claim = ka_claim_set_find_claim (fixture->set, "two-island-formula-1956");
  const KaEditorialNote *shimoda = NULL;
  GtkWidget *note_card, *claim_card, *in_card, *in_note_card;
  guint i;

  for (i = 0; i < notes->len; i++)
    if (g_strcmp0 (((const KaEditorialNote *) g_ptr_array_index (notes, i))->id, "shimoda-1855-kurils") == 0)
      shimoda = g_ptr_array_index (notes, i);
  g_assert_nonnull (shimoda);

  note_card = ka_note_card_new (shimoda);
  claim_card = ka_claim_card_new (fixture->set, claim, 1956);
  gtk_box_append (GTK_BOX (fixture->box), note_card);
  gtk_box_append (GTK_BOX (fixture->box), claim_card);
  fixture_present (fixture);

  g_assert_true (gtk_widget_has_css_class (note_card, "card"));
  assert_note_shown (note_card, shimoda);

  /* The claim's notes are built the same way, apart from its quotations. */
  g_assert_cmpuint (ka_claim_get_n_notes (claim), ==, 3);
  for (i = 0; i < ka_claim_get_n_notes (claim); i++)
    assert_note_shown (claim_card, ka_claim_get_note (claim, i));
  in_card = find_note (claim_card);
  in_note_card = find_note (note_card);
  g_assert_nonnull (in_card);
  g_assert_nonnull (in_note_card);
  g_assert_cmpstr (G_OBJECT_TYPE_NAME (in_card), ==, G_OBJECT_TYPE_NAME (in_note_card));
  g_assert_cmpuint (count_labels (in_card, "Editorial note · 1956", "heading"), ==, 1);
  g_assert_cmpuint (count_labels (in_card, ka_claim_get_passage (claim, 0)->quote, NULL), ==, 0);
}

/* At a phone-sized panel nothing spills out of its card, and each
 * citation keeps its words whole. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = add_cards (fixture, "kunashir", "southern-kurils", 1875);
  guint n_stacked = 0;
  guint i, j;

  fixture_present (fixture);

  for (i = 0; i < cards->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (cards, i);
      g_autoptr(GPtrArray) widgets = descendants (card, GTK_TYPE_WIDGET);
      graphene_rect_t card_bounds;

      g_assert_true (gtk_widget_compute_bounds (card, card, &card_bounds));
      g_assert_cmpfloat (card_bounds.size.width, <=, 360);

      for (j = 0; j < widgets->len; j++)
        {
          GtkWidget *widget = g_ptr_array_index (widgets, j);
          graphene_rect_t bounds;

          if (widget == card || !gtk_widget_get_mapped (widget))
            continue;
          g_assert_true (gtk_widget_compute_bounds (widget, card, &bounds));
          g_assert_cmpfloat (bounds.origin.x, >=, 0);
          g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, card_bounds.size.width + 0.5);

          if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "ka-citation"))
            {
              PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));
              GtkWidget *button = gtk_widget_get_next_sibling (widget);
              graphene_rect_t button_bounds;
              const char *text = gtk_label_get_text (GTK_LABEL (widget));

              /* No word broken in two: every line break falls at a space. */
              {
                PangoLayoutIter *iter = pango_layout_get_iter (layout);

                while (pango_layout_iter_next_line (iter))
                  {
                    int index = pango_layout_iter_get_index (iter);

                    g_assert_cmpint (text[index - 1], ==, ' ');
                  }
                pango_layout_iter_free (iter);
              }

              /* Beside the citation if it fits there whole, else below. */
              g_assert_true (GTK_IS_BUTTON (button));
              g_assert_true (gtk_widget_compute_bounds (button, card, &button_bounds));
              if (button_bounds.origin.y >= bounds.origin.y + bounds.size.height)
                n_stacked++;
              else
                g_assert_cmpfloat (button_bounds.origin.x, >=, bounds.origin.x + bounds.size.width);
            }
        }
    }

  /* “The Record of Negotiations, ¶1” does not fit beside its button. */
  g_assert_cmpuint (n_stacked, >, 0);
}

/* In a wide panel the button sits beside its citation. */
static void
test_wide (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = add_cards (fixture, "kunashir", "southern-kurils", 1875);
  g_autoptr(GPtrArray) labels = NULL;
  guint i, n = 0;

  fixture_present (fixture);
  labels = descendants (g_ptr_array_index (cards, 0), GTK_TYPE_LABEL);

  for (i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      GtkWidget *button = gtk_widget_get_next_sibling (label);
      graphene_rect_t label_bounds, button_bounds;

      if (!gtk_widget_has_css_class (label, "ka-citation"))
        continue;
      g_assert_true (gtk_widget_compute_bounds (label, fixture->box, &label_bounds));
      g_assert_true (gtk_widget_compute_bounds (button, fixture->box, &button_bounds));
      g_assert_cmpfloat (button_bounds.origin.x, >=, label_bounds.origin.x + label_bounds.size.width);
      g_assert_cmpfloat (button_bounds.origin.y, <, label_bounds.origin.y + label_bounds.size.height);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  static const int wide[] = { 560, 900 };
  static const int narrow[] = { 360, 800 };

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/claim-card/iturup", Fixture, wide, fixture_set_up, test_iturup_cards, fixture_tear_down);
  g_test_add ("/claim-card/read-in-report", Fixture, wide, fixture_set_up, test_read_in_report, fixture_tear_down);
  g_test_add ("/claim-card/same-structure", Fixture, wide, fixture_set_up, test_same_structure, fixture_tear_down);
  g_test_add ("/claim-card/later-tag", Fixture, wide, fixture_set_up, test_later_tag, fixture_tear_down);
  g_test_add ("/claim-card/notes", Fixture, wide, fixture_set_up, test_notes, fixture_tear_down);
  g_test_add ("/claim-card/narrow", Fixture, narrow, fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/claim-card/wide", Fixture, wide, fixture_set_up, test_wide, fixture_tear_down);

  return g_test_run ();
}
