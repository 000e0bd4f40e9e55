/* ka-places.h — the towns named on the basemap
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;  /* untranslated; show it through _() */
  double lat;
  double lon;
} KaPlace;

const KaPlace *ka_places_get_all (guint *n_places);

G_END_DECLS
