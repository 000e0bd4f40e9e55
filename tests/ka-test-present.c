/* ka-test-present.c — a key press, as the window's shortcut controllers take it
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ka-test-present.h"

/* The action a key is bound to in the window's own shortcut controllers,
 * the capture phase first as GTK does: the binding a clicker's key press
 * goes through. GTK 4 cannot send a test a key press, so this walks the
 * controllers as GTK would; with @activate it also activates the action,
 * and like GTK goes on past a shortcut whose action is disabled. */
char *
ka_test_dispatch_key (GtkWidget *window,
                      guint      keyval,
                      gboolean   activate)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);

  for (guint n = 0; n < 2 * g_list_model_get_n_items (controllers); n++)
    {
      guint i = n % g_list_model_get_n_items (controllers);
      GtkPropagationPhase phase = n < g_list_model_get_n_items (controllers) ? GTK_PHASE_CAPTURE : GTK_PHASE_BUBBLE;
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) != phase)
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0 &&
              GTK_IS_NAMED_ACTION (action) &&
              (!activate || gtk_shortcut_action_activate (action, GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                          window, gtk_shortcut_get_arguments (shortcut))))
            return g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
        }
    }

  return NULL;
}

void
ka_test_press (GtkWidget *window,
               guint      keyval)
{
  g_autofree char *action = ka_test_dispatch_key (window, keyval, TRUE);

  g_assert_nonnull (action);
  ka_test_wait_frames (window, 2);
}

gboolean
ka_test_label_below_has_text (GtkWidget  *root,
                              const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  ka_test_collect_descendants (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), text) != NULL)
      return TRUE;

  return FALSE;
}

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;

  return G_SOURCE_REMOVE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

void
ka_test_wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout, &done);
  ka_test_wait_until (is_true, &done, ms + 5000);
}
