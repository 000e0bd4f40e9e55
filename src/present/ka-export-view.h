/* ka-export-view.h — what an exported map shows, drawn as on screen
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gdk/gdk.h>
#include <gio/gio.h>
#include <pango/pango.h>

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

/* An export is laid out as the window would be at this many pixels, and
 * larger exports are the same picture drawn larger. */
#define KA_EXPORT_BASE_WIDTH 1920
#define KA_EXPORT_BASE_HEIGHT 1080
/* A PDF page's pixels per point unless a view says otherwise: a
 * 1920 × 1080 export is a 960 × 540 pt page, a 16:9 slide. */
#define KA_EXPORT_PIXELS_PER_POINT 2.0

/* Everything an exported image shows. Strings are borrowed. */
typedef struct
{
  guint year;                   /* one of ka_years */
  gboolean compare_years;
  const char *selected_island;  /* an island id, or NULL */
  /* The step shown, or NULL: it may select several islands, all
   * highlighted as on screen. */
  const KaLectureStep *step;
  KaNaming naming;
  gboolean dark;
  gboolean high_contrast;       /* the overlays' high-contrast style */
  double text_scale;            /* 1.0 as on screen; exports start at the
                                 * projector label size, for a big hall */

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
   * one from the size, 1 up to 1920 × 1080 and proportionally more above
   * (2 at 3840 × 2160). */
  double scale;
  /* Of a PDF page; 0 for KA_EXPORT_PIXELS_PER_POINT. */
  double pixels_per_point;

  const char *title;            /* a step's title over its caption, or NULL */
  const char *caption;          /* a strip under the map, or NULL */
  const char *attribution;      /* NULL for the coastline's own */

  /* When set, every label placed is appended to it (KaPlacedLabel), so
   * what the export names, and how large, can be read back. */
  GArray *placed_labels;
} KaExportView;

GQuark          ka_export_error_quark      (void);

void            ka_export_view_init        (KaExportView       *view);
/* Takes the step's year, comparison, island, naming (when it sets one),
 * framing, title and caption; @view keeps its size, style and the rest. The
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

PangoContext   *ka_export_view_create_pango_context (cairo_t *cr);

G_END_DECLS
