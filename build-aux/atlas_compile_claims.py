# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks claims.json (docs/claims-format.md) against the report and the
islands, and turns it into the tuple the atlas maps at start. Every
quotation must occur, whitespace aside, in the paragraph it cites; its
byte range in that paragraph's text is computed here, once."""

from atlas_compile_report import collapse_whitespace
from strict_json import DataError, JArray, JObject

FORMAT_VERSION = 1
QUOTE_EXCERPT_CHARS = 48
PARTIES = ("japan", "russia", "united-states")
KINDS = ("claim", "position", "proposal", "history")

# (claims: (id, party, kind, targets, status, argument,
#           passages: (section id, section, ¶, quote, start, end),
#           events: (year, label, approximate, source or ""),
#           notes: (id, text, source, year)),
#  notes: (id, targets, text, source, year))
CLAIMS_TYPE = "(a(syyasssa(suusuu)a(isbs)a(sssi))a(sasssi))"

_SPACE = " \t\n\r\f\v"


class _Report:
    """Quotation search over the compiled report, as KaReport does it."""

    def __init__(self, report):
        self.sections = report[1]
        self.ids = [s[1] for s in self.sections]

    def citation(self, section, paragraph):
        return "%s, ¶%d" % (self.sections[section][0], paragraph)

    def find_in(self, section, paragraph, quote):
        """The byte range of @quote in the paragraph's text, or None."""
        collapsed = collapse_whitespace(quote.encode("utf-8"))[0]
        if not collapsed:
            return None
        _, _, paragraph_collapsed, _, mapping = self.sections[section][2][paragraph - 1]
        at = paragraph_collapsed.encode("utf-8").find(collapsed)
        if at < 0:
            return None
        return mapping[at], mapping[at + len(collapsed) - 1] + 1

    def find(self, quote):
        for s, section in enumerate(self.sections):
            for p in range(1, len(section[2]) + 1):
                if self.find_in(s, p, quote) is not None:
                    return s, p
        return None


def _collapsed(text):
    return collapse_whitespace(text.encode("utf-8"))[0].decode("utf-8")


def _excerpt(quote):
    collapsed = _collapsed(quote)
    if len(collapsed) <= QUOTE_EXCERPT_CHARS:
        return collapsed
    return collapsed[:QUOTE_EXCERPT_CHARS] + "…"


def _divergence(report, quote):
    """Where a quotation stops matching the report: usually a changed word
    or a straight quote where the report has a curly one."""
    collapsed = _collapsed(quote)
    low, high = 0, len(collapsed)
    # Every prefix of a prefix that occurs also occurs: bisect.
    while low < high:
        mid = (low + high + 1) // 2
        if report.find(collapsed[:mid]) is not None:
            low = mid
        else:
            high = mid - 1
    if low == 0:
        return ""
    start = max(0, low - QUOTE_EXCERPT_CHARS // 2)
    return " (it departs from the report after “%s%s”)" % ("…" if start > 0 else "", collapsed[start:low])


class _Reader:
    """Reads one item; errors name it and point into the file."""

    def __init__(self, item, obj):
        self.item = item
        self.obj = obj

    def fail(self, pos, message):
        raise DataError(pos, "%s: %s" % (self.item, message) if self.item else message)

    def at(self, key):
        return self.obj.value_pos.get(key, self.obj.pos)

    def members(self, allowed, where=""):
        # A member name not allowed is most likely a typo ("qoute"), which
        # would otherwise drop data silently.
        for key in self.obj:
            if key not in allowed:
                self.fail(self.at(key), "%sunknown member “%s”" % (where, key))

    def string(self, key, required=True, where=""):
        value = self.obj.get(key)
        if value is None:
            if required:
                self.fail(self.obj.pos, "%smissing member “%s”" % (where, key))
            return None
        if not isinstance(value, str):
            self.fail(self.at(key), "%s“%s” is not a string" % (where, key))
        value = value.strip(_SPACE)
        if not value:
            self.fail(self.at(key), "%s“%s” is empty" % (where, key))
        return value

    def integer(self, key, low, high, required=True, where=""):
        if key not in self.obj:
            if required:
                self.fail(self.obj.pos, "%smissing member “%s”" % (where, key))
            return 0
        value = self.obj[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(self.at(key), "%s“%s” is not an integer" % (where, key))
        if not low <= value <= high:
            self.fail(self.at(key), "%s“%s” is %d, outside %d–%d" % (where, key, value, low, high))
        return value

    def boolean(self, key, where=""):
        value = self.obj.get(key, False)
        if not isinstance(value, bool):
            self.fail(self.at(key), "%s“%s” is not true or false" % (where, key))
        return value

    def array(self, key, required):
        value = self.obj.get(key)
        if value is None and not required and key not in self.obj:
            return JArray(self.obj.pos)
        if key not in self.obj:
            self.fail(self.obj.pos, "missing member “%s”" % key)
        if not isinstance(value, JArray):
            self.fail(self.at(key), "“%s” is not an array" % key)
        if required and not value:
            self.fail(self.at(key), "“%s” is empty" % key)
        return value

    def objects(self, key, what, required):
        array = self.array(key, required)
        for i, element in enumerate(array):
            if not isinstance(element, JObject):
                self.fail(array.item_pos[i], "%s %d is not an object" % (what, i + 1))
            yield i, _Reader(self.item, element)

    def targets(self, known_ids):
        array = self.array("targets", True)
        for i, target in enumerate(array):
            if not isinstance(target, str):
                self.fail(array.item_pos[i], "target %d is not a string" % (i + 1))
            if target not in known_ids:
                self.fail(array.item_pos[i], "target “%s” is not a known island, area or group" % target)
        return list(array)


def _passage(reader, index, report):
    where = "passage %d: " % (index + 1)
    reader.members(("section", "paragraph", "quote"), where)
    section_id = reader.string("section", where=where)
    paragraph = reader.integer("paragraph", 1, 0x7FFFFFFF, where=where)
    quote = reader.string("quote", where=where)
    if section_id not in report.ids:
        reader.fail(reader.at("section"), "%sthe report has no section “%s”" % (where, section_id))
    section = report.ids.index(section_id)
    n_paragraphs = len(report.sections[section][2])
    if paragraph > n_paragraphs:
        reader.fail(reader.at("paragraph"), "%s“%s” has no ¶%d (it has %d)"
                    % (where, report.sections[section][0], paragraph, n_paragraphs))
    found = report.find_in(section, paragraph, quote)
    if found is not None:
        return (section_id, section, paragraph, quote, found[0], found[1])
    elsewhere = report.find(quote)
    if elsewhere is not None:
        reader.fail(reader.at("quote"), "%squotation “%s” is in %s, not in %s"
                    % (where, _excerpt(quote), report.citation(*elsewhere),
                       report.citation(section, paragraph)))
    reader.fail(reader.at("quote"), "%squotation “%s” does not occur in the report%s"
                % (where, _excerpt(quote), _divergence(report, quote)))


def _event(reader, index):
    where = "event %d: " % (index + 1)
    reader.members(("year", "label", "approximate", "source"), where)
    return (reader.integer("year", 1, 9999, where=where), reader.string("label", where=where),
            reader.boolean("approximate", where=where),
            reader.string("source", required=False, where=where) or "")


def _note_fields(reader, where):
    return (reader.string("text", where=where), reader.string("source", where=where),
            reader.integer("year", 1, 9999, required=False, where=where))


def _id(reader, what, taken):
    fid = reader.string("id")
    reader.item = "%s “%s”" % (what, fid)
    if fid in taken:
        reader.fail(reader.at("id"), "the id is used twice")
    taken.add(fid)
    return fid


def compile_claims(root, report, known_ids):
    """Returns the value of CLAIMS_TYPE. @report is what compile_report()
    returns; @known_ids the islands, areas and groups claims may target."""
    report = _Report(report)
    if not isinstance(root, JObject):
        raise DataError(0, "the top level is not a JSON object")
    top = _Reader(None, root)
    top.members(("version", "description", "report", "claims", "notes"))
    version = top.integer("version", 1, 0x7FFFFFFF)
    top.string("description", required=False)
    top.string("report", required=False)
    if version != FORMAT_VERSION:
        top.fail(top.at("version"), "format version %d is not supported (expected %d)"
                 % (version, FORMAT_VERSION))
    claims_array = top.array("claims", True)
    notes_array = top.array("notes", False)

    taken, claims, notes = set(), [], []
    for i, element in enumerate(claims_array):
        reader = _Reader("claims[%d]" % i, element)
        if not isinstance(element, JObject):
            reader.fail(claims_array.item_pos[i], "not an object")
        fid = _id(reader, "claim", taken)
        reader.members(("id", "party", "kind", "targets", "status", "argument", "passages",
                        "events", "editorial_notes"))
        party, kind = reader.string("party"), reader.string("kind")
        if party not in PARTIES:
            reader.fail(reader.at("party"), "unknown party “%s” (expected japan, russia or united-states)"
                        % party)
        if kind not in KINDS:
            reader.fail(reader.at("kind"), "unknown kind “%s” (expected claim, position, proposal or history)" % kind)
        targets = reader.targets(known_ids)
        status, argument = reader.string("status"), reader.string("argument")
        passages = [_passage(r, j, report) for j, r in reader.objects("passages", "passage", True)]
        events = [_event(r, j) for j, r in reader.objects("events", "event", True)]
        claim_notes = []
        for j, r in reader.objects("editorial_notes", "editorial note", False):
            where = "editorial note %d: " % (j + 1)
            r.members(("text", "source", "year"), where)
            claim_notes.append(("",) + _note_fields(r, where))
        claims.append((fid, PARTIES.index(party), KINDS.index(kind), targets, status, argument,
                       passages, events, claim_notes))

    for i, element in enumerate(notes_array):
        reader = _Reader("notes[%d]" % i, element)
        if not isinstance(element, JObject):
            reader.fail(notes_array.item_pos[i], "not an object")
        fid = _id(reader, "note", taken)
        reader.members(("id", "targets", "text", "source", "year"))
        targets = reader.targets(known_ids)
        notes.append((fid, targets) + _note_fields(reader, ""))

    return (claims, notes)
