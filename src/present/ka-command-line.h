/* ka-command-line.h — the options kuril-atlas takes, checked
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ka-atlas.h"
#include "ka-export-file.h"
#include "ka-handout.h"
#include "ka-lecture.h"

G_BEGIN_DECLS

#define KA_COMMAND_LINE_ERROR (ka_command_line_error_quark ())

typedef enum
{
  KA_COMMAND_LINE_ERROR_INVALID,  /* a bad value or a bad combination of options */
} KaCommandLineError;

typedef enum
{
  KA_COMMAND_LINE_OPEN,            /* open the window, set up as asked */
  KA_COMMAND_LINE_LIST_ISLANDS,
  KA_COMMAND_LINE_EXPORT,
  KA_COMMAND_LINE_EXPORT_LECTURE,
  KA_COMMAND_LINE_EXPORT_HANDOUT,
} KaCommandLineAction;

#define KA_COMMAND_LINE_DEFAULT_WIDTH 1920
#define KA_COMMAND_LINE_DEFAULT_HEIGHT 1080

typedef struct
{
  KaCommandLineAction action;

  guint year;              /* 0 when not given */
  char *island;            /* an island id, or NULL */
  int naming;              /* a KaNaming, or -1 when not given */
  gboolean compare_years;
  gboolean dark;

  int width;               /* of exports */
  int height;
  KaExportFormat format;   /* of --export (from its name) or --export-lecture */
  GFile *export_file;      /* --export, or --export-lecture to one PDF */
  GFile *export_dir;       /* --export-lecture to a folder */
  GFile *handout_file;     /* --export-handout */
  KaPaper paper;           /* of the handout */
  gboolean with_notes;     /* in the handout */
  GFile *lecture_file;     /* --lecture; NULL for the built-in lecture */

  /* Loaded while checking the options, for whoever runs them. */
  KaAtlas *atlas;
  KaLecture *lecture;
} KaCommandLine;

GQuark              ka_command_line_error_quark       (void);

/* For g_application_add_main_option_entries(). */
const GOptionEntry *ka_command_line_get_option_entries (void);

KaCommandLine      *ka_command_line_parse             (GVariantDict   *options,
                                                       KaAtlas        *atlas,
                                                       GError        **error);
void                ka_command_line_free              (KaCommandLine  *self);

/* Whether the action is done without a window, by ka_batch_export_run(). */
gboolean            ka_command_line_is_headless       (KaCommandLine  *self);
gboolean            ka_command_line_ensure_atlas      (KaCommandLine  *self,
                                                       GError        **error);
void                ka_command_line_set_error         (GError        **error,
                                                       const GError   *cause,
                                                       const char     *format,
                                                       ...) G_GNUC_PRINTF (3, 4);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaCommandLine, ka_command_line_free)

G_END_DECLS
