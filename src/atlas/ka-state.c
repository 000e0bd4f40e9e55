/* ka-state.c — everything a window shows, in one object that the views observe
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-state"

#include "config.h"

#include "ka-enum-types.h"
#include "ka-state.h"

struct _KaState
{
  GObject parent_instance;

  char *selected_island;
  /* With the selected island first, the others a lecture step selects
   * along with it; NULL when nothing is selected. */
  char **selected_islands;
  guint year;
  KaNaming naming;
  KaBasemap basemap;
  KaLabelSize label_size;
  gboolean compare_years;
  gboolean panel_visible;
  gboolean presenting;
  gboolean blanked;
  gboolean native_names;
  int lecture_step;
};

G_DEFINE_FINAL_TYPE (KaState, ka_state, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_COMPARE_YEARS,
  PROP_SELECTED_ISLAND,
  PROP_SELECTED_ISLANDS,
  PROP_NAMING,
  PROP_BASEMAP,
  PROP_ONLINE_MAP,
  PROP_PANEL_VISIBLE,
  PROP_LABEL_SIZE,
  PROP_PRESENTING,
  PROP_BLANKED,
  PROP_LECTURE_STEP,
  PROP_NATIVE_NAMES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Sets a boolean or enum field, and says so when it changed. */
static void
set_field (KaState *self,
           int     *field,
           int      value,
           guint    prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
ka_state_finalize (GObject *object)
{
  KaState *self = (KaState *)object;

  g_clear_pointer (&self->selected_island, g_free);
  g_clear_pointer (&self->selected_islands, g_strfreev);

  G_OBJECT_CLASS (ka_state_parent_class)->finalize (object);
}

static void
ka_state_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KaState *self = KA_STATE (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;
    case PROP_COMPARE_YEARS:
      g_value_set_boolean (value, self->compare_years);
      break;
    case PROP_SELECTED_ISLAND:
      g_value_set_string (value, self->selected_island);
      break;
    case PROP_SELECTED_ISLANDS:
      g_value_set_boxed (value, self->selected_islands);
      break;
    case PROP_NAMING:
      g_value_set_enum (value, self->naming);
      break;
    case PROP_BASEMAP:
      g_value_set_enum (value, self->basemap);
      break;
    case PROP_ONLINE_MAP:
      g_value_set_boolean (value, self->basemap == KA_BASEMAP_ONLINE);
      break;
    case PROP_PANEL_VISIBLE:
      g_value_set_boolean (value, self->panel_visible);
      break;
    case PROP_LABEL_SIZE:
      g_value_set_enum (value, self->label_size);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    case PROP_BLANKED:
      g_value_set_boolean (value, self->blanked);
      break;
    case PROP_LECTURE_STEP:
      g_value_set_int (value, self->lecture_step);
      break;
    case PROP_NATIVE_NAMES:
      g_value_set_boolean (value, self->native_names);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ka_state_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  KaState *self = KA_STATE (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      ka_state_set_year (self, g_value_get_uint (value));
      break;
    case PROP_COMPARE_YEARS:
      ka_state_set_compare_years (self, g_value_get_boolean (value));
      break;
    case PROP_SELECTED_ISLAND:
      ka_state_set_selected_island (self, g_value_get_string (value));
      break;
    case PROP_SELECTED_ISLANDS:
      ka_state_set_selected_islands (self, g_value_get_boxed (value));
      break;
    case PROP_NAMING:
      ka_state_set_naming (self, g_value_get_enum (value));
      break;
    case PROP_BASEMAP:
      ka_state_set_basemap (self, g_value_get_enum (value));
      break;
    case PROP_ONLINE_MAP:
      ka_state_set_basemap (self, g_value_get_boolean (value) ? KA_BASEMAP_ONLINE : KA_BASEMAP_OFFLINE);
      break;
    case PROP_PANEL_VISIBLE:
      ka_state_set_panel_visible (self, g_value_get_boolean (value));
      break;
    case PROP_LABEL_SIZE:
      ka_state_set_label_size (self, g_value_get_enum (value));
      break;
    case PROP_PRESENTING:
      ka_state_set_presenting (self, g_value_get_boolean (value));
      break;
    case PROP_BLANKED:
      ka_state_set_blanked (self, g_value_get_boolean (value));
      break;
    case PROP_LECTURE_STEP:
      ka_state_set_lecture_step (self, g_value_get_int (value));
      break;
    case PROP_NATIVE_NAMES:
      ka_state_set_native_names (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ka_state_class_init (KaStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ka_state_finalize;
  object_class->get_property = ka_state_get_property;
  object_class->set_property = ka_state_set_property;

  /* The boundary layer shown: one of ka_years[]. */
  properties[PROP_YEAR] =
    g_param_spec_uint ("year", NULL, NULL, KA_FIRST_YEAR, KA_LAST_YEAR, KA_LAST_YEAR, flags);
  /* Draw every year's lines at once, for comparison. */
  properties[PROP_COMPARE_YEARS] =
    g_param_spec_boolean ("compare-years", NULL, NULL, FALSE, flags);
  properties[PROP_SELECTED_ISLAND] =
    g_param_spec_string ("selected-island", NULL, NULL, NULL, flags);
  /* Every island selected: "selected-island" first, then any others a
   * lecture step selects with it (Shikotan and the Habomai islets). */
  properties[PROP_SELECTED_ISLANDS] =
    g_param_spec_boxed ("selected-islands", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_NAMING] =
    g_param_spec_enum ("naming", NULL, NULL, KA_TYPE_NAMING, KA_NAMING_BOTH, flags);
  properties[PROP_BASEMAP] =
    g_param_spec_enum ("basemap", NULL, NULL, KA_TYPE_BASEMAP, KA_BASEMAP_OFFLINE, flags);
  /* The basemap seen as a check box, which is how the menu offers it:
   * not a copy, "basemap" read and written another way. */
  properties[PROP_ONLINE_MAP] =
    g_param_spec_boolean ("online-map", NULL, NULL, FALSE, flags);
  properties[PROP_PANEL_VISIBLE] =
    g_param_spec_boolean ("panel-visible", NULL, NULL, TRUE, flags);
  properties[PROP_LABEL_SIZE] =
    g_param_spec_enum ("label-size", NULL, NULL, KA_TYPE_LABEL_SIZE, KA_LABEL_SIZE_NORMAL, flags);
  /* A lecture is shown full screen, step by step. */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE, flags);
  /* While presenting, the screen is black until the next key. */
  properties[PROP_BLANKED] =
    g_param_spec_boolean ("blanked", NULL, NULL, FALSE, flags);
  /* The lecture's step shown, counting from 0; -1 before the first. */
  properties[PROP_LECTURE_STEP] =
    g_param_spec_int ("lecture-step", NULL, NULL, -1, G_MAXINT, -1, flags);
  /* Island names in their own scripts (択捉島, Итуруп) rather than
   * romanised: a Japanese or Russian UI whose user chose no naming. */
  properties[PROP_NATIVE_NAMES] =
    g_param_spec_boolean ("native-names", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ka_state_init (KaState *self)
{
  self->year = KA_LAST_YEAR;
  self->naming = KA_NAMING_BOTH;
  self->basemap = KA_BASEMAP_OFFLINE;
  self->label_size = KA_LABEL_SIZE_NORMAL;
  self->panel_visible = TRUE;
  self->lecture_step = -1;
}

KaState *
ka_state_new (void)
{
  return g_object_new (KA_TYPE_STATE, NULL);
}

guint
ka_state_get_year (KaState *self)
{
  g_return_val_if_fail (KA_IS_STATE (self), KA_LAST_YEAR);

  return self->year;
}

/* The one place a year is checked: every view may take it as valid. */
void
ka_state_set_year (KaState *self,
                   guint    year)
{
  g_return_if_fail (KA_IS_STATE (self));
  g_return_if_fail (ka_year_index (year) >= 0);

  set_field (self, (int *) &self->year, year, PROP_YEAR);
}

gboolean
ka_state_get_compare_years (KaState *self)
{
  g_return_val_if_fail (KA_IS_STATE (self), FALSE);

  return self->compare_years;
}

void
ka_state_set_compare_years (KaState  *self,
                            gboolean  compare_years)
{
  g_return_if_fail (KA_IS_STATE (self));

  set_field (self, &self->compare_years, !!compare_years, PROP_COMPARE_YEARS);
}

const char *
ka_state_get_selected_island (KaState *self)
{
  g_return_val_if_fail (KA_IS_STATE (self), NULL);

  return self->selected_island;
}

void
ka_state_set_selected_island (KaState    *self,
                              const char *island_id)
{
  const char *ids[] = { island_id, NULL };

  g_return_if_fail (KA_IS_STATE (self));

  ka_state_set_selected_islands (self, ids);
}

const char * const *
ka_state_get_selected_islands (KaState *self)
{
  g_return_val_if_fail (KA_IS_STATE (self), NULL);

  return (const char * const *) self->selected_islands;
}

/**
 * ka_state_set_selected_islands:
 * @island_ids: (nullable): the islands to select, the one the panel shows
 *   first; %NULL or empty for none
 */
void
ka_state_set_selected_islands (KaState            *self,
                               const char * const *island_ids)
{
  g_auto(GStrv) previous = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  const char *first;

  g_return_if_fail (KA_IS_STATE (self));

  builder = g_strv_builder_new ();
  for (guint i = 0; island_ids != NULL && island_ids[i] != NULL && island_ids[i][0] != '\0'; i++)
    g_strv_builder_add (builder, island_ids[i]);

  previous = g_steal_pointer (&self->selected_islands);
  self->selected_islands = g_strv_builder_end (builder);
  if (self->selected_islands[0] == NULL)
    g_clear_pointer (&self->selected_islands, g_strfreev);

  if (previous == NULL ? self->selected_islands == NULL :
      self->selected_islands != NULL && g_strv_equal ((const char * const *) previous,
                                                      (const char * const *) self->selected_islands))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  first = self->selected_islands ? self->selected_islands[0] : NULL;
  if (g_strcmp0 (self->selected_island, first) != 0)
    {
      g_free (self->selected_island);
      self->selected_island = g_strdup (first);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ISLAND]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ISLANDS]);
  g_object_thaw_notify (G_OBJECT (self));
}

KaNaming
ka_state_get_naming (KaState *self)
{
  g_return_val_if_fail (KA_IS_STATE (self), KA_NAMING_BOTH);

  return self->naming;
}

void
ka_state_set_naming (KaState  *self,
                     KaNaming  naming)
{
  g_return_if_fail (KA_IS_STATE (self));
  g_return_if_fail (naming <= KA_NAMING_BOTH);

  set_field (self, (int *) &self->naming, naming, PROP_NAMING);
}

KaBasemap
ka_state_get_basemap (KaState *self)
{
  g_return_val_if_fail (KA_IS_STATE (self), KA_BASEMAP_OFFLINE);

  return self->basemap;
}

void
ka_state_set_basemap (KaState   *self,
                      KaBasemap  basemap)
{
  g_return_if_fail (KA_IS_STATE (self));
  g_return_if_fail (basemap <= KA_BASEMAP_ONLINE);

  if (self->basemap == basemap)
    return;

  self->basemap = basemap;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASEMAP]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLINE_MAP]);
}

gboolean
ka_state_get_panel_visible (KaState *self)
{
  g_return_val_if_fail (KA_IS_STATE (self), TRUE);

  return self->panel_visible;
}

void
ka_state_set_panel_visible (KaState  *self,
                            gboolean  panel_visible)
{
  g_return_if_fail (KA_IS_STATE (self));

  set_field (self, &self->panel_visible, !!panel_visible, PROP_PANEL_VISIBLE);
}

KaLabelSize
ka_state_get_label_size (KaState *self)
{
  g_return_val_if_fail (KA_IS_STATE (self), KA_LABEL_SIZE_NORMAL);

  return self->label_size;
}

void
ka_state_set_label_size (KaState     *self,
                         KaLabelSize  label_size)
{
  g_return_if_fail (KA_IS_STATE (self));
  g_return_if_fail (label_size <= KA_LABEL_SIZE_PROJECTOR);

  set_field (self, (int *) &self->label_size, label_size, PROP_LABEL_SIZE);
}

gboolean
ka_state_get_presenting (KaState *self)
{
  g_return_val_if_fail (KA_IS_STATE (self), FALSE);

  return self->presenting;
}

void
ka_state_set_presenting (KaState  *self,
                         gboolean  presenting)
{
  g_return_if_fail (KA_IS_STATE (self));

  /* Leaving a presentation never leaves the screen black. */
  if (!presenting)
    ka_state_set_blanked (self, FALSE);

  set_field (self, &self->presenting, !!presenting, PROP_PRESENTING);
}

gboolean
ka_state_get_blanked (KaState *self)
{
  g_return_val_if_fail (KA_IS_STATE (self), FALSE);

  return self->blanked;
}

void
ka_state_set_blanked (KaState  *self,
                      gboolean  blanked)
{
  g_return_if_fail (KA_IS_STATE (self));

  set_field (self, &self->blanked, !!blanked, PROP_BLANKED);
}

/**
 * ka_state_get_text_scale:
 *
 * How much larger than their own sizes labels and the legend are drawn:
 * the label size chosen in the preferences, grown further while
 * presenting.
 */
double
ka_state_get_text_scale (KaState *self)
{
  g_return_val_if_fail (KA_IS_STATE (self), 1.0);

  return ka_label_size_get_text_scale (self->label_size) * (self->presenting ? KA_PRESENTING_TEXT_SCALE : 1.0);
}

/**
 * ka_label_size_get_text_scale:
 * @label_size: a label size of the preferences
 *
 * Returns: how much larger than their own sizes labels are at @label_size.
 */
double
ka_label_size_get_text_scale (KaLabelSize label_size)
{
  static const double sizes[] = { 1.0, 1.3, 1.6 };

  g_return_val_if_fail (label_size <= KA_LABEL_SIZE_PROJECTOR, 1.0);

  return sizes[label_size];
}

int
ka_state_get_lecture_step (KaState *self)
{
  g_return_val_if_fail (KA_IS_STATE (self), -1);

  return self->lecture_step;
}

void
ka_state_set_lecture_step (KaState *self,
                           int      lecture_step)
{
  g_return_if_fail (KA_IS_STATE (self));
  g_return_if_fail (lecture_step >= -1);

  set_field (self, &self->lecture_step, lecture_step, PROP_LECTURE_STEP);
}

gboolean
ka_state_get_native_names (KaState *self)
{
  g_return_val_if_fail (KA_IS_STATE (self), FALSE);

  return self->native_names;
}

void
ka_state_set_native_names (KaState  *self,
                           gboolean  native_names)
{
  g_return_if_fail (KA_IS_STATE (self));

  set_field (self, &self->native_names, !!native_names, PROP_NATIVE_NAMES);
}

/**
 * ka_state_get_island_name:
 *
 * @island's name as the views show it: for the naming, in the names' own
 * scripts when "native-names" is set, romanised otherwise.
 */
const char *
ka_state_get_island_name (KaState  *self,
                          KaIsland *island)
{
  g_return_val_if_fail (KA_IS_STATE (self), NULL);
  g_return_val_if_fail (island != NULL, NULL);

  if (self->native_names)
    return ka_island_get_native_name (island, self->naming);

  return ka_island_get_name (island, self->naming);
}
