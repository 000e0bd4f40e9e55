/* ka-enum-nicks.c — the words files and options use for an enum's values
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-enum-nicks"

#include "config.h"

#include "ka-enum-nicks.h"

/**
 * ka_enum_dup_nicks:
 * @enum_type: an enum registered by glib-mkenums
 *
 * Returns: (transfer full): the nicks of @enum_type's values, in the
 *   order of the values, for messages and suggestions
 */
char **
ka_enum_dup_nicks (GType enum_type)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);
  GStrvBuilder *builder = g_strv_builder_new ();
  char **nicks;

  for (guint i = 0; i < enum_class->n_values; i++)
    g_strv_builder_add (builder, enum_class->values[i].value_nick);

  nicks = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return nicks;
}
