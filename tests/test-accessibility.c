/* test-accessibility.c — every control of a real window has a name and a role
 *
 * The walk below visits every widget a user can see and checks each one
 * that takes focus or can be activated: it must have an accessible name,
 * worked out the way a screen reader gets it (the label property, a
 * labelled-by relation, or for buttons and rows the text they hold), and
 * a role that says what it does.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ka-claim-card.h"
#include "ka-island-row.h"
#include "ka-side-panel.h"
#include "ka-test-window.h"

static KaApplication *app;

/* Roles that may take their name from the text inside them (WAI-ARIA's
 * "name from content"): buttons show their label, rows their title. */
static const GtkAccessibleRole named_by_content[] = {
  GTK_ACCESSIBLE_ROLE_BUTTON, GTK_ACCESSIBLE_ROLE_CHECKBOX,
  GTK_ACCESSIBLE_ROLE_RADIO, GTK_ACCESSIBLE_ROLE_SWITCH, GTK_ACCESSIBLE_ROLE_LINK,
  GTK_ACCESSIBLE_ROLE_MENU_ITEM, GTK_ACCESSIBLE_ROLE_MENU_ITEM_CHECKBOX,
  GTK_ACCESSIBLE_ROLE_MENU_ITEM_RADIO, GTK_ACCESSIBLE_ROLE_TAB, GTK_ACCESSIBLE_ROLE_ROW,
  GTK_ACCESSIBLE_ROLE_LIST_ITEM, GTK_ACCESSIBLE_ROLE_CELL, GTK_ACCESSIBLE_ROLE_LABEL,
#if GTK_CHECK_VERSION (4, 10, 0)
  GTK_ACCESSIBLE_ROLE_TOGGLE_BUTTON,
#endif
};

/* Roles that tell a screen reader nothing about what a control does. */
static const GtkAccessibleRole meaningless[] = {
  GTK_ACCESSIBLE_ROLE_NONE, GTK_ACCESSIBLE_ROLE_GENERIC, GTK_ACCESSIBLE_ROLE_PRESENTATION,
  GTK_ACCESSIBLE_ROLE_WIDGET,
};

static gboolean
role_in (GtkAccessibleRole        role,
         const GtkAccessibleRole *roles,
         gsize                    n_roles)
{
  for (gsize i = 0; i < n_roles; i++)
    if (roles[i] == role)
      return TRUE;

  return FALSE;
}

/* GTK 4.8 has no public getter for a property's value, but checking it
 * against the empty string hands back the value whenever it differs. */
static gboolean
has_nonempty_label (GtkWidget *widget)
{
  g_autofree char *differs = NULL;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;

  differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "");

  return differs != NULL;
}

/* Whether @widget or anything visible in it shows or names some text. */
static gboolean
has_text_content (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget))
    return FALSE;

  if (has_nonempty_label (widget))
    return TRUE;
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (has_text_content (child))
      return TRUE;

  return FALSE;
}

/* Whether @widget is labelled by a widget that names something. GTK 4.8
 * relates a button to its child, even an icon with no name, so the
 * relation alone proves nothing; and it has no getter for the widget
 * related, so each candidate is checked against it in turn. */
static gboolean
is_labelled_by_text (GtkWidget *widget)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();

  if (!gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return FALSE;

  ka_test_collect_descendants (GTK_WIDGET (gtk_widget_get_root (widget)), GTK_TYPE_WIDGET, candidates);
  for (guint i = 0; i < candidates->len; i++)
    {
      GtkWidget *candidate = g_ptr_array_index (candidates, i);
      g_autofree char *differs = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                                                     GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                                     candidate, NULL);

      if (differs == NULL)
        return has_text_content (candidate);
    }

  return FALSE;
}

static gboolean
has_accessible_name (GtkWidget *widget)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));

  if (has_nonempty_label (widget) || is_labelled_by_text (widget))
    return TRUE;

  return role_in (role, named_by_content, G_N_ELEMENTS (named_by_content)) && has_text_content (widget);
}

/* The control a user operates when @widget has focus: an entry's text,
 * a menu button's inner button, the list inside a combo row and the
 * scroller of a preferences page act for the widget around them. */
static GtkWidget *
get_control (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);
  GtkWidget *combo_row = gtk_widget_get_ancestor (widget, ADW_TYPE_COMBO_ROW);

  if (GTK_IS_TEXT (widget) && parent != NULL && GTK_IS_EDITABLE (parent))
    return parent;
  if (parent != NULL && (GTK_IS_MENU_BUTTON (parent) || ADW_IS_PREFERENCES_PAGE (parent)))
    return parent;
  if (combo_row != NULL)
    return combo_row;

  return widget;
}

static gboolean
is_control (GtkWidget *widget)
{
  /* GTK's own scroller in a menu: the keyboard moves through the items,
   * and the application has no say over it. */
  if (GTK_IS_SCROLLED_WINDOW (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER_MENU) != NULL)
    return FALSE;

  return gtk_widget_get_focusable (widget) ||
         GTK_IS_BUTTON (widget) ||
         GTK_IS_MENU_BUTTON (widget) ||
         GTK_IS_SWITCH (widget) ||
         GTK_IS_EDITABLE (widget) ||
         (GTK_IS_LIST_BOX_ROW (widget) && gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)));
}

/* What each kind of control must say it is. GTK 4.8 has no toggle
 * button role, and gives toggle buttons "button" with a pressed state;
 * GTK 4.10 gives them "toggle-button". */
#if GTK_CHECK_VERSION (4, 10, 0)
#define TOGGLE_BUTTON_ROLE GTK_ACCESSIBLE_ROLE_TOGGLE_BUTTON
#else
#define TOGGLE_BUTTON_ROLE GTK_ACCESSIBLE_ROLE_BUTTON
#endif
static const struct {
  GType (*get_type) (void);
  GtkAccessibleRole roles[2];
} expected_roles[] = {
  { gtk_check_button_get_type, { GTK_ACCESSIBLE_ROLE_CHECKBOX, GTK_ACCESSIBLE_ROLE_RADIO } },
  { gtk_link_button_get_type, { GTK_ACCESSIBLE_ROLE_LINK, GTK_ACCESSIBLE_ROLE_LINK } },
  { gtk_toggle_button_get_type, { TOGGLE_BUTTON_ROLE, GTK_ACCESSIBLE_ROLE_TAB } },
  { gtk_button_get_type, { GTK_ACCESSIBLE_ROLE_BUTTON, GTK_ACCESSIBLE_ROLE_BUTTON } },
  { gtk_menu_button_get_type, { GTK_ACCESSIBLE_ROLE_BUTTON, GTK_ACCESSIBLE_ROLE_BUTTON } },
  { gtk_switch_get_type, { GTK_ACCESSIBLE_ROLE_SWITCH, GTK_ACCESSIBLE_ROLE_SWITCH } },
  { gtk_search_entry_get_type, { GTK_ACCESSIBLE_ROLE_SEARCH_BOX, GTK_ACCESSIBLE_ROLE_SEARCH_BOX } },
  { adw_combo_row_get_type, { GTK_ACCESSIBLE_ROLE_COMBO_BOX, GTK_ACCESSIBLE_ROLE_COMBO_BOX } },
  { gtk_list_box_row_get_type, { GTK_ACCESSIBLE_ROLE_LIST_ITEM, GTK_ACCESSIBLE_ROLE_ROW } },
  { gtk_label_get_type, { GTK_ACCESSIBLE_ROLE_LABEL, GTK_ACCESSIBLE_ROLE_LABEL } },
  { gtk_text_view_get_type, { GTK_ACCESSIBLE_ROLE_TEXT_BOX, GTK_ACCESSIBLE_ROLE_TEXT_BOX } },
};

static const char *
role_nick (GtkAccessibleRole role)
{
  g_autoptr(GEnumClass) roles = g_type_class_ref (GTK_TYPE_ACCESSIBLE_ROLE);
  GEnumValue *value = g_enum_get_value (roles, role);

  return value ? value->value_nick : "?";
}

typedef struct
{
  GPtrArray *controls;   /* every control seen, once */
  GString *problems;
} Walk;

static void
check_control (Walk      *walk,
               GtkWidget *control)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (control));
  const char *name = G_OBJECT_TYPE_NAME (control);

  if (g_ptr_array_find (walk->controls, control, NULL))
    return;
  g_ptr_array_add (walk->controls, control);

  if (!has_accessible_name (control))
    g_string_append_printf (walk->problems, "%s (%s%s%s) has no accessible name\n", name,
                            gtk_widget_get_name (control),
                            gtk_widget_get_tooltip_text (control) ? ", tooltip " : "",
                            gtk_widget_get_tooltip_text (control) ? gtk_widget_get_tooltip_text (control) : "");
  if (role_in (role, meaningless, G_N_ELEMENTS (meaningless)))
    g_string_append_printf (walk->problems, "%s (%s) has the role “%s”, which says nothing\n", name,
                            gtk_widget_get_name (control), role_nick (role));

  /* The first match is the most derived: check buttons before buttons. */
  for (guint i = 0; i < G_N_ELEMENTS (expected_roles); i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (control, expected_roles[i].get_type ()))
      {
        if (!role_in (role, expected_roles[i].roles, G_N_ELEMENTS (expected_roles[i].roles)))
          g_string_append_printf (walk->problems, "%s (%s) has the role “%s”, not “%s”\n", name,
                                  gtk_widget_get_name (control), role_nick (role),
                                  role_nick (expected_roles[i].roles[0]));
        break;
      }
}

/* Only what is on screen: hidden stack pages and closed popovers are
 * checked in the states that show them. */
static void
walk_widget (Walk      *walk,
             GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (is_control (widget))
    check_control (walk, get_control (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    walk_widget (walk, child);
}

/* Walks @root and fails, listing them all, if any control it shows has
 * no name or no meaningful role. Returns how many controls it checked. */
static guint
assert_controls_named (GtkWidget  *root,
                       const char *where)
{
  g_autoptr(GPtrArray) controls = g_ptr_array_new ();
  g_autoptr(GString) problems = g_string_new (NULL);
  Walk walk = { controls, problems };

  walk_widget (&walk, root);
  g_test_message ("%s: %u controls", where, controls->len);

  if (problems->len > 0)
    g_error ("%s:\n%s", where, problems->str);

  return controls->len;
}

static void
assert_role (GtkWidget         *widget,
             GtkAccessibleRole  role)
{
  g_assert_nonnull (widget);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (widget), role));
}

static GtkWidget *
get_side_panel (KaWindow *window)
{
  GtkWidget *panel = ka_test_find_descendant (GTK_WIDGET (window), KA_TYPE_SIDE_PANEL);

  g_assert_nonnull (panel);

  return panel;
}

static KaWindow *
open_window (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.naming", "s", "both");
  ka_test_wait_for_tiles (window, 20000);

  return window;
}

/* The checker itself: an icon button with only a tooltip has no name. */
static void
test_unnamed_button_is_found (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *labelled = gtk_button_new_with_label ("Labelled");
  GtkWidget *icon = gtk_button_new_from_icon_name ("go-next-symbolic");

  gtk_widget_set_tooltip_text (icon, "Next");
  gtk_box_append (GTK_BOX (box), labelled);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  ka_test_wait_frames (window, 2);

  g_assert_true (has_accessible_name (labelled));
  g_assert_false (has_accessible_name (icon));

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "Next", -1);
  g_assert_true (has_accessible_name (icon));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_empty_page (void)
{
  KaWindow *window = open_window ();
  GtkWidget *map = GTK_WIDGET (ka_window_get_map_view (window));

  g_assert_cmpstr (ka_side_panel_get_page (KA_SIDE_PANEL (get_side_panel (window))), ==, "empty");
  g_assert_cmpuint (assert_controls_named (GTK_WIDGET (window), "empty page"), >, 30);

  /* The map is one focusable, labelled group; the islands in it are
   * reached through the panel's list. */
  assert_role (map, GTK_ACCESSIBLE_ROLE_GROUP);
  g_assert_true (gtk_widget_get_focusable (map));
  g_assert_true (has_nonempty_label (map));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_island_page (void)
{
  KaWindow *window = open_window ();
  GtkWidget *panel = get_side_panel (window);

  ka_state_set_selected_island (ka_window_get_state (window), "kunashir");
  ka_test_wait_frames (GTK_WIDGET (window), 3);
  g_assert_cmpstr (ka_side_panel_get_page (KA_SIDE_PANEL (panel)), ==, "island");

  assert_controls_named (GTK_WIDGET (window), "Kunashir's page");
  /* The panel says which island it is about. */
  g_assert_true (has_nonempty_label (panel));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_report_reader (void)
{
  KaWindow *window = open_window ();
  GtkWidget *panel = get_side_panel (window);
  GtkWidget *card;

  ka_state_set_selected_island (ka_window_get_state (window), "kunashir");
  ka_test_wait_frames (GTK_WIDGET (window), 3);
  card = ka_test_find_descendant (panel, KA_TYPE_CLAIM_CARD);
  g_assert_nonnull (card);
  g_assert_true (gtk_widget_activate_action (panel, "panel.read-passage", "(su)",
                                             ka_claim_get_id (ka_claim_card_get_claim (KA_CLAIM_CARD (card))), 0));
  ka_test_wait_frames (GTK_WIDGET (window), 10);
  g_assert_cmpstr (ka_side_panel_get_page (KA_SIDE_PANEL (panel)), ==, "report");

  assert_controls_named (GTK_WIDGET (window), "report reader");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_presentation (void)
{
  KaWindow *window = open_window ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  ka_test_wait_frames (GTK_WIDGET (window), 10);

  assert_controls_named (GTK_WIDGET (window), "presentation");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present-leave", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_search_results (void)
{
  KaWindow *window = open_window ();
  GtkWidget *panel = get_side_panel (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  ka_side_panel_search (KA_SIDE_PANEL (panel), "shi");
  ka_test_wait_frames (GTK_WIDGET (window), 10);
  g_assert_cmpstr (ka_side_panel_get_page (KA_SIDE_PANEL (panel)), ==, "search");

  assert_controls_named (GTK_WIDGET (window), "search results");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
widget_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static void
test_main_menu (void)
{
  KaWindow *window = open_window ();
  GtkWidget *menu_button = ka_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  GtkPopover *popover;

  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  /* Under load the popover's surface can take more than a few frames. */
  ka_test_wait_until (widget_mapped, popover, 5000);

  g_assert_cmpuint (assert_controls_named (GTK_WIDGET (popover), "main menu"), >=, 8);

  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The newest visible toplevel of @type. */
static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (toplevel))
        found = toplevel;
    }

  return found;
}

/* The Keyboard Shortcuts window is GTK's own, search button and all,
 * so only the preferences are checked. */
static void
test_preferences (void)
{
  KaWindow *window = open_window ();
  GtkWidget *preferences;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.preferences", NULL));
  ka_test_wait_frames (GTK_WIDGET (window), 5);
  preferences = find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  ka_test_wait_frames (preferences, 5);
  g_assert_cmpuint (assert_controls_named (preferences, "preferences"), >=, 4);

  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* How @widget sits in its ancestors up to @top, a line each: what Tab's
 * geometric ordering sees of it. Printed when Tab misses a control. */
static void
describe_ancestry (GString   *out,
                   GtkWidget *widget,
                   GtkWidget *top)
{
  for (; widget != NULL && widget != top; widget = gtk_widget_get_parent (widget))
    {
      GtkWidget *parent = gtk_widget_get_parent (widget);
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);
      gboolean has_bounds = parent != NULL && gtk_widget_compute_bounds (widget, parent, &bounds);

      g_string_append_printf (out, "  %s%s%s%s%s bounds %s%.0f,%.0f %.0fx%.0f%s\n",
                              G_OBJECT_TYPE_NAME (widget),
                              gtk_widget_get_mapped (widget) ? "" : " unmapped",
                              gtk_widget_get_sensitive (widget) ? "" : " insensitive",
                              gtk_widget_get_child_visible (widget) ? "" : " not-child-visible",
                              parent != NULL && gtk_widget_get_focus_child (parent) == widget ? " (focus child)" : "",
                              has_bounds ? "" : "none ", bounds.origin.x, bounds.origin.y,
                              bounds.size.width, bounds.size.height,
                              gtk_widget_should_layout (widget) ? "" : " no-layout");
    }
}

static gboolean
window_is_active (gpointer window)
{
  return gtk_window_is_active (window);
}

/* Whether Tab, from the start of the window, comes to every control of
 * @controls that takes focus. A list takes one Tab and its rows the
 * arrow keys, so for a row its list having had focus is enough. */
static void
assert_tab_reaches (KaWindow  *window,
                    GPtrArray *controls)
{
  g_autoptr(GHashTable) reached = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) missed = g_string_new (NULL);
  g_autoptr(GString) path = g_string_new (NULL);
  GtkWidget *first_missed = NULL;

  /* Not from wherever an earlier check left it, which may be a page
   * that has since gone. */
  gtk_window_set_focus (GTK_WINDOW (window), NULL);

  for (guint i = 0; i < 2 * controls->len + 20; i++)
    {
      GtkWidget *focus;

      /* A key press goes to the active window. The other tests' windows
       * share the screen and can take that from this one, and then a
       * list row keeps Tab (seen with GTK 4.18): it passes Tab on only
       * while it "has focus", which needs an active window. Activity
       * changes only between main loop iterations, so it holds for the
       * press. */
      if (!gtk_window_is_active (GTK_WINDOW (window)))
        {
          gtk_window_present (GTK_WINDOW (window));
          ka_test_wait_until (window_is_active, window, 5000);
        }
      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_window_get_focus (GTK_WINDOW (window));
      /* Where each Tab went, the first time round, to print on failure. */
      if (focus != NULL && !g_hash_table_contains (reached, focus))
        g_string_append_printf (path, " → %s", G_OBJECT_TYPE_NAME (focus));
      else if (focus == NULL)
        g_string_append (path, " → (none)");
      for (; focus; focus = gtk_widget_get_parent (focus))
        g_hash_table_add (reached, focus);
    }

  for (guint i = 0; i < controls->len; i++)
    {
      GtkWidget *control = g_ptr_array_index (controls, i);
      GtkWidget *list = gtk_widget_get_ancestor (control, GTK_TYPE_LIST_BOX);

      if (!gtk_widget_get_focusable (control) || !gtk_widget_get_can_focus (control) ||
          g_hash_table_contains (reached, control) || (list != NULL && g_hash_table_contains (reached, list)))
        continue;

      g_string_append_printf (missed, "%s (%s)\n", G_OBJECT_TYPE_NAME (control),
                              gtk_widget_get_tooltip_text (control) ? gtk_widget_get_tooltip_text (control) : "");
      if (first_missed == NULL)
        first_missed = control;
    }

  if (missed->len > 0)
    {
      GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));

      g_autoptr(GString) ancestry = g_string_new (NULL);
      GtkWidget *last = focus;

      describe_ancestry (ancestry, first_missed, GTK_WIDGET (window));
      g_string_append (ancestry, "and the focus's:\n");
      describe_ancestry (ancestry, last, GTK_WIDGET (window));
      g_error ("Tab never comes to:\n%sTab left the focus on %s, in %s.\nTab went%s\n"
               "The first one missed, up to the window:\n%s",
               missed->str,
               focus ? G_OBJECT_TYPE_NAME (focus) : "nothing",
               focus && gtk_widget_get_parent (focus) ? G_OBJECT_TYPE_NAME (gtk_widget_get_parent (focus)) : "nothing",
               path->str, ancestry->str);
    }
}

/* Whether the panel shows the island's page and has stopped fading the
 * list out: until then the list is still mapped, and its rows, which Tab
 * rightly no longer visits, would count as missed. */
static gboolean
island_page_settled (gpointer data)
{
  GtkWidget *panel = data;
  GtkWidget *stack = ka_test_find_descendant (panel, GTK_TYPE_STACK);

  return g_strcmp0 (ka_side_panel_get_page (KA_SIDE_PANEL (panel)), "island") == 0 &&
         !gtk_stack_get_transition_running (GTK_STACK (stack));
}

typedef struct
{
  GtkWidget *root;
  GPtrArray *controls;
} Walked;

/* Walks @data's root into its controls, and whether every one has been
 * given its place: Tab orders a box's children by where they lie, so a
 * widget made since the last frame is not yet in its order. A user's key
 * press always comes after the frame that placed it; the walk waits for
 * that frame too. */
static gboolean
controls_laid_out (gpointer data)
{
  Walked *walked = data;
  g_autoptr(GString) problems = g_string_new (NULL);
  Walk walk = { walked->controls, problems };

  g_ptr_array_set_size (walked->controls, 0);
  walk_widget (&walk, walked->root);

  for (guint i = 0; i < walked->controls->len; i++)
    {
      GtkWidget *control = g_ptr_array_index (walked->controls, i);

      if (gtk_widget_get_width (control) <= 0 || gtk_widget_get_height (control) <= 0)
        return FALSE;
    }

  return TRUE;
}

static void
test_tab_reaches_every_control (void)
{
  KaWindow *window = open_window ();
  g_autoptr(GPtrArray) controls = g_ptr_array_new ();
  Walked walked = { GTK_WIDGET (window), controls };

  ka_test_wait_until (controls_laid_out, &walked, 5000);
  assert_tab_reaches (window, controls);

  ka_state_set_selected_island (ka_window_get_state (window), "kunashir");
  ka_test_wait_until (island_page_settled, get_side_panel (window), 5000);
  walked.root = get_side_panel (window);
  ka_test_wait_until (controls_laid_out, &walked, 5000);
  g_assert_cmpuint (controls->len, >, 10);
  assert_tab_reaches (window, controls);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The rows of the panel's page on show (not of one fading out), made
 * anew each time the panel comes back to its first page. */
static GPtrArray *
collect_island_rows (GtkWidget *panel)
{
  GtkWidget *stack = ka_test_find_descendant (panel, GTK_TYPE_STACK);
  GPtrArray *rows = g_ptr_array_new ();

  g_assert_nonnull (stack);
  ka_test_collect_descendants (gtk_stack_get_visible_child (GTK_STACK (stack)), KA_TYPE_ISLAND_ROW, rows);

  return rows;
}

/* The islands on the map are drawn, not widgets: the panel's list is how
 * a keyboard or a screen reader reaches each, and picking one tells the
 * map's reader which island is selected. */
static void
test_every_island_listed (void)
{
  KaWindow *window = open_window ();
  KaAtlas *atlas = ka_application_get_atlas (app);
  KaIslandSet *islands = ka_atlas_get_islands (atlas);
  g_auto(GStrv) ids = ka_atlas_dup_island_ids (atlas);
  GtkWidget *map = GTK_WIDGET (ka_window_get_map_view (window));
  GtkWidget *panel = get_side_panel (window);

  g_assert_cmpuint (g_strv_length (ids), >=, 30);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) rows = collect_island_rows (panel);
      KaIsland *island = ka_island_set_lookup (islands, ids[i]);
      const char *name = ka_island_get_name (island, KA_NAMING_BOTH);
      g_autofree char *description = g_strdup_printf (_("%s selected"), name);
      GtkWidget *row = NULL;

      /* One row per island, and no more. */
      g_assert_cmpuint (rows->len, ==, g_strv_length (ids));

      for (guint r = 0; r < rows->len && row == NULL; r++)
        if (g_strcmp0 (ka_island_row_get_title (g_ptr_array_index (rows, r)), name) == 0)
          row = g_ptr_array_index (rows, r);

      g_assert_nonnull (row);
      g_assert_true (has_accessible_name (row));
      g_assert_true (gtk_widget_get_focusable (row));
      g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));

      gtk_test_accessible_assert_property (map, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, NULL);
      gtk_widget_activate (row);
      g_assert_cmpstr (ka_state_get_selected_island (ka_window_get_state (window)), ==, ids[i]);
      gtk_test_accessible_assert_property (map, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);

      ka_state_set_selected_island (ka_window_get_state (window), NULL);
      ka_test_wait_frames (GTK_WIDGET (window), 1);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  app = ka_test_application_new ();

  g_test_add_func ("/accessibility/unnamed-button-is-found", test_unnamed_button_is_found);
  g_test_add_func ("/accessibility/empty-page", test_empty_page);
  g_test_add_func ("/accessibility/island-page", test_island_page);
  g_test_add_func ("/accessibility/report-reader", test_report_reader);
  g_test_add_func ("/accessibility/presentation", test_presentation);
  g_test_add_func ("/accessibility/search-results", test_search_results);
  g_test_add_func ("/accessibility/main-menu", test_main_menu);
  g_test_add_func ("/accessibility/preferences", test_preferences);
  g_test_add_func ("/accessibility/every-island-listed", test_every_island_listed);
  g_test_add_func ("/accessibility/tab-reaches-every-control", test_tab_reaches_every_control);

  return ka_test_run (app);
}
