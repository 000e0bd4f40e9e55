/* ka-lecture.h — a lecture: the steps a presenter walks through
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ka-geo.h"
#include "ka-island-set.h"
#include "ka-island.h"

G_BEGIN_DECLS

/* The format is described in docs/lecture-format.md. */

#define KA_DEFAULT_LECTURE_RESOURCE "/io/github/kurilatlas/KurilAtlas/lectures/default.json"

#define KA_LECTURE_FORMAT      "kuril-atlas-lecture"
/* Version 2 added a step's "islands"; version 1 files read as before. */
#define KA_LECTURE_VERSION     2
#define KA_LECTURE_MAX_BYTES   (1024 * 1024)
#define KA_LECTURE_MAX_TITLE_CHARS   48
#define KA_LECTURE_MAX_CAPTION_CHARS 160
#define KA_LECTURE_MAX_ISLANDS       64

#define KA_LECTURE_ERROR (ka_lecture_error_quark ())

/* Every message starts "name:line:column: " and, inside a step,
 * "step N: " (counting from 1). */
typedef enum
{
  KA_LECTURE_ERROR_TOO_LARGE,      /* over KA_LECTURE_MAX_BYTES */
  KA_LECTURE_ERROR_ENCODING,       /* not UTF-8 text */
  KA_LECTURE_ERROR_PARSE,          /* not JSON, or JSON with comments, trailing commas … */
  KA_LECTURE_ERROR_DUPLICATE_KEY,  /* a key twice in one object */
  KA_LECTURE_ERROR_INVALID,        /* JSON, but not a lecture file of a version we read */
  KA_LECTURE_ERROR_UNKNOWN_KEY,    /* most likely a typo */
  KA_LECTURE_ERROR_WRONG_TYPE,     /* e.g. a string where a number belongs */
  KA_LECTURE_ERROR_MISSING_FIELD,
  KA_LECTURE_ERROR_BAD_VALUE,      /* zoom or centre out of range, empty title … */
  KA_LECTURE_ERROR_UNKNOWN_YEAR,   /* not one of ka_years[] */
  KA_LECTURE_ERROR_UNKNOWN_ISLAND, /* not among the known island ids */
  KA_LECTURE_ERROR_EMPTY,          /* no steps */
} KaLectureError;

/* How a step frames the map. */
typedef enum
{
  KA_LECTURE_VIEW_DEFAULT,     /* no "view": the island if any, else the home frame */
  KA_LECTURE_VIEW_CENTER,      /* a centre and a zoom level */
  KA_LECTURE_VIEW_FIT_ISLAND,  /* the step's island, framed */
  KA_LECTURE_VIEW_FIT_BOX,     /* a lon/lat box, framed */
} KaLectureViewKind;

typedef struct _KaLecture KaLecture;
typedef struct _KaLectureStep KaLectureStep;

#define KA_TYPE_LECTURE (ka_lecture_get_type ())

GQuark             ka_lecture_error_quark        (void);
GType              ka_lecture_get_type           (void) G_GNUC_CONST;

KaLecture         *ka_lecture_new_from_bytes     (GBytes             *bytes,
                                                  const char         *name,
                                                  const char * const *known_island_ids,
                                                  GError            **error);
KaLecture         *ka_lecture_new_from_file      (GFile              *file,
                                                  const char * const *known_island_ids,
                                                  GError            **error);
KaLecture         *ka_lecture_new_from_resource  (const char         *resource_path,
                                                  const char * const *known_island_ids,
                                                  GError            **error);
KaLecture         *ka_lecture_ref                (KaLecture          *self);
void               ka_lecture_unref              (KaLecture          *self);
void               ka_lecture_step_free          (KaLectureStep      *step);

const char        *ka_lecture_get_name           (KaLecture          *self);
const char        *ka_lecture_get_title          (KaLecture          *self);
guint              ka_lecture_get_n_steps        (KaLecture          *self);
const KaLectureStep *ka_lecture_get_step         (KaLecture          *self,
                                                  guint               index);

const char        *ka_lecture_step_get_title     (const KaLectureStep *step);
const char        *ka_lecture_step_get_caption   (const KaLectureStep *step);
const char        *ka_lecture_step_get_note      (const KaLectureStep *step);
guint              ka_lecture_step_get_year      (const KaLectureStep *step);
guint              ka_lecture_step_get_year_index (const KaLectureStep *step);
gboolean           ka_lecture_step_get_compare   (const KaLectureStep *step);
const char        *ka_lecture_step_get_island    (const KaLectureStep *step);
const char * const *ka_lecture_step_get_islands  (const KaLectureStep *step);
GStrv              ka_lecture_step_dup_island_ids (const KaLectureStep *step,
                                                  KaIslandSet         *islands);
int                ka_lecture_step_get_naming    (const KaLectureStep *step);
KaLectureViewKind  ka_lecture_step_get_view_kind (const KaLectureStep *step);
gboolean           ka_lecture_step_get_center    (const KaLectureStep *step,
                                                  double              *lon,
                                                  double              *lat,
                                                  double              *zoom);
gboolean           ka_lecture_step_get_fit_box   (const KaLectureStep *step,
                                                  KaBox               *box);

gboolean           ka_lecture_step_resolve_view  (const KaLectureStep *step,
                                                  KaIslandSet         *islands,
                                                  KaBox               *box,
                                                  double              *lon,
                                                  double              *lat,
                                                  double              *zoom);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaLecture, ka_lecture_unref)

G_END_DECLS
