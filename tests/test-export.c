/* test-export.c — PNG, SVG and PDF exports of the map
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-export"

#include "config.h"

#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <librsvg/rsvg.h>

#include "ka-export-file.h"
#include "ka-handout.h"
#include "ka-layer-style.h"
#include "ka-map-style.h"
#include "ka-overlay.h"
#include "ka-png.h"
#include "ka-state.h"
#include "ka-test-pdf.h"

#define WIDTH 1920
#define HEIGHT 1080
/* Channels this close count as the same colour between renderers. */
#define SAME_TOLERANCE 16
#define MIN_SAME_FRACTION 0.97
/* The rasterised parts of a vector export: fill textures, nothing bigger. */
#define MAX_EMBEDDED_IMAGE_PX 64

static KaAtlas *atlas;
static KaTileRenderer *renderer;

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-export-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      g_chmod (path, 0755);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
fixture_path (Fixture    *fixture,
              const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* The opening view of 1945 with every overlay: fills, a selection, the
 * lines and labels, the legend, a caption. */
static void
home_view (KaExportView *view)
{
  ka_export_view_init (view);
  /* The screen's label size, not the projector size exports start at:
   * the line's points checked below lie clear of labels at this size. */
  view->text_scale = 1.0;
  view->selected_island = "iturup";
  view->caption = "1945: the Soviet Union occupies South Sakhalin and all the Kurils.";
}

static void
export_to (const KaExportView *view,
           KaExportFormat      format,
           const char         *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (ka_export_view (atlas, renderer, view, format, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));

  return *(guint32 *) (void *) (cairo_image_surface_get_data (surface) +
                                y * cairo_image_surface_get_stride (surface) + x * 4);
}

static int
channel_distance (guint32        argb,
                  const GdkRGBA *colour)
{
  int distance = 0;
  double wanted[3] = { colour->red, colour->green, colour->blue };

  for (guint i = 0; i < 3; i++)
    distance = MAX (distance, ABS ((int) (argb >> (16 - 8 * i) & 0xff) - (int) round (wanted[i] * 255)));

  return distance;
}

static void
lonlat_pixel (const KaExportView *view,
              double              lon,
              double              lat,
              int                *x,
              int                *y)
{
  KaViewTransform transform = ka_export_view_get_transform (view, NULL);
  double fx, fy;

  ka_view_transform_lonlat_to_pixels (&transform, lon, lat, &fx, &fy);
  *x = (int) floor (fx);
  *y = (int) floor (fy);
}

/* Whether a pixel within @radius of (@x, @y) is within @tolerance of @colour. */
static gboolean
colour_near (cairo_surface_t *surface,
             int              x,
             int              y,
             int              radius,
             const GdkRGBA   *colour,
             int              tolerance)
{
  for (int dy = -radius; dy <= radius; dy++)
    for (int dx = -radius; dx <= radius; dx++)
      if (channel_distance (pixel_at (surface, x + dx, y + dy), colour) <= tolerance)
        return TRUE;

  return FALSE;
}

static cairo_surface_t *
load_png (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static void
assert_home_pixels (const KaExportView *view,
                    cairo_surface_t    *surface)
{
  const KaMapStyle *style = ka_map_style_get (FALSE, FALSE);
  const KaLineStyle *line = ka_layer_style_line_for (KA_N_YEARS - 1, KA_BOUNDARY_KIND_BOUNDARY);
  g_autoptr(GPtrArray) boundaries = ka_boundary_set_get_for_year (ka_atlas_get_boundaries (atlas), 1945);
  KaViewTransform transform = ka_export_view_get_transform (view, NULL);
  guint tested = 0, matched = 0;
  int x, y;

  /* Open Pacific, between graticule lines. */
  lonlat_pixel (view, 150.4, 44.3, &x, &y);
  g_assert_cmpint (channel_distance (pixel_at (surface, x, y), &style->sea), <=, 1);

  /* Inland Hokkaido, clear of its name: land under Japan's fill,
   * nothing like the sea. */
  lonlat_pixel (view, 143.5, 43.25, &x, &y);
  g_assert_cmpint (channel_distance (pixel_at (surface, x, y), &style->sea), >, 60);

  /* Along the 1945 line, away from its label, the line's colour. */
  for (guint b = 0; b < boundaries->len; b++)
    {
      KaBoundary *boundary = g_ptr_array_index (boundaries, b);
      KaPoint label = ka_boundary_get_label (boundary);
      const KaPath *lines;
      guint n_lines;
      double label_x, label_y;

      if (ka_boundary_get_kind (boundary) != KA_BOUNDARY_KIND_BOUNDARY)
        continue;

      ka_view_transform_lonlat_to_pixels (&transform, label.x, label.y, &label_x, &label_y);
      lines = ka_boundary_get_mercator_lines (boundary, &n_lines);
      for (guint l = 0; l < n_lines; l++)
        for (guint i = 0; i < lines[l].n_points; i++)
          {
            double px, py;

            ka_view_transform_to_pixels (&transform, lines[l].points[i].x, lines[l].points[i].y, &px, &py);
            if (px < 4 || py < 4 || px >= transform.width - 4 || py >= transform.height - 4 ||
                hypot (px - label_x, py - label_y) < 90)
              continue;

            tested++;
            if (colour_near (surface, (int) px, (int) py, 1, &line->colour, 40))
              matched++;
          }
    }

  g_test_message ("%u of %u points of the 1945 line drawn in its colour", matched, tested);
  g_assert_cmpuint (tested, >=, 3);
  g_assert_cmpuint (matched, >=, tested * 9 / 10);
}

static void
test_png (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "home.png");
  cairo_surface_t *surface;
  KaExportView view;

  home_view (&view);
  export_to (&view, KA_EXPORT_FORMAT_PNG, path);

  surface = load_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, WIDTH);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, HEIGHT);
  assert_home_pixels (&view, surface);
  cairo_surface_destroy (surface);
}

/* The fraction of pixels whose channels all lie within SAME_TOLERANCE. */
static double
same_fraction (cairo_surface_t *a,
               cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  guint64 same = 0;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pa = pixel_at (a, x, y), pb = pixel_at (b, x, y);
        int distance = 0;

        for (int shift = 0; shift < 32; shift += 8)
          distance = MAX (distance, ABS ((int) (pa >> shift & 0xff) - (int) (pb >> shift & 0xff)));
        if (distance <= SAME_TOLERANCE)
          same++;
      }

  return (double) same / ((double) width * height);
}

/* Vector through and through: the only pictures inside are fill textures. */
static void
assert_vector_svg (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GRegex) image_regex = g_regex_new ("<image[^>]*\\swidth=\"([0-9.]+)\"[^>]*\\sheight=\"([0-9.]+)\"",
                                               0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GError) error = NULL;
  guint n_paths = 0;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  for (const char *p = strstr (text, "<path"); p != NULL; p = strstr (p + 1, "<path"))
    n_paths++;
  g_assert_cmpuint (n_paths, >, 100);

  g_regex_match (image_regex, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *width = g_match_info_fetch (match, 1);
      g_autofree char *height = g_match_info_fetch (match, 2);

      g_assert_cmpfloat (g_ascii_strtod (width, NULL), <=, MAX_EMBEDDED_IMAGE_PX);
      g_assert_cmpfloat (g_ascii_strtod (height, NULL), <=, MAX_EMBEDDED_IMAGE_PX);
      g_match_info_next (match, NULL);
    }
}

static void
test_svg (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *png_path = fixture_path (fixture, "home.png");
  g_autofree char *svg_path = fixture_path (fixture, "home.svg");
  g_autoptr(GError) error = NULL;
  RsvgRectangle viewport = { 0, 0, WIDTH, HEIGHT };
  cairo_surface_t *png, *svg;
  RsvgHandle *handle;
  double svg_width, svg_height, fraction;
  cairo_t *cr;
  KaExportView view;

  home_view (&view);
  export_to (&view, KA_EXPORT_FORMAT_PNG, png_path);
  export_to (&view, KA_EXPORT_FORMAT_SVG, svg_path);
  assert_vector_svg (svg_path);

  handle = rsvg_handle_new_from_file (svg_path, &error);
  g_assert_no_error (error);
  g_assert_true (rsvg_handle_get_intrinsic_size_in_pixels (handle, &svg_width, &svg_height));
  g_assert_cmpfloat (svg_width, ==, WIDTH);
  g_assert_cmpfloat (svg_height, ==, HEIGHT);

  svg = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (svg);
  g_assert_true (rsvg_handle_render_document (handle, cr, &viewport, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (svg);
  g_object_unref (handle);

  assert_home_pixels (&view, svg);

  png = load_png (png_path);
  fraction = same_fraction (png, svg);
  g_test_message ("SVG rendered by librsvg: %.2f%% of pixels match the PNG", 100 * fraction);
  g_assert_cmpfloat (fraction, >=, MIN_SAME_FRACTION);

  cairo_surface_destroy (png);
  cairo_surface_destroy (svg);
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
  g_autofree char *png_path = fixture_path (fixture, "home.png");
  g_autofree char *pdf_path = fixture_path (fixture, "home.pdf");
  g_autofree char *page_prefix = fixture_path (fixture, "page");
  g_autofree char *page_path = fixture_path (fixture, "page.png");
  g_autoptr(GError) error = NULL;
  g_autofree char *header = NULL;
  cairo_surface_t *png, *page;
  double fraction;
  int status;
  KaExportView view;

  home_view (&view);
  export_to (&view, KA_EXPORT_FORMAT_PDF, pdf_path);

  g_file_get_contents (pdf_path, &header, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (header, "%PDF-"));

  if (pdftoppm == NULL)
    {
      g_test_skip ("pdftoppm is not installed");
      return;
    }

  /* Two pixels per point (a 960 × 540 pt slide): at 144 dpi the page
   * should come back at the image's size. */
  {
    const char *argv[] = { pdftoppm, "-png", "-r", "144", "-singlefile", pdf_path, page_prefix, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
    g_assert_no_error (error);
    g_spawn_check_wait_status (status, &error);
    g_assert_no_error (error);
  }

  page = load_png (page_path);
  g_assert_cmpfloat_with_epsilon ((double) cairo_image_surface_get_width (page) /
                                  cairo_image_surface_get_height (page),
                                  (double) WIDTH / HEIGHT, 0.005);
  g_assert_cmpint (cairo_image_surface_get_width (page), ==, WIDTH);

  export_to (&view, KA_EXPORT_FORMAT_PNG, png_path);
  png = load_png (png_path);
  fraction = same_fraction (png, page);
  g_test_message ("PDF rendered by pdftoppm: %.2f%% of pixels match the PNG", 100 * fraction);
  g_assert_cmpfloat (fraction, >=, 0.95);

  cairo_surface_destroy (png);
  cairo_surface_destroy (page);
}

static guint
count_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
assert_export_fails (const KaExportView *view,
                     const char         *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (ka_export_view (atlas, renderer, view, KA_EXPORT_FORMAT_PNG, file, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
}

static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *missing = fixture_path (fixture, "missing/map.png");
  g_autofree char *read_only = fixture_path (fixture, "read-only");
  g_autofree char *in_read_only = g_build_filename (read_only, "map.png", NULL);
  KaExportView view;

  ka_export_view_init (&view);

  assert_export_fails (&view, "/proc/kuril-atlas-test.png");
  g_assert_false (g_file_test ("/proc/kuril-atlas-test.png", G_FILE_TEST_EXISTS));

  assert_export_fails (&view, missing);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 0);

  g_assert_cmpint (g_mkdir (read_only, 0555), ==, 0);
  if (access (read_only, W_OK) == 0)
    {
      /* Permissions do not hold back root. */
      g_test_message ("the read-only folder is writable here; not checked");
      return;
    }
  assert_export_fails (&view, in_read_only);
  g_assert_cmpuint (count_entries (read_only), ==, 0);
}

/* Fails the next writes past @bytes, as a full disk would, with a real
 * EFBIG from the kernel: not a hook in the code under test. */
static struct rlimit
limit_file_size (rlim_t bytes)
{
  struct rlimit old, limited;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old), ==, 0);
  limited = old;
  limited.rlim_cur = bytes;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);

  return old;
}

static void
test_fails_midway (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char old_contents[] = "the previous export";
  g_autofree char *old_path = fixture_path (fixture, "old.png");
  g_autofree char *new_path = fixture_path (fixture, "new.svg");
  g_autofree char *contents = NULL;
  g_autoptr(GFile) old_file = g_file_new_for_path (old_path);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  g_autoptr(GError) error = NULL;
  gboolean ok_old, ok_new;
  struct rlimit saved;
  KaExportView view;

  home_view (&view);
  g_file_set_contents (old_path, old_contents, -1, &error);
  g_assert_no_error (error);

  signal (SIGXFSZ, SIG_IGN);
  saved = limit_file_size (16 * 1024);
  ok_old = ka_export_view (atlas, renderer, &view, KA_EXPORT_FORMAT_PNG, old_file, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);

  g_assert_false (ok_old);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, old_path));
  g_clear_error (&error);

  /* The old file is whole, and no temporary file is left beside it. */
  g_file_get_contents (old_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, old_contents);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);

  /* A new file that fails leaves nothing at all. */
  saved = limit_file_size (16 * 1024);
  ok_new = ka_export_view (atlas, renderer, &view, KA_EXPORT_FORMAT_SVG, new_file, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  g_assert_false (ok_new);
  g_assert_nonnull (error);
  g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);
}

/* A PDF page is a slide in points, whatever the pixels: 960 × 540 pt for
 * 1920 × 1080, an A4 page for A4 at 300 dpi; a PNG has the pixels asked. */
static void
test_slide_size (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *slide_path = fixture_path (fixture, "slide.pdf");
  g_autofree char *a4_path = fixture_path (fixture, "a4.pdf");
  g_autofree char *uhd_path = fixture_path (fixture, "uhd.png");
  cairo_surface_t *surface;
  double width_pt, height_pt;
  KaExportView view;

  home_view (&view);
  view.width = 3840;
  view.height = 2160;
  export_to (&view, KA_EXPORT_FORMAT_PNG, uhd_path);
  surface = load_png (uhd_path);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 3840);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 2160);
  cairo_surface_destroy (surface);

  if (!ka_test_pdf_tools_found ())
    return;

  home_view (&view);
  export_to (&view, KA_EXPORT_FORMAT_PDF, slide_path);
  ka_test_pdf_page_size (slide_path, &width_pt, &height_pt);
  g_assert_cmpfloat_with_epsilon (width_pt, 960.0, 0.01);
  g_assert_cmpfloat_with_epsilon (height_pt, 540.0, 0.01);

  view.width = 3508;
  view.height = 2480;
  view.pixels_per_point = 300.0 / 72.0;
  export_to (&view, KA_EXPORT_FORMAT_PDF, a4_path);
  ka_test_pdf_page_size (a4_path, &width_pt, &height_pt);
  /* 297 × 210 mm, landscape. */
  g_assert_cmpfloat_with_epsilon (width_pt, 841.9, 0.2);
  g_assert_cmpfloat_with_epsilon (height_pt, 595.3, 0.2);
}

typedef struct
{
  cairo_surface_t *surface;
  GArray *labels;
} LabelledExport;

static LabelledExport
export_labelled (Fixture    *fixture,
                 const char *name,
                 int         width,
                 int         height,
                 double      text_scale)
{
  g_autofree char *path = fixture_path (fixture, name);
  LabelledExport result = { NULL, ka_placed_labels_new () };
  KaExportView view;

  home_view (&view);
  view.width = width;
  view.height = height;
  view.text_scale = text_scale;
  view.placed_labels = result.labels;
  export_to (&view, KA_EXPORT_FORMAT_PNG, path);
  result.surface = load_png (path);

  return result;
}

static const KaPlacedLabel *
find_label (GArray     *labels,
            const char *text)
{
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (g_array_index (labels, KaPlacedLabel, i).text, text))
      return &g_array_index (labels, KaPlacedLabel, i);

  return NULL;
}

/* How much of @box the labels' text colour covers, in pixels: the ink
 * of its letters, a partly covered pixel counting in part. */
static double
text_ink (cairo_surface_t *surface,
          const KaBox     *box)
{
  const GdkRGBA *text = ka_layer_style_text_colour (FALSE, FALSE);
  double ink = 0;

  for (int y = MAX (0, (int) box->min_y); y < MIN ((int) box->max_y, cairo_image_surface_get_height (surface)); y++)
    for (int x = MAX (0, (int) box->min_x); x < MIN ((int) box->max_x, cairo_image_surface_get_width (surface)); x++)
      ink += CLAMP (1.0 - channel_distance (pixel_at (surface, x, y), text) / 160.0, 0.0, 1.0);

  return ink;
}

/* A 1920 × 1080 export has projector-size labels, 1.6 times the
 * screen's, and a 3840 × 2160 export is that picture at twice the size:
 * the same labels, each twice as tall with four times the ink. */
static void
test_labels_scale (Fixture       *fixture,
                   gconstpointer  data)
{
  LabelledExport screen = export_labelled (fixture, "screen.png", WIDTH, HEIGHT, 1.0);
  LabelledExport slide = export_labelled (fixture, "slide.png", WIDTH, HEIGHT,
                                          ka_label_size_get_text_scale (KA_LABEL_SIZE_PROJECTOR));
  LabelledExport uhd = export_labelled (fixture, "uhd.png", 2 * WIDTH, 2 * HEIGHT,
                                        ka_label_size_get_text_scale (KA_LABEL_SIZE_PROJECTOR));
  KaExportView defaults;
  guint compared = 0, found = 0;

  /* Exports start at the projector size. */
  ka_export_view_init (&defaults);
  g_assert_cmpfloat (defaults.text_scale, ==, ka_label_size_get_text_scale (KA_LABEL_SIZE_PROJECTOR));

  g_assert_cmpuint (slide.labels->len, >, 0);

  for (guint i = 0; i < slide.labels->len; i++)
    {
      const KaPlacedLabel *label = &g_array_index (slide.labels, KaPlacedLabel, i);
      const KaPlacedLabel *large = find_label (uhd.labels, label->text);
      const KaPlacedLabel *small = find_label (screen.labels, label->text);
      double height = label->box.max_y - label->box.min_y;
      double ink, large_ink;

      /* Rounding may let one label more or less fit beside the others. */
      if (large == NULL)
        continue;
      found++;
      g_assert_cmpfloat_with_epsilon ((large->box.max_y - large->box.min_y) / height, 2.0, 0.1);
      g_assert_cmpfloat_with_epsilon (large->box.min_x / label->box.min_x, 2.0, 0.1);

      if (small != NULL)
        g_assert_cmpfloat_with_epsilon (height / (small->box.max_y - small->box.min_y), 1.6, 0.15);

      ink = text_ink (slide.surface, &label->box);
      large_ink = text_ink (uhd.surface, &large->box);
      if (ink < 50)
        continue;
      g_test_message ("“%s”: %.0f px of ink at 1920 × 1080, %.0f at 3840 × 2160", label->text, ink, large_ink);
      /* Four times the area; a little more, since small letters lose
       * more of their ink to partly covered pixels at their edges. */
      g_assert_cmpfloat (large_ink / ink, >, 3.5);
      g_assert_cmpfloat (large_ink / ink, <, 5.5);
      compared++;
    }
  g_assert_cmpuint (compared, >=, 3);
  g_assert_cmpuint (found, >=, slide.labels->len - 1);

  for (LabelledExport *e = (LabelledExport[]) { screen, slide, uhd }, *end = e + 3; e < end; e++)
    {
      cairo_surface_destroy (e->surface);
      g_array_unref (e->labels);
    }
}

/* A deck or a handout that fails to be written leaves no file behind. */
static void
test_documents_fail_whole (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *deck_path = fixture_path (fixture, "deck.pdf");
  g_autofree char *handout_path = fixture_path (fixture, "handout.pdf");
  g_autoptr(GFile) deck_file = g_file_new_for_path (deck_path);
  g_autoptr(GFile) handout_file = g_file_new_for_path (handout_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaLecture) lecture = NULL;
  g_auto(GStrv) ids = ka_atlas_dup_island_ids (atlas);
  KaExportView views[2];
  KaHandoutOptions options;
  struct rlimit saved;
  gboolean ok;

  lecture = ka_lecture_new_from_resource (KA_DEFAULT_LECTURE_RESOURCE, (const char * const *) ids, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      ka_export_view_init (&views[i]);
      ka_export_view_set_step (&views[i], ka_lecture_get_step (lecture, i), ka_atlas_get_islands (atlas));
    }
  ka_handout_options_init (&options);

  signal (SIGXFSZ, SIG_IGN);
  saved = limit_file_size (16 * 1024);
  ok = ka_export_views_to_pdf (atlas, renderer, views, G_N_ELEMENTS (views), "Deck", NULL, NULL,
                               deck_file, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  g_assert_false (ok);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "Cannot export the lecture: "));
  g_assert_nonnull (strstr (error->message, deck_path));
  g_clear_error (&error);

  saved = limit_file_size (16 * 1024);
  ok = ka_handout_export (atlas, renderer, lecture, &options, NULL, NULL, handout_file, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, SIG_DFL);
  g_assert_false (ok);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "Cannot export the handout: "));
  g_assert_nonnull (strstr (error->message, handout_path));

  g_assert_cmpuint (count_entries (fixture->dir), ==, 0);
}

static void
test_invalid_view (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "small.png");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KaExportView view;

  ka_export_view_init (&view);
  view.width = 100;
  g_assert_false (ka_export_view (atlas, renderer, &view, KA_EXPORT_FORMAT_PNG, file, &error));
  g_assert_error (error, KA_EXPORT_ERROR, KA_EXPORT_ERROR_INVALID_VIEW);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  ka_export_view_init (&view);
  view.year = 1900;
  g_assert_false (ka_export_view (atlas, renderer, &view, KA_EXPORT_FORMAT_PNG, file, &error));
  g_assert_error (error, KA_EXPORT_ERROR, KA_EXPORT_ERROR_INVALID_VIEW);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The clipboard's copy is the PNG's picture. */
static void
test_texture (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "home.png");
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guchar *pixels = NULL;
  cairo_surface_t *png, *copy;
  KaExportView view;

  home_view (&view);
  view.width = 960;
  view.height = 540;
  texture = ka_export_view_to_texture (atlas, renderer, &view, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 960);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 540);

  export_to (&view, KA_EXPORT_FORMAT_PNG, path);
  png = load_png (path);
  copy = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 960, 540);
  gdk_texture_download (texture, cairo_image_surface_get_data (copy), cairo_image_surface_get_stride (copy));
  cairo_surface_mark_dirty (copy);
  g_assert_cmpfloat (same_fraction (png, copy), ==, 1.0);

  cairo_surface_destroy (png);
  cairo_surface_destroy (copy);
}

static void
test_format_from_path (void)
{
  g_autoptr(GError) error = NULL;
  KaExportFormat format;

  g_assert_true (ka_export_format_from_path ("map.png", &format, NULL));
  g_assert_cmpint (format, ==, KA_EXPORT_FORMAT_PNG);
  g_assert_true (ka_export_format_from_path ("/tmp/slides/Map.SVG", &format, NULL));
  g_assert_cmpint (format, ==, KA_EXPORT_FORMAT_SVG);
  g_assert_true (ka_export_format_from_path ("a.b/map.pdf", &format, NULL));
  g_assert_cmpint (format, ==, KA_EXPORT_FORMAT_PDF);

  g_assert_false (ka_export_format_from_path ("map.jpg", &format, &error));
  g_assert_error (error, KA_EXPORT_ERROR, KA_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_clear_error (&error);
  g_assert_false (ka_export_format_from_path ("png", &format, NULL));
  g_assert_false (ka_export_format_from_path (".png", &format, NULL));
  g_assert_false (ka_export_format_from_path ("slides.png/map", &format, NULL));
}

/* Where a lecture step puts the map: its island framed, or its own box. */
static void
test_island_frame (void)
{
  KaIsland *iturup = ka_island_set_lookup (ka_atlas_get_islands (atlas), "iturup");
  KaBox frame = ka_island_get_frame (iturup);
  const KaBox *bbox = ka_island_get_bbox (iturup);
  KaExportView view;
  KaViewTransform transform;
  double x0, y0, x1, y1;

  g_assert_cmpfloat (frame.min_x, <, bbox->min_x);
  g_assert_cmpfloat (frame.max_y, >, bbox->max_y);

  ka_export_view_init (&view);
  view.box = frame;
  transform = ka_export_view_get_transform (&view, NULL);
  ka_view_transform_lonlat_to_pixels (&transform, bbox->min_x, bbox->max_y, &x0, &y0);
  ka_view_transform_lonlat_to_pixels (&transform, bbox->max_x, bbox->min_y, &x1, &y1);

  /* The island is in view, and fills a good part of it. */
  g_assert_cmpfloat (x0, >, 0);
  g_assert_cmpfloat (y0, >, 0);
  g_assert_cmpfloat (x1, <, WIDTH);
  g_assert_cmpfloat (y1, <, HEIGHT);
  g_assert_cmpfloat (MAX ((x1 - x0) / WIDTH, (y1 - y0) / HEIGHT), >, 0.3);
}

/* Pixels within @radius of (@x, @y) that differ between @a and @b. */
static guint
count_changed_around (cairo_surface_t *a,
                      cairo_surface_t *b,
                      int              x,
                      int              y,
                      int              radius)
{
  guint changed = 0;

  for (int dy = -radius; dy <= radius; dy++)
    for (int dx = -radius; dx <= radius; dx++)
      changed += pixel_at (a, x + dx, y + dy) != pixel_at (b, x + dx, y + dy);

  return changed;
}

/* A step that selects Shikotan and the Habomai islets exports with all of
 * them highlighted, as the window shows it, not Shikotan alone. */
static void
test_step_selects_several_islands (void)
{
  KaIslandSet *islands = ka_atlas_get_islands (atlas);
  g_auto(GStrv) ids = ka_atlas_dup_island_ids (atlas);
  g_autoptr(GError) error = NULL;
  g_autoptr(KaLecture) lecture = ka_lecture_new_from_resource (KA_DEFAULT_LECTURE_RESOURCE,
                                                                (const char * const *) ids, &error);
  g_autoptr(GPtrArray) habomai = ka_island_set_get_group (islands, KA_ISLAND_GROUP_HABOMAI);
  const KaLectureStep *step = NULL;
  cairo_surface_t *several, *one;
  KaExportView view;
  KaPoint at;
  int x, y;

  g_assert_no_error (error);
  for (guint i = 0; i < ka_lecture_get_n_steps (lecture) && step == NULL; i++)
    {
      const char * const *named = ka_lecture_step_get_islands (ka_lecture_get_step (lecture, i));

      if (named != NULL && g_strv_contains (named, "habomai"))
        step = ka_lecture_get_step (lecture, i);
    }
  g_assert_nonnull (step);

  ka_export_view_init (&view);
  ka_export_view_set_step (&view, step, islands);
  g_assert_cmpstr (view.selected_island, ==, "shikotan");
  several = ka_export_view_draw_image (atlas, renderer, &view, &error);
  g_assert_no_error (error);
  /* The same export with Shikotan alone selected. */
  view.step = NULL;
  one = ka_export_view_draw_image (atlas, renderer, &view, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (habomai->len, >, 0);
  for (guint i = 0; i < habomai->len; i++)
    {
      KaIsland *islet = g_ptr_array_index (habomai, i);
      guint changed;

      at = ka_island_get_label (islet);
      lonlat_pixel (&view, at.x, at.y, &x, &y);
      changed = count_changed_around (several, one, x, y, 8);
      g_test_message ("%u pixels around %s change when it is exported selected with Shikotan",
                      changed, ka_island_get_id (islet));
      g_assert_cmpuint (changed, >=, 20);
    }
  at = ka_island_get_label (ka_island_set_lookup (islands, "shikotan"));
  lonlat_pixel (&view, at.x, at.y, &x, &y);
  g_assert_cmpuint (count_changed_around (several, one, x, y, 8), <=, 8);

  cairo_surface_destroy (several);
  cairo_surface_destroy (one);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

typedef struct
{
  GByteArray *bytes;
  gsize offset;
} Reader;

static cairo_status_t
read_bytes (void          *closure,
            unsigned char *data,
            unsigned int   length)
{
  Reader *reader = closure;

  if (reader->offset + length > reader->bytes->len)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->bytes->data + reader->offset, length);
  reader->offset += length;

  return CAIRO_STATUS_SUCCESS;
}

/* The PNG writer keeps what it is given, colour and transparency, as a
 * standard reader (cairo's) reads it back; and an image without any
 * transparency is written without an alpha channel (colour type 2). */
static void
test_png_writer (void)
{
  for (guint translucent = 0; translucent <= 1; translucent++)
    {
      cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 97, 61);
      cairo_t *cr = cairo_create (image);
      g_autoptr(GByteArray) bytes = g_byte_array_new ();
      Reader reader = { bytes, 0 };
      cairo_surface_t *read;
      int stride;

      cairo_set_source_rgb (cr, 0.52, 0.71, 0.87);
      if (translucent)
        cairo_set_source_rgba (cr, 0.52, 0.71, 0.87, 0.5);
      cairo_paint (cr);
      cairo_set_source_rgba (cr, 0.91, 0.47, 0.13, translucent ? 0.3 : 1.0);
      cairo_arc (cr, 40, 30, 22, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_destroy (cr);

      g_assert_cmpint (ka_png_write (image, append_bytes, bytes), ==, CAIRO_STATUS_SUCCESS);
      /* The IHDR chunk's colour type: 2 is RGB, 6 RGBA. */
      g_assert_cmpuint (bytes->len, >, 26);
      g_assert_cmpuint (bytes->data[25], ==, translucent ? 6 : 2);

      read = cairo_image_surface_create_from_png_stream (read_bytes, &reader);
      g_assert_cmpint (cairo_surface_status (read), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (read), ==, 97);
      g_assert_cmpint (cairo_image_surface_get_height (read), ==, 61);

      stride = cairo_image_surface_get_stride (image);
      for (int y = 0; y < 61; y++)
        for (int x = 0; x < 97; x++)
          {
            guint32 want = *(guint32 *) (cairo_image_surface_get_data (image) + y * stride + 4 * x);
            guint32 got = *(guint32 *) (cairo_image_surface_get_data (read) + y * cairo_image_surface_get_stride (read) + 4 * x);

            /* Premultiplied both ways: a channel may round by one. */
            for (int shift = 0; shift < 32; shift += 8)
              g_assert_cmpint (ABS ((int) ((want >> shift) & 0xff) - (int) ((got >> shift) & 0xff)), <=, 1);
          }

      cairo_surface_destroy (read);
      cairo_surface_destroy (image);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  atlas = ka_atlas_load_from_resources (&error);
  g_assert_no_error (error);
  renderer = ka_tile_renderer_new (ka_atlas_get_coastline (atlas));

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/present/export/png", test_png);
  ADD ("/present/export/svg", test_svg);
  ADD ("/present/export/pdf", test_pdf);
  ADD ("/present/export/unwritable", test_unwritable);
  ADD ("/present/export/fails-midway", test_fails_midway);
  ADD ("/present/export/invalid-view", test_invalid_view);
  ADD ("/present/export/texture", test_texture);
  ADD ("/present/export/slide-size", test_slide_size);
  ADD ("/present/export/labels-scale", test_labels_scale);
  ADD ("/present/export/documents-fail-whole", test_documents_fail_whole);
  g_test_add_func ("/present/export/format-from-path", test_format_from_path);
  g_test_add_func ("/present/export/png-writer", test_png_writer);
  g_test_add_func ("/present/export/island-frame", test_island_frame);
  g_test_add_func ("/present/export/step-selects-several-islands", test_step_selects_several_islands);

#undef ADD

  status = g_test_run ();

  ka_tile_renderer_unref (renderer);
  ka_atlas_unref (atlas);

  return status;
}
