/* ka-state.c — everything the user can change, in one object that the views observe
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-state"

#include "config.h"

#include "ka-state.h"

struct _KaState
{
  GObject parent_instance;

  guint year;
  gboolean compare_years;
  char *selected_island;
  int naming;
  KaBasemap basemap;
};

G_DEFINE_FINAL_TYPE (KaState, ka_state, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_COMPARE_YEARS,
  PROP_SELECTED_ISLAND,
  PROP_NAMING,
  PROP_BASEMAP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ka_state_finalize (GObject *object)
{
  KaState *self = (KaState *)object;

  g_clear_pointer (&self->selected_island, g_free);

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
    case PROP_NAMING:
      g_value_set_int (value, self->naming);
      break;
    case PROP_BASEMAP:
      g_value_set_int (value, self->basemap);
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
    case PROP_NAMING:
      ka_state_set_naming (self, g_value_get_int (value));
      break;
    case PROP_BASEMAP:
      ka_state_set_basemap (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ka_state_class_init (KaStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ka_state_finalize;
  object_class->get_property = ka_state_get_property;
  object_class->set_property = ka_state_set_property;

  /* The boundary layer shown: one of the treaty years. */
  properties[PROP_YEAR] =
    g_param_spec_uint ("year", NULL, NULL,
                       1855, 1945, 1945,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Draw every year's lines at once, for comparison. */
  properties[PROP_COMPARE_YEARS] =
    g_param_spec_boolean ("compare-years", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SELECTED_ISLAND] =
    g_param_spec_string ("selected-island", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* A KaNaming value: Japanese, Russian or both names. */
  properties[PROP_NAMING] =
    g_param_spec_int ("naming", NULL, NULL,
                      0, 2, 2,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_BASEMAP] =
    g_param_spec_int ("basemap", NULL, NULL,
                      KA_BASEMAP_OFFLINE, KA_BASEMAP_ONLINE, KA_BASEMAP_OFFLINE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ka_state_init (KaState *self)
{
  self->year = 1945;
  self->naming = 2;
  self->basemap = KA_BASEMAP_OFFLINE;
}

KaState *
ka_state_new (void)
{
  return g_object_new (KA_TYPE_STATE, NULL);
}

guint
ka_state_get_year (KaState *self)
{
  g_return_val_if_fail (KA_IS_STATE (self), 1945);

  return self->year;
}

void
ka_state_set_year (KaState *self,
                   guint    year)
{
  g_return_if_fail (KA_IS_STATE (self));

  if (self->year == year)
    return;

  self->year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
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

  compare_years = !!compare_years;
  if (self->compare_years == compare_years)
    return;

  self->compare_years = compare_years;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARE_YEARS]);
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
  g_return_if_fail (KA_IS_STATE (self));

  if (island_id != NULL && island_id[0] == '\0')
    island_id = NULL;

  if (g_strcmp0 (self->selected_island, island_id) == 0)
    return;

  g_free (self->selected_island);
  self->selected_island = g_strdup (island_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ISLAND]);
}

int
ka_state_get_naming (KaState *self)
{
  g_return_val_if_fail (KA_IS_STATE (self), 2);

  return self->naming;
}

void
ka_state_set_naming (KaState *self,
                     int      naming)
{
  g_return_if_fail (KA_IS_STATE (self));

  if (self->naming == naming)
    return;

  self->naming = naming;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAMING]);
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

  if (self->basemap == basemap)
    return;

  self->basemap = basemap;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASEMAP]);
}
