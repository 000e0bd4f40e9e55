/* ka-side-panel.c — the panel beside the map: the selected island and the claims to it
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-side-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ka-claim-card.h"
#include "ka-fill-swatch.h"
#include "ka-island-row.h"
#include "ka-note-card.h"
#include "ka-report-view.h"
#include "ka-side-panel.h"

struct _KaSidePanel
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack *stack;
  GtkWidget *empty_page;
  GtkScrolledWindow *island_scroller;
  GtkLabel *name_label;
  GtkLabel *other_names_label;
  GtkLabel *facts_label;
  GtkLabel *today_label;
  GtkListBox *holders_list;
  GtkWidget *claims_section;
  GtkBox *claims_box;
  GtkLabel *results_title;
  GtkListBox *results_list;
  GtkListBox *islands_list;
  KaReportView *report_view;

  /* Owned */
  KaAtlas *atlas;
  KaState *state;
  GSignalGroup *state_signals;
  GPtrArray *results;
};

G_DEFINE_FINAL_TYPE (KaSidePanel, ka_side_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
group_label (KaIslandGroup group)
{
  switch (group)
    {
    case KA_ISLAND_GROUP_NORTHERN_KURILS:
      return _("Northern Kuril Islands");
    case KA_ISLAND_GROUP_CENTRAL_KURILS:
      return _("Central Kuril Islands");
    case KA_ISLAND_GROUP_SOUTHERN_KURILS:
      /* Neither side's name for them: Russia counts them among the
       * Kurils, Japan holds they never were. */
      return _("Disputed Southern Islands");
    case KA_ISLAND_GROUP_HABOMAI:
      return _("Habomai Islands");
    case KA_ISLAND_GROUP_CONTEXT:
    default:
      return _("Neighbouring land");
    }
}

/* Who held it, in the words of that year: the Russian Empire is not the
 * Soviet Union, and Japan's claim only dates from 1945. */
static char *
holder_text (KaIsland *island,
             guint     year_index)
{
  guint year = ka_years[year_index];

  switch (ka_island_get_holder (island, year_index))
    {
    case KA_HOLDER_JAPAN:
      return g_strdup (_("Japan"));
    case KA_HOLDER_UNDIVIDED:
      return g_strdup (_("Undivided: open to both Japan and Russia"));
    case KA_HOLDER_RUSSIA:
    default:
      if (year < 1945)
        return g_strdup (_("Russian Empire"));
      if (ka_island_is_claimed_by (island, KA_HOLDER_JAPAN))
        return g_strdup (_("Soviet Union, now Russia; claimed by Japan"));
      return g_strdup (_("Soviet Union, now Russia"));
    }
}

/* The island today, first of all: who holds it, and whether anyone
 * claims it from them, in the words of the two sides alike. */
static const char *
today_text (KaIsland *island)
{
  if (ka_island_get_holder (island, KA_N_YEARS - 1) == KA_HOLDER_JAPAN)
    return _("Held by Japan · No claim today");
  if (ka_island_is_claimed_by (island, KA_HOLDER_JAPAN))
    return _("Held by Russia · Claimed by Japan");
  return _("Held by Russia · No claim today");
}

static GtkWidget *
make_holder_row (KaSidePanel *self,
                 KaIsland    *island,
                 guint        year_index)
{
  g_autofree char *holder = holder_text (island, year_index);
  g_autofree char *year = g_strdup_printf ("%u", ka_years[year_index]);
  gboolean current = ka_years[year_index] == ka_state_get_year (self->state);
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), year);
  adw_action_row_set_subtitle (row, holder);
  adw_action_row_add_prefix (row, ka_fill_swatch_new (ka_layer_style_fill_for (island, year_index)));

  if (current)
    {
      GtkWidget *tag = gtk_label_new (_("On the map"));

      gtk_widget_add_css_class (tag, "ka-tag");
      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (row, tag);
      gtk_widget_add_css_class (GTK_WIDGET (row), "ka-current-year");
    }

  return GTK_WIDGET (row);
}

static void
remove_all_children (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static char *
other_names (KaIsland *island,
             KaNaming  naming,
             gboolean  native)
{
  /* In a script of its own, the title is followed by the Latin names and
   * the other script's. */
  if (native)
    return g_strdup_printf ("%s · %s", ka_island_get_name (island, KA_NAMING_BOTH),
                            naming == KA_NAMING_JAPANESE ? ka_island_get_name_ru (island)
                                                         : ka_island_get_name_ja (island));

  /* Whatever the naming, every script is shown here once. */
  switch (naming)
    {
    case KA_NAMING_JAPANESE:
      return g_strdup_printf ("%s · %s", ka_island_get_name_ja (island), ka_island_get_name_ru (island));
    case KA_NAMING_RUSSIAN:
      return g_strdup_printf ("%s · %s (%s)", ka_island_get_name_ru (island),
                              ka_island_get_name_ja (island), ka_island_get_name_ja_latn (island));
    case KA_NAMING_BOTH:
    default:
      return g_strdup_printf ("%s · %s", ka_island_get_name_ru (island), ka_island_get_name_ja (island));
    }
}

/* Each party's claims as cards of one shape, then the editorial notes on
 * what the report does not discuss. */
static void
show_claims (KaSidePanel *self,
             KaIsland    *island)
{
  KaClaimSet *claims = ka_atlas_get_claims (self->atlas);
  const char *group = ka_island_group_to_string (ka_island_get_group (island));
  g_autoptr(GPtrArray) found = ka_claim_set_lookup (claims, ka_island_get_id (island), group);
  g_autoptr(GPtrArray) notes = ka_claim_set_lookup_notes (claims, ka_island_get_id (island), group);

  remove_all_children (GTK_WIDGET (self->claims_box));

  for (guint i = 0; i < found->len; i++)
    gtk_box_append (self->claims_box,
                    ka_claim_card_new (claims, g_ptr_array_index (found, i), ka_state_get_year (self->state)));

  for (guint i = 0; i < notes->len; i++)
    gtk_box_append (self->claims_box, ka_note_card_new (g_ptr_array_index (notes, i)));

  gtk_widget_set_visible (self->claims_section, found->len + notes->len > 0);
}

static void
show_island (KaSidePanel *self,
             KaIsland    *island)
{
  KaNaming naming = ka_state_get_naming (self->state);
  g_autofree char *names = other_names (island, naming, ka_state_get_native_names (self->state));
  g_autofree char *area = NULL;
  g_autofree char *facts = NULL;

  gtk_label_set_label (self->name_label, ka_state_get_island_name (self->state, island));
  gtk_label_set_label (self->other_names_label, names);

  /* Translators: an area in square kilometres, e.g. "3,139 km²" */
  area = g_strdup_printf (_("%'.0f km²"), ka_island_get_area_km2 (island));
  facts = g_strdup_printf ("%s · %s", group_label (ka_island_get_group (island)), area);
  gtk_label_set_label (self->facts_label, facts);
  gtk_label_set_label (self->today_label, today_text (island));

  remove_all_children (GTK_WIDGET (self->holders_list));
  for (guint i = 0; i < KA_N_YEARS; i++)
    gtk_list_box_append (self->holders_list, make_holder_row (self, island, i));

  show_claims (self, island);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ka_state_get_island_name (self->state, island),
                                  -1);
  gtk_stack_set_visible_child_name (self->stack, "island");
}

static GtkWidget *make_island_row (KaSidePanel *self,
                                   KaIsland    *island);

/* Every island as a row: how keyboard and screen reader users reach
 * what others click on the map. */
static void
fill_islands_list (KaSidePanel *self)
{
  KaIslandSet *islands;

  remove_all_children (GTK_WIDGET (self->islands_list));
  if (self->atlas == NULL)
    return;

  islands = ka_atlas_get_islands (self->atlas);
  for (guint i = 0; i < ka_island_set_get_n_items (islands); i++)
    gtk_list_box_append (self->islands_list, make_island_row (self, ka_island_set_get_nth (islands, i)));
}

static void
on_island_row_activated (KaSidePanel   *self,
                         GtkListBoxRow *row)
{
  KaIsland *island = ka_island_set_get_nth (ka_atlas_get_islands (self->atlas),
                                            gtk_list_box_row_get_index (row));
  g_autofree char *id = g_strdup (ka_island_get_id (island));

  ka_state_set_selected_island (self->state, id);
}

static const char *
selected_island (KaSidePanel *self)
{
  return self->state != NULL ? ka_state_get_selected_island (self->state) : NULL;
}

static void
update (KaSidePanel *self)
{
  KaIsland *island = NULL;

  if (self->results != NULL || self->state == NULL)
    return;

  if (self->atlas != NULL && selected_island (self) != NULL)
    island = ka_island_set_lookup (ka_atlas_get_islands (self->atlas), selected_island (self));

  if (island == NULL)
    {
      fill_islands_list (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  show_island (self, island);
}

static void
on_selected_island_changed (KaSidePanel *self)
{
  update (self);

  /* A new island starts at its top, not where the last one was scrolled. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->island_scroller), 0);
}

static void
read_passage_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KaSidePanel *self = KA_SIDE_PANEL (widget);
  const char *claim_id;
  guint index;
  KaClaim *claim;
  const KaPassage *passage;

  if (self->atlas == NULL)
    return;

  g_variant_get (parameter, "(&su)", &claim_id, &index);
  claim = ka_claim_set_find_claim (ka_atlas_get_claims (self->atlas), claim_id);
  if (claim == NULL || index >= ka_claim_get_n_passages (claim))
    {
      g_warning ("No passage %u in claim “%s”", index, claim_id);
      return;
    }

  passage = ka_claim_get_passage (claim, index);
  gtk_stack_set_visible_child_name (self->stack, "report");
  ka_report_view_show_passage (self->report_view, passage->section, passage->paragraph,
                               passage->start, passage->end);
}

/* Back from the report to the island, scrolled where it was. */
static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KaSidePanel *self = KA_SIDE_PANEL (widget);

  gtk_stack_set_visible_child_name (self->stack, selected_island (self) ? "island" : "empty");
}

static void
on_result_activated (KaSidePanel   *self,
                     GtkListBoxRow *row)
{
  KaIsland *island = g_ptr_array_index (self->results, gtk_list_box_row_get_index (row));
  g_autofree char *id = g_strdup (ka_island_get_id (island));

  ka_side_panel_search (self, NULL);
  ka_state_set_selected_island (self->state, id);
}

static void
ka_side_panel_dispose (GObject *object)
{
  KaSidePanel *self = (KaSidePanel *)object;

  g_signal_group_set_target (self->state_signals, NULL);
  g_clear_object (&self->state);
  gtk_widget_dispose_template (GTK_WIDGET (object), KA_TYPE_SIDE_PANEL);

  G_OBJECT_CLASS (ka_side_panel_parent_class)->dispose (object);
}

static void
ka_side_panel_finalize (GObject *object)
{
  KaSidePanel *self = (KaSidePanel *)object;

  g_clear_pointer (&self->atlas, ka_atlas_unref);
  g_clear_object (&self->state_signals);
  g_clear_pointer (&self->results, g_ptr_array_unref);

  G_OBJECT_CLASS (ka_side_panel_parent_class)->finalize (object);
}

static void
ka_side_panel_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KaSidePanel *self = KA_SIDE_PANEL (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ka_side_panel_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KaSidePanel *self = KA_SIDE_PANEL (object);

  switch (prop_id)
    {
    case PROP_STATE:
      ka_side_panel_set_state (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ka_side_panel_class_init (KaSidePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ka_side_panel_dispose;
  object_class->finalize = ka_side_panel_finalize;
  object_class->get_property = ka_side_panel_get_property;
  object_class->set_property = ka_side_panel_set_property;

  /* The selected island is shown, the year's row marked, later claims
   * say so; a row clicked selects in the state. */
  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL,
                         KA_TYPE_STATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KA_TYPE_FILL_SWATCH);
  g_type_ensure (KA_TYPE_REPORT_VIEW);

  gtk_widget_class_install_action (widget_class, KA_CLAIM_CARD_READ_ACTION,
                                   KA_CLAIM_CARD_READ_ACTION_TYPE, read_passage_action);
  gtk_widget_class_install_action (widget_class, KA_REPORT_VIEW_BACK_ACTION, NULL, back_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/panel/ka-side-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, stack);
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, island_scroller);
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, name_label);
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, other_names_label);
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, facts_label);
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, today_label);
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, holders_list);
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, claims_section);
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, claims_box);
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, results_title);
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, results_list);
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, report_view);
  gtk_widget_class_bind_template_child (widget_class, KaSidePanel, islands_list);
  gtk_widget_class_bind_template_callback (widget_class, on_island_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ka-side-panel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ka_side_panel_init (KaSidePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->state_signals = g_signal_group_new (KA_TYPE_STATE);
  g_signal_group_connect_swapped (self->state_signals, "notify::selected-island",
                                  G_CALLBACK (on_selected_island_changed), self);
  g_signal_group_connect_swapped (self->state_signals, "notify::year", G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->state_signals, "notify::naming", G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->state_signals, "notify::native-names", G_CALLBACK (update), self);
}

GtkWidget *
ka_side_panel_new (void)
{
  return g_object_new (KA_TYPE_SIDE_PANEL, NULL);
}

void
ka_side_panel_set_atlas (KaSidePanel *self,
                         KaAtlas     *atlas)
{
  g_return_if_fail (KA_IS_SIDE_PANEL (self));

  if (self->atlas == atlas)
    return;

  g_clear_pointer (&self->atlas, ka_atlas_unref);
  self->atlas = atlas ? ka_atlas_ref (atlas) : NULL;
  ka_report_view_set_report (self->report_view, atlas ? ka_atlas_get_report (atlas) : NULL);
  update (self);
}

void
ka_side_panel_set_state (KaSidePanel *self,
                         KaState     *state)
{
  g_return_if_fail (KA_IS_SIDE_PANEL (self));
  g_return_if_fail (state == NULL || KA_IS_STATE (state));

  if (!g_set_object (&self->state, state))
    return;

  g_signal_group_set_target (self->state_signals, state);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/* A row that selects @island: its name, its other names, and who
 * holds it in the year on the map. */
static GtkWidget *
make_island_row (KaSidePanel *self,
                 KaIsland    *island)
{
  guint year = ka_state_get_year (self->state);
  int year_index = ka_year_index (year);
  KaNaming naming = ka_state_get_naming (self->state);
  g_autofree char *names = other_names (island, naming, ka_state_get_native_names (self->state));
  g_autofree char *holder = holder_text (island, MAX (year_index, 0));
  g_autofree char *held = g_strdup_printf ("%u: %s", year, holder);

  return ka_island_row_new (ka_state_get_island_name (self->state, island), names, held,
                            ka_layer_style_fill_for (island, MAX (year_index, 0)));
}

void
ka_side_panel_search (KaSidePanel *self,
                      const char  *text)
{
  g_autofree char *title = NULL;

  g_return_if_fail (KA_IS_SIDE_PANEL (self));

  g_clear_pointer (&self->results, g_ptr_array_unref);
  remove_all_children (GTK_WIDGET (self->results_list));

  if (text == NULL || *text == '\0' || self->atlas == NULL)
    {
      update (self);
      return;
    }

  self->results = ka_island_set_search (ka_atlas_get_islands (self->atlas), text);
  for (guint i = 0; i < self->results->len; i++)
    gtk_list_box_append (self->results_list, make_island_row (self, g_ptr_array_index (self->results, i)));

  if (self->results->len == 0)
    title = g_strdup_printf (_("No island is called “%s”"), text);
  else
    title = g_strdup_printf (ngettext ("%u island matches “%s”", "%u islands match “%s”",
                                       self->results->len),
                             self->results->len, text);
  gtk_label_set_label (self->results_title, title);
  gtk_widget_set_visible (GTK_WIDGET (self->results_list), self->results->len > 0);
  gtk_stack_set_visible_child_name (self->stack, "search");
}

gboolean
ka_side_panel_activate_first_result (KaSidePanel *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (KA_IS_SIDE_PANEL (self), FALSE);

  if (self->results == NULL || self->results->len == 0)
    return FALSE;

  row = gtk_list_box_get_row_at_index (self->results_list, 0);
  on_result_activated (self, row);

  return TRUE;
}

const char *
ka_side_panel_get_page (KaSidePanel *self)
{
  g_return_val_if_fail (KA_IS_SIDE_PANEL (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * ka_side_panel_find:
 *
 * Ctrl+F with the focus in the panel: while the report is shown, its own
 * find bar takes it, for that is what the reader is looking at.
 *
 * Returns: whether the panel had something to search
 */
gboolean
ka_side_panel_find (KaSidePanel *self)
{
  g_return_val_if_fail (KA_IS_SIDE_PANEL (self), FALSE);

  if (g_strcmp0 (ka_side_panel_get_page (self), "report") != 0)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self->report_view), "report.find", NULL);
}

/**
 * ka_side_panel_close_innermost:
 *
 * Esc: closes what was opened last in the panel, the report's search
 * before the report itself.
 *
 * Returns: whether something was closed
 */
gboolean
ka_side_panel_close_innermost (KaSidePanel *self)
{
  g_return_val_if_fail (KA_IS_SIDE_PANEL (self), FALSE);

  if (g_strcmp0 (ka_side_panel_get_page (self), "report") != 0)
    return FALSE;

  if (!ka_report_view_end_search (self->report_view))
    gtk_widget_activate_action (GTK_WIDGET (self), KA_REPORT_VIEW_BACK_ACTION, NULL);

  return TRUE;
}
