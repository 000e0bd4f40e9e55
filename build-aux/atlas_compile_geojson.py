# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks islands.geojson and boundaries.geojson and turns them into the
tuples the atlas maps at start (the GVariant types are in
data/atlas/README.md). Every rule the atlas relies on is checked here,
once, at build time."""

import datetime
import re

from strict_json import DataError, JArray, JObject

YEARS = (1855, 1875, 1905, 1945)
HOLDERS = ("japan", "russia", "undivided")
GROUPS = ("northern-kurils", "central-kurils", "southern-kurils", "habomai", "context")
ISLAND_KINDS = ("island", "context")
BOUNDARY_KINDS = ("boundary", "claim")

ISLANDS_TYPE = "a(sssssasyyd(dd)ayyuaaa(dd))"
ORDER_FIELD = 12  # where “order” is in an island's tuple
BOUNDARIES_TYPE = "a(ssssssssuyb(dd)aa(dd))"


class _Feature:
    """One feature being read: errors name it and point into the file."""

    def __init__(self, index, feature):
        self.feature = feature
        self.properties = feature.get("properties")
        label = "feature %d" % index
        if not isinstance(self.properties, JObject):
            raise DataError(feature.pos, label + ": “properties” is missing or not an object")
        fid = self.properties.get("id", feature.get("id"))
        self.label = label + (" (“%s”)" % fid if isinstance(fid, str) else "")

    def fail(self, pos, message):
        raise DataError(pos, "%s: %s" % (self.label, message))

    def at(self, key):
        return self.properties.value_pos.get(key, self.properties.pos)

    def get(self, key, required=True):
        value = self.properties.get(key)
        if value is None and required:
            self.fail(self.properties.pos, "property “%s” is missing" % key)
        return value

    def string(self, key, required=True):
        value = self.get(key, required)
        if value is None:
            return None
        if not isinstance(value, str) or value == "":
            self.fail(self.at(key), "property “%s” is not a non-empty string" % key)
        return value

    def integer(self, key):
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(self.at(key), "property “%s” is not an integer" % key)
        return value

    def number(self, key):
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(self.at(key), "property “%s” is not a number" % key)
        return float(value)

    def point(self, key):
        value = self.get(key)
        if not _is_position(value):
            self.fail(self.at(key), "property “%s” is not a [longitude, latitude] pair" % key)
        return (float(value[0]), float(value[1]))

    def geometry(self):
        """Returns ("polygonal", [polygon…]) or ("linear", [line…])."""
        node = self.feature.get("geometry")
        if not isinstance(node, JObject):
            self.fail(self.feature.pos, "“geometry” is missing or not an object")
        gtype = node.get("type")
        if not isinstance(gtype, str):
            self.fail(node.pos, "the geometry’s “type” is missing or not a string")
        coordinates = node.get("coordinates")
        if not isinstance(coordinates, JArray):
            self.fail(node.pos, "“coordinates” is missing or not an array")
        if gtype in ("Polygon", "LineString"):
            wrapped = JArray(coordinates.pos)
            wrapped.append(coordinates)
            wrapped.item_pos.append(coordinates.pos)
            coordinates = wrapped
        if gtype in ("Polygon", "MultiPolygon"):
            kind, parts = "polygonal", [self.polygon(coordinates, i) for i in range(len(coordinates))]
        elif gtype in ("LineString", "MultiLineString"):
            kind, parts = "linear", [self.path(coordinates, i, False) for i in range(len(coordinates))]
        else:
            self.fail(node.value_pos["type"], "geometry type “%s” is not supported here" % gtype)
        if not parts:
            self.fail(coordinates.pos, "the geometry is empty")
        return kind, parts

    def polygon(self, array, index):
        node = array[index]
        if not isinstance(node, JArray) or len(node) == 0:
            self.fail(array.item_pos[index], "a polygon is not a non-empty array of rings")
        return [self.path(node, i, True) for i in range(len(node))]

    def path(self, array, index, ring):
        node = array[index]
        what = "ring" if ring else "line"
        minimum = 4 if ring else 2
        if not isinstance(node, JArray):
            self.fail(array.item_pos[index], "a %s is not an array of positions" % what)
        if len(node) < minimum:
            self.fail(node.pos, "a %s has %d positions, fewer than %d" % (what, len(node), minimum))
        for i, position in enumerate(node):
            if not _is_position(position):
                self.fail(node.item_pos[i], "position %d is not a valid [longitude, latitude]" % i)
        points = [(float(p[0]), float(p[1])) for p in node]
        if ring:
            if points[0] != points[-1]:
                self.fail(node.pos, "a ring is not closed")
            points.pop()
        return points


def _is_position(value):
    # RFC 7946 allows an altitude as the third element; the atlas ignores it.
    if not isinstance(value, JArray) or not 2 <= len(value) <= 3:
        return False
    if any(isinstance(c, bool) or not isinstance(c, (int, float)) for c in value):
        return False
    return -180.0 <= value[0] <= 180.0 and -90.0 <= value[1] <= 90.0


def _features(root, what):
    if not isinstance(root, JObject):
        raise DataError(0, "the top level is not a JSON object")
    if root.get("type") != "FeatureCollection":
        raise DataError(root.pos, "the top level is not a FeatureCollection")
    features = root.get("features")
    if not isinstance(features, JArray):
        raise DataError(root.pos, "“features” is missing or not an array")
    if len(features) == 0:
        raise DataError(features.pos, "there are no %s" % what)
    for i, feature in enumerate(features):
        if not isinstance(feature, JObject) or feature.get("type") != "Feature":
            raise DataError(features.item_pos[i], "feature %d: not a Feature object" % i)
        yield _Feature(i, feature)


def _unique(seen, value, feature, pos, what):
    if value in seen:
        feature.fail(pos, "the %s %s is used twice" % (what, value))
    seen.add(value)


def _holders(f):
    node = f.get("holders")
    if not isinstance(node, JObject):
        f.fail(f.at("holders"), "property “holders” is missing or not an object")
    holders = [None] * len(YEARS)
    for key, value in node.items():
        if not key.isdigit() or int(key) not in YEARS:
            f.fail(node.value_pos[key], "“holders” has “%s”, which is not a layer year" % key)
        if value not in HOLDERS:
            f.fail(node.value_pos[key],
                   "the holder for %s is not one of “japan”, “russia”, “undivided”" % key)
        holders[YEARS.index(int(key))] = HOLDERS.index(value)
    for year, holder in zip(YEARS, holders):
        if holder is None:
            f.fail(node.pos, "“holders” has no holder for %d" % year)
    return holders


def _claimed_by(f, holders):
    node = f.get("claimed_by", required=False)
    mask = 0
    if node is None:
        return mask
    if not isinstance(node, JArray):
        f.fail(f.at("claimed_by"), "property “claimed_by” is not an array")
    for i, value in enumerate(node):
        if value not in ("japan", "russia"):
            f.fail(node.item_pos[i], "“claimed_by” item %d is not “japan” or “russia”" % i)
        # A claim is on what someone else holds now.
        if HOLDERS.index(value) == holders[-1]:
            f.fail(node.item_pos[i], "“claimed_by” names the present holder “%s”" % value)
        mask |= 1 << HOLDERS.index(value)
    return mask


def _alt_names(f):
    node = f.get("alt_names", required=False)
    if node is None:
        return []
    if not isinstance(node, JArray):
        f.fail(f.at("alt_names"), "property “alt_names” is not an array")
    for i, value in enumerate(node):
        if not isinstance(value, str) or value == "":
            f.fail(node.item_pos[i], "“alt_names” item %d is not a non-empty string" % i)
    return list(node)


def compile_islands(root):
    """Returns the value of ISLANDS_TYPE, sorted by “order”."""
    islands = []
    ids, orders = set(), set()
    for f in _features(root, "islands"):
        names = [f.string(key) for key in ("id", "name_en", "name_ru", "name_ja", "name_ja_latn")]
        alt_names = _alt_names(f)
        group, kind = f.string("group"), f.string("kind")
        order = f.integer("order")
        if group not in GROUPS:
            f.fail(f.at("group"), "unknown group “%s”" % group)
        if kind not in ISLAND_KINDS:
            f.fail(f.at("kind"), "unknown kind “%s”" % kind)
        if (kind == "context") != (group == "context"):
            f.fail(f.at("kind"), "kind “%s” does not fit group “%s”" % (kind, group))
        if not 0 <= order <= 0x7FFFFFFF:
            f.fail(f.at("order"), "property “order” is out of range")
        holders = _holders(f)
        claimed_by = _claimed_by(f, holders)
        label = f.point("label")
        area = f.number("area_km2")
        geometry_kind, polygons = f.geometry()
        if area <= 0.0:
            f.fail(f.at("area_km2"), "property “area_km2” is not positive")
        if geometry_kind != "polygonal":
            f.fail(f.feature.value_pos["geometry"], "an island needs a Polygon or MultiPolygon")
        _unique(ids, names[0], f, f.at("id"), "id")
        _unique(orders, order, f, f.at("order"), "order")
        islands.append((*names, alt_names, GROUPS.index(group), ISLAND_KINDS.index(kind),
                        area, label, holders, claimed_by, order, polygons))
    islands.sort(key=lambda island: island[ORDER_FIELD])
    return islands


def _year_and_date(f):
    year = f.integer("year")
    if year not in YEARS:
        f.fail(f.at("year"), "%d is not a layer year" % year)
    date = f.string("date")
    # An ISO 8601 calendar date of the layer's own year.
    try:
        valid = (re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", date) is not None and
                 datetime.date.fromisoformat(date).year == year)
    except ValueError:
        valid = False
    if not valid:
        f.fail(f.at("date"), "“date” %s is not a YYYY-MM-DD date in %d" % (date, year))
    return year, date


def compile_boundaries(root):
    """Returns the value of BOUNDARIES_TYPE, in the file's order."""
    boundaries = []
    ids = set()
    for f in _features(root, "boundaries"):
        strings = [f.string(key) for key in ("id", "name_en", "name_ru", "name_ja",
                                              "event", "date", "source", "description")]
        year, _ = _year_and_date(f)
        kind = f.string("kind")
        if kind not in BOUNDARY_KINDS:
            f.fail(f.at("kind"), "unknown kind “%s”" % kind)
        on_land = f.get("on_land", required=False)
        if on_land is not None and not isinstance(on_land, bool):
            f.fail(f.at("on_land"), "property “on_land” is not true or false")
        label = f.point("label")
        geometry_kind, lines = f.geometry()
        if geometry_kind != "linear":
            f.fail(f.feature.value_pos["geometry"], "a boundary needs a LineString or MultiLineString")
        _unique(ids, strings[0], f, f.at("id"), "id")
        boundaries.append((*strings, year, BOUNDARY_KINDS.index(kind), bool(on_land), label, lines))
    return boundaries
