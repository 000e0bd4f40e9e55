# atlas_geometry.py — plane and sphere geometry for the atlas's build scripts
#
# Copyright 2026 The Kuril Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Geometry shared by prepare-islands and prepare-boundaries.

Rings are lists of (lon, lat) tuples; a closed ring repeats its first
point at the end.  Work that needs distances happens in an azimuthal
equidistant projection (kilometres) centred near the place in question,
where distances within a few hundred kilometres are true to well under
0.1 %.  Python standard library only.
"""

import heapq
import math

EARTH_RADIUS_M = 6371008.8
EARTH_RADIUS_KM = EARTH_RADIUS_M / 1000.0


# --- sphere ----------------------------------------------------------------

def ring_area_m2(ring):
    """Signed area of a closed lon/lat ring on the sphere, in m²; positive
    when counter-clockwise.  Edges are great-circle arcs: the sum of the
    spherical excesses of the triangles each edge makes with a pole,
    which comes out positive for clockwise rings, hence the sign."""
    total = 0.0
    for i in range(len(ring) - 1):
        lon1, lat1 = ring[i]
        lon2, lat2 = ring[i + 1]
        dlon = math.radians(lon2 - lon1)
        t1 = math.tan(math.radians(lat1) / 2.0)
        t2 = math.tan(math.radians(lat2) / 2.0)
        total += 2.0 * math.atan2(math.tan(dlon / 2.0) * (t1 + t2), 1.0 + t1 * t2)
    return -total * EARTH_RADIUS_M * EARTH_RADIUS_M


def polygon_area_km2(polygon):
    """Area of [outer, hole, ...] in km², holes taken out."""
    outer = abs(ring_area_m2(polygon[0]))
    holes = sum(abs(ring_area_m2(h)) for h in polygon[1:])
    return (outer - holes) / 1e6


def planar_signed_area(ring):
    a = 0.0
    for i in range(len(ring) - 1):
        a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1]
    return a / 2.0


class Aeqd:
    """Azimuthal equidistant projection on the sphere, in kilometres."""

    def __init__(self, lon0, lat0):
        self.lon0 = math.radians(lon0)
        self.lat0 = math.radians(lat0)
        self.sin0 = math.sin(self.lat0)
        self.cos0 = math.cos(self.lat0)

    def forward(self, lon, lat):
        lam = math.radians(lon) - self.lon0
        phi = math.radians(lat)
        cosc = self.sin0 * math.sin(phi) + self.cos0 * math.cos(phi) * math.cos(lam)
        c = math.acos(max(-1.0, min(1.0, cosc)))
        k = c / math.sin(c) if c > 1e-12 else 1.0
        x = k * math.cos(phi) * math.sin(lam)
        y = k * (self.cos0 * math.sin(phi) - self.sin0 * math.cos(phi) * math.cos(lam))
        return (x * EARTH_RADIUS_KM, y * EARTH_RADIUS_KM)

    def inverse(self, x, y):
        x /= EARTH_RADIUS_KM
        y /= EARTH_RADIUS_KM
        c = math.hypot(x, y)
        if c < 1e-15:
            return (math.degrees(self.lon0), math.degrees(self.lat0))
        sinc, cosc = math.sin(c), math.cos(c)
        phi = math.asin(cosc * self.sin0 + y * sinc * self.cos0 / c)
        lam = self.lon0 + math.atan2(x * sinc, c * self.cos0 * cosc - y * self.sin0 * sinc)
        return (math.degrees(lam), math.degrees(phi))

    def ring(self, ring):
        return [self.forward(lon, lat) for lon, lat in ring]


# --- plane -----------------------------------------------------------------

def point_in_ring(ring, x, y):
    """Even-odd test; the ring may or may not repeat its first point."""
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def bbox(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def bbox_intersects(a, b, margin=0.0):
    return (a[0] - margin <= b[2] and b[0] - margin <= a[2] and
            a[1] - margin <= b[3] and b[1] - margin <= a[3])


def closest_on_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    l2 = dx * dx + dy * dy
    t = 0.0 if l2 == 0.0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / l2))
    return (ax + t * dx, ay + t * dy)


def _orient(ax, ay, bx, by, cx, cy):
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)


def segments_intersect(a, b, c, d):
    """Whether closed segments ab and cd share a point."""
    d1 = _orient(c[0], c[1], d[0], d[1], a[0], a[1])
    d2 = _orient(c[0], c[1], d[0], d[1], b[0], b[1])
    d3 = _orient(a[0], a[1], b[0], b[1], c[0], c[1])
    d4 = _orient(a[0], a[1], b[0], b[1], d[0], d[1])
    if ((d1 > 0) != (d2 > 0) and d1 != 0 and d2 != 0 and
            (d3 > 0) != (d4 > 0) and d3 != 0 and d4 != 0):
        return True

    def on_segment(p, q, r):
        return (min(p[0], q[0]) <= r[0] <= max(p[0], q[0]) and
                min(p[1], q[1]) <= r[1] <= max(p[1], q[1]))

    return ((d1 == 0 and on_segment(c, d, a)) or (d2 == 0 and on_segment(c, d, b)) or
            (d3 == 0 and on_segment(a, b, c)) or (d4 == 0 and on_segment(a, b, d)))


def line_crosses_ring(line, ring, ring_bbox=None):
    """Whether a polyline touches a ring's edges or lies inside it."""
    if ring_bbox is None:
        ring_bbox = bbox(ring)
    if not bbox_intersects(bbox(line), ring_bbox):
        return False
    if point_in_ring(ring, line[0][0], line[0][1]):
        return True
    for i in range(len(line) - 1):
        a, b = line[i], line[i + 1]
        sb = (min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))
        if not bbox_intersects(sb, ring_bbox):
            continue
        for j in range(len(ring) - 1):
            c, d = ring[j], ring[j + 1]
            if (max(c[0], d[0]) < sb[0] or min(c[0], d[0]) > sb[2] or
                    max(c[1], d[1]) < sb[1] or min(c[1], d[1]) > sb[3]):
                continue
            if segments_intersect(a, b, c, d):
                return True
    return False


def douglas_peucker(points, tolerance):
    """Simplify an open polyline, keeping both ends.  Points may carry
    extra items after x and y."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        ax, ay = points[i][0], points[i][1]
        bx, by = points[j][0], points[j][1]
        best, best_k = -1.0, -1
        for k in range(i + 1, j):
            cx, cy = closest_on_segment(points[k][0], points[k][1], ax, ay, bx, by)
            d = math.hypot(points[k][0] - cx, points[k][1] - cy)
            if d > best:
                best, best_k = d, k
        if best > tolerance:
            keep[best_k] = True
            stack.append((i, best_k))
            stack.append((best_k, j))
    return [p for p, k in zip(points, keep) if k]


class EdgeIndex:
    """Nearest-edge queries over many rings in projected kilometres."""

    def __init__(self, rings, cell=2.0):
        self.cell = cell
        self.segments = []
        self.grid = {}
        for ring in rings:
            for i in range(len(ring) - 1):
                a, b = ring[i], ring[i + 1]
                n = len(self.segments)
                self.segments.append((a[0], a[1], b[0], b[1]))
                for gx in range(self._c(min(a[0], b[0])), self._c(max(a[0], b[0])) + 1):
                    for gy in range(self._c(min(a[1], b[1])), self._c(max(a[1], b[1])) + 1):
                        self.grid.setdefault((gx, gy), []).append(n)
        if not self.segments:
            raise ValueError("an edge index needs at least one edge")
        xs = [k[0] for k in self.grid]
        ys = [k[1] for k in self.grid]
        self.extent = (min(xs), min(ys), max(xs), max(ys))

    def _c(self, v):
        return int(math.floor(v / self.cell))

    def nearest(self, x, y):
        """(distance, (cx, cy)) of the closest point on any edge."""
        cx, cy = self._c(x), self._c(y)
        best, best_pt = float("inf"), None
        # Cells this far out cannot matter once best is within reach.
        limit = max(abs(cx - self.extent[0]), abs(cx - self.extent[2]),
                    abs(cy - self.extent[1]), abs(cy - self.extent[3])) + 1
        k = 0
        while k <= limit:
            if best <= (k - 1) * self.cell:
                break
            for gx in range(cx - k, cx + k + 1):
                for gy in (range(cy - k, cy + k + 1) if gx in (cx - k, cx + k)
                           else (cy - k, cy + k)):
                    for n in self.grid.get((gx, gy), ()):
                        ax, ay, bx, by = self.segments[n]
                        px, py = closest_on_segment(x, y, ax, ay, bx, by)
                        d = math.hypot(px - x, py - y)
                        if d < best:
                            best, best_pt = d, (px, py)
            k += 1
        return best, best_pt


def clip_ring_at_latitude(ring, lat, keep_south):
    """Cut a closed counter-clockwise lon/lat ring along a parallel and
    return the closed counter-clockwise rings of the part south (or
    north) of it.  Treats the parallel as a straight line in lon/lat."""
    def inside(p):
        return p[1] < lat if keep_south else p[1] >= lat

    n = len(ring) - 1
    pts = ring[:n]
    if all(inside(p) for p in pts):
        return [list(ring)]
    if not any(inside(p) for p in pts):
        return []

    # Start the walk at a point outside, so every inside run is whole.
    start = next(i for i, p in enumerate(pts) if not inside(p))
    pts = pts[start:] + pts[:start]
    chains = []
    current = None
    for i in range(n):
        a, b = pts[i], pts[(i + 1) % n]
        if inside(a) != inside(b):
            t = (lat - a[1]) / (b[1] - a[1])
            x = (a[0] + t * (b[0] - a[0]), lat)
            if inside(b):
                current = [x]
            else:
                current.append(x)
                chains.append(current)
                current = None
        if current is not None and inside(b):
            current.append(b)

    # Along the cut, a counter-clockwise ring of the south part runs west,
    # one of the north part east: join each chain's exit to the next entry.
    entries = sorted(range(len(chains)), key=lambda c: chains[c][0][0])
    used = [False] * len(chains)
    out = []
    for first in range(len(chains)):
        if used[first]:
            continue
        ring_out = []
        c = first
        while True:
            used[c] = True
            ring_out.extend(chains[c])
            exit_x = chains[c][-1][0]
            if keep_south:
                cands = [e for e in entries if chains[e][0][0] < exit_x]
                nxt = max(cands, key=lambda e: chains[e][0][0]) if cands else None
            else:
                cands = [e for e in entries if chains[e][0][0] > exit_x]
                nxt = min(cands, key=lambda e: chains[e][0][0]) if cands else None
            if nxt is None or nxt == first or used[nxt]:
                if nxt != first:
                    raise ValueError("clipping at %g° did not close a ring" % lat)
                break
            c = nxt
        ring_out.append(ring_out[0])
        out.append(ring_out)
    return out


def polylabel(polygon, precision, clip=None):
    """The point of a projected polygon [outer, holes...] farthest from its
    edges (and from the edges of the optional clip box (x0, y0, x1, y1)),
    found by the usual cell subdivision.  Returns (x, y, distance)."""
    index = EdgeIndex(polygon, cell=max(precision * 4, 0.5))
    x0, y0, x1, y1 = bbox(polygon[0])
    if clip is not None:
        x0, y0 = max(x0, clip[0]), max(y0, clip[1])
        x1, y1 = min(x1, clip[2]), min(y1, clip[3])

    def signed(x, y):
        inside = point_in_ring(polygon[0], x, y) and not any(
            point_in_ring(h, x, y) for h in polygon[1:])
        d = index.nearest(x, y)[0]
        if clip is not None:
            d = min(d, x - clip[0], clip[2] - x, y - clip[1], clip[3] - y)
            if min(x - clip[0], clip[2] - x, y - clip[1], clip[3] - y) < 0:
                inside = False
        return d if inside else -d

    size = min(x1 - x0, y1 - y0)
    if size <= 0:
        raise ValueError("nothing of the polygon is left to label")
    h = size / 2.0
    queue = []
    counter = 0

    def push(x, y, half):
        nonlocal counter
        d = signed(x, y)
        counter += 1
        heapq.heappush(queue, (-(d + half * math.sqrt(2)), counter, x, y, half, d))

    x = x0
    while x < x1:
        y = y0
        while y < y1:
            push(x + h, y + h, h)
            y += size
        x += size

    best = (0.0, 0.0, -float("inf"))
    # The bounding box centre is a reasonable first guess.
    cx, cy = (x0 + x1) / 2.0, (y0 + y1) / 2.0
    best = (cx, cy, signed(cx, cy))
    while queue:
        _, _, x, y, half, d = heapq.heappop(queue)
        if d > best[2]:
            best = (x, y, d)
        if d + half * math.sqrt(2) - best[2] <= precision:
            continue
        half /= 2.0
        for dx in (-half, half):
            for dy in (-half, half):
                push(x + dx, y + dy, half)
    return best

