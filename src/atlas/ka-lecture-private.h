/* ka-lecture-private.h — what the lecture type and its reader share
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ka-lecture.h"

G_BEGIN_DECLS

struct _KaLectureStep
{
  char              *title;
  char              *caption;
  char              *note;
  char              *island;   /* the one the panel shows: islands[0] if any */
  char             **islands;  /* as written: ids, then perhaps groups; or NULL */
  guint              year;
  gboolean           compare;
  int                naming;
  KaLectureViewKind  view_kind;
  double             lon;
  double             lat;
  double             zoom;
  KaBox              box;
};

struct _KaLecture
{
  grefcount  ref_count;
  char      *name;
  char      *title;
  GPtrArray *steps;   /* KaLectureStep */
};

gboolean ka_lecture_read                (KaLecture           *self,
                                         GBytes              *bytes,
                                         const char * const  *known_island_ids,
                                         GError             **error);
void     ka_lecture_set_too_large_error (GError             **error,
                                         const char          *name,
                                         guint64              size);
KaLecture *ka_lecture_new_with_steps    (const char          *name,
                                         const char          *title,
                                         GPtrArray           *steps);

G_END_DECLS
