#!/usr/bin/env python3
# gshhg_rings.py — closed GSHHG shoreline rings for a lon/lat region
#
# Copyright 2026 The Kuril Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Closed GSHHG shoreline rings for a lon/lat region, read through GMT.

``gmt coast -Df -M -W`` writes the full-resolution GSHHG shorelines as
line segments cut at GSHHG's bins and at the region's edges.  This module
joins the pieces back into closed rings and keeps each ring's GSHHG level:

    1  land (sea shore)       2  lake
    3  island in a lake       4  pond in such an island

Orientation: every ring is returned COUNTER-CLOCKWISE in plain lon/lat
(x east, y north), i.e. the ring's own area lies on its left.  So a level 1
or 3 ring has land on its left and a level 2 or 4 ring has water on its
left.  Rings are closed: the last point repeats the first.

A ring that runs into the region's edge is closed along the edge on the
side of its own area (the land side for level 1).  GSHHG segments are
directed with land on their left, which is what makes this possible
without guessing.

API, kept stable because other build scripts import it:

    load_rings(region=(w, e, s, n), resolution="f")
        -> list of (level, [(lon, lat), ...])
    level_at(rings, lon, lat) -> deepest level around the point, 0 for sea
    gshhg_version() -> e.g. "2.3.7"
    gmt_command(region, resolution="f") -> the gmt argv used

Run as a script it prints ring and point counts for a region (default
135/162/38/56, or W/E/S/N as its argument) and the level at a few test
places.  Only the Python standard library is used; GMT with the
``gmt-gshhg-full`` data must be installed.
"""

import os
import subprocess
import sys
import tempfile

DEFAULT_REGION = (135.0, 162.0, 38.0, 56.0)

# Points from GMT are printed with ~1e-9 degree precision; anything this
# close to the region's edge lies on it.
_EDGE_EPS = 1e-7


RESOLUTIONS = "fhilc"


def gmt_command(region, resolution="f"):
    """The argv that dumps the region's shorelines as text; resolution is
    GSHHG's f(ull), h(igh), i(ntermediate), l(ow) or c(rude)."""
    if resolution not in RESOLUTIONS:
        raise ValueError("unknown GSHHG resolution %r" % (resolution,))
    w, e, s, n = region
    return ["gmt", "coast", "-R%g/%g/%g/%g" % (w, e, s, n),
            "-D" + resolution, "-M", "-W", "-A0/0/4"]


def _run_gmt(argv):
    # GMT writes session files into the working directory: keep them out
    # of the source tree.
    with tempfile.TemporaryDirectory(prefix="gshhg-rings-") as tmp:
        env = dict(os.environ, GMT_TMPDIR=tmp, GMT_USERDIR=tmp)
        res = subprocess.run(argv, cwd=tmp, env=env, check=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             universal_newlines=True)
    return res.stdout, res.stderr


def gshhg_version(region=DEFAULT_REGION):
    """The GSHHG version string GMT reports, e.g. '2.3.7'."""
    w, e, s, n = region
    argv = gmt_command((w, w + 0.1, s, s + 0.1)) + ["-Vi"]
    _, err = _run_gmt(argv)
    for line in err.splitlines():
        if "GSHHG version" in line:
            return line.rsplit("GSHHG version", 1)[1].strip()
    raise RuntimeError("GMT did not report a GSHHG version")


def _parse_segments(text):
    segs = []
    cur = None
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith(">"):
            if "Level" not in line:
                raise ValueError("line %d: segment header without level: %r"
                                 % (lineno, line))
            level = int(line.rsplit("Level", 1)[1].split()[0])
            cur = (level, [])
            segs.append(cur)
            continue
        if cur is None:
            raise ValueError("line %d: point before any segment header"
                             % lineno)
        lon, lat = line.split()[:2]
        pt = (float(lon), float(lat))
        if not cur[1] or cur[1][-1] != pt:
            cur[1].append(pt)
    return [s for s in segs if len(s[1]) >= 2]


def _join_segments(segs):
    """Join directed segments end-to-start.  Returns (closed, open) lists
    of (level, points); open chains start and end on the region's edge."""
    by_start = {}
    for i, (level, pts) in enumerate(segs):
        if pts[0] == pts[-1]:
            continue
        if pts[0] in by_start:
            raise ValueError("two shore segments start at %r" % (pts[0],))
        by_start[pts[0]] = i
    has_pred = set()
    for i, (level, pts) in enumerate(segs):
        if pts[0] != pts[-1] and pts[-1] in by_start:
            has_pred.add(by_start[pts[-1]])

    used = [False] * len(segs)
    closed, open_chains = [], []

    def follow(i):
        level, pts = segs[i]
        chain = list(pts)
        used[i] = True
        while chain[-1] != chain[0]:
            j = by_start.get(chain[-1])
            if j is None or used[j]:
                break
            if segs[j][0] != level:
                raise ValueError("level changes from %d to %d at %r"
                                 % (level, segs[j][0], chain[-1]))
            chain.extend(segs[j][1][1:])
            used[j] = True
        return level, chain

    # Chains that begin on the edge first, so they are not entered midway.
    for i in range(len(segs)):
        if not used[i] and i not in has_pred and segs[i][1][0] != segs[i][1][-1]:
            open_chains.append(follow(i))
    for i in range(len(segs)):
        if not used[i]:
            level, chain = follow(i)
            if chain[0] != chain[-1]:
                raise ValueError("shore chain at %r does not close" % (chain[0],))
            closed.append((level, chain))
    return closed, open_chains


def _signed_area(pts):
    a = 0.0
    for i in range(len(pts) - 1):
        a += pts[i][0] * pts[i + 1][1] - pts[i + 1][0] * pts[i][1]
    return a / 2.0


def _perimeter_pos(pt, region):
    """Position of an edge point along the region's boundary, running
    counter-clockwise from the south-west corner; None if not on it."""
    w, e, s, n = region
    x, y = pt
    wd, ht = e - w, n - s
    if abs(y - s) < _EDGE_EPS:
        return x - w
    if abs(x - e) < _EDGE_EPS:
        return wd + (y - s)
    if abs(y - n) < _EDGE_EPS:
        return wd + ht + (e - x)
    if abs(x - w) < _EDGE_EPS:
        return 2 * wd + ht + (n - y)
    return None


def _close_along_edge(chains, region):
    """Close chains (area on their left) by walking the region's edge
    counter-clockwise from each chain's end to the next chain's start."""
    w, e, s, n = region
    wd, ht = e - w, n - s
    total = 2 * (wd + ht)
    corners = [(wd, (e, s)), (wd + ht, (e, n)), (2 * wd + ht, (w, n)),
               (total, (w, s))]

    starts = []
    for idx, (_, pts) in enumerate(chains):
        for end in (pts[0], pts[-1]):
            if _perimeter_pos(end, region) is None:
                raise ValueError("open shore chain ends inside the region at %r"
                                 % (end,))
        starts.append((_perimeter_pos(pts[0], region), idx))
    starts.sort()

    def next_start(pos):
        for spos, idx in starts:
            if spos > pos:
                return spos, idx
        return starts[0]

    def corners_between(a, b):
        # Corners passed going counter-clockwise from a to b.
        out = []
        if b <= a:
            b += total
        for base in (0.0, total):
            for cpos, cpt in corners:
                p = cpos + base
                if a < p < b:
                    out.append((p, cpt))
        out.sort()
        return [c for _, c in out]

    used = [False] * len(chains)
    rings = []
    for first in range(len(chains)):
        if used[first]:
            continue
        level = chains[first][0]
        ring = []
        idx = first
        while True:
            used[idx] = True
            pts = chains[idx][1]
            ring.extend(pts if not ring else pts[1:] if ring[-1] == pts[0] else pts)
            end_pos = _perimeter_pos(pts[-1], region)
            spos, nxt = next_start(end_pos)
            if chains[nxt][0] != level:
                raise ValueError("edge closure of a level %d ring meets a "
                                 "level %d chain at %r"
                                 % (level, chains[nxt][0], chains[nxt][1][0]))
            ring.extend(corners_between(end_pos, spos))
            if nxt == first:
                if ring[-1] != ring[0]:
                    ring.append(ring[0])
                break
            if used[nxt]:
                raise ValueError("edge closure loops without closing")
            idx = nxt
        rings.append((level, ring))
    return rings


def load_rings(region=DEFAULT_REGION, resolution="f"):
    """Closed GSHHG rings for region (west, east, south, north) in degrees,
    at full resolution unless resolution says otherwise (see gmt_command).

    Returns a list of (level, points) with level 1-4 and points a list of
    (lon, lat) tuples, closed (last == first) and counter-clockwise in
    lon/lat, the ring's own area (land for odd levels, water for even)
    on the left.  Rings cut by the region's edge are closed along it.
    """
    region = tuple(float(v) for v in region)
    text, _ = _run_gmt(gmt_command(region, resolution))
    segs = _parse_segments(text)
    closed, open_chains = _join_segments(segs)

    # GSHHG has land on the left: flip even levels so every ring's own
    # area is on its left, which is also what the edge walk expects.
    flipped = [(lv, pts[::-1] if lv % 2 == 0 else pts)
               for lv, pts in open_chains]
    rings = closed + [(lv, pts[::-1] if lv % 2 == 0 else pts)
                      for lv, pts in _close_along_edge_by_level(flipped, region)]

    out = []
    for level, pts in rings:
        if len(pts) < 4:
            continue
        if _signed_area(pts) < 0:
            pts = pts[::-1]
        out.append((level, pts))
    # Stable order: by level, then west-south corner of the ring.
    out.sort(key=lambda r: (r[0], min(r[1])))
    return out


def _close_along_edge_by_level(chains, region):
    # Each level closes against the edge on its own: a lake cut by the edge
    # must not pair up with the sea shore.
    rings = []
    for level in sorted({lv for lv, _ in chains}):
        group = [c for c in chains if c[0] == level]
        rings.extend(_close_along_edge(group, region))
    return rings


def point_in_ring(pts, x, y):
    """Even-odd point-in-polygon test."""
    inside = False
    j = len(pts) - 1
    for i in range(len(pts)):
        xi, yi = pts[i]
        xj, yj = pts[j]
        if (yi > y) != (yj > y):
            if x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
        j = i
    return inside


def level_at(rings, lon, lat):
    """The deepest level whose ring contains (lon, lat), 0 for the sea."""
    best = 0
    for level, pts in rings:
        if level > best and point_in_ring(pts, lon, lat):
            best = level
    return best


def _main(argv):
    region = DEFAULT_REGION
    if len(argv) == 2:
        region = tuple(float(v) for v in argv[1].split("/"))
    elif len(argv) != 1:
        print("usage: %s [W/E/S/N]" % argv[0], file=sys.stderr)
        return 2
    rings = load_rings(region)
    counts = {}
    for level, pts in rings:
        counts.setdefault(level, [0, 0])
        counts[level][0] += 1
        counts[level][1] += len(pts)
    print("GSHHG %s, region %s" % (gshhg_version(region), region))
    print("%d rings, %d points" % (len(rings), sum(len(p) for _, p in rings)))
    for level in sorted(counts):
        print("  level %d: %d rings, %d points"
              % (level, counts[level][0], counts[level][1]))
    checks = [("Sapporo", 141.35, 43.06), ("Iturup", 147.9, 45.0),
              ("Kunashir", 145.9, 44.1), ("Paramushir", 155.6, 50.3),
              ("sea 44N 150E", 150.0, 44.0), ("La Perouse", 142.0, 45.7)]
    for name, lon, lat in checks:
        print("  %-14s %.2fE %.2fN -> level %d"
              % (name, lon, lat, level_at(rings, lon, lat)))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv))
