# atlas_kamchatka.py — Kamchatka's land beyond the basemap's full-resolution core
#
# Copyright 2026 The Kuril Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Kamchatka's land north of 56° N and east of 162° E.

The islands and context areas come from the basemap's full-resolution
core region (atlas_islands.REGION), which cuts Kamchatka at 56° N and at
162° E: zoomed out, its fill would stop short of the peninsula's coast.
The rest of the peninsula is taken here from the basemap's own coarser
parts around the core, decoded from the committed
data/coastline/kuril-land.kacoast, so the fill lies exactly on the coast
the basemap draws there and no GMT is needed for it.  The new land
becomes more polygons of the kamchatka feature, joined with the core's
where they meet; everything else stays as atlas_islands.Assignment made it.
"""

import os

import atlas_compile_coastline
import atlas_geometry as geo
import atlas_islands

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KACOAST = os.path.join(ROOT, "data", "coastline", "kuril-land.kacoast")

FEATURE = "kamchatka"

# The basemap's parts the peninsula reaches into: the one north of the
# core and the one east of it (build-aux/prepare-coastline's PARTS).
PARTS = [
    (110.0, 180.0, atlas_islands.REGION[3], 72.0),
    (atlas_islands.REGION[1], 180.0, atlas_islands.REGION[2], atlas_islands.REGION[3]),
]

# North of 56° N the peninsula's land is one ring with the whole Asian
# mainland.  It is cut along the parallel of 60° N, at the isthmus: the
# neck between the Shelikhov Gulf and the Bering Sea is narrowest in the
# basemap's rings between 59.8° and 60° N (124–134 km; at 60° N from
# 161.4° to 163.7° E), and widens fast north of it, where a cut half a
# degree further on would already run through the mainland coast of the
# Olyutorsky Gulf.  The isthmus has no shore of its own to follow, and a
# round parallel is a cut anyone can redraw, as Sakhalin's at 50° N.
ISTHMUS_LAT = 60.0

# Seeds, as in atlas_islands: the peninsula north of 56° N, and Karaginsky
# Island, which lies 15 km off its east coast but is too large (about
# 1900 km²) to join by distance as an islet.
SEEDS = [(159.0, 57.5), (164.0, 58.9)]

# The peninsula's west coast north of 56° N lies east of this; land west
# of it would be the mainland's Okhotsk coast, taken by a wrong seed or cut.
WEST_LIMIT = 155.0


def _south_of_isthmus(level1):
    """The land rings cut at the isthmus: (pieces south of it, pieces north
    of it), the pieces of a cut ring marked as such."""
    south, north = [], []
    for points in level1:
        pieces = geo.clip_ring_at_latitude(points, ISTHMUS_LAT, True)
        cut = len(pieces) != 1 or pieces[0] != points
        south.extend((piece, cut) for piece in pieces)
        if cut:
            north.extend(geo.clip_ring_at_latitude(points, ISTHMUS_LAT, False))
    return south, north


def extend(assignment, path=KACOAST):
    """Adds Kamchatka's land from the basemap's parts around the core to
    the kamchatka feature of assignment (an atlas_islands.Assignment);
    returns the polygons added."""
    with open(path, "rb") as f:
        decoded = atlas_compile_coastline.compile_coastline(f.read())
    rings = []
    for region in PARTS:
        rings.extend(atlas_compile_coastline.part_rings(decoded, region))

    feature = assignment.feature(FEATURE)
    south, north = _south_of_isthmus([pts for level, pts in rings if level == 1])
    # Indexes past the core's rings, so the edge index cache of
    # nearest_owner keeps them apart.
    base = len(assignment.rings)
    land = [atlas_islands.Ring(base + i, 1, pts) for i, (pts, _) in enumerate(south)]
    others = [atlas_islands.Ring(base + len(land) + i, 1, pts) for i, pts in enumerate(north)]

    main = []
    for seed in SEEDS:
        ring = atlas_islands.ring_containing(land, *seed)
        ring.owner = FEATURE
        main.append(ring)

    # Islets join as in the core: the nearest land within reach owns them,
    # and the mainland's pieces, cut or large, own theirs.
    owners = [(FEATURE, r) for r in main + feature.main]
    for ring, (_, cut) in zip(land, south):
        if ring.owner is None and (cut or ring.area_km2 >= atlas_islands.BLOCKER_KM2):
            ring.owner = "outside"
    owners += [("outside", r) for r in land if r.owner == "outside"]
    owners += [("outside", r) for r in others]
    indexes = {}
    islets = []
    for ring in land:
        if ring.owner is not None:
            continue
        d, owner = atlas_islands.nearest_owner(ring, owners, indexes)
        if owner == FEATURE and d <= atlas_islands.ATTACH_KM_CONTEXT:
            ring.owner = FEATURE
            islets.append(ring)
    feature.extra.extend(islets)

    polygons = [[list(r.points)] for r in main + islets]
    for r in main + islets:
        if r.bbox[3] > atlas_islands.REGION[3] and r.bbox[0] < WEST_LIMIT:
            raise ValueError("%s reaches west of %g° E north of %g° N: a seed on the mainland?"
                             % (FEATURE, WEST_LIMIT, atlas_islands.REGION[3]))
    _add_lakes(polygons, rings)

    feature.polygons = _joined_at_cuts(feature.polygons + polygons)
    feature.polygons.sort(key=lambda p: -abs(geo.ring_area_m2(p[0])))
    return polygons


# Where the core region's rings and the parts' rings meet: its north edge
# and its east edge, as (axis, value), axis 1 for a parallel, 0 for a meridian.
CUTS = [(1, atlas_islands.REGION[3]), (0, atlas_islands.REGION[1])]


def _joined_at_cuts(polygons):
    """Joins polygons whose outer rings meet along a cut into one: the
    peninsula is one shape, not pieces whose shared edges would be drawn
    as a seam (by the selection's outline, along the cut)."""
    polygons = [list(p) for p in polygons]
    joined = True
    while joined:
        joined = False
        for axis, value in CUTS:
            for a in range(len(polygons)):
                for b in range(len(polygons)):
                    if a == b:
                        continue
                    ring = _spliced(polygons[a][0], polygons[b][0], axis, value)
                    if ring is not None:
                        polygons[a] = [ring] + polygons[a][1:] + polygons[b][1:]
                        del polygons[b]
                        joined = True
                        break
                if joined:
                    break
            if joined:
                break
    return [[_without_spikes(p[0])] + p[1:] for p in polygons]


def _without_spikes(ring):
    """Drops the points where the ring runs along a cut and straight back,
    left where a piece joined at a corner of the core region: the cut
    there is inside the land, and a spike would be stroked as a seam."""
    pts = ring[:-1]
    dropped = True
    while dropped:
        dropped = False
        for i in range(len(pts)):
            prev, p, nxt = pts[i - 1], pts[i], pts[(i + 1) % len(pts)]
            for axis, value in CUTS:
                along = 1 - axis
                if (prev[axis] == p[axis] == nxt[axis] == value and
                        (p[along] - prev[along]) * (nxt[along] - p[along]) < 0):
                    del pts[i]
                    dropped = True
                    break
            if dropped:
                break
    return pts + pts[:1]


def _off_cut_start(ring, axis, value):
    """The closed ring, started at a point that is not on the cut."""
    pts = ring[:-1]
    start = next(i for i, p in enumerate(pts) if p[axis] != value)
    pts = pts[start:] + pts[:start]
    return pts + pts[:1]


def _runs_on_cut(ring, axis, value):
    """(i, j): the maximal runs of two or more points ring[i..j] on the cut."""
    runs = []
    i = 0
    while i < len(ring):
        j = i
        while j + 1 < len(ring) and ring[i][axis] == value and ring[j + 1][axis] == value:
            j += 1
        if j > i:
            runs.append((i, j))
        i = j + 1
    return runs


def _spliced(a, b, axis, value):
    """Ring a with ring b spliced in where they run along the cut in
    opposite directions over a shared stretch, or None if they do not.
    Rings are counter-clockwise, so on a shared stretch the land of one
    lies on the other side of the cut from the other's."""
    if all(p[axis] != value for p in a) or all(p[axis] != value for p in b):
        return None
    a = _off_cut_start(a, axis, value)
    b = _off_cut_start(b, axis, value)
    along = 1 - axis
    for ia, ja in _runs_on_cut(a, axis, value):
        a0, a1 = a[ia][along], a[ja][along]
        for ib, jb in _runs_on_cut(b, axis, value):
            b0, b1 = b[ib][along], b[jb][along]
            opposite = (a1 - a0) * (b1 - b0) < 0
            overlap = min(max(a0, a1), max(b0, b1)) - max(min(a0, a1), min(b0, b1))
            if not opposite or overlap <= 0:
                continue
            # a up to where its run starts, then b from where its run ends
            # round to where it starts, then a from where its run ends.
            out = []
            for p in a[:ia + 1] + b[jb:-1] + b[:ib + 1] + a[ja:]:
                if not out or out[-1] != p:
                    out.append(p)
            return out
    return None


def _add_lakes(polygons, rings):
    """Lakes become holes of the polygon around them, as in the core."""
    for level, points in rings:
        if level == 1:
            continue
        lon, lat = points[0]
        around = [p for p in polygons if geo.point_in_ring(p[0], lon, lat)]
        if not around:
            continue
        if level != 2:
            raise ValueError("an island in a lake of %s is not handled" % FEATURE)
        if max(p[1] for p in points) >= ISTHMUS_LAT:
            raise ValueError("a lake of %s straddles %g° N" % (FEATURE, ISTHMUS_LAT))
        around[0].append(list(reversed(points)))
