/* ka-png.c — a map image as PNG, quickly
 *
 * cairo writes PNG at zlib's default level, which spends about half of
 * a 4K export compressing. A map is mostly flat areas of a few colours:
 * zlib's fastest level after the "Sub" filter packs it nearly as well in
 * a fraction of the time (see bench/, export_png_ms). An image with no
 * transparency, as every export is, is written without an alpha channel.
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-png"

#include "config.h"

#include <png.h>
#include <zlib.h>

#include "ka-png.h"

typedef struct
{
  cairo_write_func_t write;
  void *closure;
} Sink;

static void
write_data (png_structp png,
            png_bytep   data,
            size_t      length)
{
  Sink *sink = png_get_io_ptr (png);

  if (sink->write (sink->closure, data, length) != CAIRO_STATUS_SUCCESS)
    png_error (png, "the stream refused the data");
}

static void
flush_data (png_structp png)
{
}

static gboolean
is_opaque (const guint8 *data,
           int           width,
           int           height,
           int           stride)
{
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        if ((row[x] >> 24) != 0xff)
          return FALSE;
    }

  return TRUE;
}

/* One row of cairo's premultiplied native-endian ARGB as PNG's RGB or
 * straight RGBA bytes. */
static void
convert_row (const guint32 *in,
             guint8        *out,
             int            width,
             gboolean       opaque)
{
  for (int x = 0; x < width; x++)
    {
      guint32 pixel = in[x];
      guint alpha = pixel >> 24;
      guint red = (pixel >> 16) & 0xff;
      guint green = (pixel >> 8) & 0xff;
      guint blue = pixel & 0xff;

      if (!opaque && alpha != 0 && alpha != 0xff)
        {
          red = (red * 255 + alpha / 2) / alpha;
          green = (green * 255 + alpha / 2) / alpha;
          blue = (blue * 255 + alpha / 2) / alpha;
        }

      *out++ = red;
      *out++ = green;
      *out++ = blue;
      if (!opaque)
        *out++ = alpha;
    }
}

/**
 * ka_png_write:
 * @surface: an ARGB32 or RGB24 image surface
 * @write: where the bytes go, as for cairo_surface_write_to_png_stream()
 *
 * Returns: %CAIRO_STATUS_SUCCESS, or %CAIRO_STATUS_WRITE_ERROR when
 *   @write failed or libpng could not encode
 */
cairo_status_t
ka_png_write (cairo_surface_t    *surface,
              cairo_write_func_t  write,
              void               *closure)
{
  Sink sink = { write, closure };
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data;
  gboolean opaque;
  png_structp png;
  png_infop info;
  /* Set before setjmp(), read after a longjmp(): volatile. */
  guint8 * volatile row = NULL;

  g_return_val_if_fail (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE, CAIRO_STATUS_SURFACE_TYPE_MISMATCH);

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  if (data == NULL || width <= 0 || height <= 0)
    return CAIRO_STATUS_INVALID_SIZE;
  opaque = cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24 ||
           is_opaque (data, width, height, stride);

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
  if (png == NULL)
    return CAIRO_STATUS_NO_MEMORY;
  info = png_create_info_struct (png);
  if (info == NULL)
    {
      png_destroy_write_struct (&png, NULL);
      return CAIRO_STATUS_NO_MEMORY;
    }

  if (setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, &info);
      g_free (row);
      return CAIRO_STATUS_WRITE_ERROR;
    }

  row = g_malloc ((gsize) width * 4);
  png_set_write_fn (png, &sink, write_data, flush_data);
  png_set_compression_level (png, Z_BEST_SPEED);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
  png_set_IHDR (png, info, width, height, 8,
                opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
  png_write_info (png, info);

  for (int y = 0; y < height; y++)
    {
      convert_row ((const guint32 *) (data + (gsize) y * stride), row, width, opaque);
      png_write_row (png, row);
    }

  png_write_end (png, info);
  png_destroy_write_struct (&png, &info);
  g_free (row);

  return CAIRO_STATUS_SUCCESS;
}
