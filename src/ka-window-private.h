/* ka-window-private.h — the window's parts, for the files that split its concerns
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-audience-window.h"
#include "ka-caption-strip.h"
#include "ka-export-view.h"
#include "ka-lecture-editor.h"
#include "ka-console.h"
#include "ka-curtain-view.h"
#include "ka-presenter.h"
#include "ka-side-panel.h"
#include "ka-window.h"

G_BEGIN_DECLS

typedef enum
{
  KA_PRESENT_FULL_SCREEN,   /* this window, full screen: one monitor */
  KA_PRESENT_CONSOLE,       /* the console here, the map on the projector */
  KA_PRESENT_REHEARSE,      /* the console and the map side by side in windows */
} KaPresentMode;

struct _KaWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwHeaderBar *header_bar;
  AdwWindowTitle *window_title;
  GtkBox *year_switcher;
  GtkPaned *paned;
  KaMapView *map_view;
  KaSidePanel *side_panel;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkRevealer *caption_revealer;
  KaCaptionStrip *caption_strip;
  KaCurtainView *curtain;
  GtkOverlay *content_overlay;

  /* Owned */
  GSettings *settings;
  KaState *state;
  KaPresenter *presenter;
  KaAtlas *atlas;
  KaTileRenderer *renderer;

  guint settings_holds;

  /* Editing lectures: ka-window-editor.c */
  GtkStack *panel_stack;
  KaLectureEditor *lecture_editor;
  KaStepThumbnails *thumbnails;
  GFile *lecture_file;
  AdwToast *undo_toast;
  gboolean editing;
  gboolean pushing_lecture;
  gboolean changes_released;
  /* Presenting (ka-window-presentation.c) */
  KaInk *ink;
  KaPresentMode present_mode;
  KaAudienceWindow *audience;      /* with the console, the room's view */
  KaConsole *console;              /* over this window's content meanwhile */
  gboolean console_fullscreened;
  gboolean laser_held;
};

/* ka-window-clipboard.c */
void ka_window_clipboard_class_init    (GtkWidgetClass *widget_class);
void ka_window_describe_view           (KaWindow       *self,
                                        KaExportView   *view);

/* ka-window-export.c */
void ka_window_export_class_init       (GtkWidgetClass *widget_class);

/* ka-window-editor.c */
void     ka_window_editor_class_init    (GtkWidgetClass *widget_class);
void     ka_window_editor_init          (KaWindow       *self);
void     ka_window_editor_dispose       (KaWindow       *self);
gboolean ka_window_editor_confirm       (KaWindow       *self,
                                         const char     *then_action);
void     ka_window_editor_set_next_file (KaWindow       *self,
                                         GFile          *file);

/* ka-window-presentation.c */
void ka_window_presentation_class_init (GtkWidgetClass *widget_class);
void ka_window_presentation_init       (KaWindow       *self);
void ka_window_presentation_dispose    (KaWindow       *self);
/* The open lecture, or the built-in one, made the open one. */
KaLecture *ka_window_presentation_ensure_lecture (KaWindow *self);

G_END_DECLS
