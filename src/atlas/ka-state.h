/* ka-state.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ka-island.h"

G_BEGIN_DECLS

/* The nicks glib-mkenums derives from these are the settings schema's
 * (a test checks that they agree). */
typedef enum
{
  KA_BASEMAP_OFFLINE,
  KA_BASEMAP_ONLINE,
} KaBasemap;

typedef enum
{
  KA_LABEL_SIZE_NORMAL,
  KA_LABEL_SIZE_LARGE,
  KA_LABEL_SIZE_PROJECTOR,
} KaLabelSize;

typedef enum
{
  KA_COLOR_SCHEME_DEFAULT,
  KA_COLOR_SCHEME_LIGHT,
  KA_COLOR_SCHEME_DARK,
} KaColorScheme;

/* Labels grow by this much while presenting, for the back of the room. */
#define KA_PRESENTING_TEXT_SCALE 1.4

#define KA_TYPE_STATE (ka_state_get_type ())

G_DECLARE_FINAL_TYPE (KaState, ka_state, KA, STATE, GObject)

KaState    *ka_state_new                 (void);

guint       ka_state_get_year            (KaState    *self);
void        ka_state_set_year            (KaState    *self,
                                          guint       year);
gboolean    ka_state_get_compare_years   (KaState    *self);
void        ka_state_set_compare_years   (KaState    *self,
                                          gboolean    compare_years);
const char *ka_state_get_selected_island (KaState    *self);
void        ka_state_set_selected_island (KaState    *self,
                                          const char *island_id);
const char * const *ka_state_get_selected_islands (KaState *self);
void        ka_state_set_selected_islands (KaState            *self,
                                           const char * const *island_ids);
KaNaming    ka_state_get_naming          (KaState    *self);
void        ka_state_set_naming          (KaState    *self,
                                          KaNaming    naming);
KaBasemap   ka_state_get_basemap         (KaState    *self);
void        ka_state_set_basemap         (KaState    *self,
                                          KaBasemap   basemap);
gboolean    ka_state_get_panel_visible   (KaState    *self);
void        ka_state_set_panel_visible   (KaState    *self,
                                          gboolean    panel_visible);
KaLabelSize ka_state_get_label_size      (KaState    *self);
void        ka_state_set_label_size      (KaState    *self,
                                          KaLabelSize label_size);
gboolean    ka_state_get_presenting      (KaState    *self);
void        ka_state_set_presenting      (KaState    *self,
                                          gboolean    presenting);
gboolean    ka_state_get_blanked         (KaState    *self);
void        ka_state_set_blanked         (KaState    *self,
                                          gboolean    blanked);
int         ka_state_get_lecture_step    (KaState    *self);
void        ka_state_set_lecture_step    (KaState    *self,
                                          int         lecture_step);

double      ka_state_get_text_scale      (KaState    *self);
double      ka_label_size_get_text_scale (KaLabelSize label_size);
gboolean    ka_state_get_native_names    (KaState    *self);
void        ka_state_set_native_names    (KaState    *self,
                                          gboolean    native_names);
const char *ka_state_get_island_name     (KaState    *self,
                                          KaIsland   *island);

G_END_DECLS
