/* ka-lecture-model.c — a lecture being edited: its steps, what changed, where it is saved
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-lecture"

#include "config.h"

#include <string.h>

#include "ka-lecture-model.h"
#include "ka-lecture-private.h"
#include "ka-lecture-writer.h"

/* A read lecture is immutable, and the presenter and exports share it:
 * the model edits its own copies of the steps and hands out snapshots
 * (ka_lecture_model_dup_lecture()). */
struct _KaLectureModel
{
  GObject parent_instance;

  char *title;
  GPtrArray *steps;      /* KaLectureStep */
  GFile *file;           /* NULL: the built-in lecture or a new one */
  gboolean dirty;

  KaLectureStep *deleted; /* the last deleted step, for Undo */
  guint deleted_index;
};

G_DEFINE_FINAL_TYPE (KaLectureModel, ka_lecture_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DIRTY,
  PROP_FILE,
  PROP_TITLE,
  N_PROPS
};

enum {
  STEPS_CHANGED,
  STEP_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/**
 * ka_lecture_step_new:
 * @island: (nullable): the island to select
 * @naming: a #KaNaming, or -1 to keep the naming as it is
 * @fit: (nullable): the box to frame, or %NULL for the step's default
 *
 * Returns: (transfer full): a step, as Add Step from View makes it
 */
KaLectureStep *
ka_lecture_step_new (const char  *title,
                     const char  *caption,
                     guint        year,
                     gboolean     compare,
                     const char  *island,
                     int          naming,
                     const KaBox *fit)
{
  KaLectureStep *step = g_new0 (KaLectureStep, 1);

  step->title = g_strdup (title);
  step->caption = g_strdup (caption);
  step->year = year;
  step->compare = compare;
  step->island = g_strdup (island);
  step->naming = naming;
  step->view_kind = fit != NULL ? KA_LECTURE_VIEW_FIT_BOX : KA_LECTURE_VIEW_DEFAULT;
  if (fit != NULL)
    step->box = *fit;

  return step;
}

/**
 * ka_lecture_step_set_islands:
 * @ids: (nullable): the islands the step selects, the one the panel shows
 *   first
 *
 * A step of one island keeps writing "island", which every version reads;
 * only several need "islands".
 */
void
ka_lecture_step_set_islands (KaLectureStep      *step,
                             const char * const *ids)
{
  g_return_if_fail (step != NULL);

  g_clear_pointer (&step->islands, g_strfreev);
  g_free (step->island);
  step->island = ids != NULL && ids[0] != NULL ? g_strdup (ids[0]) : NULL;
  if (ids != NULL && ids[0] != NULL && ids[1] != NULL)
    step->islands = g_strdupv ((char **) ids);
}

KaLectureStep *
ka_lecture_step_copy (const KaLectureStep *step)
{
  KaLectureStep *copy = g_memdup2 (step, sizeof *step);

  copy->title = g_strdup (step->title);
  copy->caption = g_strdup (step->caption);
  copy->note = g_strdup (step->note);
  copy->island = g_strdup (step->island);
  copy->islands = g_strdupv (step->islands);

  return copy;
}

static gboolean
island_lists_equal (char * const *a,
                    char * const *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strv_equal ((const char * const *) a, (const char * const *) b);
}

/* Only what the step's view kind uses counts: a box left over from an
 * earlier framing is not part of a centred step. */
static gboolean
views_equal (const KaLectureStep *a,
             const KaLectureStep *b)
{
  if (a->view_kind != b->view_kind)
    return FALSE;

  switch (a->view_kind)
    {
    case KA_LECTURE_VIEW_CENTER:
      return a->lon == b->lon && a->lat == b->lat && a->zoom == b->zoom;
    case KA_LECTURE_VIEW_FIT_BOX:
      return memcmp (&a->box, &b->box, sizeof a->box) == 0;
    case KA_LECTURE_VIEW_FIT_ISLAND:
    case KA_LECTURE_VIEW_DEFAULT:
    default:
      return TRUE;
    }
}

gboolean
ka_lecture_step_equal (const KaLectureStep *a,
                       const KaLectureStep *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return g_strcmp0 (a->title, b->title) == 0 &&
         g_strcmp0 (a->caption, b->caption) == 0 &&
         g_strcmp0 (a->note, b->note) == 0 &&
         g_strcmp0 (a->island, b->island) == 0 &&
         island_lists_equal (a->islands, b->islands) &&
         a->year == b->year &&
         !a->compare == !b->compare &&
         a->naming == b->naming &&
         views_equal (a, b);
}

static void
set_dirty (KaLectureModel *self,
           gboolean        dirty)
{
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
changed_steps (KaLectureModel *self,
               guint           position,
               guint           removed,
               guint           added)
{
  set_dirty (self, TRUE);
  g_signal_emit (self, signals[STEPS_CHANGED], 0, position, removed, added);
}

static void
changed_step (KaLectureModel *self,
              guint           index)
{
  set_dirty (self, TRUE);
  g_signal_emit (self, signals[STEP_CHANGED], 0, index);
}

static void
ka_lecture_model_finalize (GObject *object)
{
  KaLectureModel *self = KA_LECTURE_MODEL (object);

  g_free (self->title);
  g_ptr_array_unref (self->steps);
  g_clear_object (&self->file);
  g_clear_pointer (&self->deleted, ka_lecture_step_free);

  G_OBJECT_CLASS (ka_lecture_model_parent_class)->finalize (object);
}

static void
ka_lecture_model_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KaLectureModel *self = KA_LECTURE_MODEL (object);

  switch (prop_id)
    {
    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ka_lecture_model_class_init (KaLectureModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ka_lecture_model_finalize;
  object_class->get_property = ka_lecture_model_get_property;

  /* Changed since it was opened or last saved. */
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* As GListModel's items-changed: steps removed and added at position. */
  signals[STEPS_CHANGED] =
    g_signal_new ("steps-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
  /* One step's text or view changed. */
  signals[STEP_CHANGED] =
    g_signal_new ("step-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
ka_lecture_model_init (KaLectureModel *self)
{
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) ka_lecture_step_free);
}

/**
 * ka_lecture_model_new:
 * @lecture: the lecture to edit; it is copied, not changed
 * @file: (nullable): the file @lecture was read from, where Save writes;
 *   %NULL for the built-in lecture or a new one, which Save never
 *   overwrites
 *
 * Returns: (transfer full): a model of @lecture, not dirty
 */
KaLectureModel *
ka_lecture_model_new (KaLecture *lecture,
                      GFile     *file)
{
  KaLectureModel *self;

  g_return_val_if_fail (lecture != NULL, NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (KA_TYPE_LECTURE_MODEL, NULL);
  self->title = g_strdup (ka_lecture_get_title (lecture));
  self->file = file ? g_object_ref (file) : NULL;
  for (guint i = 0; i < ka_lecture_get_n_steps (lecture); i++)
    g_ptr_array_add (self->steps, ka_lecture_step_copy (ka_lecture_get_step (lecture, i)));

  return self;
}

/**
 * ka_lecture_model_new_empty:
 *
 * Returns: (transfer full): a lecture without steps, not saved anywhere
 */
KaLectureModel *
ka_lecture_model_new_empty (const char *title)
{
  KaLectureModel *self = g_object_new (KA_TYPE_LECTURE_MODEL, NULL);

  self->title = g_strdup (title);
  return self;
}

/**
 * ka_lecture_model_dup_lecture:
 *
 * Returns: (transfer full): the lecture as it is now, which later edits
 *   leave alone; it may have no steps
 */
KaLecture *
ka_lecture_model_dup_lecture (KaLectureModel *self)
{
  g_autoptr(GPtrArray) steps = g_ptr_array_new_full (self->steps->len, NULL);
  g_autofree char *name = NULL;

  g_return_val_if_fail (KA_IS_LECTURE_MODEL (self), NULL);

  for (guint i = 0; i < self->steps->len; i++)
    g_ptr_array_add (steps, ka_lecture_step_copy (g_ptr_array_index (self->steps, i)));
  name = self->file ? g_file_get_basename (self->file) : g_strdup (self->title);

  return ka_lecture_new_with_steps (name, self->title, g_steal_pointer (&steps));
}

/**
 * ka_lecture_model_get_file:
 *
 * Returns: (transfer none) (nullable): where Save writes, or %NULL when
 *   it must ask
 */
GFile *
ka_lecture_model_get_file (KaLectureModel *self)
{
  g_return_val_if_fail (KA_IS_LECTURE_MODEL (self), NULL);

  return self->file;
}

gboolean
ka_lecture_model_get_dirty (KaLectureModel *self)
{
  g_return_val_if_fail (KA_IS_LECTURE_MODEL (self), FALSE);

  return self->dirty;
}

/**
 * ka_lecture_model_mark_saved:
 * @file: where the lecture now is
 *
 * The lecture as it is now is in @file: Save writes there from now on.
 */
void
ka_lecture_model_mark_saved (KaLectureModel *self,
                             GFile          *file)
{
  g_return_if_fail (KA_IS_LECTURE_MODEL (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->file == NULL || !g_file_equal (self->file, file))
    {
      g_set_object (&self->file, file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
  set_dirty (self, FALSE);
}

/**
 * ka_lecture_model_save:
 * @file: where to write, atomically
 * @error: as for ka_lecture_write_file()
 *
 * Writes the lecture to @file; on success @file is where Save writes from
 * now on and the model is no longer dirty. On failure nothing changes.
 *
 * Returns: whether the lecture was written
 */
gboolean
ka_lecture_model_save (KaLectureModel  *self,
                       GFile           *file,
                       GError         **error)
{
  g_autoptr(KaLecture) lecture = NULL;

  g_return_val_if_fail (KA_IS_LECTURE_MODEL (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  lecture = ka_lecture_model_dup_lecture (self);
  if (!ka_lecture_write_file (lecture, file, error))
    return FALSE;

  ka_lecture_model_mark_saved (self, file);
  return TRUE;
}

const char *
ka_lecture_model_get_title (KaLectureModel *self)
{
  g_return_val_if_fail (KA_IS_LECTURE_MODEL (self), NULL);

  return self->title;
}

void
ka_lecture_model_set_title (KaLectureModel *self,
                            const char     *title)
{
  g_return_if_fail (KA_IS_LECTURE_MODEL (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  set_dirty (self, TRUE);
}

guint
ka_lecture_model_get_n_steps (KaLectureModel *self)
{
  g_return_val_if_fail (KA_IS_LECTURE_MODEL (self), 0);

  return self->steps->len;
}

/**
 * ka_lecture_model_get_step:
 *
 * Returns: (transfer none): the step, valid until the model next changes
 */
const KaLectureStep *
ka_lecture_model_get_step (KaLectureModel *self,
                           guint           index)
{
  g_return_val_if_fail (KA_IS_LECTURE_MODEL (self), NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);

  return g_ptr_array_index (self->steps, index);
}

static void
set_step_text (KaLectureModel  *self,
               guint            index,
               gsize            member,
               const char      *text)
{
  KaLectureStep *step;
  char **field;

  g_return_if_fail (KA_IS_LECTURE_MODEL (self));
  g_return_if_fail (index < self->steps->len);

  step = g_ptr_array_index (self->steps, index);
  field = G_STRUCT_MEMBER_P (step, member);
  if (g_strcmp0 (*field, text) == 0)
    return;

  g_free (*field);
  *field = g_strdup (text);
  changed_step (self, index);
}

void
ka_lecture_model_set_step_title (KaLectureModel *self,
                                 guint           index,
                                 const char     *title)
{
  set_step_text (self, index, G_STRUCT_OFFSET (KaLectureStep, title), title);
}

void
ka_lecture_model_set_step_caption (KaLectureModel *self,
                                   guint           index,
                                   const char     *caption)
{
  set_step_text (self, index, G_STRUCT_OFFSET (KaLectureStep, caption), caption);
}

/* An empty note is no note, as the reader has it. */
void
ka_lecture_model_set_step_note (KaLectureModel *self,
                                guint           index,
                                const char     *note)
{
  set_step_text (self, index, G_STRUCT_OFFSET (KaLectureStep, note),
                 note != NULL && note[0] != '\0' ? note : NULL);
}

/**
 * ka_lecture_model_update_step:
 * @view: a step holding the state to show, as ka_lecture_step_new()
 *   makes from the current view
 *
 * Update Step from View: the step at @index takes @view's year,
 * comparison, island, naming and framing, and keeps its own text.
 */
void
ka_lecture_model_update_step (KaLectureModel      *self,
                              guint                index,
                              const KaLectureStep *view)
{
  KaLectureStep *step;

  g_return_if_fail (KA_IS_LECTURE_MODEL (self));
  g_return_if_fail (index < self->steps->len);

  step = g_ptr_array_index (self->steps, index);
  step->year = view->year;
  step->compare = view->compare;
  g_free (step->island);
  step->island = g_strdup (view->island);
  g_strfreev (step->islands);
  step->islands = g_strdupv (view->islands);
  step->naming = view->naming;
  step->view_kind = view->view_kind;
  step->lon = view->lon;
  step->lat = view->lat;
  step->zoom = view->zoom;
  step->box = view->box;
  changed_step (self, index);
}

/**
 * ka_lecture_model_insert_step:
 * @index: where the step goes, up to the number of steps
 * @step: (transfer full): the step
 */
void
ka_lecture_model_insert_step (KaLectureModel *self,
                              guint           index,
                              KaLectureStep  *step)
{
  g_return_if_fail (KA_IS_LECTURE_MODEL (self));
  g_return_if_fail (index <= self->steps->len);

  g_ptr_array_insert (self->steps, index, step);
  changed_steps (self, index, 0, 1);
}

/* The copy goes right after the step. */
void
ka_lecture_model_duplicate_step (KaLectureModel *self,
                                 guint           index)
{
  g_return_if_fail (KA_IS_LECTURE_MODEL (self));
  g_return_if_fail (index < self->steps->len);

  ka_lecture_model_insert_step (self, index + 1,
                                ka_lecture_step_copy (g_ptr_array_index (self->steps, index)));
}

/* The step is kept until the next delete, for ka_lecture_model_undo_delete(). */
void
ka_lecture_model_delete_step (KaLectureModel *self,
                              guint           index)
{
  g_return_if_fail (KA_IS_LECTURE_MODEL (self));
  g_return_if_fail (index < self->steps->len);

  g_clear_pointer (&self->deleted, ka_lecture_step_free);
  self->deleted = g_ptr_array_steal_index (self->steps, index);
  self->deleted_index = index;
  changed_steps (self, index, 1, 0);
}

/**
 * ka_lecture_model_undo_delete:
 *
 * Puts the last deleted step back where it was (or at the end, if the
 * lecture has since grown shorter).
 *
 * Returns: where the step now is, or -1 if there was none to restore
 */
int
ka_lecture_model_undo_delete (KaLectureModel *self)
{
  guint index;

  g_return_val_if_fail (KA_IS_LECTURE_MODEL (self), -1);

  if (self->deleted == NULL)
    return -1;

  index = MIN (self->deleted_index, self->steps->len);
  ka_lecture_model_insert_step (self, index, g_steal_pointer (&self->deleted));
  return (int) index;
}

/**
 * ka_lecture_model_move_step:
 * @to: the step's index afterwards
 *
 * Returns: whether the step moved
 */
gboolean
ka_lecture_model_move_step (KaLectureModel *self,
                            guint           from,
                            guint           to)
{
  KaLectureStep *step;

  g_return_val_if_fail (KA_IS_LECTURE_MODEL (self), FALSE);

  if (from >= self->steps->len || to >= self->steps->len || from == to)
    return FALSE;

  step = g_ptr_array_steal_index (self->steps, from);
  g_ptr_array_insert (self->steps, to, step);
  changed_steps (self, MIN (from, to), (MAX (from, to) - MIN (from, to)) + 1,
                 (MAX (from, to) - MIN (from, to)) + 1);
  return TRUE;
}
