/* ka-test-window.h — a real atlas window under test, and its pixels
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ka-application.h"
#include "ka-window.h"

G_BEGIN_DECLS

/* Registers a non-unique application so windows can be made without
 * running the main loop through g_application_run(). */
KaApplication *ka_test_application_new      (void);

/* Destroys every window still open, before the application goes. */
void           ka_test_destroy_all_windows  (void);
int            ka_test_run                  (KaApplication *app);
gboolean       ka_test_menu_has_item        (GMenuModel    *menu,
                                             const char    *attribute,
                                             const char    *value);

KaWindow      *ka_test_window_new           (KaApplication *app,
                                             int            width,
                                             int            height);

/* Spins the main loop until @done returns TRUE; after @timeout_ms (times
 * KA_TEST_TIMEOUT_MULTIPLIER, which the slow test setups raise) the test
 * fails, naming @done and where it waited. */
#define ka_test_wait_until(done, data, timeout_ms) \
  ka_test_wait_until_at ((done), (data), (timeout_ms), #done, G_STRLOC)
void           ka_test_wait_until_at        (gboolean     (*done) (gpointer data),
                                             gpointer       data,
                                             guint          timeout_ms,
                                             const char    *what,
                                             const char    *where);
/* Waits, as above, until every tile of the window's map is drawn. */
void           ka_test_wait_for_tiles       (KaWindow      *window,
                                             guint          timeout_ms);
/* Whether @map_view placed its legend, read back from its placed labels
 * (the legend's title is one); its box in @box when it did. */
gboolean       ka_test_find_legend          (KaMapView     *map_view,
                                             KaBox         *box);
/* Waits, as above, for @n_frames frames of @widget's clock. */
void           ka_test_wait_frames          (GtkWidget     *widget,
                                             guint          n_frames);

GdkTexture    *ka_test_render_paintable     (GtkWidget     *widget,
                                             GdkPaintable  *paintable,
                                             int            width,
                                             int            height);
/* Renders @widget as it is now, with the window's own renderer, and
 * downloads the pixels (cairo ARGB32 layout). */
GBytes        *ka_test_render_widget        (GtkWidget     *widget,
                                             int           *width,
                                             int           *height,
                                             gsize         *stride);
/* With KA_TEST_SHOTS set to a folder, keeps rendered @pixels there as
 * the PNG file @name, to look at; otherwise does nothing. */
void           ka_test_keep_shot            (GBytes        *pixels,
                                             int            width,
                                             int            height,
                                             gsize          stride,
                                             const char    *name);
/* Renders @widget as ka_test_render_widget() does and keeps it so. */
void           ka_test_keep_widget_shot     (GtkWidget     *widget,
                                             const char    *name);
/* The colour drawn at @lat, @lon on the map, as 0xRRGGBB. */
guint32        ka_test_map_pixel_at         (KaWindow      *window,
                                             GBytes        *pixels,
                                             gsize          stride,
                                             double         lat,
                                             double         lon);
/* Where @lat, @lon is on the map widget; asserts that it is in view. */
void           ka_test_map_point            (KaWindow      *window,
                                             double         lat,
                                             double         lon,
                                             double        *x,
                                             double        *y);
/* The colour of pixel @x, @y of rendered @pixels, as 0xRRGGBB. */
guint32        ka_test_pixel_at             (GBytes        *pixels,
                                             gsize          stride,
                                             int            x,
                                             int            y);
/* WCAG 2 relative luminance of 0xRRGGBB, and the contrast ratio of two. */
double         ka_test_luminance            (guint32        rgb);
double         ka_test_contrast_ratio       (guint32        a,
                                             guint32        b);
/* The first widget of @type below @root (not @root itself), depth first. */
GtkWidget     *ka_test_find_descendant      (GtkWidget     *root,
                                             GType          type);
/* Every widget of @type below @root, depth first, added to @found. */
void           ka_test_collect_descendants  (GtkWidget     *root,
                                             GType          type,
                                             GPtrArray     *found);

guint32        ka_test_rgba_to_rgb          (const GdkRGBA *rgba);
gboolean       ka_test_colour_near          (guint32        a,
                                             guint32        b,
                                             guint          tolerance);

G_END_DECLS
