/* ka-overlay.h — everything drawn over the basemap, for the screen and for export
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gdk/gdk.h>
#include <pango/pango.h>

#include "ka-boundary-set.h"
#include "ka-island-set.h"
#include "ka-view-transform.h"

G_BEGIN_DECLS

/* Where overlay items are drawn: the canvas decides how items map to
 * cairo contexts (on screen, see KaPaintLayer) and skips those out of
 * view; exports draw every item straight onto their surface. */
typedef struct _KaCanvas KaCanvas;

struct _KaCanvas
{
  /* A context for drawing what lies in the given rectangle of pixels,
   * or %NULL when that is out of view. */
  cairo_t *(*begin) (KaCanvas *self,
                     double    x,
                     double    y,
                     double    width,
                     double    height);
  void     (*end)   (KaCanvas *self,
                     cairo_t  *cr);
};

/* One frame's worth of what to draw and where: the painters below read
 * nothing else, so a frame on screen and an exported file are drawn alike. */
typedef struct
{
  KaViewTransform transform;
  double scale;              /* device pixels per logical pixel */
  double text_scale;         /* 1.0 normally, larger when presenting */

  KaIslandSet *islands;
  KaBoundarySet *boundaries;

  guint year_index;
  /* While fills change year, the year they come from and how far along. */
  guint previous_year_index;
  double year_progress;

  gboolean compare_years;
  const char *selected_island;
  /* Every island drawn as selected, selected_island among them, or %NULL
   * for selected_island alone (a lecture step may select several). */
  const char * const *selected_islands;
  KaNaming naming;
  /* Island names in their own scripts, see KaState:native-names. */
  gboolean native_names;
  /* "ja" or "ru" for a UI in that language, whose names of straits the
   * map then shows; %NULL for English. */
  const char *ui_language;
  gboolean dark;
  /* Stronger lines, halos and hatching, as the system asks. */
  gboolean high_contrast;
  const char *font_family;
  /* Keep text as cached images (the screen) rather than vectors (export). */
  gboolean cache_text;
  /* When set, items are drawn on it and the painters' cairo_t is unused. */
  KaCanvas *canvas;
  /* Pixel boxes labels must keep out of: widgets over the map. */
  const KaBox *reserved;
  guint n_reserved;
  /* The text a lecture step shows, or %NULL: the islands it names keep
   * their labels, as the lecture's own islands do. */
  const char *step_text;
  /* When set, every label placed is appended to it (KaPlacedLabel), so
   * what the map names can be read back. */
  GArray *placed_labels;
} KaOverlayScene;

/* A label on the map: its text and the pixel box it took. */
typedef struct
{
  char *text;
  KaBox box;
} KaPlacedLabel;

/* A GArray of KaPlacedLabel that frees their text. */
GArray       *ka_placed_labels_new         (void);

/* Starts drawing one item that lies within @box (pixels); %NULL means
 * it is out of view. Every non-%NULL context is handed back to
 * ka_overlay_end_item(). */
cairo_t      *ka_overlay_begin_item        (const KaOverlayScene *scene,
                                            cairo_t              *cr,
                                            const KaBox          *box);
void          ka_overlay_end_item          (const KaOverlayScene *scene,
                                            cairo_t              *cr,
                                            cairo_t              *item);
/* The pixel box of a Mercator box, grown by @margin pixels. */
KaBox         ka_overlay_pixel_box         (const KaOverlayScene *scene,
                                            const KaBox          *mercator,
                                            double                margin);

/* Whether the scene draws @year_index's lines: its own year, or every
 * year when comparing. */
gboolean      ka_overlay_shows_year        (const KaOverlayScene *scene,
                                            guint                 year_index);
double        ka_overlay_path_length_in    (const KaOverlayScene *scene,
                                            const KaPath         *path,
                                            const KaBox          *box);

/* Rectangles already taken by labels, so later ones never overlap them. */
typedef struct _KaLabelSpace KaLabelSpace;

KaLabelSpace *ka_label_space_new           (void);
void          ka_label_space_free          (KaLabelSpace       *self);
void          ka_label_space_reserve       (KaLabelSpace       *self,
                                            const KaBox        *box);
gboolean      ka_label_space_try_take      (KaLabelSpace       *self,
                                            double              x,
                                            double              y,
                                            double              width,
                                            double              height);

void          ka_overlay_paint_fills       (const KaOverlayScene *scene,
                                            cairo_t              *cr);
void          ka_overlay_paint_selection   (const KaOverlayScene *scene,
                                            cairo_t              *cr);
void          ka_overlay_paint_boundaries  (const KaOverlayScene *scene,
                                            cairo_t              *cr);

/* A boundary line the scene draws, and its place among the lines of
 * other years that run the same course. */
typedef struct
{
  guint year_index;
  KaBoundary *boundary;
  guint group;      /* the index of the first line of its course */
  guint rank;       /* its place, oldest first, among those */
  guint n_shared;   /* how many lines run that course, itself included */
} KaDrawnLine;

GArray       *ka_overlay_collect_lines     (const KaOverlayScene *scene);
double        ka_overlay_line_spacing      (const KaOverlayScene *scene);
void          ka_overlay_paint_labels      (const KaOverlayScene *scene,
                                            cairo_t              *cr,
                                            PangoContext         *context);
void          ka_overlay_paint_legend      (const KaOverlayScene *scene,
                                            cairo_t              *cr,
                                            PangoContext         *context);
/* The legend wrapped to @width as a run of entries, for the caption
 * strip while presenting; drawn when @cr is not %NULL. Returns its height. */
double        ka_overlay_paint_legend_strip (const KaOverlayScene *scene,
                                            cairo_t              *cr,
                                            PangoContext         *context,
                                            double                width);
/* The legend's title and entries, a line each. */
char         *ka_overlay_dup_legend_text   (const KaOverlayScene *scene);
/* Where the legend goes, so labels can keep out of it. */
KaBox         ka_overlay_measure_legend    (const KaOverlayScene *scene,
                                            PangoContext         *context);
/* The labels' layouts are cached on @context and hold it: its owner
 * drops them when done with it, or neither is ever freed. */
void          ka_overlay_forget_layouts    (PangoContext         *context);

/* Draws @text with a halo centred on (@x, @y) if it fits in @space, or
 * beside that point when @may_move; returns whether it was drawn. */
gboolean      ka_overlay_draw_label        (const KaOverlayScene *scene,
                                            cairo_t              *cr,
                                            PangoContext         *context,
                                            KaLabelSpace         *space,
                                            const char           *text,
                                            double                x,
                                            double                y,
                                            double                size_px,
                                            gboolean              bold,
                                            gboolean              may_move,
                                            const GdkRGBA        *colour);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KaLabelSpace, ka_label_space_free)

G_END_DECLS
