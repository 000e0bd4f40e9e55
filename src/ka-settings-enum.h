/* ka-settings-enum.h
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The nicks of the schema's enums, in the order of their values. */
extern const char * const ka_basemap_nicks[];
extern const char * const ka_naming_nicks[];
extern const char * const ka_label_size_nicks[];
extern const char * const ka_color_scheme_nicks[];

/* Binds an enum key, stored by nick, to an int or uint @property whose
 * value is the nick's position in @nicks (a %NULL-terminated static array). */
void ka_settings_bind_enum (GSettings          *settings,
                            const char         *key,
                            gpointer            object,
                            const char         *property,
                            const char * const *nicks);

G_END_DECLS
