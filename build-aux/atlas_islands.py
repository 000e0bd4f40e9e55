# atlas_islands.py — which GSHHG rings make up which island of the atlas
#
# Copyright 2026 The Kuril Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""The atlas's islands and context areas, and their land from GSHHG.

Each island is found by a seed point known to lie on it; the GSHHG land
ring around the seed is the island.  Small rings without a seed (rocks,
islets) join the nearest island or area if they lie close enough, lakes
become holes, and Sakhalin is cut at 50° N into a south and a north part.
prepare-islands writes the result as GeoJSON; prepare-boundaries uses the
same assignment to know which coast belongs to which side of a strait.
"""

import math

import atlas_geometry as geo
import gshhg_rings

# The region read from GSHHG: the same as the basemap's, so that the fills
# and the coast are the same points.
REGION = gshhg_rings.DEFAULT_REGION

# What the atlas frames; context areas get their label inside it.
FRAME = (139.0, 157.0, 41.5, 51.5)

# Sakhalin is split here (Treaty of Portsmouth, Article 9).
SAKHALIN_CUT_LAT = 50.0

HOLDERS = {
    # The rows of "Who held what" in FACTS.md, years 1855, 1875, 1905, 1945.
    "southern": ("japan", "japan", "japan", "russia"),
    "kurils": ("russia", "japan", "japan", "russia"),
    "sakhalin-south": ("undivided", "russia", "japan", "russia"),
    "sakhalin-north": ("undivided", "russia", "russia", "russia"),
    "hokkaido": ("japan", "japan", "japan", "japan"),
    "kamchatka": ("russia", "russia", "russia", "russia"),
}
YEARS = ("1855", "1875", "1905", "1945")


def _island(id_, en, ru, ja, ja_latn, group, holders, seeds, area, alt=()):
    return {"id": id_, "name_en": en, "name_ru": ru, "name_ja": ja,
            "name_ja_latn": ja_latn, "group": group, "kind": "island",
            "holders": holders, "seeds": seeds, "area": area,
            "alt_names": list(alt)}


N, C, S, H = "northern-kurils", "central-kurils", "southern-kurils", "habomai"

# North to south, as FACTS.md lists them; the list order is the stepping
# order.  Seeds are (lon, lat) points well inside the island's GSHHG ring
# (each at least 100 m from its shore).  "area" is the range of km² the
# island's rings must add up to: FACTS.md's rough figure ±10 % where it
# gives one, otherwise a range wide enough for GSHHG's coarseness on small
# islands but narrow enough to catch a seed that landed on the wrong ring.
ISLANDS = [
    _island("atlasov", "Atlasov", "Атласова", "阿頼度島", "Araido", N, "kurils",
            [(155.5692, 50.8617)], (100, 200)),
    _island("shumshu", "Shumshu", "Шумшу", "占守島", "Shumushu", N, "kurils",
            [(156.3869, 50.7568)], (351, 429)),
    _island("paramushir", "Paramushir", "Парамушир", "幌筵島", "Horomushiro", N, "kurils",
            [(155.9944, 50.5689)], (1845, 2255), alt=["Paramushiru"]),
    _island("antsiferov", "Antsiferov", "Анциферова", "志林規島", "Shirinki", N, "kurils",
            [(154.9815, 50.2007)], (4, 15)),
    _island("makanrushi", "Makanrushi", "Маканруши", "磨勘留島", "Makanru", N, "kurils",
            [(154.4413, 49.7907)], (30, 70)),
    _island("onekotan", "Onekotan", "Онекотан", "温禰古丹島", "Onnekotan", N, "kurils",
            [(154.7276, 49.3458)], (300, 550)),
    _island("kharimkotan", "Kharimkotan", "Харимкотан", "春牟古丹島", "Harumukotan", N, "kurils",
            [(154.5261, 49.1183)], (45, 100)),
    _island("ekarma", "Ekarma", "Экарма", "越渇磨島", "Ekaruma", N, "kurils",
            [(153.9455, 48.9466)], (20, 45)),
    _island("chirinkotan", "Chirinkotan", "Чиринкотан", "知林古丹島", "Chirinkotan", N, "kurils",
            [(153.4888, 48.9814)], (3, 10)),
    _island("shiashkotan", "Shiashkotan", "Шиашкотан", "捨子古丹島", "Shasukotan", N, "kurils",
            [(154.1545, 48.8582)], (80, 160)),
    _island("raikoke", "Raikoke", "Райкоке", "雷公計島", "Raikoke", C, "kurils",
            [(153.2526, 48.2938)], (2, 8)),
    _island("matua", "Matua", "Матуа", "松輪島", "Matsuwa", C, "kurils",
            [(153.2111, 48.0872)], (35, 70)),
    _island("rasshua", "Rasshua", "Расшуа", "羅処和島", "Rashowa", C, "kurils",
            [(153.0142, 47.7505)], (45, 90), alt=["Rasutsua"]),
    # Ushishir is two islands on one reef, Ryponkicha and Yankicha.
    _island("ushishir", "Ushishir", "Ушишир", "宇志知島", "Ushishiru", C, "kurils",
            [(152.8203, 47.5211), (152.8426, 47.5431)], (3, 9)),
    _island("ketoy", "Ketoy", "Кетой", "計吐夷島", "Ketoi", C, "kurils",
            [(152.4738, 47.3382)], (50, 95)),
    _island("simushir", "Simushir", "Симушир", "新知島", "Shimushiru", C, "kurils",
            [(151.7894, 46.8130)], (315, 385)),
    _island("broutona", "Broutona", "Броутона", "武魯頓島", "Buroton", C, "kurils",
            [(150.7334, 46.7226)], (4, 12)),
    _island("chirpoy", "Chirpoy and Brat Chirpoyev", "Чирпой, Брат Чирпоев", "知理保以島",
            "Chirihoi", C, "kurils",
            [(150.8616, 46.5135), (150.8064, 46.4652)], (25, 50)),
    _island("urup", "Urup", "Уруп", "得撫島", "Uruppu", C, "kurils",
            [(150.0061, 45.9375)], (1305, 1595)),
    _island("iturup", "Iturup", "Итуруп", "択捉島", "Etorofu", S, "southern",
            [(147.8610, 45.0923)], (2880, 3520)),
    _island("kunashir", "Kunashir", "Кунашир", "国後島", "Kunashiri", S, "southern",
            [(146.1681, 44.3680)], (1341, 1639)),
    _island("shikotan", "Shikotan", "Шикотан", "色丹島", "Shikotan", S, "southern",
            [(146.6857, 43.7867)], (230, 281)),
    _island("polonsky", "Polonsky", "Полонского", "多楽島", "Taraku", H, "southern",
            [(146.3194, 43.6346)], (8, 18)),
    _island("zelyony", "Zelyony", "Зелёный", "志発島", "Shibotsu", H, "southern",
            [(146.1388, 43.5113)], (45, 75)),
    _island("yuri", "Yuri", "Юрий", "勇留島", "Yuri", H, "southern",
            [(146.0422, 43.4123)], (7, 16)),
    _island("anuchina", "Anuchina", "Анучина", "秋勇留島", "Akiyuri", H, "southern",
            [(146.0005, 43.3685)], (1.5, 5)),
    _island("tanfilyev", "Tanfilyev", "Танфильева", "水晶島", "Suishō", H, "southern",
            [(145.9101, 43.4372)], (9, 20)),
    # The Demina islets are several rocks; the two largest carry seeds.
    _island("demina", "Demina", "Дёмина", "春苅島", "Harukari", H, "southern",
            [(146.1609, 43.4178), (146.1538, 43.4109)], (0.3, 3)),
    # Signalny is the GSHHG islet 4.5 km east of Cape Nosappu (3.7 km by
    # the usual figure, measured from the lighthouses).
    _island("signalny", "Signalny", "Сигнальный", "貝殻島", "Kaigara", H, "southern",
            [(145.8734, 43.3897)], (0.01, 0.5)),
]

# All Habomai islets together, FACTS.md: "about 95–100" km².
HABOMAI_AREA = (85.0, 115.0)

CONTEXTS = [
    {"id": "kamchatka", "name_en": "Kamchatka", "name_ru": "Камчатка",
     "name_ja": "カムチャツカ", "name_ja_latn": "Kamuchatsuka",
     "holders": "kamchatka", "seeds": [(158.5, 53.5)], "label_north": FRAME[3]},
    {"id": "sakhalin-north", "name_en": "North Sakhalin", "name_ru": "Северный Сахалин",
     "name_ja": "北樺太", "name_ja_latn": "Kita-Karafuto",
     "holders": "sakhalin-north", "seeds": None, "label_north": FRAME[3],
     "alt_names": ["Sakhalin", "Сахалин", "サハリン", "樺太"]},
    {"id": "sakhalin-south", "name_en": "South Sakhalin", "name_ru": "Южный Сахалин",
     "name_ja": "樺太", "name_ja_latn": "Karafuto",
     "holders": "sakhalin-south", "seeds": None, "label_north": None,
     "alt_names": ["Sakhalin", "Сахалин", "サハリン"]},
    {"id": "hokkaido", "name_en": "Hokkaido", "name_ru": "Хоккайдо",
     "name_ja": "北海道", "name_ja_latn": "Hokkaidō",
     "holders": "hokkaido", "seeds": [(142.8, 43.5)], "label_north": None},
]
SAKHALIN_SEED = (142.9, 50.0)

# How far an unnamed islet may lie from an island's or area's main ring
# and still count as part of it.  Beyond that, or when a ring outside the
# atlas (Honshu, the Asian mainland) is nearer, it stays basemap only.
ATTACH_KM_ISLAND = 25.0
ATTACH_KM_CONTEXT = 60.0
# Rings this large that carry no seed are outside the atlas.
BLOCKER_KM2 = 500.0


class Ring:
    def __init__(self, index, level, points):
        self.index = index
        self.level = level
        self.points = points
        self.bbox = geo.bbox(points)
        self.area_km2 = abs(geo.ring_area_m2(points)) / 1e6
        self.owner = None

    def contains(self, lon, lat):
        b = self.bbox
        return (b[0] <= lon <= b[2] and b[1] <= lat <= b[3] and
                geo.point_in_ring(self.points, lon, lat))


class Feature:
    """An island or context area: its properties and its land."""

    def __init__(self, spec, kind, order):
        self.spec = spec
        self.id = spec["id"]
        self.kind = kind
        self.order = order
        self.main = []       # rings found by seed
        self.extra = []      # islets attached by distance
        self.polygons = []   # [outer, holes...] lon/lat, outer CCW, holes CW
        self.label_polygon = None

    @property
    def group(self):
        return self.spec.get("group", "context")


def ring_containing(level1, lon, lat):
    hits = [r for r in level1 if r.contains(lon, lat)]
    if len(hits) != 1:
        raise ValueError("seed %.4f, %.4f lies in %d land rings, not 1" % (lon, lat, len(hits)))
    return hits[0]


def _min_distance_km(ring, index, proj):
    """Shortest distance from a ring's vertices to an edge index."""
    best = float("inf")
    for lon, lat in ring.points:
        x, y = proj.forward(lon, lat)
        best = min(best, index.nearest(x, y)[0])
    return best


def nearest_owner(ring, owners, indexes):
    """The distance in km to the nearest of owners, a list of (name, Ring),
    within reach of an islet of a context area, and that owner's name;
    (inf, None) when none is.  indexes caches each owner's edge index by
    its ring's index."""
    reach = ATTACH_KM_CONTEXT / 111.0 / math.cos(math.radians(ring.bbox[3]))
    best, best_owner = float("inf"), None
    for name, owner in owners:
        if not geo.bbox_intersects(ring.bbox, owner.bbox, margin=reach):
            continue
        if owner.index not in indexes:
            b = owner.bbox
            proj = geo.Aeqd((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
            indexes[owner.index] = (proj, geo.EdgeIndex([proj.ring(owner.points)], cell=5.0))
        proj, index = indexes[owner.index]
        d = _min_distance_km(ring, index, proj)
        if d < best:
            best, best_owner = d, name
    return best, best_owner


class Assignment:
    """Every land ring of the region, and which feature it belongs to."""

    def __init__(self, rings=None):
        if rings is None:
            rings = gshhg_rings.load_rings(REGION)
        self.rings = [Ring(i, lv, pts) for i, (lv, pts) in enumerate(rings)]
        self.level1 = [r for r in self.rings if r.level == 1]
        self.features = []
        self.unattached = []
        self.notes = []
        self._pick_main_rings()
        self._attach_islets()
        self._build_polygons()

    def feature(self, id_):
        for f in self.features:
            if f.id == id_:
                return f
        raise KeyError(id_)

    def _pick_main_rings(self):
        order = 1
        for spec in ISLANDS:
            f = Feature(spec, "island", order)
            order += 1
            self.features.append(f)
        order = 100
        for spec in CONTEXTS:
            self.features.append(Feature(spec, "context", order))
            order += 1

        self.sakhalin = ring_containing(self.level1, *SAKHALIN_SEED)
        self.sakhalin.owner = "sakhalin"
        for f in self.features:
            for seed in f.spec["seeds"] or ():
                ring = ring_containing(self.level1, *seed)
                if ring.owner is not None:
                    raise ValueError("%s: seed %r is on the ring of %s" % (f.id, seed, ring.owner))
                ring.owner = f.id
                f.main.append(ring)

    def _attach_islets(self):
        # Owners: every main ring, Sakhalin, and large rings outside the atlas.
        owners = [(r.owner, r) for f in self.features for r in f.main]
        owners.append(("sakhalin", self.sakhalin))
        for r in self.level1:
            if r.owner is None and r.area_km2 >= BLOCKER_KM2:
                r.owner = "outside"
                owners.append(("outside", r))

        kinds = {f.id: f.kind for f in self.features}
        kinds["sakhalin"] = "context"
        kinds["outside"] = "context"
        indexes = {}

        for ring in self.level1:
            if ring.owner is not None:
                continue
            best, best_owner = nearest_owner(ring, owners, indexes)
            limit = ATTACH_KM_ISLAND if kinds.get(best_owner) == "island" else ATTACH_KM_CONTEXT
            if best_owner in (None, "outside") or best > limit:
                self.unattached.append((ring, best_owner, best))
                continue
            ring.owner = best_owner
            if best_owner == "sakhalin":
                part = "sakhalin-south" if ring.bbox[1] < SAKHALIN_CUT_LAT else "sakhalin-north"
                self.feature(part).extra.append(ring)
            else:
                self.feature(best_owner).extra.append(ring)

    def _build_polygons(self):
        # Polygons by their outer ring; lakes and lake islands go inside.
        by_ring = {}
        for f in self.features:
            for r in f.main + f.extra:
                poly = [list(r.points)]
                f.polygons.append(poly)
                by_ring[r.index] = (f, poly)
        sakhalin_poly = [list(self.sakhalin.points)]
        by_ring[self.sakhalin.index] = (None, sakhalin_poly)

        lake_owner = {}
        for level in (2, 3, 4):
            for r in (x for x in self.rings if x.level == level):
                lon, lat = r.points[0]
                parents = [x for x in self.rings if x.level == level - 1 and
                           x.index in (by_ring if level != 3 else lake_owner) and
                           x.contains(lon, lat)]
                if not parents:
                    continue
                parent = parents[0]
                if level == 3:
                    # An island in a lake: its own polygon of the lake's owner.
                    f = lake_owner[parent.index]
                    poly = [list(r.points)]
                    if f is None:
                        raise ValueError("an island in a Sakhalin lake is not handled")
                    f.polygons.append(poly)
                    by_ring[r.index] = (f, poly)
                else:
                    f, poly = by_ring[parent.index]
                    poly.append(list(reversed(r.points)))
                    if level == 2:
                        lake_owner[r.index] = f

        self._split_sakhalin(sakhalin_poly)

        # Largest first; the label goes on the largest seeded ring, which for
        # a named islet beside a bigger unnamed rock is not the largest.
        for f in self.features:
            f.polygons.sort(key=lambda p: -abs(geo.ring_area_m2(p[0])))
            main = [by_ring[r.index][1] for r in f.main]
            f.label_polygon = max(main or f.polygons, key=lambda p: abs(geo.ring_area_m2(p[0])))

    def _split_sakhalin(self, poly):
        outer, holes = poly[0], poly[1:]
        for part, south in (("sakhalin-south", True), ("sakhalin-north", False)):
            f = self.feature(part)
            pieces = geo.clip_ring_at_latitude(outer, SAKHALIN_CUT_LAT, south)
            for piece in pieces:
                f.polygons.insert(0, [piece])
            for h in holes:
                lats = [p[1] for p in h]
                if min(lats) < SAKHALIN_CUT_LAT <= max(lats):
                    raise ValueError("a Sakhalin lake straddles 50° N")
                if (max(lats) < SAKHALIN_CUT_LAT) != south:
                    continue
                lon, lat = h[0]
                for piece_poly in f.polygons[:len(pieces)]:
                    if geo.point_in_ring(piece_poly[0], lon, lat):
                        piece_poly.append(h)
                        break

    def rings_of(self, ids):
        """Every land ring (outer rings only) of the given features."""
        out = []
        for f in self.features:
            if f.id in ids:
                out.extend(p[0] for p in f.polygons)
        return out
