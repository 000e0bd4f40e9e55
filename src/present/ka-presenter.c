/* ka-presenter.c — where a lecture is: its steps and the one being shown
 *
 * The presenter only keeps count; the window applies each step to the
 * atlas state and the map, so every way of moving through a lecture (a
 * clicker, the keyboard, the buttons, a test) goes through here.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-presenter"

#include "config.h"

#include "ka-presenter.h"

struct _KaPresenter
{
  GObject parent_instance;

  /* Owned */
  KaLecture *lecture;
  KaState *state;   /* holds the step */
};

G_DEFINE_FINAL_TYPE (KaPresenter, ka_presenter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LECTURE,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ka_presenter_finalize (GObject *object)
{
  KaPresenter *self = (KaPresenter *)object;

  g_clear_pointer (&self->lecture, ka_lecture_unref);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (ka_presenter_parent_class)->finalize (object);
}

static void
ka_presenter_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KaPresenter *self = KA_PRESENTER (object);

  switch (prop_id)
    {
    case PROP_LECTURE:
      g_value_set_boxed (value, self->lecture);
      break;
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ka_presenter_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KaPresenter *self = KA_PRESENTER (object);

  switch (prop_id)
    {
    case PROP_LECTURE:
      ka_presenter_set_lecture (self, g_value_get_boxed (value));
      break;
    case PROP_STATE:
      self->state = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ka_presenter_class_init (KaPresenterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ka_presenter_finalize;
  object_class->get_property = ka_presenter_get_property;
  object_class->set_property = ka_presenter_set_property;

  properties[PROP_LECTURE] =
    g_param_spec_boxed ("lecture", NULL, NULL,
                        KA_TYPE_LECTURE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Where the step shown is kept ("lecture-step"), for every view to see. */
  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL,
                         KA_TYPE_STATE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ka_presenter_init (KaPresenter *self)
{
}

KaPresenter *
ka_presenter_new (KaState *state)
{
  g_return_val_if_fail (KA_IS_STATE (state), NULL);

  return g_object_new (KA_TYPE_PRESENTER, "state", state, NULL);
}

KaLecture *
ka_presenter_get_lecture (KaPresenter *self)
{
  g_return_val_if_fail (KA_IS_PRESENTER (self), NULL);

  return self->lecture;
}

/* A new lecture starts before its first step. */
void
ka_presenter_set_lecture (KaPresenter *self,
                          KaLecture   *lecture)
{
  g_return_if_fail (KA_IS_PRESENTER (self));

  if (self->lecture == lecture)
    return;

  g_clear_pointer (&self->lecture, ka_lecture_unref);
  self->lecture = lecture ? ka_lecture_ref (lecture) : NULL;
  ka_state_set_lecture_step (self->state, -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LECTURE]);
}

int
ka_presenter_get_step (KaPresenter *self)
{
  g_return_val_if_fail (KA_IS_PRESENTER (self), -1);

  return ka_state_get_lecture_step (self->state);
}

const KaLectureStep *
ka_presenter_get_current_step (KaPresenter *self)
{
  g_return_val_if_fail (KA_IS_PRESENTER (self), NULL);

  if (self->lecture == NULL || ka_state_get_lecture_step (self->state) < 0)
    return NULL;

  return ka_lecture_get_step (self->lecture, ka_state_get_lecture_step (self->state));
}

/**
 * ka_presenter_go_to:
 * @step: counting from 0
 *
 * Returns: whether the step changed; a step past either end does not
 */
gboolean
ka_presenter_go_to (KaPresenter *self,
                    int          step)
{
  g_return_val_if_fail (KA_IS_PRESENTER (self), FALSE);

  if (self->lecture == NULL || step < 0 || step >= (int) ka_lecture_get_n_steps (self->lecture) ||
      step == ka_state_get_lecture_step (self->state))
    return FALSE;

  ka_state_set_lecture_step (self->state, step);

  return TRUE;
}

gboolean
ka_presenter_next (KaPresenter *self)
{
  g_return_val_if_fail (KA_IS_PRESENTER (self), FALSE);

  return ka_presenter_go_to (self, ka_state_get_lecture_step (self->state) + 1);
}

gboolean
ka_presenter_previous (KaPresenter *self)
{
  g_return_val_if_fail (KA_IS_PRESENTER (self), FALSE);

  return ka_presenter_go_to (self, MAX (ka_state_get_lecture_step (self->state) - 1, 0));
}

gboolean
ka_presenter_first (KaPresenter *self)
{
  return ka_presenter_go_to (self, 0);
}

gboolean
ka_presenter_last (KaPresenter *self)
{
  g_return_val_if_fail (KA_IS_PRESENTER (self), FALSE);

  if (self->lecture == NULL)
    return FALSE;

  return ka_presenter_go_to (self, (int) ka_lecture_get_n_steps (self->lecture) - 1);
}
