/* ka-places.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-places"

#include "config.h"

#include <glib/gi18n.h>

#include "ka-places.h"

/* Town centres, WGS 84; in the order they are labelled when space is short. */
static const KaPlace places[] = {
  { N_("Sapporo"), 43.0621, 141.3544 },
  { N_("Yuzhno-Sakhalinsk"), 46.9591, 142.7380 },
  { N_("Petropavlovsk-Kamchatsky"), 53.0241, 158.6433 },
  { N_("Yuzhno-Kurilsk"), 44.0306, 145.8556 },
  { N_("Kurilsk"), 45.2270, 147.8770 },
  { N_("Severo-Kurilsk"), 50.6781, 156.1250 },
  { N_("Malokurilskoye"), 43.8708, 146.8264 },
  { N_("Nemuro"), 43.3301, 145.5828 },
  { N_("Kushiro"), 42.9849, 144.3820 },
  { N_("Wakkanai"), 45.4156, 141.6731 },
  { N_("Korsakov"), 46.6342, 142.7769 },
};

const KaPlace *
ka_places_get_all (guint *n_places)
{
  *n_places = G_N_ELEMENTS (places);

  return places;
}
