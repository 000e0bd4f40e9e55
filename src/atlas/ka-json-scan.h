/* ka-json-scan.h — strict JSON checking and the line and column of any value
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* json-glib 1.6 keeps no positions, accepts comments, single quotes,
 * hexadecimal numbers and text after the value, keeps the last of two
 * equal keys silently, wraps integers past 64 bits round and overflows
 * its stack on deep nesting. JSON goes through this scanner before it
 * reaches json-glib. */

#define KA_JSON_SCAN_MAX_DEPTH 64

/* 1-based; the column counts characters, not bytes, as editors do. */
typedef struct
{
  guint line;
  guint column;
} KaTextPosition;

#define KA_JSON_SCAN_ERROR (ka_json_scan_error_quark ())

typedef enum
{
  KA_JSON_SCAN_ERROR_ENCODING,       /* not UTF-8 */
  KA_JSON_SCAN_ERROR_SYNTAX,         /* not strict JSON (RFC 8259) */
  KA_JSON_SCAN_ERROR_DUPLICATE_KEY,  /* a key twice in one object */
} KaJsonScanError;

GQuark      ka_json_scan_error_quark (void);

const char *ka_json_scan_skip_bom    (const char     *text,
                                      gsize          *length);
void        ka_json_scan_append_key  (GString        *path,
                                      const char     *key);
gboolean    ka_json_scan_check       (const char     *text,
                                      gsize           length,
                                      KaTextPosition *error_position,
                                      GError        **error);
gboolean    ka_json_scan_locate      (const char     *text,
                                      gsize           length,
                                      const char     *path,
                                      KaTextPosition *key_position,
                                      KaTextPosition *value_position);

G_END_DECLS
