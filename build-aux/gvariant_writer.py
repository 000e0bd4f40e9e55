# SPDX-License-Identifier: GPL-3.0-or-later
"""Serialises Python values as GVariant, in normal form, without PyGObject.

The data compiler must run wherever the atlas builds, and GLib's Python
bindings are not a build dependency, so this writes the format GLib
documents ("GVariant serialisation", gvariant-serialiser.c) for the few
types the atlas uses: y b u i d s, arrays and tuples of them.
"""

import struct

_FIXED = {"y": (1, 1, "<B"), "b": (1, 1, "<?"), "u": (4, 4, "<I"), "i": (4, 4, "<i"),
          "d": (8, 8, "<d")}


def _split(sig):
    """Splits a tuple's member signatures: "s(dd)ay" -> ["s", "(dd)", "ay"]."""
    out, i = [], 0
    while i < len(sig):
        j = _end(sig, i)
        out.append(sig[i:j])
        i = j
    return out


def _end(sig, i):
    c = sig[i]
    if c == "a":
        return _end(sig, i + 1)
    if c == "(":
        depth = 0
        for j in range(i, len(sig)):
            depth += {"(": 1, ")": -1}.get(sig[j], 0)
            if depth == 0:
                return j + 1
        raise ValueError("unbalanced signature " + sig)
    if c in _FIXED or c == "s":
        return i + 1
    raise ValueError("unsupported type " + c)


class _Type:
    """Alignment and fixed size (None when variable) of one signature."""

    def __init__(self, sig):
        self.sig = sig
        if sig in _FIXED:
            self.align, self.size, self.fmt = _FIXED[sig]
        elif sig == "s":
            self.align, self.size = 1, None
        elif sig[0] == "a":
            self.element = _type(sig[1:])
            self.align, self.size = self.element.align, None
        else:
            self.members = [_type(m) for m in _split(sig[1:-1])]
            self.align = max([m.align for m in self.members] or [1])
            if all(m.size is not None for m in self.members):
                offset = 0
                for m in self.members:
                    offset = _pad(offset, m.align) + m.size
                self.size = max(_pad(offset, self.align), 1)
            else:
                self.size = None


_types = {}


def _type(sig):
    if sig not in _types:
        _types[sig] = _Type(sig)
    return _types[sig]


def _pad(offset, align):
    return (offset + align - 1) & ~(align - 1)


def _offset_size(body, n_offsets):
    for size, limit in ((1, 0xFF), (2, 0xFFFF), (4, 0xFFFFFFFF)):
        if body + n_offsets * size <= limit:
            return size
    return 8


def _frame(out, ends, body_size):
    """Appends the framing offsets @ends (in the order given) to @out."""
    if not ends:
        return
    size = _offset_size(body_size, len(ends))
    for end in ends:
        out += end.to_bytes(size, "little")


def _write(t, value, out):
    start = len(out)
    if t.sig in _FIXED:
        out += struct.pack(t.fmt, value)
    elif t.sig == "s":
        encoded = value.encode("utf-8")
        if b"\0" in encoded:
            raise ValueError("a string holds a NUL character")
        out += encoded + b"\0"
    elif t.sig[0] == "a":
        element = t.element
        if element.size is not None:
            if element.sig == "(dd)":
                # The bulk of the data: points, written in one call.
                out += struct.pack("<%dd" % (2 * len(value)), *[c for p in value for c in p])
            else:
                for item in value:
                    _write(element, item, out)
        else:
            ends = []
            for item in value:
                out += bytes(_pad(len(out) - start, element.align) - (len(out) - start))
                _write(element, item, out)
                ends.append(len(out) - start)
            _frame(out, ends, len(out) - start)
    else:
        members = t.members
        if len(value) != len(members):
            raise ValueError("%s needs %d values, got %d" % (t.sig, len(members), len(value)))
        ends = []
        for i, (m, item) in enumerate(zip(members, value)):
            out += bytes(_pad(len(out) - start, m.align) - (len(out) - start))
            _write(m, item, out)
            if m.size is None and i < len(members) - 1:
                ends.append(len(out) - start)
        if t.size is not None:
            out += bytes(t.size - (len(out) - start))
        else:
            # Framing offsets of a tuple are stored last member first.
            _frame(out, list(reversed(ends)), len(out) - start)


def serialise(sig, value):
    """Returns the normal-form GVariant bytes of @value as type @sig."""
    out = bytearray()
    _write(_type(sig), value, out)
    return bytes(out)
