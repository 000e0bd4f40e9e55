#!/usr/bin/env python3
# test-potfiles.py — checks that po/POTFILES.in lists every file to translate
#
# Copyright 2026 The Kuril Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Check po/POTFILES.in against the source tree.

Usage: test-potfiles.py SOURCE_ROOT

Prints TAP.  A file under src/ or data/ that marks a string for translation
but is missing from POTFILES.in would ship its strings untranslated without
any warning from xgettext, so it is an error here.
"""

import os
import re
import sys

SCANNED_DIRS = ('src', 'data')

# Where xgettext finds messages in C: the gi18n.h macros and ngettext.
C_EXTENSIONS = ('.c', '.h')
C_MARK = re.compile(r'(?<![\w])(?:_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dpgettext2)\s*\(')

# Comments and strings may name the macros ("show it through _()")
# without using them.
C_COMMENT_OR_STRING = re.compile(
    r'("(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\')|/\*.*?\*/|//[^\n]*', re.DOTALL)

XML_EXTENSIONS = ('.ui', '.xml', '.in')
XML_MARK = re.compile(r'translatable\s*=\s*"yes"')

# Files whose fields are translatable through gettext's ITS rules, with no
# mark in the file itself.
ITS_NAMES = re.compile(r'\.(desktop|metainfo\.xml|appdata\.xml)(\.in)+$|\.gschema\.xml$')


def read_potfiles(path):
    entries = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                entries.append(line)
    return entries


def marks_strings(root, rel):
    """Says how @rel marks strings for translation, or None."""
    name = os.path.basename(rel)
    if ITS_NAMES.search(name):
        return 'is translated through its ITS rules'
    if not name.endswith(C_EXTENSIONS + XML_EXTENSIONS):
        return None
    try:
        with open(os.path.join(root, rel), encoding='utf-8') as f:
            text = f.read()
    except UnicodeDecodeError:
        return None
    if name.endswith(C_EXTENSIONS):
        code = C_COMMENT_OR_STRING.sub(lambda m: '""' if m.group(1) else ' ', text)
        match = C_MARK.search(code)
        if match:
            return 'uses %s' % re.sub(r'\s+', ' ', match.group(0))
    elif XML_MARK.search(text):
        return 'has translatable="yes"'
    return None


def files_to_translate(root):
    found = {}
    for top in SCANNED_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames.sort()
            for filename in sorted(filenames):
                rel = os.path.relpath(os.path.join(dirpath, filename), root)
                rel = rel.replace(os.sep, '/')
                why = marks_strings(root, rel)
                if why:
                    found[rel] = why
    return found


def check_sorted(root, entries):
    problems = []
    for before, after in zip(entries, entries[1:]):
        if before == after:
            problems.append('%s is listed twice' % after)
        elif after < before:
            problems.append('%s comes after %s' % (after, before))
    return problems


def check_exist(root, entries):
    return ['%s does not exist' % e for e in entries
            if not os.path.isfile(os.path.join(root, e))]


def check_complete(root, entries):
    listed = set(entries)
    return ['%s %s but is not listed' % (rel, why)
            for rel, why in sorted(files_to_translate(root).items())
            if rel not in listed]


CHECKS = [
    ('POTFILES.in is sorted, without duplicates', check_sorted),
    ('every file in POTFILES.in exists', check_exist),
    ('every file with translatable strings is in POTFILES.in', check_complete),
]


def main(argv):
    if len(argv) != 2:
        sys.stderr.write('usage: test-potfiles.py SOURCE_ROOT\n')
        return 2
    root = argv[1]
    print('1..%d' % (len(CHECKS) + 1))
    try:
        entries = read_potfiles(os.path.join(root, 'po', 'POTFILES.in'))
    except (OSError, UnicodeDecodeError) as e:
        print('not ok 1 - POTFILES.in is readable')
        print('# %s' % e)
        for n, (name, _check) in enumerate(CHECKS, start=2):
            print('ok %d - %s # SKIP POTFILES.in unreadable' % (n, name))
        return 1
    print('ok 1 - POTFILES.in is readable')

    failed = False
    for n, (name, check) in enumerate(CHECKS, start=2):
        problems = check(root, entries)
        if problems:
            failed = True
            print('not ok %d - %s' % (n, name))
            for problem in problems:
                print('# %s' % problem)
        else:
            print('ok %d - %s' % (n, name))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
