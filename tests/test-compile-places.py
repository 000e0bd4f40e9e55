#!/usr/bin/env python3
# test-compile-places.py — build-aux/compile-places on the real file and on faults
#
# Copyright 2026 The Kuril Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Usage: test-compile-places.py SOURCE_ROOT

Prints TAP. The bundled places.geojson must compile into a GVariant the
atlas can read; each fault put into it must stop the script with the
file, line and column of the fault, and leave no output behind.
"""

import json
import os
import subprocess
import sys
import tempfile

from gi.repository import GLib

VARIANT_TYPE = "a(sdda(yysss))"

results = []


def check(name, ok, detail=""):
    results.append((name, ok, detail))


def run(script, source, target):
    return subprocess.run([sys.executable, script, source, target],
                          capture_output=True, text=True)


def test_bundled(script, places, workdir):
    target = os.path.join(workdir, "places.gvariant")
    result = run(script, places, target)
    check("bundled file compiles", result.returncode == 0, result.stderr)
    if result.returncode != 0:
        return

    with open(target, "rb") as f:
        variant = GLib.Variant.new_from_bytes(GLib.VariantType(VARIANT_TYPE), GLib.Bytes(f.read()), False)
    with open(places, encoding="utf-8") as f:
        features = json.load(f)["features"]

    check("one entry per feature, in file order",
          [place[0] for place in variant.unpack()] == [f["properties"]["id"] for f in features])
    yuzhno = dict((place[0], place) for place in variant.unpack())["yuzhno-sakhalinsk"]
    # 1905 is layer index 2; 3 = both namings.
    check("Yuzhno-Sakhalinsk is Toyohara in 1905",
          (1 << 2, 3, "Toyohara", "Тоёхара", "豊原") in yuzhno[3], repr(yuzhno))


def fault(text, old, new):
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_faults(script, places, workdir):
    with open(places, encoding="utf-8") as f:
        text = f.read()

    toyohara = '{"years":[1905],"name":"Toyohara","name_ru":"Тоёхара","name_ja":"豊原"}'
    cases = [
        ("a year that is not a layer",
         fault(text, toyohara, toyohara.replace("1905", "1906")), "1906", "is not a layer year"),
        ("a missing script",
         fault(text, toyohara, toyohara.replace(',"name_ja":"豊原"', "")), toyohara[:1], "missing member “name_ja”"),
        ("an unknown member",
         fault(text, toyohara, toyohara.replace('"name_ru"', '"nmae_ru"')), '"nmae_ru"', "unknown member “nmae_ru”"),
        ("a trailing comma",
         fault(text, toyohara, toyohara.replace('"}', '",}')), "}", "expected a member name"),
        ("a year named twice",
         fault(text, toyohara, toyohara.replace("[1905]", "[1905,1945]")), "1945]", "named twice"),
        ("a year in one naming only",
         fault(text, '{"years":[1905],"name":"Kashiwabara"', '{"years":[1905],"naming":"japanese","name":"Kashiwabara"'),
         None, "1905 is named in one naming only"),
        ("1945 not named",
         fault(text, '{"years":[1945],"name":"Severo-Kurilsk"', '{"years":[1875],"name":"Severo-Kurilsk"'),
         None, "no name for 1945 in every naming"),
    ]
    for name, broken, marker, message in cases:
        source = os.path.join(workdir, "broken.geojson")
        target = os.path.join(workdir, "broken.gvariant")
        with open(source, "w", encoding="utf-8") as f:
            f.write(broken)
        result = run(script, source, target)
        prefix = f"{source}:"
        ok = result.returncode == 1 and result.stderr.startswith(prefix) and message in result.stderr \
            and not os.path.exists(target)
        if ok and marker is not None:
            # The position given is that of the fault.
            line, column = (int(n) for n in result.stderr[len(prefix):].split(":")[:2])
            at = broken.split("\n")[line - 1][column - 1:]
            ok = at.startswith(marker)
        check(f"rejects {name} with its position", ok, result.stderr)


def main(argv):
    root = argv[1]
    script = os.path.join(root, "build-aux", "compile-places")
    places = os.path.join(root, "data", "atlas", "places.geojson")
    with tempfile.TemporaryDirectory() as workdir:
        test_bundled(script, places, workdir)
        test_faults(script, places, workdir)

    print(f"1..{len(results)}")
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok and detail:
            for line in detail.splitlines():
                print(f"# {line}")
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
