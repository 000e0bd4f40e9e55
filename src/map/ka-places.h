/* ka-places.h — the towns named on the map, with their names by period
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ka-island.h"

G_BEGIN_DECLS

#define KA_PLACES_RESOURCE_PATH "/io/github/kurilatlas/KurilAtlas/compiled/places.gvariant"

/* The script a name is drawn in. */
typedef enum
{
  KA_SCRIPT_LATIN,     /* "Yuzhno-Kurilsk", "Furukamappu" */
  KA_SCRIPT_CYRILLIC,  /* "Южно-Курильск" */
  KA_SCRIPT_JAPANESE,  /* "古釜布" */
} KaScript;

typedef struct _KaPlaces KaPlaces;

const KaPlaces *ka_places_get_default     (void);
guint           ka_places_get_n_places    (const KaPlaces *self);
void            ka_places_get_position    (const KaPlaces *self,
                                           guint           index,
                                           double         *lat,
                                           double         *lon);
char           *ka_places_dup_name        (const KaPlaces *self,
                                           guint           index,
                                           guint           year_index,
                                           KaNaming        naming,
                                           KaScript        script,
                                           gboolean       *reference);

KaScript        ka_places_get_ui_script   (void);

G_END_DECLS
