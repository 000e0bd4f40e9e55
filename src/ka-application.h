/* ka-application.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ka-atlas.h"
#include "ka-tile-renderer.h"
#include "ka-window.h"

G_BEGIN_DECLS

#define KA_TYPE_APPLICATION (ka_application_get_type ())

G_DECLARE_FINAL_TYPE (KaApplication, ka_application, KA, APPLICATION, AdwApplication)

KaApplication  *ka_application_new              (const char        *application_id,
                                                 GApplicationFlags  flags);
KaAtlas        *ka_application_get_atlas        (KaApplication     *self);
KaTileRenderer *ka_application_get_tile_renderer (KaApplication    *self);
KaWindow       *ka_application_new_window       (KaApplication     *self);

G_END_DECLS
