#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""build-aux/compile-data against broken copies of the bundled data: each
mistake fails with status 1, writes no output and names the file, the
line and column (for the binary coastline, the byte) and what is wrong.

    test-compile-data.py SOURCE_ROOT
"""

import hashlib
import importlib
import os
import re
import struct
import subprocess
import sys
import tempfile
import unittest

ROOT = sys.argv.pop(1) if len(sys.argv) > 1 else os.environ["KA_SOURCE_ROOT"]
COMPILER = os.path.join(ROOT, "build-aux", "compile-data")

# A minimal valid island and line, with parts to replace.
HOLDERS = '{"1855":"russia","1875":"japan","1905":"japan","1945":"russia"}'


def island(fid="a", holders=HOLDERS, order="1",
           geometry='{"type":"Polygon","coordinates":[[[150,45],[151,45],[151,46],[150,46],[150,45]]]}'):
    return ('{"type":"Feature","properties":{"id":"%s","name_en":"A","name_ru":"А",'
            '"name_ja":"阿","name_ja_latn":"A","group":"central-kurils","kind":"island",'
            '"area_km2":1.5,"holders":%s,"label":[150.5,45.5],"order":%s},'
            '"geometry":%s}' % (fid, holders, order, geometry))


LINE = '{"type":"LineString","coordinates":[[150,45],[151,46]]}'


def line(fid="a", year="1875", kind="boundary", date="1875-05-07", geometry=LINE):
    return ('{"type":"Feature","properties":{"id":"%s","name_en":"S","name_ru":"С",'
            '"name_ja":"海峡","year":%s,"kind":"%s","event":"E","date":"%s",'
            '"source":"T","description":"D","label":[150,45]},"geometry":%s}'
            % (fid, year, kind, date, geometry))


def collection(*features):
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(features) + "\n]}"


class Checks(unittest.TestCase):
    """Runs the compiler on a file written from a test's data."""

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def run_compiler(self, kind, data, name):
        source = os.path.join(self.dir.name, name)
        output = os.path.join(self.dir.name, name + ".gvariant")
        with open(source, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        extra = []
        if kind == "claims":
            extra = [os.path.join(ROOT, "data/report/russia-japan-relations-2004.md"),
                     os.path.join(ROOT, "data/atlas/islands.geojson")]
        result = subprocess.run([sys.executable, COMPILER, kind, source, output] + extra,
                                capture_output=True, text=True)
        return source, output, result

    def assert_good(self, kind, data):
        _, output, result = self.run_compiler(kind, data, "good")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.getsize(output) > 0)

    def assert_bad(self, kind, data, message, where=None):
        """@where: (line, column) the message must point at."""
        source, output, result = self.run_compiler(kind, data, "bad")
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertFalse(os.path.exists(output))
        print("#", result.stderr.strip())
        if kind == "coastline":
            m = re.match(re.escape(source) + r":@(\d+): error: (.*)", result.stderr)
        else:
            m = re.match(re.escape(source) + r":(\d+):(\d+): error: (.*)", result.stderr)
        self.assertIsNotNone(m, result.stderr)
        self.assertIn(message, m.groups()[-1])
        if where is not None:
            self.assertEqual(tuple(int(g) for g in m.groups()[:-1]), where)
        return result.stderr


class Compiler(Checks):
    """The checks of the GeoJSON data."""

    def test_real_data(self):
        for kind, path in (("islands", "data/atlas/islands.geojson"),
                           ("boundaries", "data/atlas/boundaries.geojson"),
                           ("coastline", "data/coastline/kuril-land.kacoast")):
            with open(os.path.join(ROOT, path), "rb") as f:
                self.assert_good(kind, f.read())

    def test_broken_real_file(self):
        """A mistake in the real file is found where it is."""
        with open(os.path.join(ROOT, "data/atlas/islands.geojson"), encoding="utf-8") as f:
            lines = f.read().split("\n")
        n = next(i for i, text in enumerate(lines) if '"id":"iturup"' in text)
        column = lines[n].index('"holders"')
        lines[n] = lines[n].replace('"1905":"japan"', '"1905":"japon"', 1)
        stderr = self.assert_bad("islands", "\n".join(lines), "the holder for 1905")
        self.assertIn("(“iturup”)", stderr)
        self.assertIn(":%d:" % (n + 1), stderr)
        self.assertGreater(int(re.search(r":\d+:(\d+):", stderr).group(1)), column)

    def test_json_syntax(self):
        good = collection(island())
        self.assert_good("islands", good)
        self.assert_bad("islands", '{"type": "FeatureCollection", "features": [', "end of the file")
        self.assert_bad("islands", "", "end of the file", (1, 1))
        self.assert_bad("islands", good + "\n{}", "more text after the end", (4, 1))
        self.assert_bad("boundaries", "0" + collection(line()), "more text after the end", (1, 2))
        self.assert_bad("boundaries", '{"type":"FeatureCollection","features":[{]}',
                        "expected a member name", (1, 42))
        self.assert_bad("islands", good.replace('"area_km2":1.5', '"area_km2":1.5,"area_km2":2'),
                        "“area_km2” appears twice")
        self.assert_bad("islands", good.replace("1.5", "NaN"), "does not start a value")
        self.assert_bad("islands", good.replace('"A"', '"A\tB"', 1), "control character")
        self.assert_bad("islands", good.replace("[150.5,45.5]", "[150.5,45.5,]"),
                        "does not start a value")
        self.assert_bad("islands", good.encode("utf-8").replace(b"\xd0\x90", b"\xd0"),
                        "not UTF-8", (2, 67))

    def test_structure(self):
        self.assert_bad("islands", "[1, 2]", "not a JSON object", (1, 1))
        self.assert_bad("islands", '{"type":"Feature"}', "FeatureCollection")
        self.assert_bad("islands", '{"type":[180.0000001,0]}', "FeatureCollection")
        self.assert_bad("islands", collection('{"type":{},"properties":{}}'), "not a Feature", (2, 1))
        self.assert_bad("islands", collection(), "no islands")
        self.assert_bad("boundaries", collection(), "no boundaries")
        self.assert_bad("islands", collection('{"type":"Feature","properties":{"id":"z"}}'),
                        "feature 0 (“z”)")
        self.assert_bad("islands", collection(island(geometry='{"type":null,"coordinates":[]}')),
                        "“type” is missing or not a string")
        self.assert_bad("islands", collection(island(geometry='{"type":["Polygon"],"coordinates":[]}')),
                        "“type” is missing or not a string")

    def test_island_properties(self):
        good = collection(island())
        self.assert_bad("islands", collection(island(holders='{"1855":"russia","1875":"japan","1945":"russia"}')),
                        "feature 0 (“a”): “holders” has no holder for 1905")
        self.assert_bad("islands", collection(island(holders=HOLDERS.replace('"1855":"russia"', '"1855":"china"'))),
                        "the holder for 1855")
        self.assert_bad("islands", collection(island(holders=HOLDERS.replace("1905", "1904"))), "1904")
        self.assert_bad("islands", collection(island(holders='"japan"')), "holders")
        self.assert_bad("islands", collection(island(), island(order="2")), "feature 1 (“a”)", (3, 38))
        self.assert_bad("islands", collection(island(), island("b")), "the order 1 is used twice")
        self.assert_bad("islands", collection(island(order='"first"')), "“order” is not an integer")
        self.assert_bad("islands", collection(island(order='1,"claimed_by":["russia"]')),
                        "“claimed_by” names the present holder")
        self.assert_bad("islands", collection(island(order='1,"claimed_by":["undivided"]')), "claimed_by")
        self.assert_bad("islands", collection(island(order='1,"alt_names":[""]')), "alt_names")
        self.assert_bad("islands", good.replace('"kind":"island"', '"kind":"context"'), "does not fit")
        self.assert_bad("islands", good.replace('"kind":"island"', '"kind":"islet"'), "unknown kind")
        self.assert_bad("islands", good.replace('"central-kurils"', '"kurils"'), "kurils")
        self.assert_bad("islands", good.replace('"name_en":"A"', '"name_en":""'), "name_en")
        self.assert_bad("islands", good.replace('"name_en":"A",', ""), "property “name_en” is missing")
        self.assert_bad("islands", good.replace("[150.5,45.5]", "[150.5]"), "label")
        self.assert_bad("islands", good.replace("[150.5,45.5]", "[190.5,45.5]"), "label")
        self.assert_bad("islands", good.replace('"area_km2":1.5', '"area_km2":-3'), "area_km2")

    def test_island_geometry(self):
        self.assert_bad("islands", collection(island(
            geometry='{"type":"Polygon","coordinates":[[[150,45],[151,45],[151,46],[150,46]]]}')),
            "not closed")
        self.assert_bad("islands", collection(island(
            geometry='{"type":"LineString","coordinates":[[150,45],[151,45]]}')), "Polygon")
        self.assert_bad("islands", collection(island(
            geometry='{"type":"Polygon","coordinates":[[[150,45],[151,"x"],[151,46],[150,45]]]}')),
            "position 1")
        self.assert_bad("islands", collection(island(
            geometry='{"type":"Polygon","coordinates":[[[150,45],[151,45],[150,45]]]}')),
            "fewer than 4")
        self.assert_bad("islands", collection(island(geometry='{"type":"MultiPolygon","coordinates":[]}')),
                        "the geometry is empty")
        self.assert_bad("islands", collection(island(geometry='{"type":"Point","coordinates":[150,45]}')),
                        "not supported")

    def test_boundaries(self):
        self.assert_good("boundaries", collection(line()))
        self.assert_bad("boundaries", collection(line(year="1900", date="1900-01-01")),
                        "1900 is not a layer year")
        self.assert_bad("boundaries", collection(line(year='"1875"')), "year")
        self.assert_bad("boundaries", collection(line(kind="frontier")), "frontier")
        self.assert_bad("boundaries", collection(line(date="1876-05-07")), "date")
        self.assert_bad("boundaries", collection(line(date="1875-02-30")), "date")
        self.assert_bad("boundaries", collection(line(date="7 May 1875")), "date")
        self.assert_bad("boundaries", collection(line(date="1875-W19-5")), "date")
        self.assert_bad("boundaries", collection(line(geometry='{"type":"Polygon","coordinates":'
                                                      '[[[150,45],[151,45],[151,46],[150,45]]]}')),
                        "LineString")
        self.assert_bad("boundaries", collection(line(geometry='{"type":"LineString","coordinates":[[150,45]]}')),
                        "fewer than 2")
        self.assert_bad("boundaries", collection(line(geometry='{"type":"LineString","coordinates":'
                                                      '[[150,45],[151,95]]}')),
                        "position 1")
        self.assert_bad("boundaries", collection(line(), line(year="1905", date="1905-09-05")),
                        "feature 1 (“a”)")
        self.assert_bad("boundaries", collection('{"type":"Feature","properties":{"id":"a"},"geometry":%s}' % LINE),
                        "feature 0 (“a”): property “name_en” is missing")
        self.assert_bad("boundaries", collection(line().replace('"label"', '"on_land":1,"label"')),
                        "on_land")


class Report(Checks):
    """The report's markdown: what the build reads from it, and mistakes."""

    def compile(self, source):
        sys.path.insert(0, os.path.join(ROOT, "build-aux"))
        return importlib.import_module("atlas_compile_report").compile_report(source.encode("utf-8"))

    def test_real_report(self):
        with open(os.path.join(ROOT, "data/report/russia-japan-relations-2004.md"), "rb") as f:
            self.assert_good("report", f.read())

    def test_offsets_into_the_text(self):
        """Offsets point into the display text even where whitespace differs."""
        title, sections = self.compile("## First part\n\nOne  two\tthree *four*.\n\n"
                                       "## Second part\n\nAlpha — “beta”.\n")
        self.assertEqual(title, "")
        self.assertEqual([s[1] for s in sections], ["first-part", "second-part"])
        kind, text, collapsed, spans, mapping = sections[0][2][0]
        self.assertEqual(text, "One  two\tthree four.")
        self.assertEqual(collapsed, "One two three four.")
        self.assertEqual(spans, [(15, 19, 1)])
        start = collapsed.index("two three four")
        self.assertEqual(mapping[start], 5)
        self.assertEqual(mapping[start + len("two three four") - 1] + 1, 19)
        kind, text, collapsed, spans, mapping = sections[1][2][0]
        raw = collapsed.encode("utf-8")
        start = raw.index("“beta”".encode("utf-8"))
        self.assertEqual(mapping[start], len("Alpha — ".encode("utf-8")))
        self.assertEqual(mapping[start + len("“beta”".encode("utf-8")) - 1] + 1,
                         len("Alpha — “beta”".encode("utf-8")))

    def test_bad_input(self):
        self.assert_bad("report", b"## Part\n\nGood text.\n\xff\xfe bad\n", "not valid UTF-8", (4, 1))
        self.assert_bad("report", b"## Part\n\nText\0more.\n", "NUL", (3, 5))
        self.assert_bad("report", b"", "no sections")
        self.assert_bad("report", b"Just some text.\n", "no sections")
        self.assert_bad("report", b"## Part\n\nOne.\n\n## PART\n\nTwo.\n", "“part” appears twice", (5, 1))


GOOD_QUOTE = "Khrushchev withdrew his offer in 1960."
GOOD_PASSAGE = '{ "section": "record-of-negotiations", "paragraph": 1, "quote": "%s" }' % GOOD_QUOTE


def claims_document(targets='"shikotan"', passage=GOOD_PASSAGE, status='"status": "A status",'):
    """A minimal valid file, into which each bad case puts one fault."""
    return ('{\n  "version": 1,\n  "claims": [\n    {\n      "id": "test-claim",\n'
            '      "party": "russia",\n      "kind": "proposal",\n      "targets": [%s],\n'
            '      %s\n      "argument": "An argument.",\n      "passages": [%s],\n'
            '      "events": [{ "year": 1960, "label": "Offer withdrawn" },\n'
            '                 { "year": 1956, "label": "Declaration", "source": "Joint Declaration" }]\n'
            '    }\n  ]\n}\n'
            % (targets, status, passage))


class Claims(Checks):
    """claims.json against the report and the islands."""

    def test_real_claims(self):
        with open(os.path.join(ROOT, "data/claims.json"), "rb") as f:
            self.assert_good("claims", f.read())

    def test_good_document(self):
        sys.path.insert(0, os.path.join(ROOT, "build-aux"))
        claims = importlib.import_module("atlas_compile_claims")
        report = importlib.import_module("atlas_compile_report")
        strict_json = importlib.import_module("strict_json")
        with open(os.path.join(ROOT, "data/report/russia-japan-relations-2004.md"), "rb") as f:
            compiled_report = report.compile_report(f.read())
        value = claims.compile_claims(strict_json.load(claims_document('"shikotan", "habomai"')),
                                      compiled_report, {"shikotan", "habomai"})
        (claim,), notes = value
        self.assertEqual(notes, [])
        self.assertEqual(claim[:6], ("test-claim", 1, 2, ["shikotan", "habomai"], "A status", "An argument."))
        section_id, section, paragraph, quote, start, end = claim[6][0]
        self.assertEqual((section_id, section, paragraph, quote), ("record-of-negotiations", 2, 1, GOOD_QUOTE))
        text = compiled_report[1][2][2][0][1].encode("utf-8")
        self.assertEqual(text[start:end].decode("utf-8"), GOOD_QUOTE)
        # An event the report gives has no source of its own.
        self.assertEqual(claim[7], [(1960, "Offer withdrawn", False, ""),
                                    (1956, "Declaration", False, "Joint Declaration")])

    def test_bad_json(self):
        self.assert_bad("claims", '{\n  "version": 1,\n  "claims": [\n    { "id": "x", }\n  ]\n}\n',
                        "expected a member name", (4, 18))
        self.assert_bad("claims", "", "end of the file", (1, 1))
        self.assert_bad("claims", "{\n}{\n}", "more text", (2, 2))
        self.assert_bad("claims", "[1, 2]", "not a JSON object", (1, 1))
        self.assert_bad("claims", '{ "version": 2, "claims": [] }', "version 2", (1, 14))
        self.assert_bad("claims", '{ "version": 1, "claims": [ 3 ] }', "claims[0]: not an object", (1, 29))

    def test_bad_target(self):
        self.assert_bad("claims", claims_document('"shikotan", "atlantis"'),
                        "claim “test-claim”: target “atlantis” is not a known island, area or group", (8, 31))

    def test_bad_quote(self):
        self.assert_bad("claims", claims_document(passage='{ "section": "record-of-negotiations", "paragraph": 1, '
                                                  '"quote": "Khrushchev gladly handed over all four islands." }'),
                        "claim “test-claim”: passage 1: quotation “Khrushchev gladly handed", (11, 84))
        straight = claims_document(passage='{ "section": "troubled-history", "paragraph": 1, '
                                   '"quote": "after Japan\'s capitulation on August 15" }')
        stderr = self.assert_bad("claims", straight, "“after Japan's capitulation")
        self.assertIn("departs from the report after “after Japan”", stderr)
        self.assert_bad("claims", claims_document(passage='{ "section": "record-of-negotiations", '
                                                  '"paragraph": 2, "quote": "%s" }' % GOOD_QUOTE),
                        "is in The Record of Negotiations, ¶1, not in The Record of Negotiations, ¶2")
        self.assert_bad("claims", claims_document(passage='{ "section": "conclusion", "paragraph": 3, '
                                                  '"quote": "%s" }' % GOOD_QUOTE), "no ¶3")
        self.assert_bad("claims", claims_document(passage='{ "section": "report-documentation-page", '
                                                  '"paragraph": 1, "quote": "%s" }' % GOOD_QUOTE),
                        "the report has no section “report-documentation-page”")

    def test_bad_fields(self):
        good = claims_document()
        self.assert_bad("claims", claims_document(status=""), "claim “test-claim”: missing member “status”")
        self.assert_bad("claims", claims_document(status='"status": "  ",'), "“status” is empty")
        self.assert_bad("claims", claims_document(status='"status": "A status", "statsu": "x",'),
                        "unknown member “statsu”")
        self.assert_bad("claims", claims_document(passage=""), "“passages” is empty")
        self.assert_bad("claims", claims_document(passage='{ "section": "record-of-negotiations", '
                                                  '"paragraph": "1", "quote": "%s" }' % GOOD_QUOTE),
                        "passage 1: “paragraph” is not an integer")
        self.assert_bad("claims", claims_document(targets=""), "“targets” is empty")
        self.assert_bad("claims", good.replace('"russia"', '"soviet-union"', 1), "unknown party “soviet-union”")
        self.assert_bad("claims", good.replace('"events": [{ "year": 1960,', '"events": [{ "year": 19600,'),
                        "event 1: “year” is 19600")
        self.assert_bad("claims", good.replace('"Offer withdrawn" }', '"Offer withdrawn", "approximate": 1 }'),
                        "“approximate” is not true or false")
        self.assert_bad("claims", good.replace('"source": "Joint Declaration"', '"source": " "'),
                        "event 2: “source” is empty")
        start = good.index("    {")
        end = good.index("    }\n") + len("    }")
        claim = good[start:end]
        self.assert_bad("claims", good.replace(claim, claim + ",\n" + claim, 1),
                        "claim “test-claim”: the id is used twice", (16, 13))


TOYOHARA = '{"years":[1905],"name":"Toyohara","name_ru":"Тоёхара","name_ja":"豊原"}'


class Places(Checks):
    """places.geojson: the real file, and faults put into it, each of which
    must be reported where it is."""

    def setUp(self):
        super().setUp()
        sys.path.insert(0, os.path.join(ROOT, "build-aux"))
        self.strict_json = importlib.import_module("strict_json")
        with open(os.path.join(ROOT, "data/atlas/places.geojson"), encoding="utf-8") as f:
            self.text = f.read()

    def test_real_places(self):
        self.assert_good("places", self.text)
        places = importlib.import_module("atlas_compile_places")
        value = places.compile_places(self.strict_json.load(self.text))
        features = self.strict_json.load(self.text)["features"]
        # One entry per feature, in the file's order: the labelling order.
        self.assertEqual([place[0] for place in value], [f["properties"]["id"] for f in features])
        yuzhno = {place[0]: place for place in value}["yuzhno-sakhalinsk"]
        # 1905 is layer index 2; 3 = both namings.
        self.assertIn((1 << 2, 3, "Toyohara", "Тоёхара", "豊原"), yuzhno[3])

    def assert_fault(self, old, new, message, marker, after=False):
        """Replaces @old by @new in the real file; the error must point at
        @marker in @new (with @after, at the first @marker after @new), or,
        when @marker is None, at the town's “names”."""
        self.assertEqual(self.text.count(old), 1, old)
        at = self.text.index(old)
        broken = self.text[:at] + new + self.text[at + len(old):]
        if marker is None:
            names = '"names":'
            pos = broken.rindex(names, 0, at) + len(names)
        elif after:
            pos = broken.index(marker, at + len(new))
        else:
            pos = at + new.index(marker)
        self.assert_bad("places", broken, message, self.strict_json.line_column(broken, pos))

    def test_faults(self):
        self.assert_fault(TOYOHARA, TOYOHARA.replace("1905", "1906"), "1906 is not a layer year", "1906")
        self.assert_fault(TOYOHARA, TOYOHARA.replace(',"name_ja":"豊原"', ""), "missing member “name_ja”", "{")
        self.assert_fault(TOYOHARA, TOYOHARA.replace('"name_ru"', '"nmae_ru"'),
                          "unknown member “nmae_ru”", '"nmae_ru"')
        self.assert_fault(TOYOHARA, TOYOHARA.replace('"}', '",}'), "expected a member name", "}")
        # The clash is found at the second name for 1945, the real one.
        self.assert_fault(TOYOHARA, TOYOHARA.replace("[1905]", "[1905,1945]"), "named twice", "1945]", after=True)
        self.assert_fault('{"years":[1905],"name":"Kashiwabara"',
                          '{"years":[1905],"naming":"japanese","name":"Kashiwabara"',
                          "1905 is named in one naming only", None)
        self.assert_fault('{"years":[1945],"name":"Severo-Kurilsk"', '{"years":[1875],"name":"Severo-Kurilsk"',
                          "no name for 1945 in every naming", None)


class Coastline(Checks):
    """The checks of the KACOAST format (data/coastline/README.md)."""

    HEADER_SIZE = 28
    PART_SIZE = 20

    def setUp(self):
        super().setUp()
        with open(os.path.join(ROOT, "data/coastline/kuril-land.kacoast"), "rb") as f:
            self.data = f.read()
        self.rings = self.HEADER_SIZE + struct.unpack_from("<H", self.data, 12)[0] * self.PART_SIZE

    def patched(self, offset, value, fix_checksum=False):
        copy = bytearray(self.data)
        copy[offset:offset + len(value)] = value
        if fix_checksum:
            copy[-32:] = hashlib.sha256(bytes(copy[:-32])).digest()
        return bytes(copy)

    def test_truncated_and_padded(self):
        self.assert_bad("coastline", b"", "empty", (0,))
        for cut in (3, 9, 20, self.HEADER_SIZE + 7, self.rings, self.rings + 5,
                    len(self.data) // 2, len(self.data) - 1):
            self.assert_bad("coastline", self.data[:cut], "")
        self.assert_bad("coastline", self.data + bytes(4), "the header announces")

    def test_damage(self):
        for offset in (self.rings, self.rings + 3, len(self.data) // 3, len(self.data) - 33):
            self.assert_bad("coastline", self.patched(offset, bytes([self.data[offset] ^ 0x10])),
                            "checksum does not match")

    def test_structure(self):
        self.assert_bad("coastline", self.patched(self.rings, b"\x07", True),
                        "ring 0 has level 7", (self.rings,))
        self.assert_bad("coastline", self.patched(self.rings + 1, bytes([200]), True), "belongs to part 200")
        self.assert_bad("coastline", self.patched(self.HEADER_SIZE + 12, struct.pack("<i", 39000000), True),
                        "outside its part's region")
        self.assert_bad("coastline", self.patched(20, struct.pack("<I", 3), True),
                        "ring 0 claims", (self.rings,))
        self.assert_bad("coastline", self.patched(self.rings + 2, bytes([self.data[self.rings + 2] | 0x7F]), True),
                        "ring 0")
        self.assert_bad("coastline", self.patched(self.HEADER_SIZE + 17, b"x", True), "part 0")

    def test_signature_and_version(self):
        self.assert_bad("coastline", self.patched(0, b"X"), "not a coastline file", (0,))
        self.assert_bad("coastline", b"\x89PNG\r\n\x1a\n\0\0\0\x0d", "not a coastline file")
        self.assert_bad("coastline", b"{}", "not a coastline file")
        self.assert_bad("coastline", self.patched(8, b"\x02"), "version 2", (8,))
        self.assert_bad("coastline", self.patched(10, b"\x01"), "unknown flags", (10,))


if __name__ == "__main__":
    unittest.main(verbosity=2)
