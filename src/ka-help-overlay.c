/* ka-help-overlay.c — key names in the shortcuts window as people read them
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-help-overlay"

#include "config.h"

#include <string.h>

#include "ka-help-overlay.h"

/* GtkShortcutLabel shows some keys by their keysym names, "Page_Down"
 * among them; GTK's accelerator labels have the readable, translated
 * name ("Page Down"), so a label that holds a keysym name gets that. */
static void
respell_labels (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        {
          const char *text = gtk_label_get_label (GTK_LABEL (child));
          guint keyval = gdk_keyval_from_name (text);

          if (strchr (text, '_') != NULL && keyval != GDK_KEY_VoidSymbol)
            {
              g_autofree char *readable = gtk_accelerator_get_label (keyval, 0);

              gtk_label_set_label (GTK_LABEL (child), readable);
            }
        }
      respell_labels (child);
    }
}

static void
watch_shortcut_labels (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SHORTCUT_LABEL (child))
        {
          /* The label makes its key labels anew for each accelerator:
           * those of an action are set only once its window is known. */
          g_signal_connect_after (child, "notify::accelerator", G_CALLBACK (respell_labels), NULL);
          respell_labels (child);
        }
      else
        {
          watch_shortcut_labels (child);
        }
    }
}

/**
 * ka_help_overlay_spell_keys:
 * @overlay: a shortcuts window
 *
 * Keeps every key name in @overlay readable, now and as its shortcuts
 * change.
 */
void
ka_help_overlay_spell_keys (GtkShortcutsWindow *overlay)
{
  g_return_if_fail (GTK_IS_SHORTCUTS_WINDOW (overlay));

  watch_shortcut_labels (GTK_WIDGET (overlay));
}
