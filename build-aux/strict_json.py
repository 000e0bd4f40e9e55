# SPDX-License-Identifier: GPL-3.0-or-later
"""Strict RFC 8259 JSON that remembers where every value starts.

Python's json module accepts NaN, repeated keys and lone surrogates and
forgets positions; the data compiler needs both strictness and
file:line:column in its messages. Objects and arrays come back as
JObject / JArray, which carry the offset of themselves and of each value
(and, for an object, of each member name).
"""

import json
import re


class DataError(Exception):
    """A mistake in a data file, at byte offset @pos (None: the whole file)."""

    def __init__(self, pos, message):
        super().__init__(message)
        self.pos = pos
        self.message = message


class JObject(dict):
    def __init__(self, pos):
        super().__init__()
        self.pos = pos
        self.key_pos = {}
        self.value_pos = {}


class JArray(list):
    def __init__(self, pos):
        super().__init__()
        self.pos = pos
        self.item_pos = []


_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"')
_LITERALS = {"true": True, "false": False, "null": None}


class _Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        self.pos = _WS.match(self.text, self.pos).end()

    def fail(self, message, pos=None):
        raise DataError(self.pos if pos is None else pos, message)

    def value(self, depth):
        if depth > 64:
            self.fail("nested more than 64 deep")
        self.skip()
        text, pos = self.text, self.pos
        c = text[pos:pos + 1]
        if c == "{":
            return self.object(depth)
        if c == "[":
            return self.array(depth)
        if c == '"':
            return self.string()
        m = _NUMBER.match(text, pos)
        if m:
            self.pos = m.end()
            if m.group(1) or m.group(2):
                number = float(m.group(0))
                if number != number or number in (float("inf"), float("-inf")):
                    self.fail("the number is out of range", pos)
                return number
            return int(m.group(0))
        for word, result in _LITERALS.items():
            if text.startswith(word, pos):
                self.pos += len(word)
                return result
        self.fail("unexpected end of the file" if not c else "“%s” does not start a value" % c)

    def string(self):
        m = _STRING.match(self.text, self.pos)
        if not m:
            self.fail("a string is not closed or holds a control character or bad escape")
        self.pos = m.end()
        result = json.loads(m.group(0))
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in result):
            self.fail("a string holds a lone surrogate", m.start())
        return result

    def expect(self, c, what):
        self.skip()
        if self.text[self.pos:self.pos + 1] != c:
            self.fail("expected %s" % what)
        self.pos += 1

    def object(self, depth):
        result = JObject(self.pos)
        self.pos += 1
        self.skip()
        if self.text[self.pos:self.pos + 1] == "}":
            self.pos += 1
            return result
        while True:
            self.skip()
            if self.text[self.pos:self.pos + 1] != '"':
                self.fail("expected a member name in quotes")
            key_pos = self.pos
            key = self.string()
            if key in result:
                self.fail("“%s” appears twice" % key, key_pos)
            self.expect(":", "“:” after a member name")
            self.skip()
            result.key_pos[key] = key_pos
            result.value_pos[key] = self.pos
            result[key] = self.value(depth + 1)
            self.skip()
            c = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if c == "}":
                return result
            if c != ",":
                self.pos -= 1
                self.fail("expected “,” or “}”")

    def array(self, depth):
        result = JArray(self.pos)
        self.pos += 1
        self.skip()
        if self.text[self.pos:self.pos + 1] == "]":
            self.pos += 1
            return result
        while True:
            self.skip()
            result.item_pos.append(self.pos)
            result.append(self.value(depth + 1))
            self.skip()
            c = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if c == "]":
                return result
            if c != ",":
                self.pos -= 1
                self.fail("expected “,” or “]”")


def load(text):
    """Parses one JSON document (a BOM allowed); raises DataError."""
    parser = _Parser(text)
    if text.startswith("\ufeff"):
        parser.pos = 1
    result = parser.value(0)
    parser.skip()
    if parser.pos != len(text):
        parser.fail("more text after the end of the JSON value")
    return result


def line_column(text, pos):
    """1-based line and column (in characters) of offset @pos in @text."""
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return line, column
