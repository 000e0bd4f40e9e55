/* ka-vocabulary.c — the words the atlas has for who holds an island, the
 * groups of islands, and the languages of their names
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-vocabulary"

#include "config.h"

#include "ka-vocabulary.h"

#include "ka-enum-types.h"

/* The data files name holders and groups by their enums' nicks, which
 * glib-mkenums derives from the value names: one list, not two. The
 * class is referenced once and kept, as the type is, for the program's
 * life. */
static GEnumClass *
enum_class (GType type)
{
  GEnumClass *klass = g_type_class_peek (type);

  return klass != NULL ? klass : g_type_class_ref (type);
}

static const char *
value_to_nick (GType type,
               int   value)
{
  GEnumValue *enum_value = g_enum_get_value (enum_class (type), value);

  g_return_val_if_fail (enum_value != NULL, NULL);

  return enum_value->value_nick;
}

static gboolean
nick_to_value (GType       type,
               const char *nick,
               int        *value)
{
  GEnumValue *enum_value;

  if (nick == NULL)
    return FALSE;

  enum_value = g_enum_get_value_by_nick (enum_class (type), nick);
  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;
  return TRUE;
}

/**
 * ka_holder_to_string:
 *
 * Returns the name @holder has in the data files ("japan", …).
 */
const char *
ka_holder_to_string (KaHolder holder)
{
  return value_to_nick (KA_TYPE_HOLDER, holder);
}

gboolean
ka_holder_from_string (const char *string,
                       KaHolder   *out)
{
  int value;

  if (!nick_to_value (KA_TYPE_HOLDER, string, &value))
    return FALSE;

  *out = value;
  return TRUE;
}

/**
 * ka_island_group_to_string:
 *
 * Returns the name @group has in the data files ("habomai", …).
 */
const char *
ka_island_group_to_string (KaIslandGroup group)
{
  return value_to_nick (KA_TYPE_ISLAND_GROUP, group);
}

gboolean
ka_island_group_from_string (const char    *string,
                             KaIslandGroup *out)
{
  int value;

  if (!nick_to_value (KA_TYPE_ISLAND_GROUP, string, &value))
    return FALSE;

  *out = value;
  return TRUE;
}
