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

  KaCurtain curtain;
  guint typed;      /* a step number being typed, 0 when none */
};

G_DEFINE_FINAL_TYPE (KaPresenter, ka_presenter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LECTURE,
  PROP_STATE,
  PROP_CURTAIN,
  PROP_TYPED,
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
    case PROP_CURTAIN:
      g_value_set_int (value, self->curtain);
      break;
    case PROP_TYPED:
      g_value_set_uint (value, self->typed);
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
    case PROP_CURTAIN:
      ka_presenter_set_curtain (self, g_value_get_int (value));
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

  /* A KaCurtain: every view in front of the room follows it. */
  properties[PROP_CURTAIN] =
    g_param_spec_int ("curtain", NULL, NULL,
                      KA_CURTAIN_NONE, KA_CURTAIN_END, KA_CURTAIN_NONE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The step number typed so far, for the console to show. */
  properties[PROP_TYPED] =
    g_param_spec_uint ("typed", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

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

static void
set_typed (KaPresenter *self,
           guint        typed)
{
  if (self->typed == typed)
    return;

  self->typed = typed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TYPED]);
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
  ka_presenter_set_curtain (self, KA_CURTAIN_NONE);
  set_typed (self, 0);

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

KaCurtain
ka_presenter_get_curtain (KaPresenter *self)
{
  g_return_val_if_fail (KA_IS_PRESENTER (self), KA_CURTAIN_NONE);

  return self->curtain;
}

/* The state's "blanked" follows: it means a black or a white screen. */
void
ka_presenter_set_curtain (KaPresenter *self,
                          KaCurtain    curtain)
{
  g_return_if_fail (KA_IS_PRESENTER (self));
  g_return_if_fail (curtain <= KA_CURTAIN_END);

  if (self->curtain == curtain)
    return;

  self->curtain = curtain;
  ka_state_set_blanked (self->state, curtain == KA_CURTAIN_BLACK || curtain == KA_CURTAIN_WHITE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURTAIN]);
}

/**
 * ka_presenter_forward:
 *
 * What a clicker's forward key does: past the last step the end screen
 * comes, and past that nothing.
 *
 * Returns: whether what the room sees changed
 */
gboolean
ka_presenter_forward (KaPresenter *self)
{
  g_return_val_if_fail (KA_IS_PRESENTER (self), FALSE);

  if (self->lecture == NULL || self->curtain == KA_CURTAIN_END)
    return FALSE;

  if (ka_presenter_next (self))
    return TRUE;

  if (ka_state_get_lecture_step (self->state) == (int) ka_lecture_get_n_steps (self->lecture) - 1)
    {
      ka_presenter_set_curtain (self, KA_CURTAIN_END);
      return TRUE;
    }

  return FALSE;
}

/* From the end screen, back to the last step. */
gboolean
ka_presenter_back (KaPresenter *self)
{
  g_return_val_if_fail (KA_IS_PRESENTER (self), FALSE);

  if (self->curtain == KA_CURTAIN_END)
    {
      ka_presenter_set_curtain (self, KA_CURTAIN_NONE);
      return TRUE;
    }

  return ka_presenter_previous (self);
}

guint
ka_presenter_get_typed (KaPresenter *self)
{
  g_return_val_if_fail (KA_IS_PRESENTER (self), 0);

  return self->typed;
}

/* Digits typed one after the other make a step number, as in pdfpc;
 * a number no lecture could have starts again from this digit. */
void
ka_presenter_type_digit (KaPresenter *self,
                         guint        digit)
{
  g_return_if_fail (KA_IS_PRESENTER (self));
  g_return_if_fail (digit <= 9);

  if (self->typed > (G_MAXUINT - 9) / 10)
    set_typed (self, digit);
  else
    set_typed (self, self->typed * 10 + digit);
}

/**
 * ka_presenter_go_to_typed:
 *
 * Goes to the step whose number (counting from 1) was typed, and forgets
 * the number; a number past the lecture's end goes nowhere.
 *
 * Returns: whether a number had been typed
 */
gboolean
ka_presenter_go_to_typed (KaPresenter *self)
{
  guint typed;

  g_return_val_if_fail (KA_IS_PRESENTER (self), FALSE);

  typed = self->typed;
  if (typed == 0)
    return FALSE;

  set_typed (self, 0);
  if (self->lecture != NULL && typed <= ka_lecture_get_n_steps (self->lecture))
    {
      ka_presenter_set_curtain (self, KA_CURTAIN_NONE);
      ka_presenter_go_to (self, (int) typed - 1);
    }

  return TRUE;
}
