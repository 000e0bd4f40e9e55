/* ka-fuzz.h — what every fuzz target shares
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "ka-atlas.h"

G_BEGIN_DECLS

/* libFuzzer's entry points, declared here for -Wmissing-prototypes. */
int      LLVMFuzzerInitialize   (int           *argc,
                                 char        ***argv);
int      LLVMFuzzerTestOneInput (const uint8_t *data,
                                 size_t         size);

void     ka_fuzz_init           (void);
GBytes  *ka_fuzz_bytes          (const uint8_t *data,
                                 size_t         size);
void     ka_fuzz_check_error    (gpointer       result,
                                 GError        *error);
KaAtlas *ka_fuzz_get_atlas      (void);

G_END_DECLS
