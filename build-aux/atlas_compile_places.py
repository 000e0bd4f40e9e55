# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks places.geojson (docs/data-format.md, "places.geojson") and turns
it into the value the atlas maps at start: src/map/ka-places.c trusts it
and checks nothing again."""

import json

from atlas_compile_geojson import YEARS
from strict_json import DataError, JArray, JObject

# Per town: id, latitude, longitude, names as (mask of layer-year indices,
# mask of namings, Latin, Cyrillic, Japanese). Must match src/map/ka-places.c.
PLACES_TYPE = "a(sdda(yysss))"
# Bits of KaNaming (src/atlas/ka-island.h): KA_NAMING_JAPANESE, KA_NAMING_RUSSIAN.
NAMINGS = {"japanese": 1 << 0, "russian": 1 << 1}
ALL_NAMINGS = NAMINGS["japanese"] | NAMINGS["russian"]


def _members(node, pos, what, required, optional=()):
    """The members of the object @node (at @pos), all known and none missing:
    an unknown one is most likely a typo that would drop a name silently."""
    if not isinstance(node, JObject):
        raise DataError(pos, "%s must be an object" % what)
    for name in node:
        if name not in required and name not in optional:
            raise DataError(node.key_pos[name], "%s: unknown member “%s”" % (what, name))
    for name in required:
        if name not in node:
            raise DataError(node.pos, "%s: missing member “%s”" % (what, name))
    return node


def _string(node, key, what):
    value = node[key]
    if not isinstance(value, str) or not value.strip():
        raise DataError(node.value_pos[key], "%s must be a non-empty string" % what)
    return value


def _array(node, key, what):
    value = node[key]
    if not isinstance(value, JArray) or not value:
        raise DataError(node.value_pos[key], "%s must be a non-empty array" % what)
    return value


def _number(array, index, what, low, high):
    value = array[index]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise DataError(array.item_pos[index], "%s must be a number from %d to %d" % (what, low, high))
    return float(value)


def _name(names, index, what, taken):
    """One entry of “names”; @taken holds, per layer year, the namings
    named so far."""
    what = "%s: names[%d]" % (what, index)
    entry = _members(names[index], names.item_pos[index], what,
                     ("years", "name", "name_ru", "name_ja"), ("naming",))
    namings = ALL_NAMINGS
    if "naming" in entry:
        naming = _string(entry, "naming", "%s: “naming”" % what)
        if naming not in NAMINGS:
            raise DataError(entry.value_pos["naming"], "%s: “naming” must be “japanese” or “russian”" % what)
        namings = NAMINGS[naming]
    years = _array(entry, "years", "%s: “years”" % what)
    year_mask = 0
    for i, year in enumerate(years):
        if isinstance(year, bool) or not isinstance(year, int) or year not in YEARS:
            raise DataError(years.item_pos[i], "%s: %s is not a layer year (%s)"
                            % (what, json.dumps(year), ", ".join(map(str, YEARS))))
        layer = YEARS.index(year)
        if taken[layer] & namings:
            raise DataError(years.item_pos[i], "%s: %d is named twice for the same naming" % (what, year))
        taken[layer] |= namings
        year_mask |= 1 << layer
    return (year_mask, namings,
            _string(entry, "name", "%s: “name”" % what),
            _string(entry, "name_ru", "%s: “name_ru”" % what),
            _string(entry, "name_ja", "%s: “name_ja”" % what))


def _place(features, index, ids):
    what = "feature %d" % (index + 1)
    feature = _members(features[index], features.item_pos[index], what, ("type", "properties", "geometry"))
    if feature["type"] != "Feature":
        raise DataError(feature.value_pos["type"], "%s: “type” must be “Feature”" % what)
    properties = _members(feature["properties"], feature.value_pos["properties"],
                          "%s: properties" % what, ("id", "names"))
    place_id = _string(properties, "id", "%s: “id”" % what)
    what = "feature %d (“%s”)" % (index + 1, place_id)
    if place_id in ids:
        raise DataError(properties.value_pos["id"], "%s: the id is used twice" % what)
    ids.add(place_id)

    geometry = _members(feature["geometry"], feature.value_pos["geometry"],
                        "%s: geometry" % what, ("type", "coordinates"))
    if geometry["type"] != "Point":
        raise DataError(geometry.value_pos["type"], "%s: the geometry must be a “Point”" % what)
    coordinates = _array(geometry, "coordinates", "%s: “coordinates”" % what)
    if len(coordinates) != 2:
        raise DataError(coordinates.pos, "%s: “coordinates” must be [longitude, latitude]" % what)
    lon = _number(coordinates, 0, "%s: longitude" % what, -180, 180)
    lat = _number(coordinates, 1, "%s: latitude" % what, -90, 90)

    taken = [0] * len(YEARS)
    names = _array(properties, "names", "%s: “names”" % what)
    entries = [_name(names, i, what, taken) for i in range(len(names))]
    for year, namings in zip(YEARS, taken):
        if namings not in (0, ALL_NAMINGS):
            raise DataError(names.pos, "%s: %d is named in one naming only" % (what, year))
    # The last layer stands for today: its names are the ones a town
    # that did not exist yet is drawn with, for reference.
    if taken[-1] != ALL_NAMINGS:
        raise DataError(names.pos, "%s: no name for %d in every naming" % (what, YEARS[-1]))
    return (place_id, lat, lon, entries)


def compile_places(root):
    """Returns the value of PLACES_TYPE, in the file's order (the order in
    which towns are labelled when space is short)."""
    root = _members(root, 0, "the document", ("type", "features"))
    if root["type"] != "FeatureCollection":
        raise DataError(root.value_pos["type"], "“type” must be “FeatureCollection”")
    features = _array(root, "features", "“features”")
    ids = set()
    return [_place(features, i, ids) for i in range(len(features))]
