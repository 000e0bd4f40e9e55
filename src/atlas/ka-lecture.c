/* ka-lecture.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-lecture"

#include "config.h"

#include "ka-lecture-private.h"
#include "ka-resource.h"

G_DEFINE_QUARK (ka-lecture-error-quark, ka_lecture_error)
G_DEFINE_BOXED_TYPE (KaLecture, ka_lecture, ka_lecture_ref, ka_lecture_unref)

void
ka_lecture_step_free (KaLectureStep *step)
{
  g_free (step->title);
  g_free (step->caption);
  g_free (step->note);
  g_free (step->island);
  g_strfreev (step->islands);
  g_free (step);
}

static KaLecture *
lecture_new (const char *name)
{
  KaLecture *self = g_new0 (KaLecture, 1);

  g_ref_count_init (&self->ref_count);
  self->name = g_strdup (name);
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) ka_lecture_step_free);

  return self;
}

/**
 * ka_lecture_new_from_bytes:
 * @bytes: the lecture file's contents
 * @name: the name to use in error messages, e.g. "lecture.json"
 * @known_island_ids: (nullable) (array zero-terminated=1): the ids a step
 *   may select, or %NULL to accept any
 * @error: return location for a #KA_LECTURE_ERROR
 *
 * Reads a lecture (see docs/lecture-format.md). Any input, however
 * broken, gives either a lecture or an error whose message starts with
 * "@name:line:column: " and says what is wrong there.
 *
 * Returns: (transfer full) (nullable): the lecture, or %NULL with @error set
 */
KaLecture *
ka_lecture_new_from_bytes (GBytes             *bytes,
                           const char         *name,
                           const char * const *known_island_ids,
                           GError            **error)
{
  g_autoptr(KaLecture) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = lecture_new (name);
  if (!ka_lecture_read (self, bytes, known_island_ids, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * ka_lecture_new_from_file:
 * @file: a lecture file
 * @known_island_ids: (nullable) (array zero-terminated=1): as for
 *   ka_lecture_new_from_bytes()
 * @error: return location for a #KA_LECTURE_ERROR, or a #G_IO_ERROR if
 *   the file cannot be read
 *
 * Reads a lecture file; messages name it by its base name. A file over
 * %KA_LECTURE_MAX_BYTES is refused without being read.
 *
 * Returns: (transfer full) (nullable): the lecture, or %NULL with @error set
 */
KaLecture *
ka_lecture_new_from_file (GFile              *file,
                          const char * const *known_island_ids,
                          GError            **error)
{
  g_autofree char *name = NULL;
  g_autofree char *buffer = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize n_read = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_basename (file);
  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return NULL;

  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL);
  if (info != NULL && g_file_info_get_size (info) > KA_LECTURE_MAX_BYTES)
    {
      ka_lecture_set_too_large_error (error, name, g_file_info_get_size (info));
      return NULL;
    }

  /* One byte more than allowed tells a file that grew, or a pipe, apart. */
  buffer = g_malloc (KA_LECTURE_MAX_BYTES + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, KA_LECTURE_MAX_BYTES + 1,
                                &n_read, NULL, error))
    return NULL;

  if (n_read > KA_LECTURE_MAX_BYTES)
    {
      ka_lecture_set_too_large_error (error, name, 0);
      return NULL;
    }

  bytes = g_bytes_new_take (g_realloc (g_steal_pointer (&buffer), MAX (n_read, 1)), n_read);
  return ka_lecture_new_from_bytes (bytes, name, known_island_ids, error);
}

/**
 * ka_lecture_new_from_resource:
 * @resource_path: e.g. %KA_DEFAULT_LECTURE_RESOURCE
 * @known_island_ids: (nullable) (array zero-terminated=1): as for
 *   ka_lecture_new_from_bytes()
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the lecture, or %NULL with @error set
 */
KaLecture *
ka_lecture_new_from_resource (const char         *resource_path,
                              const char * const *known_island_ids,
                              GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);

  bytes = ka_resource_lookup (resource_path, error);
  if (bytes == NULL)
    return NULL;

  return ka_lecture_new_from_bytes (bytes, resource_path, known_island_ids, error);
}

KaLecture *
ka_lecture_ref (KaLecture *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
ka_lecture_unref (KaLecture *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_free (self->name);
  g_free (self->title);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_free (self);
}

/**
 * ka_lecture_get_name:
 *
 * Returns: the name given when loading: a file's base name or a resource path
 */
const char *
ka_lecture_get_name (KaLecture *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

const char *
ka_lecture_get_title (KaLecture *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

/**
 * ka_lecture_get_n_steps:
 *
 * Returns: the number of steps, at least 1
 */
guint
ka_lecture_get_n_steps (KaLecture *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->steps->len;
}

/**
 * ka_lecture_get_step:
 * @index: from 0
 *
 * Returns: (transfer none): the step, valid as long as @self
 */
const KaLectureStep *
ka_lecture_get_step (KaLecture *self,
                     guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);

  return g_ptr_array_index (self->steps, index);
}

const char *
ka_lecture_step_get_title (const KaLectureStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return step->title;
}

const char *
ka_lecture_step_get_caption (const KaLectureStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return step->caption;
}

/**
 * ka_lecture_step_get_note:
 *
 * Returns: (nullable): the speaker note, which may hold several lines
 */
const char *
ka_lecture_step_get_note (const KaLectureStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return step->note;
}

/**
 * ka_lecture_step_get_year:
 *
 * Returns: the layer year, one of ka_years[]
 */
guint
ka_lecture_step_get_year (const KaLectureStep *step)
{
  g_return_val_if_fail (step != NULL, 0);

  return step->year;
}

guint
ka_lecture_step_get_year_index (const KaLectureStep *step)
{
  g_return_val_if_fail (step != NULL, 0);

  return (guint) ka_year_index (step->year);
}

/**
 * ka_lecture_step_get_compare:
 *
 * Returns: whether the lines of every year are drawn; holders are still
 *   those of the step's year
 */
gboolean
ka_lecture_step_get_compare (const KaLectureStep *step)
{
  g_return_val_if_fail (step != NULL, FALSE);

  return step->compare;
}

/**
 * ka_lecture_step_get_island:
 *
 * Returns: (nullable): the id of the island to select, or %NULL for none
 */
const char *
ka_lecture_step_get_island (const KaLectureStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return step->island;
}

/**
 * ka_lecture_step_get_islands:
 *
 * The step's "islands" as the file gives them, for writing the step back:
 * island ids, the first the one the panel shows, and perhaps groups
 * (`habomai`) after it.
 *
 * Returns: (nullable) (transfer none): the list, or %NULL when the step
 *   has no "islands" (it may still have an "island")
 */
const char * const *
ka_lecture_step_get_islands (const KaLectureStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return (const char * const *) step->islands;
}

/**
 * ka_lecture_step_dup_island_ids:
 * @islands: the atlas's islands, in which groups are looked up
 *
 * Every island the step selects, groups replaced by their islands, each
 * once, the panel's island first.
 *
 * Returns: (nullable) (transfer full): the ids, or %NULL when the step
 *   selects no island
 */
GStrv
ka_lecture_step_dup_island_ids (const KaLectureStep *step,
                                KaIslandSet         *islands)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GPtrArray) seen = NULL;
  const char *one[] = { step ? step->island : NULL, NULL };
  const char * const *names;

  g_return_val_if_fail (step != NULL, NULL);

  if (step->island == NULL)
    return NULL;

  names = step->islands != NULL ? (const char * const *) step->islands : one;
  builder = g_strv_builder_new ();
  seen = g_ptr_array_new ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) members = NULL;
      KaIslandGroup group;

      if (ka_island_group_from_string (names[i], &group))
        members = ka_island_set_get_group (islands, group);

      for (guint j = 0; j < (members ? members->len : 1); j++)
        {
          const char *id = members ? ka_island_get_id (g_ptr_array_index (members, j)) : names[i];

          if (!g_ptr_array_find_with_equal_func (seen, id, g_str_equal, NULL))
            {
              g_ptr_array_add (seen, (gpointer) id);
              g_strv_builder_add (builder, id);
            }
        }
    }

  return g_strv_builder_end (builder);
}

/**
 * ka_lecture_step_get_naming:
 *
 * Returns: a #KaNaming, or -1 to keep the naming the user chose
 */
int
ka_lecture_step_get_naming (const KaLectureStep *step)
{
  g_return_val_if_fail (step != NULL, -1);

  return step->naming;
}

KaLectureViewKind
ka_lecture_step_get_view_kind (const KaLectureStep *step)
{
  g_return_val_if_fail (step != NULL, KA_LECTURE_VIEW_DEFAULT);

  return step->view_kind;
}

/**
 * ka_lecture_step_get_center:
 * @lon: (out) (optional): longitude in degrees
 * @lat: (out) (optional): latitude in degrees
 * @zoom: (out) (optional): zoom level, %KA_MIN_ZOOM to %KA_MAX_ZOOM
 *
 * Returns: %TRUE if the step's view is %KA_LECTURE_VIEW_CENTER; the out
 *   values are left alone otherwise
 */
gboolean
ka_lecture_step_get_center (const KaLectureStep *step,
                            double              *lon,
                            double              *lat,
                            double              *zoom)
{
  g_return_val_if_fail (step != NULL, FALSE);

  if (step->view_kind != KA_LECTURE_VIEW_CENTER)
    return FALSE;

  if (lon != NULL)
    *lon = step->lon;
  if (lat != NULL)
    *lat = step->lat;
  if (zoom != NULL)
    *zoom = step->zoom;
  return TRUE;
}

/**
 * ka_lecture_step_get_fit_box:
 * @box: (out) (optional): the box in lon/lat degrees
 *
 * Returns: %TRUE if the step's view is %KA_LECTURE_VIEW_FIT_BOX; @box is
 *   left alone otherwise
 */
gboolean
ka_lecture_step_get_fit_box (const KaLectureStep *step,
                             KaBox               *box)
{
  g_return_val_if_fail (step != NULL, FALSE);

  if (step->view_kind != KA_LECTURE_VIEW_FIT_BOX)
    return FALSE;

  if (box != NULL)
    *box = step->box;
  return TRUE;
}

/**
 * ka_lecture_step_resolve_view:
 * @islands: where the step's island is looked up
 * @box: (out): the lon/lat box to fit, when the step frames one
 * @lon: (out): the centre, when the step gives one
 *
 * Where @step looks, as the screen and exports both show it: a step
 * without a view frames its island, or the home frame without one.
 *
 * Returns: %TRUE for a centre and zoom, %FALSE for a box to fit
 */
gboolean
ka_lecture_step_resolve_view (const KaLectureStep *step,
                              KaIslandSet         *islands,
                              KaBox               *box,
                              double              *lon,
                              double              *lat,
                              double              *zoom)
{
  g_auto(GStrv) ids = ka_lecture_step_dup_island_ids (step, islands);
  KaBox frame = ka_box_empty ();

  *box = KA_FRAME_BOX;

  switch (ka_lecture_step_get_view_kind (step))
    {
    case KA_LECTURE_VIEW_CENTER:
      return ka_lecture_step_get_center (step, lon, lat, zoom);

    case KA_LECTURE_VIEW_FIT_BOX:
      ka_lecture_step_get_fit_box (step, box);
      return FALSE;

    case KA_LECTURE_VIEW_FIT_ISLAND:
    case KA_LECTURE_VIEW_DEFAULT:
    default:
      /* Every island the step selects, framed together. */
      for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
        {
          KaIsland *island = ka_island_set_lookup (islands, ids[i]);

          if (island != NULL)
            {
              KaBox island_frame = ka_island_get_frame (island);

              ka_box_add_box (&frame, &island_frame);
            }
        }
      if (!ka_box_is_empty (&frame))
        *box = frame;
      return FALSE;
    }
}

/**
 * ka_lecture_new_with_steps:
 * @name: as for ka_lecture_new_from_bytes()
 * @steps: (transfer full): the steps, #KaLectureStep, freed with the lecture
 *
 * A lecture made in the atlas rather than read: the editor's snapshot.
 *
 * Returns: (transfer full): the lecture
 */
KaLecture *
ka_lecture_new_with_steps (const char *name,
                           const char *title,
                           GPtrArray  *steps)
{
  KaLecture *self = lecture_new (name);

  self->title = g_strdup (title);
  for (guint i = 0; i < steps->len; i++)
    g_ptr_array_add (self->steps, g_ptr_array_index (steps, i));
  g_ptr_array_set_free_func (steps, NULL);
  g_ptr_array_unref (steps);

  return self;
}
