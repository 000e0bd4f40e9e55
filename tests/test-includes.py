#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The include graph of src/, as TAP: no cycle between modules, and each
layer includes only its own headers and those of the layers beneath it.

A module is a file name without its extension or "-private" suffix, so
ka-window.c, ka-window.h and ka-window-private.h are one module: two
modules that include each other, in any of their files, are a cycle."""

import os
import re
import sys

# Each layer and the layers it may include from.
LAYERS = {
    'atlas': {'atlas'},
    'map': {'atlas', 'map'},
    'panel': {'atlas', 'map', 'panel'},
    'present': {'atlas', 'map', 'present'},
    'editor': {'atlas', 'map', 'present', 'editor'},
    'src': {'atlas', 'map', 'panel', 'present', 'editor', 'src'},
}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def module_of(name):
    base = re.sub(r'\.(c|h)$', '', name)
    return re.sub(r'-private$', '', base)


def main(src):
    headers = {}
    files = []
    for folder, _, names in os.walk(src):
        layer = os.path.relpath(folder, src)
        layer = 'src' if layer == '.' else layer.split(os.sep)[0]
        for name in names:
            if name.endswith(('.c', '.h')):
                files.append((layer, os.path.join(folder, name)))
                if name.endswith('.h'):
                    headers[name] = layer

    graph = {}
    wrong_layer = []
    for layer, path in files:
        module = module_of(os.path.basename(path))
        graph.setdefault(module, set())
        with open(path, encoding='utf-8') as f:
            for header in INCLUDE.findall(f.read()):
                if header not in headers:
                    continue  # config.h and generated headers
                if headers[header] not in LAYERS[layer]:
                    wrong_layer.append(f'{os.path.relpath(path, src)} includes '
                                       f'{header} of {headers[header]}/')
                target = module_of(header)
                if target != module:
                    graph[module].add(target)

    cycles = []
    state = {}

    def visit(module, stack):
        state[module] = 'open'
        stack.append(module)
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 'open':
                cycles.append(' -> '.join(stack[stack.index(target):] + [target]))
            elif target not in state:
                visit(target, stack)
        stack.pop()
        state[module] = 'done'

    for module in sorted(graph):
        if module not in state:
            visit(module, [])

    print('1..2')
    for number, (what, problems) in enumerate(
            [('no include cycle between modules', cycles),
             ('each layer includes only itself and the layers beneath', wrong_layer)], 1):
        for problem in problems:
            print(f'# {problem}')
        print(f'{"not ok" if problems else "ok"} {number} - {what}')
    return 1 if cycles or wrong_layer else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
