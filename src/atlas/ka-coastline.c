/* ka-coastline.c
 *
 * Copyright 2026 The Kuril Atlas authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ka-coastline"

#include "config.h"

#include <string.h>

#include "ka-coastline.h"
#include "kuril-atlas-resources.h"

/* The KACOAST format is specified in data/coastline/README.md. */
#define MAGIC "KACOAST\0"
#define MAGIC_SIZE 8
#define FORMAT_VERSION 1
#define HEADER_SIZE 28
#define PART_SIZE 20
#define TRAILER_SIZE 32
#define MICRODEGREES 1000000.0
/* Smallest possible ring record: level, part, count, three 2-byte points. */
#define MIN_RING_SIZE 9
#define MIN_POINT_SIZE 2

typedef struct
{
  gint64 west;
  gint64 east;
  gint64 south;
  gint64 north;
  char resolution;
} Part;

typedef struct
{
  KaCoastlineLevel level;
  guint part;
  gsize first;
  gsize n_points;
  KaBox bbox;
  KaBox mercator_bbox;
} Ring;

struct _KaCoastline
{
  gatomicrefcount ref_count;

  KaBox region;
  guint n_parts;
  Part *parts;
  guint n_rings;
  Ring *rings;
  gsize n_points;
  KaPoint *points;
  KaPoint *mercator;
};

G_DEFINE_BOXED_TYPE (KaCoastline, ka_coastline, ka_coastline_ref, ka_coastline_unref)

G_DEFINE_QUARK (ka-coastline-error-quark, ka_coastline_error)

typedef struct
{
  const guint8 *data;
  gsize end;
  gsize pos;
  const char *name;
  /* Whether end is where the file breaks off rather than where the header
   * says the ring data ends: running into it is then truncation, not
   * damage. */
  gboolean cut;
} Reader;

static void
set_end_error (Reader      *reader,
               const char  *where,
               guint        ring,
               GError     **error)
{
  if (reader->cut)
    g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_TRUNCATED,
                 "%s: data ends at byte %" G_GSIZE_FORMAT " %s ring %u",
                 reader->name, reader->end, where, ring);
  else
    g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_CORRUPT,
                 "%s: ring %u runs past the end of the ring data at byte %" G_GSIZE_FORMAT,
                 reader->name, ring, reader->end);
}

static guint32
read_u32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

static gint32
read_i32 (const guint8 *p)
{
  return (gint32) read_u32 (p);
}

/* Reads one LEB128 varint of at most 32 bits; sets @error naming @ring
 * when the data ends or the varint is malformed. */
static gboolean
read_varint (Reader   *reader,
             guint     ring,
             guint32  *out,
             GError  **error)
{
  guint64 value = 0;
  gsize start = reader->pos;

  for (guint shift = 0; ; shift += 7)
    {
      guint8 byte;

      if (reader->pos >= reader->end)
        {
          set_end_error (reader, "inside", ring, error);
          return FALSE;
        }
      if (shift > 28)
        {
          g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_CORRUPT,
                       "%s: overlong number at byte %" G_GSIZE_FORMAT " in ring %u",
                       reader->name, start, ring);
          return FALSE;
        }

      byte = reader->data[reader->pos++];
      value |= (guint64) (byte & 0x7f) << shift;
      if ((byte & 0x80) == 0)
        break;
    }

  if (value > G_MAXUINT32)
    {
      g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_CORRUPT,
                   "%s: number out of range at byte %" G_GSIZE_FORMAT " in ring %u",
                   reader->name, start, ring);
      return FALSE;
    }

  *out = (guint32) value;
  return TRUE;
}

static gint64
unzigzag (guint32 v)
{
  return (gint64) (v >> 1) ^ -(gint64) (v & 1);
}

static void
ka_coastline_free (KaCoastline *self)
{
  g_free (self->parts);
  g_free (self->rings);
  g_free (self->points);
  g_free (self->mercator);
  g_free (self);
}

/* Decodes the ring records between @reader's position and end into
 * @self, whose rings and points arrays are already sized from the header;
 * without @store, only checks them and keeps nothing. */
static gboolean
read_rings (KaCoastline  *self,
            Reader       *reader,
            gboolean      store,
            GError      **error)
{
  gsize n_points = 0;

  for (guint r = 0; r < self->n_rings; r++)
    {
      Ring *ring = store ? &self->rings[r] : &(Ring) { 0, };
      gsize ring_start = reader->pos;
      const Part *part;
      guint32 count;
      guint8 level;
      guint8 part_index;
      gint64 x, y;

      if (reader->pos + 2 > reader->end)
        {
          set_end_error (reader, "at the start of", r, error);
          return FALSE;
        }

      level = reader->data[reader->pos++];
      part_index = reader->data[reader->pos++];
      if (level < KA_COASTLINE_LEVEL_LAND || level > KA_COASTLINE_LEVEL_POND)
        {
          g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_CORRUPT,
                       "%s: ring %u at byte %" G_GSIZE_FORMAT " has level %u, not 1 to 4",
                       reader->name, r, ring_start, level);
          return FALSE;
        }
      if (part_index >= self->n_parts)
        {
          g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_CORRUPT,
                       "%s: ring %u at byte %" G_GSIZE_FORMAT " belongs to part %u of %u",
                       reader->name, r, ring_start, part_index, self->n_parts);
          return FALSE;
        }

      if (!read_varint (reader, r, &count, error))
        return FALSE;
      if (count < 3 || count > self->n_points - n_points)
        {
          g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_CORRUPT,
                       "%s: ring %u at byte %" G_GSIZE_FORMAT " claims %u points "
                       "(at least 3, at most %" G_GSIZE_FORMAT " left)",
                       reader->name, r, ring_start, count, self->n_points - n_points);
          return FALSE;
        }

      part = &self->parts[part_index];
      x = part->west;
      y = part->south;
      ring->level = level;
      ring->part = part_index;
      ring->first = n_points;
      ring->n_points = count;
      ring->bbox = ka_box_empty ();
      ring->mercator_bbox = ka_box_empty ();

      for (guint32 i = 0; i < count; i++)
        {
          gsize point_start = reader->pos;
          guint32 dx, dy;
          KaPoint point, projected;

          if (!read_varint (reader, r, &dx, error) ||
              !read_varint (reader, r, &dy, error))
            return FALSE;

          x += unzigzag (dx);
          y += unzigzag (dy);
          if (x < part->west || x > part->east || y < part->south || y > part->north)
            {
              g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_CORRUPT,
                           "%s: point %u of ring %u at byte %" G_GSIZE_FORMAT
                           " lies outside its part's region",
                           reader->name, i, r, point_start);
              return FALSE;
            }

          if (!store)
            continue;

          point.x = x / MICRODEGREES;
          point.y = y / MICRODEGREES;
          projected.x = ka_geo_lon_to_mercator_x (point.x);
          projected.y = ka_geo_lat_to_mercator_y (point.y);
          self->points[n_points + i] = point;
          self->mercator[n_points + i] = projected;
          ka_box_add_point (&ring->bbox, point.x, point.y);
          ka_box_add_point (&ring->mercator_bbox, projected.x, projected.y);
        }

      n_points += count;
    }

  if (n_points != self->n_points)
    {
      g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_CORRUPT,
                   "%s: the rings hold %" G_GSIZE_FORMAT " points, the header "
                   "announces %" G_GSIZE_FORMAT,
                   reader->name, n_points, self->n_points);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_header_start (const guint8  *data,
                    gsize          size,
                    const char    *name,
                    GError       **error)
{
  if (size == 0)
    {
      g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_TRUNCATED,
                   "%s: the file is empty", name);
      return FALSE;
    }

  if (memcmp (data, MAGIC, MIN (size, MAGIC_SIZE)) != 0)
    {
      g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_BAD_MAGIC,
                   "%s: not a coastline file (no KACOAST signature at byte 0)", name);
      return FALSE;
    }

  if (size >= MAGIC_SIZE + 2)
    {
      guint version = data[8] | data[9] << 8;

      if (version != FORMAT_VERSION)
        {
          g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_UNSUPPORTED_VERSION,
                       "%s: format version %u at byte 8 is not supported (expected %u)",
                       name, version, FORMAT_VERSION);
          return FALSE;
        }
    }

  if (size < HEADER_SIZE)
    {
      g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_TRUNCATED,
                   "%s: data ends at byte %" G_GSIZE_FORMAT " inside the %d-byte header",
                   name, size, HEADER_SIZE);
      return FALSE;
    }

  if ((data[10] | data[11] << 8) != 0 || (data[14] | data[15] << 8) != 0)
    {
      g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_UNSUPPORTED_VERSION,
                   "%s: unknown flags at byte 10 or 14", name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_parts (KaCoastline   *self,
            const guint8  *data,
            gsize          size,
            const char    *name,
            GError       **error)
{
  gsize table_end = HEADER_SIZE + (gsize) self->n_parts * PART_SIZE;

  if (self->n_parts == 0)
    {
      g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_CORRUPT,
                   "%s: the header at byte 12 announces no parts", name);
      return FALSE;
    }

  if (size < table_end)
    {
      g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_TRUNCATED,
                   "%s: data ends at byte %" G_GSIZE_FORMAT " inside the table of %u parts",
                   name, size, self->n_parts);
      return FALSE;
    }

  self->parts = g_new0 (Part, self->n_parts);
  self->region = ka_box_empty ();

  for (guint i = 0; i < self->n_parts; i++)
    {
      const guint8 *p = data + HEADER_SIZE + i * PART_SIZE;
      Part *part = &self->parts[i];

      part->west = read_i32 (p);
      part->east = read_i32 (p + 4);
      part->south = read_i32 (p + 8);
      part->north = read_i32 (p + 12);
      part->resolution = p[16];

      if (part->west >= part->east || part->south >= part->north ||
          part->west < -180 * MICRODEGREES || part->east > 180 * MICRODEGREES ||
          part->south < -90 * MICRODEGREES || part->north > 90 * MICRODEGREES ||
          strchr ("fhilc", part->resolution) == NULL || part->resolution == '\0' ||
          p[17] != 0 || p[18] != 0 || p[19] != 0)
        {
          g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_CORRUPT,
                       "%s: part %u at byte %" G_GSIZE_FORMAT " is not a valid lon/lat "
                       "box with a GSHHG resolution",
                       name, i, (gsize) (p - data));
          return FALSE;
        }

      ka_box_add_point (&self->region, part->west / MICRODEGREES, part->south / MICRODEGREES);
      ka_box_add_point (&self->region, part->east / MICRODEGREES, part->north / MICRODEGREES);
    }

  return TRUE;
}

static gboolean
check_checksum (const guint8  *data,
                gsize          length,
                const char    *name,
                GError       **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[TRAILER_SIZE];
  gsize digest_len = sizeof digest;

  g_checksum_update (checksum, data, length);
  g_checksum_get_digest (checksum, digest, &digest_len);

  if (digest_len != TRAILER_SIZE || memcmp (digest, data + length, TRAILER_SIZE) != 0)
    {
      g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_CORRUPT,
                   "%s: checksum at byte %" G_GSIZE_FORMAT " does not match: "
                   "the data is damaged", name, length);
      return FALSE;
    }

  return TRUE;
}

/**
 * ka_coastline_new_from_bytes:
 * @bytes: the contents of a KACOAST file
 * @name: the file or resource path, for error messages
 * @error: return location for a #KA_COASTLINE_ERROR
 *
 * Decodes land polygons in the KACOAST format (data/coastline/README.md).
 *
 * Returns: (transfer full): the coastline, or %NULL with @error set.
 */
KaCoastline *
ka_coastline_new_from_bytes (GBytes      *bytes,
                             const char  *name,
                             GError     **error)
{
  g_autoptr(KaCoastline) self = NULL;
  const guint8 *data;
  gsize size;
  gsize rings_start;
  guint32 data_size;
  guint64 expected;
  Reader reader;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (name == NULL)
    name = "coastline";

  data = g_bytes_get_data (bytes, &size);
  if (!check_header_start (data, size, name, error))
    return NULL;

  self = g_new0 (KaCoastline, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->n_parts = data[12] | data[13] << 8;
  self->n_rings = read_u32 (data + 16);
  self->n_points = read_u32 (data + 20);
  data_size = read_u32 (data + 24);

  if (!read_parts (self, data, size, name, error))
    return NULL;

  /* Bound the allocations by what the ring data could hold at most, so a
   * damaged header cannot ask for gigabytes. */
  if ((guint64) self->n_rings * MIN_RING_SIZE > data_size ||
      (guint64) self->n_points * MIN_POINT_SIZE > data_size ||
      (guint64) self->n_rings * 3 > self->n_points)
    {
      g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_CORRUPT,
                   "%s: the header's counts (%u rings, %" G_GSIZE_FORMAT " points, "
                   "%u bytes of ring data) do not fit together",
                   name, self->n_rings, self->n_points, data_size);
      return NULL;
    }

  rings_start = HEADER_SIZE + (gsize) self->n_parts * PART_SIZE;
  expected = (guint64) rings_start + data_size + TRAILER_SIZE;
  reader = (Reader) {
    data, MIN (size, rings_start + (gsize) data_size), rings_start, name,
    size < rings_start + (gsize) data_size,
  };

  if (size < expected)
    {
      /* Decode what is there, to tell which ring the file breaks off in,
       * but keep none of it: the header's counts could ask for far more
       * memory than the data that is there could fill. */
      if (!read_rings (self, &reader, FALSE, error))
        return NULL;

      g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_TRUNCATED,
                   "%s: data ends at byte %" G_GSIZE_FORMAT " inside the checksum "
                   "(expected %" G_GUINT64_FORMAT " bytes)", name, size, expected);
      return NULL;
    }

  if (size > expected)
    {
      g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_CORRUPT,
                   "%s: %" G_GUINT64_FORMAT " unexpected bytes after the checksum "
                   "at byte %" G_GUINT64_FORMAT, name, size - expected, expected);
      return NULL;
    }

  if (!check_checksum (data, rings_start + data_size, name, error))
    return NULL;

  /* All the ring data is there, so the counts checked against its size
   * above bound these by the size of the file. */
  self->rings = g_new0 (Ring, self->n_rings);
  self->points = g_new (KaPoint, self->n_points);
  self->mercator = g_new (KaPoint, self->n_points);

  if (!read_rings (self, &reader, TRUE, error))
    return NULL;

  if (reader.pos != reader.end)
    {
      g_set_error (error, KA_COASTLINE_ERROR, KA_COASTLINE_ERROR_CORRUPT,
                   "%s: the last ring ends at byte %" G_GSIZE_FORMAT ", the ring "
                   "data at byte %" G_GSIZE_FORMAT, name, reader.pos, reader.end);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * ka_coastline_new_from_file:
 * @path: a KACOAST file
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the coastline, or %NULL with @error set.
 */
KaCoastline *
ka_coastline_new_from_file (const char  *path,
                            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return ka_coastline_new_from_bytes (bytes, path, error);
}

/**
 * ka_coastline_new_from_resource:
 * @resource_path: a KACOAST file in the GResource
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the coastline, or %NULL with @error set.
 */
KaCoastline *
ka_coastline_new_from_resource (const char  *resource_path,
                                GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);

  /* Referencing the bundled GResource keeps it linked in from the static
   * library, and so registered. */
  if (kuril_atlas_get_resource () == NULL)
    g_warning ("the bundled resources are missing");

  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return ka_coastline_new_from_bytes (bytes, resource_path, error);
}

KaCoastline *
ka_coastline_ref (KaCoastline *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ka_coastline_unref (KaCoastline *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    ka_coastline_free (self);
}

/**
 * ka_coastline_get_region:
 *
 * Returns: the lon/lat box around all parts of the data.
 */
KaBox
ka_coastline_get_region (KaCoastline *self)
{
  return self->region;
}

/**
 * ka_coastline_get_n_parts:
 *
 * The data comes in parts that tile the region without overlapping, each
 * from one GSHHG resolution.
 */
guint
ka_coastline_get_n_parts (KaCoastline *self)
{
  return self->n_parts;
}

/**
 * ka_coastline_get_part_region:
 *
 * Returns: the part's lon/lat box; rings of the part that reach its edge
 * are closed along it, and those stretches are not shore.
 */
KaBox
ka_coastline_get_part_region (KaCoastline *self,
                              guint        part)
{
  g_return_val_if_fail (part < self->n_parts, ka_box_empty ());

  return (KaBox) {
    self->parts[part].west / MICRODEGREES, self->parts[part].south / MICRODEGREES,
    self->parts[part].east / MICRODEGREES, self->parts[part].north / MICRODEGREES,
  };
}

/**
 * ka_coastline_get_part_resolution:
 *
 * Returns: GSHHG's letter for the part's resolution: f(ull), h(igh),
 * i(ntermediate), l(ow) or c(rude).
 */
char
ka_coastline_get_part_resolution (KaCoastline *self,
                                  guint        part)
{
  g_return_val_if_fail (part < self->n_parts, '\0');

  return self->parts[part].resolution;
}

guint
ka_coastline_get_n_rings (KaCoastline *self)
{
  return self->n_rings;
}

gsize
ka_coastline_get_n_points (KaCoastline *self)
{
  return self->n_points;
}

KaCoastlineLevel
ka_coastline_get_ring_level (KaCoastline *self,
                             guint        ring)
{
  g_return_val_if_fail (ring < self->n_rings, 0);

  return self->rings[ring].level;
}

guint
ka_coastline_get_ring_part (KaCoastline *self,
                            guint        ring)
{
  g_return_val_if_fail (ring < self->n_rings, 0);

  return self->rings[ring].part;
}

gsize
ka_coastline_get_ring_n_points (KaCoastline *self,
                                guint        ring)
{
  g_return_val_if_fail (ring < self->n_rings, 0);

  return self->rings[ring].n_points;
}

/**
 * ka_coastline_get_ring_points:
 *
 * Returns: (transfer none): the ring's points in lon/lat degrees,
 * counter-clockwise with the ring's own area on the left; the first point
 * is not repeated at the end.
 */
const KaPoint *
ka_coastline_get_ring_points (KaCoastline *self,
                              guint        ring)
{
  g_return_val_if_fail (ring < self->n_rings, NULL);

  return self->points + self->rings[ring].first;
}

/**
 * ka_coastline_get_ring_mercator:
 *
 * Returns: (transfer none): the same points in normalised Web Mercator.
 */
const KaPoint *
ka_coastline_get_ring_mercator (KaCoastline *self,
                                guint        ring)
{
  g_return_val_if_fail (ring < self->n_rings, NULL);

  return self->mercator + self->rings[ring].first;
}

KaBox
ka_coastline_get_ring_bbox (KaCoastline *self,
                            guint        ring)
{
  g_return_val_if_fail (ring < self->n_rings, ka_box_empty ());

  return self->rings[ring].bbox;
}

KaBox
ka_coastline_get_ring_mercator_bbox (KaCoastline *self,
                                     guint        ring)
{
  g_return_val_if_fail (ring < self->n_rings, ka_box_empty ());

  return self->rings[ring].mercator_bbox;
}

/**
 * ka_coastline_level_at:
 *
 * Returns: the level of the innermost ring around (@lon, @lat): 0 for the
 * sea, then 1 land, 2 lake, 3 island in a lake, 4 pond.
 */
guint
ka_coastline_level_at (KaCoastline *self,
                       double       lon,
                       double       lat)
{
  guint level = 0;

  /* GSHHG nests levels strictly, so the deepest ring around a point is
   * the innermost one. */
  for (guint r = 0; r < self->n_rings; r++)
    {
      const Ring *ring = &self->rings[r];

      if (ring->level > level &&
          ka_box_contains_point (&ring->bbox, lon, lat) &&
          ka_geo_ring_contains (self->points + ring->first, ring->n_points, lon, lat))
        level = ring->level;
    }

  return level;
}

/**
 * ka_coastline_is_land:
 *
 * Returns: whether (@lon, @lat) is on land: inside a land ring and not in
 * a lake on it, or on an island in such a lake, and so on.
 */
gboolean
ka_coastline_is_land (KaCoastline *self,
                      double       lon,
                      double       lat)
{
  return ka_coastline_level_at (self, lon, lat) % 2 == 1;
}
