/* ka-export-view.h — what an exported map shows, drawn as on screen
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gdk/gdk.h>
#include <gio/gio.h>

#include "ka-atlas.h"
#include "ka-lecture.h"
#include "ka-tile-renderer.h"

G_BEGIN_DECLS

#define KA_EXPORT_ERROR (ka_export_error_quark ())

typedef enum
{
  KA_EXPORT_ERROR_UNKNOWN_FORMAT,
  KA_EXPORT_ERROR_INVALID_VIEW,
  KA_EXPORT_ERROR_DRAW,
} KaExportError;

#define KA_EXPORT_MIN_SIZE 320
#define KA_EXPORT_MAX_SIZE 7680

/* Everything an exported image shows. Strings are borrowed. */
typedef struct
{
  guint year;                   /* one of ka_years */
  gboolean compare_years;
  const char *selected_island;  /* an island id, or NULL */
  KaNaming naming;
  gboolean dark;
  gboolean high_contrast;       /* the overlays' high-contrast style */
  double text_scale;            /* 1.0 as on screen; larger for a big hall */

  /* Either the box to fit (lon/lat), or a centre and zoom level as on
   * screen when fit_box is FALSE. */
  gboolean fit_box;
  KaBox box;
  double centre_lat;
  double centre_lon;
  double zoom;

  int width;                    /* of the whole image, in pixels */
  int height;
  /* Pixels per screen pixel: line widths and text grow by this. 0 picks
   * one from the height, 1 up to 1080 pixels high and more above. */
  double scale;

  const char *caption;          /* a strip under the map, or NULL */
  const char *attribution;      /* NULL for the coastline's own */
} KaExportView;

GQuark          ka_export_error_quark      (void);

void            ka_export_view_init        (KaExportView       *view);
/* Takes the step's year, comparison, island, naming (when it sets one),
 * framing and caption; @view keeps its size, style and the rest. The
 * strings stay owned by @step. */
void            ka_export_view_set_step    (KaExportView       *view,
                                            const KaLectureStep *step,
                                            KaIslandSet        *islands);
void            ka_export_view_draw        (KaAtlas            *atlas,
                                            KaTileRenderer     *renderer,
                                            const KaExportView *view,
                                            cairo_t            *cr);
gboolean        ka_export_view_validate    (const KaExportView *view,
                                            GError            **error);
cairo_surface_t *ka_export_view_draw_image (KaAtlas            *atlas,
                                            KaTileRenderer     *renderer,
                                            const KaExportView *view,
                                            GError            **error);
GdkTexture     *ka_export_view_to_texture  (KaAtlas            *atlas,
                                            KaTileRenderer     *renderer,
                                            const KaExportView *view,
                                            GError            **error);

/* Where the map goes in the image, for placing things by lon/lat on it:
 * the transform in the image's pixels and the scale it is drawn at. */
KaViewTransform ka_export_view_get_transform (const KaExportView *view,
                                              double             *scale);

G_END_DECLS
