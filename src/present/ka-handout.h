/* ka-handout.h — a lecture printed for students: maps, captions and claims
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ka-atlas.h"
#include "ka-export-file.h"
#include "ka-lecture.h"
#include "ka-tile-renderer.h"

G_BEGIN_DECLS

/* The sheets a handout is printed on; the nicks are --paper's words. */
typedef enum
{
  KA_PAPER_A4,      /*< nick=a4 >*/
  KA_PAPER_LETTER,  /*< nick=letter >*/
} KaPaper;

typedef struct
{
  KaPaper paper;
  gboolean with_notes;   /* the speaker notes, which are the lecturer's only by default */
  KaNaming naming;       /* for steps that do not set their own */
} KaHandoutOptions;

void     ka_handout_options_init   (KaHandoutOptions       *options);
void     ka_paper_get_size         (KaPaper                 paper,
                                    double                 *width_pt,
                                    double                 *height_pt);

gboolean ka_handout_export         (KaAtlas                *atlas,
                                    KaTileRenderer         *renderer,
                                    KaLecture              *lecture,
                                    const KaHandoutOptions *options,
                                    KaExportProgressFunc    progress,
                                    gpointer                progress_data,
                                    GFile                  *file,
                                    GError                **error);

G_END_DECLS
