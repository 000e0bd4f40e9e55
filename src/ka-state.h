/* ka-state.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  KA_BASEMAP_OFFLINE,
  KA_BASEMAP_ONLINE,
} KaBasemap;

#define KA_TYPE_STATE (ka_state_get_type ())

G_DECLARE_FINAL_TYPE (KaState, ka_state, KA, STATE, GObject)

KaState    *ka_state_new                (void);

guint       ka_state_get_year           (KaState    *self);
void        ka_state_set_year           (KaState    *self,
                                         guint       year);
gboolean    ka_state_get_compare_years  (KaState    *self);
void        ka_state_set_compare_years  (KaState    *self,
                                         gboolean    compare_years);
const char *ka_state_get_selected_island (KaState   *self);
void        ka_state_set_selected_island (KaState   *self,
                                          const char *island_id);
int         ka_state_get_naming         (KaState    *self);
void        ka_state_set_naming         (KaState    *self,
                                         int         naming);
KaBasemap   ka_state_get_basemap        (KaState    *self);
void        ka_state_set_basemap        (KaState    *self,
                                         KaBasemap   basemap);

G_END_DECLS
