/* ka-test-coastline.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-coastline.h"

G_BEGIN_DECLS

/* A place whose level in the real data the tests rely on. */
typedef struct
{
  const char *name;
  double lon;
  double lat;
} KaTestPlace;

char        *ka_test_coastline_path  (void);
GBytes      *ka_test_coastline_bytes (void);
KaCoastline *ka_test_load_coastline  (void);

double       ka_test_shore_distance  (KaCoastline *coastline,
                                      double       lon,
                                      double       lat);

G_END_DECLS
