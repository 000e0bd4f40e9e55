/* test-i18n.c — the real window in a translation, with the catalogue from the build tree
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ka-scale-bar.h"
#include "ka-side-panel.h"
#include "ka-test-window.h"

/* A few strings as the translation has them, and the scripts it is
 * written in; everything else is checked against the catalogue. */
typedef struct
{
  const char *language;
  GUnicodeScript scripts[3];
  const char *app_name;             /* "Kuril Atlas" */
  const char *all_years;            /* "All Years" */
  const char *shortcuts_item;       /* "_Keyboard Shortcuts" */
  const char *preferences;          /* "Preferences" */
  const char *held_by;              /* "Held By" */
  const char *southern_kurils;      /* "Disputed Southern Islands" */
  const char *iturup;               /* Iturup in the language's own script */
  KaNaming naming;                  /* the naming of the language */
  const char *la_perouse;           /* the La Pérouse Strait */
  const char *kilometres;           /* "km", as the scale bar abbreviates it */
} Expected;

static const Expected expectations[] = {
  {
    "ja",
    { G_UNICODE_SCRIPT_HIRAGANA, G_UNICODE_SCRIPT_KATAKANA, G_UNICODE_SCRIPT_HAN },
    "千島列島アトラス",
    "すべての年",
    "キーボードショートカット(_K)",
    "設定",
    "領有国",
    "係争中の南方の島々",
    "択捉島",
    KA_NAMING_JAPANESE,
    "宗谷海峡",
    /* Japanese maps write the Latin abbreviation. */
    "km",
  },
  {
    "ru",
    { G_UNICODE_SCRIPT_CYRILLIC, G_UNICODE_SCRIPT_CYRILLIC, G_UNICODE_SCRIPT_CYRILLIC },
    "Курильский атлас",
    "Все годы",
    "_Комбинации клавиш",
    "Параметры",
    "Принадлежность",
    "Спорные южные острова",
    "Итуруп",
    KA_NAMING_RUSSIAN,
    "пролив Лаперуза",
    "км",
  },
};

static const Expected *expected;
static KaApplication *app;

static gboolean
is_in_script (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      for (guint i = 0; i < G_N_ELEMENTS (expected->scripts); i++)
        if (script == expected->scripts[i])
          return TRUE;
    }

  return FALSE;
}

static void
assert_in_script (const char *text,
                  const char *what)
{
  if (text == NULL || !is_in_script (text))
    g_error ("%s is “%s”, not in the script of “%s”", what, text ? text : "(null)", expected->language);
}

/* Text that the catalogue translates must not reach the screen as it is
 * in the source: that is a string that lost its translatable mark, or one
 * translated before the catalogue was bound. */
static gboolean
is_untranslated_message (const char *text)
{
  return text != NULL && *text != '\0' && strcmp (g_dgettext (GETTEXT_PACKAGE, text), text) != 0;
}

static GtkWidget *
find_button_for_action (GtkWidget  *root,
                        const char *action_name)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ka_test_collect_descendants (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action_name) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static gboolean
panel_shows (GtkWidget  *panel,
             const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ka_test_collect_descendants (panel, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_is_drawable (g_ptr_array_index (labels, i)) &&
        g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;

  return FALSE;
}

static GtkWidget *
get_side_panel (KaWindow *window)
{
  GtkWidget *panel = ka_test_find_descendant (GTK_WIDGET (window), KA_TYPE_SIDE_PANEL);

  g_assert_nonnull (panel);

  return panel;
}

/* The texts people read in a widget, by property. */
static const char * const text_properties[] = {
  "label", "tooltip-text", "title", "subtitle", "description", "placeholder-text",
};

typedef struct
{
  guint n_texts;
  guint n_in_script;
  GString *english;
} Survey;

static void
survey_text (Survey     *survey,
             const char *text,
             const char *where)
{
  if (text == NULL || *text == '\0')
    return;

  survey->n_texts++;
  if (is_in_script (text))
    survey->n_in_script++;
  if (is_untranslated_message (text))
    g_string_append_printf (survey->english, "\n  %s: “%s”", where, text);
}

static void
survey_widget (Survey    *survey,
               GtkWidget *widget)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (widget);

  for (guint i = 0; i < G_N_ELEMENTS (text_properties); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, text_properties[i]);
      g_autofree char *text = NULL;
      g_autofree char *where = NULL;

      if (pspec == NULL || pspec->value_type != G_TYPE_STRING || !(pspec->flags & G_PARAM_READABLE))
        continue;

      g_object_get (widget, text_properties[i], &text, NULL);
      where = g_strdup_printf ("%s:%s", G_OBJECT_TYPE_NAME (widget), text_properties[i]);
      survey_text (survey, text, where);
    }

  if (ADW_IS_COMBO_ROW (widget) && GTK_IS_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (widget))))
    {
      GtkStringList *items = GTK_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (widget)));

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
        survey_text (survey, gtk_string_list_get_string (items, i), "AdwComboRow item");
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    survey_widget (survey, child);
}

static void
survey_menu (Survey     *survey,
             GMenuModel *menu)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);
      GMenuModel *linked;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        {
          survey_text (survey, label, "menu item");
          assert_in_script (label, "a menu item");
        }

      while (g_menu_link_iter_get_next (links, NULL, &linked))
        {
          survey_menu (survey, linked);
          g_object_unref (linked);
        }
    }
}

static GMenuModel *
get_primary_menu (KaWindow *window)
{
  g_autoptr(GPtrArray) menu_buttons = g_ptr_array_new ();

  ka_test_collect_descendants (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, menu_buttons);
  for (guint i = 0; i < menu_buttons->len; i++)
    if (gtk_menu_button_get_primary (g_ptr_array_index (menu_buttons, i)))
      return gtk_menu_button_get_menu_model (g_ptr_array_index (menu_buttons, i));

  g_assert_not_reached ();
}

static void
test_catalogue_is_the_language (void)
{
  const char *header = g_dgettext (GETTEXT_PACKAGE, "");
  g_autofree char *language_line = g_strdup_printf ("Language: %s\n", expected->language);

  g_assert_nonnull (strstr (header, language_line));
  g_assert_cmpstr (_("Kuril Atlas"), ==, expected->app_name);
}

static void
test_header_bar (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  AdwWindowTitle *title;
  GtkWidget *compare_button;
  g_autoptr(GPtrArray) year_buttons = g_ptr_array_new ();
  guint n_years = 0;

  ka_test_wait_frames (GTK_WIDGET (window), 2);

  title = ADW_WINDOW_TITLE (ka_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE));
  g_assert_cmpstr (adw_window_title_get_title (title), ==, expected->app_name);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, expected->app_name);

  compare_button = find_button_for_action (GTK_WIDGET (window), "win.compare-years");
  g_assert_nonnull (compare_button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (compare_button)), ==, expected->all_years);
  assert_in_script (gtk_widget_get_tooltip_text (compare_button), "the All Years tooltip");

  /* The year buttons keep their numbers and explain them in the language. */
  ka_test_collect_descendants (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, year_buttons);
  for (guint i = 0; i < year_buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (year_buttons, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), "win.year") != 0)
        continue;
      g_assert_cmpuint (g_ascii_strtoull (gtk_button_get_label (GTK_BUTTON (button)), NULL, 10), >=, 1855);
      assert_in_script (gtk_widget_get_tooltip_text (button), "a year button's tooltip");
      n_years++;
    }
  g_assert_cmpuint (n_years, ==, 4);

  /* The header names each year's events in the language. */
  for (guint i = 0; i < KA_N_YEARS; i++)
    {
      ka_state_set_year (ka_window_get_state (window), ka_years[i]);
      assert_in_script (adw_window_title_get_subtitle (title), "the header's subtitle");
    }

  g_assert_true (ka_test_menu_has_item (get_primary_menu (window), G_MENU_ATTRIBUTE_LABEL, expected->shortcuts_item));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The scale bar reads in the language, in the locale's one unit: both
 * Japan and Russia measure in kilometres. */
static void
test_scale_bar (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  KaScaleBar *scale_bar = KA_SCALE_BAR (ka_map_view_get_scale_bar (ka_window_get_map_view (window)));
  const char *text;

  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (scale_bar)));
  g_assert_cmpint (ka_scale_bar_get_unit (scale_bar), ==, SHUMATE_UNIT_METRIC);

  text = ka_scale_bar_get_text (scale_bar);
  g_assert_true (g_ascii_isdigit (text[0]));
  if (!g_str_has_suffix (text, expected->kilometres))
    g_error ("the scale bar reads “%s”, not in “%s”", text, expected->kilometres);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether the map labels something @text. */
static gboolean
map_shows (KaWindow   *window,
           const char *text)
{
  guint n;
  const KaPlacedLabel *labels = ka_map_view_get_placed_labels (ka_window_get_map_view (window), &n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (labels[i].text, text) == 0)
      return TRUE;

  return FALSE;
}

/* Whether some label of the map holds @text. */
static gboolean
map_shows_part (KaWindow   *window,
                const char *text)
{
  guint n;
  const KaPlacedLabel *labels = ka_map_view_get_placed_labels (ka_window_get_map_view (window), &n);

  for (guint i = 0; i < n; i++)
    if (strstr (labels[i].text, text) != NULL)
      return TRUE;

  return FALSE;
}

static void
test_side_panel (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SETTINGS_SCHEMA_ID);
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  KaState *state = ka_window_get_state (window);
  GtkWidget *panel = get_side_panel (window);
  const char *description;

  ka_test_wait_frames (GTK_WIDGET (window), 2);

  /* Nothing selected: the invitation to select an island, all of it in
   * the language, not a word of English left. */
  g_assert_cmpstr (ka_side_panel_get_page (KA_SIDE_PANEL (panel)), ==, "empty");
  description = g_dgettext (GETTEXT_PACKAGE,
                            "Select an island on the map or in the list below to see who held it "
                            "in each year and each party’s claim to it.");
  g_assert_true (panel_shows (panel, description));
  assert_in_script (description, "the empty panel's description");
  for (const char *p = description; *p; p++)
    g_assert_false (g_ascii_isalpha (*p));

  /* With no naming chosen, an island is named in the language's own
   * script, in the panel's title and on the map. */
  ka_state_set_selected_island (state, "iturup");
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (ka_side_panel_get_page (KA_SIDE_PANEL (panel)), ==, "island");
  g_assert_true (ka_state_get_native_names (state));
  g_assert_cmpint (ka_state_get_naming (state), ==, expected->naming);
  g_assert_true (panel_shows (panel, expected->iturup));
  g_assert_true (panel_shows (panel, expected->held_by));
  g_assert_true (map_shows (window, expected->iturup));
  g_assert_false (map_shows (window, "Iturup / Etorofu"));
  {
    g_autofree char *shot = g_strdup_printf ("iturup-%s.png", expected->language);

    ka_test_keep_widget_shot (GTK_WIDGET (window), shot);
  }
  /* …and straits in the language. */
  g_assert_true (map_shows_part (window, expected->la_perouse));
  g_assert_false (map_shows_part (window, "La Pérouse"));

  /* A naming chosen is the user's: romanised as chosen, whatever the
   * language. */
  g_settings_set_string (settings, "naming", "both");
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_false (ka_state_get_native_names (state));
  g_assert_cmpint (ka_state_get_naming (state), ==, KA_NAMING_BOTH);
  g_assert_true (panel_shows (panel, "Iturup / Etorofu"));

  ka_state_set_naming (state, KA_NAMING_JAPANESE);
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (panel_shows (panel, "Etorofu"));
  ka_state_set_naming (state, KA_NAMING_RUSSIAN);
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (panel_shows (panel, "Iturup"));
  ka_state_set_naming (state, KA_NAMING_BOTH);
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  g_settings_reset (settings, "naming");

  /* …while what the atlas says about it is translated. */
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    gboolean found_group = FALSE;
    guint n_holder_rows = 0;

    ka_test_collect_descendants (panel, GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      if (gtk_widget_is_drawable (g_ptr_array_index (labels, i)) &&
          strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), expected->southern_kurils))
        found_group = TRUE;
    g_assert_true (found_group);

    ka_test_collect_descendants (panel, ADW_TYPE_ACTION_ROW, rows);
    for (guint i = 0; i < rows->len; i++)
      {
        AdwActionRow *row = g_ptr_array_index (rows, i);
        const char *year = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

        if (!gtk_widget_is_drawable (GTK_WIDGET (row)) || g_ascii_strtoull (year, NULL, 10) < 1855)
          continue;
        assert_in_script (adw_action_row_get_subtitle (row), "a holder");
        n_holder_rows++;
      }
    g_assert_cmpuint (n_holder_rows, ==, 4);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
assert_survey_clean (Survey     *survey,
                     const char *what,
                     guint       min_in_script)
{
  if (survey->english->len > 0)
    g_error ("%s shows text the catalogue translates, untranslated:%s", what, survey->english->str);
  g_test_message ("%s: %u texts, %u in the language's script", what, survey->n_texts, survey->n_in_script);
  g_assert_cmpuint (survey->n_in_script, >=, min_in_script);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

/* Every text in the window, its menu, its shortcuts window and the
 * preferences: none left in English where the catalogue has it. */
static void
test_no_english_left (void)
{
  KaWindow *window = ka_test_window_new (app, 1280, 800);
  KaState *state = ka_window_get_state (window);
  GtkShortcutsWindow *shortcuts;
  GtkWindow *preferences;
  Survey survey = { 0, 0, g_string_new (NULL) };

  ka_test_wait_frames (GTK_WIDGET (window), 2);

  survey_widget (&survey, GTK_WIDGET (window));
  survey_menu (&survey, get_primary_menu (window));
  assert_survey_clean (&survey, "The window with nothing selected", 15);

  ka_state_set_selected_island (state, "kunashir");
  ka_test_wait_frames (GTK_WIDGET (window), 2);
  survey = (Survey) { 0, 0, survey.english };
  survey_widget (&survey, GTK_WIDGET (window));
  assert_survey_clean (&survey, "The window showing Kunashir", 20);

  shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (shortcuts);
  survey = (Survey) { 0, 0, survey.english };
  survey_widget (&survey, GTK_WIDGET (shortcuts));
  assert_survey_clean (&survey, "The shortcuts window", 8);
  {
    g_autoptr(GPtrArray) items = g_ptr_array_new ();

    ka_test_collect_descendants (GTK_WIDGET (shortcuts), GTK_TYPE_SHORTCUTS_SHORTCUT, items);
    g_assert_cmpuint (items->len, >, 0);
    for (guint i = 0; i < items->len; i++)
      {
        g_autofree char *title = NULL;

        g_object_get (g_ptr_array_index (items, i), "title", &title, NULL);
        assert_in_script (title, "a keyboard shortcut");
      }
  }

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  ka_test_wait_frames (GTK_WIDGET (preferences), 2);
  g_assert_cmpstr (gtk_window_get_title (preferences), ==, expected->preferences);
  survey = (Survey) { 0, 0, survey.english };
  survey_widget (&survey, GTK_WIDGET (preferences));
  assert_survey_clean (&survey, "The preferences", 15);

  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
  g_string_free (survey.english, TRUE);
}

/* Runs in the language named by KA_TEST_LANGUAGE, with the catalogues
 * msgfmt compiled into KA_TEST_LOCALEDIR, in the locale KA_TEST_LOCALE
 * that the build compiled into LOCPATH: glibc ignores LANGUAGE in the
 * C locale, and newer ones (2.41 in Debian 13) in C.UTF-8 as well. */
static void
choose_language (void)
{
  const char *language = g_getenv ("KA_TEST_LANGUAGE");

  if (language == NULL || g_getenv ("KA_TEST_LOCALEDIR") == NULL || g_getenv ("KA_TEST_LOCALE") == NULL)
    g_error ("KA_TEST_LANGUAGE, KA_TEST_LOCALE and KA_TEST_LOCALEDIR must be set");

  for (guint i = 0; i < G_N_ELEMENTS (expectations); i++)
    if (g_str_equal (expectations[i].language, language))
      expected = &expectations[i];
  if (expected == NULL)
    g_error ("no expectations for the language “%s”", language);

  /* Before any thread starts. */
  g_setenv ("LANGUAGE", language, TRUE);
}

static void
bind_catalogue (void)
{
  const char *localedir = g_getenv ("KA_TEST_LOCALEDIR");
  g_autofree char *catalogue = g_build_filename (localedir, expected->language, "LC_MESSAGES",
                                                 GETTEXT_PACKAGE ".mo", NULL);

  if (!g_file_test (catalogue, G_FILE_TEST_IS_REGULAR))
    g_error ("%s is missing: build the translations first", catalogue);

  /* gtk_test_init() has set a locale of its own. */
  if (setlocale (LC_ALL, g_getenv ("KA_TEST_LOCALE")) == NULL)
    g_error ("the locale “%s” is missing from LOCPATH (%s): build the tests first",
             g_getenv ("KA_TEST_LOCALE"), g_getenv ("LOCPATH"));

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* The atlas run from the build tree speaks the language, as `meson
 * devenv` and build-aux/run start it: its catalogue is the build's. */
static void
test_build_tree_translates (void)
{
  const char *summary = "An atlas of the Kuril Islands, their boundaries of 1855, 1875, 1905 and "
                        "1945, and the claims to them.";
  const char *argv[] = { g_getenv ("KA_TEST_ATLAS"), "--help", NULL };
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (argv[0]);
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, summary), !=, summary);

  env = g_environ_setenv (env, "LC_ALL", g_getenv ("KA_TEST_LOCALE"), TRUE);
  env = g_environ_setenv (env, "LANGUAGE", expected->language, TRUE);
  env = g_environ_setenv (env, "KURIL_ATLAS_LOCALEDIR", g_getenv ("KA_TEST_LOCALEDIR"), TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* The summary as the catalogue has it, line breaks aside. */
  {
    g_auto(GStrv) words = g_strsplit (g_dgettext (GETTEXT_PACKAGE, summary), "、", -1);

    if (strstr (out, words[0]) == NULL)
      g_error ("kuril-atlas --help from the build tree does not say “%s”:\n%s", words[0], out);
  }
  g_assert_null (strstr (out, "An atlas of the Kuril Islands"));
}

int
main (int   argc,
      char *argv[])
{
  choose_language ();
  gtk_test_init (&argc, &argv, NULL);
  bind_catalogue ();
  app = ka_test_application_new ();

  g_test_add_func ("/i18n/catalogue-is-the-language", test_catalogue_is_the_language);
  g_test_add_func ("/i18n/header-bar", test_header_bar);
  g_test_add_func ("/i18n/side-panel", test_side_panel);
  g_test_add_func ("/i18n/scale-bar", test_scale_bar);
  g_test_add_func ("/i18n/no-english-left", test_no_english_left);
  g_test_add_func ("/i18n/build-tree-translates", test_build_tree_translates);

  return ka_test_run (app);
}
