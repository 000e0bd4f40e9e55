# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a KACOAST file (data/coastline/README.md) and decodes it into
the tuple the atlas maps at start: (parts, rings, points) of type
COASTLINE_TYPE, points in degrees."""

import hashlib
import struct

from strict_json import DataError

COASTLINE_TYPE = "(a(iiiiy)a(yyu)a(dd))"

MAGIC = b"KACOAST\0"
HEADER_SIZE = 28
PART_SIZE = 20
TRAILER_SIZE = 32
MICRODEGREES = 1000000.0


def _varint(data, pos, end, ring):
    """Reads one LEB128 varint of at most 32 bits."""
    value, start = 0, pos
    for shift in range(0, 35, 7):
        if pos >= end:
            raise DataError(start, "ring %d runs past the end of the ring data" % ring)
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            if value > 0xFFFFFFFF:
                raise DataError(start, "number out of range in ring %d" % ring)
            return value, pos
    raise DataError(start, "overlong number in ring %d" % ring)


def _unzigzag(v):
    return (v >> 1) ^ -(v & 1)


def _header(data):
    if len(data) == 0:
        raise DataError(0, "the file is empty")
    if data[:len(MAGIC)] != MAGIC[:min(len(data), len(MAGIC))] or len(data) < len(MAGIC):
        raise DataError(0, "not a coastline file (no KACOAST signature)")
    if len(data) >= 10 and struct.unpack_from("<H", data, 8)[0] != 1:
        raise DataError(8, "format version %d is not supported (expected 1)"
                        % struct.unpack_from("<H", data, 8)[0])
    if len(data) < HEADER_SIZE:
        raise DataError(len(data), "data ends inside the %d-byte header" % HEADER_SIZE)
    _, _, flags, n_parts, reserved, n_rings, n_points, data_size = \
        struct.unpack_from("<8sHHHHIII", data, 0)
    if flags != 0 or reserved != 0:
        raise DataError(10, "unknown flags at byte 10 or 14")
    if n_parts == 0:
        raise DataError(12, "the header announces no parts")
    return n_parts, n_rings, n_points, data_size


def _parts(data, n_parts):
    if len(data) < HEADER_SIZE + n_parts * PART_SIZE:
        raise DataError(len(data), "data ends inside the table of %d parts" % n_parts)
    parts = []
    for i in range(n_parts):
        at = HEADER_SIZE + i * PART_SIZE
        west, east, south, north, resolution, pad = struct.unpack_from("<iiiiB3s", data, at)
        if (west >= east or south >= north or west < -180 * MICRODEGREES or
                east > 180 * MICRODEGREES or south < -90 * MICRODEGREES or
                north > 90 * MICRODEGREES or chr(resolution) not in "fhilc" or pad != bytes(3)):
            raise DataError(at, "part %d is not a valid lon/lat box with a GSHHG resolution" % i)
        parts.append((west, east, south, north, resolution))
    return parts


def compile_coastline(data):
    """Returns the value of COASTLINE_TYPE; raises DataError at a byte offset."""
    n_parts, n_rings, n_points, data_size = _header(data)
    parts = _parts(data, n_parts)
    start = HEADER_SIZE + n_parts * PART_SIZE
    end = start + data_size
    if len(data) != end + TRAILER_SIZE:
        raise DataError(min(len(data), end + TRAILER_SIZE),
                        "the file has %d bytes, the header announces %d"
                        % (len(data), end + TRAILER_SIZE))
    if hashlib.sha256(data[:end]).digest() != data[end:]:
        raise DataError(end, "checksum does not match: the data is damaged")

    rings, points = [], []
    pos = start
    for r in range(n_rings):
        ring_start = pos
        if pos + 2 > end:
            raise DataError(pos, "ring %d runs past the end of the ring data" % r)
        level, part_index = data[pos], data[pos + 1]
        pos += 2
        if not 1 <= level <= 4:
            raise DataError(ring_start, "ring %d has level %d, not 1 to 4" % (r, level))
        if part_index >= n_parts:
            raise DataError(ring_start, "ring %d belongs to part %d of %d" % (r, part_index, n_parts))
        count, pos = _varint(data, pos, end, r)
        if count < 3 or count > n_points - len(points):
            raise DataError(ring_start, "ring %d claims %d points (at least 3, at most %d left)"
                            % (r, count, n_points - len(points)))
        west, east, south, north, _ = parts[part_index]
        x, y = west, south
        for i in range(count):
            point_start = pos
            dx, pos = _varint(data, pos, end, r)
            dy, pos = _varint(data, pos, end, r)
            x += _unzigzag(dx)
            y += _unzigzag(dy)
            if not (west <= x <= east and south <= y <= north):
                raise DataError(point_start, "point %d of ring %d lies outside its part's region"
                                % (i, r))
            points.append((x / MICRODEGREES, y / MICRODEGREES))
        rings.append((level, part_index, count))
    if len(points) != n_points:
        raise DataError(pos, "the rings hold %d points, the header announces %d"
                        % (len(points), n_points))
    if pos != end:
        raise DataError(pos, "the last ring ends before the ring data does, at byte %d" % end)
    return (parts, rings, points)


def part_rings(decoded, region):
    """The rings of the decoded part whose region is (west, east, south,
    north) in degrees, as (level, points) with the points closed (the last
    repeats the first), as build-aux/gshhg_rings.py gives them.  Raises
    KeyError when no part has that region."""
    parts, rings, points = decoded
    key = tuple(int(round(v * MICRODEGREES)) for v in region)
    wanted = [i for i, part in enumerate(parts) if tuple(part[:4]) == key]
    if not wanted:
        raise KeyError("the coastline has no part %r" % (region,))
    out = []
    pos = 0
    for level, part, count in rings:
        if part == wanted[0]:
            ring = list(points[pos:pos + count])
            out.append((level, ring + ring[:1]))
        pos += count
    return out
