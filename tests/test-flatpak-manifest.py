#!/usr/bin/env python3
# test-flatpak-manifest.py — checks the Flatpak manifest
#
# Copyright 2026 The Kuril Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Check the Flatpak manifest without flatpak-builder.

Usage: test-flatpak-manifest.py MANIFEST.json TESTED-STACKS.json

Prints TAP.  The permissions are compared as an exact set, so widening the
sandbox has to be a deliberate change to this test as well.  The runtime's
GTK and libadwaita and the pinned libshumate must be the versions of one
stack the suite passed on, as build-aux/run-in recorded it in
TESTED-STACKS.json: the Flatpak is built only from what was tested.
"""

import json
import os
import re
import sys

APP_ID = 'io.github.kurilatlas.KurilAtlas'
COMMAND = 'kuril-atlas'
RUNTIME = 'org.gnome.Platform'
SDK = 'org.gnome.Sdk'

# --share=network only because online tiles are optional; the offline
# basemap works without it.
FINISH_ARGS = {
    '--socket=wayland',
    '--socket=fallback-x11',
    '--device=dri',
    '--share=ipc',
    '--share=network',
}

# Named so that a failure says why the argument is unwelcome.
DANGEROUS = re.compile(
    r'^--(filesystem=(host|host-os|host-etc|home)(:.*)?'
    r'|socket=(x11|session-bus|system-bus|pulseaudio)'
    r'|device=all'
    r'|talk-name=org\.freedesktop\.Flatpak'
    r'|allow=devel)$'
)

# What each GNOME runtime ships, as major.minor.
GNOME_RUNTIMES = {
    '46': {'gtk4': '4.14', 'libadwaita-1': '1.5'},
    '47': {'gtk4': '4.16', 'libadwaita-1': '1.6'},
    '48': {'gtk4': '4.18', 'libadwaita-1': '1.7'},
    '49': {'gtk4': '4.20', 'libadwaita-1': '1.8'},
}

LIBSHUMATE_OFF = ['-Dgir=false', '-Dvapi=false', '-Dgtk_doc=false',
                  '-Ddemos=false', '-Dvector_renderer=false']


class ManifestError(Exception):
    pass


def reject_duplicates(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise ManifestError('duplicate key "%s"' % key)
        obj[key] = value
    return obj


def load(path):
    try:
        with open(path, encoding='utf-8') as f:
            data = json.load(f, object_pairs_hook=reject_duplicates)
    except OSError as e:
        raise ManifestError('cannot read %s: %s' % (path, e.strerror))
    except json.JSONDecodeError as e:
        raise ManifestError('%s:%d:%d: %s' % (path, e.lineno, e.colno, e.msg))
    if not isinstance(data, dict):
        raise ManifestError('%s: top level is not an object' % path)
    return data


def expect(cond, message):
    if not cond:
        raise ManifestError(message)


def module_named(manifest, name):
    for module in manifest.get('modules', []):
        if isinstance(module, dict) and module.get('name') == name:
            return module
    raise ManifestError('no module named "%s"' % name)


def check_app_id(m, base):
    ids = {k: m[k] for k in ('id', 'app-id') if k in m}
    expect(ids, 'neither "id" nor "app-id" is set')
    for key, value in ids.items():
        expect(value == APP_ID, '"%s" is %r, expected %r' % (key, value, APP_ID))


def check_command(m, base):
    expect(m.get('command') == COMMAND,
           '"command" is %r, expected %r' % (m.get('command'), COMMAND))


def check_runtime(m, base):
    expect(m.get('runtime') == RUNTIME,
           '"runtime" is %r, expected %r' % (m.get('runtime'), RUNTIME))
    expect(m.get('sdk') == SDK, '"sdk" is %r, expected %r' % (m.get('sdk'), SDK))
    version = m.get('runtime-version')
    # A numbered release, not "master" or a nightly.
    expect(isinstance(version, str) and re.fullmatch(r'[0-9]+', version),
           '"runtime-version" is %r, expected a stable release like "47"' % (version,))


def check_finish_args(m, base):
    args = m.get('finish-args')
    expect(isinstance(args, list), '"finish-args" is missing or not a list')
    expect(len(args) == len(set(args)), '"finish-args" has duplicates')
    dangerous = sorted(a for a in args if DANGEROUS.match(a))
    expect(not dangerous, 'sandbox holes in "finish-args": %s' % ', '.join(dangerous))
    missing = sorted(FINISH_ARGS - set(args))
    expect(not missing, '"finish-args" lacks %s' % ', '.join(missing))
    extra = sorted(set(args) - FINISH_ARGS)
    expect(not extra, 'unexpected "finish-args": %s' % ', '.join(extra))


def check_cleanup(m, base):
    cleanup = m.get('cleanup', [])
    for path in ('/include', '/lib/pkgconfig'):
        expect(path in cleanup, '"cleanup" does not remove %s' % path)


def check_libshumate(m, base):
    module = module_named(m, 'libshumate')
    expect(module.get('buildsystem') == 'meson',
           'libshumate: buildsystem is %r, expected "meson"' % module.get('buildsystem'))
    opts = module.get('config-opts', [])
    missing = [o for o in LIBSHUMATE_OFF if o not in opts]
    expect(not missing, 'libshumate: config-opts lack %s' % ', '.join(missing))
    sources = module.get('sources', [])
    gits = [s for s in sources if isinstance(s, dict) and s.get('type') == 'git']
    expect(len(gits) == 1, 'libshumate: expected one git source, found %d' % len(gits))
    src = gits[0]
    expect(src.get('url', '').startswith('https://'),
           'libshumate: git url %r is not https' % src.get('url'))
    expect(isinstance(src.get('tag'), str) and src['tag'],
           'libshumate: git source is not pinned to a tag')
    expect('branch' not in src, 'libshumate: git source follows a branch')
    if 'commit' in src:
        expect(re.fullmatch(r'[0-9a-f]{40}', src['commit']),
               'libshumate: commit %r is not a full hash' % src['commit'])


def major_minor(version):
    return '.'.join(version.split('.')[:2])


def load_stacks(path):
    stacks = load(path)
    for system, stack in stacks.items():
        modules = stack.get('modules') if isinstance(stack, dict) else None
        expect(isinstance(modules, dict) and
               all(isinstance(modules.get(k), str) for k in ('gtk4', 'libadwaita-1', 'shumate-1.0')),
               '%s: "%s" lacks the versions of gtk4, libadwaita-1 or shumate-1.0' % (path, system))
    return stacks


def check_tested_stack(m, stacks):
    version = m.get('runtime-version')
    runtime = GNOME_RUNTIMES.get(version)
    expect(runtime is not None, 'the GTK and libadwaita of GNOME %r are not known here' % (version,))
    matching = [system for system, stack in sorted(stacks.items())
                if all(major_minor(stack['modules'][k]) == v for k, v in runtime.items())]
    expect(matching, 'GNOME %s (GTK %s, libadwaita %s) is none of the tested stacks: %s' % (
        version, runtime['gtk4'], runtime['libadwaita-1'],
        ', '.join('%s (GTK %s, libadwaita %s)' % (s, st['modules']['gtk4'], st['modules']['libadwaita-1'])
                  for s, st in sorted(stacks.items()))))
    src = [s for s in module_named(m, 'libshumate').get('sources', [])
           if isinstance(s, dict) and s.get('type') == 'git'][0]
    expect('commit' in src, 'libshumate: the tag is not pinned to its commit')
    tested = [stacks[system]['modules']['shumate-1.0'] for system in matching]
    expect(src.get('tag') in tested,
           'libshumate: the manifest pins %r, but %s tested %s' % (
               src.get('tag'), ', '.join(matching), ', '.join(tested)))


def check_app_module(m, base):
    modules = m.get('modules', [])
    expect(modules, 'no modules')
    last = modules[-1]
    expect(isinstance(last, dict) and last.get('name') == COMMAND,
           'last module is %r, expected %r' % (last.get('name') if isinstance(last, dict) else last, COMMAND))
    expect(last.get('buildsystem') == 'meson',
           '%s: buildsystem is %r, expected "meson"' % (COMMAND, last.get('buildsystem')))
    dirs = [s for s in last.get('sources', []) if isinstance(s, dict) and s.get('type') == 'dir']
    expect(len(dirs) == 1, '%s: expected one dir source, found %d' % (COMMAND, len(dirs)))
    # flatpak-builder resolves the path against the manifest's directory.
    root = os.path.normpath(os.path.join(base, dirs[0].get('path', '')))
    meson_build = os.path.join(root, 'meson.build')
    expect(os.path.isfile(meson_build), '%s: %s does not exist' % (COMMAND, meson_build))
    with open(meson_build, encoding='utf-8') as f:
        head = f.read(4096)
    expect(re.search(r"project\(\s*'%s'" % re.escape(COMMAND), head),
           '%s: %s is not the %s project' % (COMMAND, meson_build, COMMAND))
    icon = os.path.join(root, 'data', 'icons', 'hicolor', 'scalable', 'apps', APP_ID + '.svg')
    expect(os.path.isfile(icon), 'app ID does not match the sources: %s is missing' % icon)


CHECKS = [
    ('app ID is ' + APP_ID, check_app_id),
    ('command is ' + COMMAND, check_command),
    ('runtime is a stable %s with %s' % (RUNTIME, SDK), check_runtime),
    ('finish-args are exactly the expected permissions', check_finish_args),
    ('cleanup drops headers and pkg-config files', check_cleanup),
    ('libshumate is built with meson from a tagged git source', check_libshumate),
    ('the app is the last module, built with meson from the source tree', check_app_module),
]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: %s MANIFEST.json TESTED-STACKS.json\n' % argv[0])
        return 2
    path, stacks_path = argv[1], argv[2]
    checks = CHECKS + [
        ('the runtime and libshumate are a stack the suite passed on',
         lambda m, base: check_tested_stack(m, load_stacks(stacks_path))),
    ]

    print('1..%d' % (len(checks) + 1))
    try:
        manifest = load(path)
    except ManifestError as e:
        print('not ok 1 - manifest parses as JSON')
        print('# %s' % e)
        for n, (name, _) in enumerate(checks, start=2):
            print('ok %d - %s # SKIP manifest unreadable' % (n, name))
        return 1
    print('ok 1 - manifest parses as JSON')

    base = os.path.dirname(os.path.abspath(path))
    failed = 0
    for n, (name, check) in enumerate(checks, start=2):
        try:
            check(manifest, base)
        except ManifestError as e:
            failed += 1
            print('not ok %d - %s' % (n, name))
            print('# %s' % e)
            sys.stderr.write('%s: %s\n' % (path, e))
        else:
            print('ok %d - %s' % (n, name))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
