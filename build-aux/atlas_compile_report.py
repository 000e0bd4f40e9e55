# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads the bundled report (data/report/*.md) into sections and numbered
paragraphs, once, at build time; the rules are in docs/claims-format.md
("Sections and paragraphs"). Works on UTF-8 bytes, since the atlas
addresses emphasis and quotations by byte offsets."""

from strict_json import DataError

# (title, [(id, title, [(kind, text, collapsed, [(start, end, style)], map)])])
REPORT_TYPE = "(sa(ssa(yssa(uuy)au)))"

PROSE, BULLET = 0, 1
ITALIC, BOLD = 1, 2
INTRODUCTION_TITLE = "Introduction"
EXECUTIVE_SUMMARY_ID = "executive-summary"
FORM_MARKER = b"Report Documentation Page"
SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
ASCII_SPACE = b" \t\n\r\f\v"
ASCII_PUNCT = set(b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def collapse_whitespace(text):
    """Runs of ASCII whitespace become one space, none at either end; also
    returns, for each byte of the result, its offset in @text, plus one
    entry for the end. Only ASCII: a no-break space in a quotation must
    match the report's."""
    out, mapping = bytearray(), []
    in_space, pending = True, None
    for i, c in enumerate(text):
        if c in ASCII_SPACE:
            if not in_space:
                pending = i
            in_space = True
            continue
        if pending is not None:
            out.append(0x20)
            mapping.append(pending)
            pending = None
        out.append(c)
        mapping.append(i)
        in_space = False
    mapping.append(len(text))
    return bytes(out), mapping


def decode_emphasis(source):
    """Markdown emphasis (*x*, **x**) becomes plain text plus spans; a
    marker without a partner later in the paragraph stays an asterisk."""
    out, spans = bytearray(), []
    opened = {BOLD: None, ITALIC: None}
    p, n = 0, len(source)

    def close(style):
        if len(out) > opened[style]:
            spans.append((opened[style], len(out), style))
        opened[style] = None

    while p < n:
        if source[p] == 0x5C and p + 1 < n and source[p + 1] in ASCII_PUNCT:
            out.append(source[p + 1])
            p += 2
            continue
        for marker, style in ((b"**", BOLD), (b"*", ITALIC)):
            if not source.startswith(marker, p):
                continue
            if opened[style] is not None:
                # A bold drop capital set apart from the rest of its word
                # ("**A** lone") is one word: "Alone".
                drop_capital = (style == BOLD and opened[style] == 0 and len(out) == 1
                                and source[p + 2:p + 3] == b" " and source[p + 3:p + 4].islower())
                close(style)
                if drop_capital:
                    p += 1
            elif source.find(marker, p + len(marker)) >= 0:
                opened[style] = len(out)
            else:
                continue
            p += len(marker)
            break
        else:
            out.append(source[p])
            p += 1
    for style in (BOLD, ITALIC):
        if opened[style] is not None:
            close(style)
    return bytes(out), spans


def section_title(heading):
    """The report sets its later headings in capitals; citations read
    better in title case."""
    text = heading.decode("utf-8")
    if any(ch.islower() for ch in text):
        return text
    words = []
    for word in text.split(" "):
        lower = word.lower()
        if not lower:
            continue
        if words and lower in SMALL_WORDS:
            words.append(lower)
        else:
            words.append(lower[0].title() + lower[1:])
    return " ".join(words)


def section_id(title):
    """"The Record of Negotiations" -> "record-of-negotiations"."""
    lower = title.lower().encode("utf-8")
    for article in (b"the ", b"an ", b"a "):
        if lower.startswith(article):
            lower = lower[len(article):]
            break
    out, dash = bytearray(), False
    for c in lower:
        if (0x30 <= c <= 0x39) or (0x41 <= c <= 0x5A) or (0x61 <= c <= 0x7A):
            if dash and out:
                out.append(0x2D)
            out.append(c)
            dash = False
        else:
            dash = True
    return out.decode("ascii")


def ends_paragraph(text):
    """Whether @text ends a paragraph: a prose block that does not was cut
    by a page break in the original."""
    for ch in reversed(text.decode("utf-8")):
        if ch.isspace() or ch in "*\"')]\u201d\u2019":
            continue
        return ch in ".!?:\u2026"
    return True


def append_continuation(source, text):
    while source and source[-1] in ASCII_SPACE:
        source.pop()
    # "Russo-" + "Japanese": the break fell inside a hyphenated word.
    if not (len(source) >= 2 and source[-1] == 0x2D and chr(source[-2]).isalpha() and source[-2] < 0x80):
        source.append(0x20)
    source += text


def is_thematic_break(line):
    mark, count = None, 0
    for c in line:
        if c in b" \t":
            continue
        if c not in b"-*_" or (mark is not None and c != mark):
            return False
        mark = c
        count += 1
    return count >= 3


def parse_heading(line):
    """Returns (level 1-6, text) or (0, None)."""
    level = len(line) - len(line.lstrip(b"#"))
    if level == 0 or level > 6 or line[level:level + 1] not in (b" ", b"\t"):
        return 0, None
    return level, line[level:].strip(ASCII_SPACE).rstrip(b"#").strip(ASCII_SPACE)


def bullet_text(line):
    line = line.lstrip(b" ")
    if line[:1] in (b"-", b"*", b"+") and line[1:2] in (b" ", b"\t"):
        return line[2:]
    return None


class _Parser:
    def __init__(self, has_title):
        self.title = None
        self.has_title = has_title
        self.seen_title = False
        self.finished = False
        self.sections = []   # [id, title, [[kind, bytearray]]]

    def open_section(self, heading_title, line_no):
        sid = section_id(heading_title)
        if any(s[0] == sid for s in self.sections):
            raise DataError((line_no, 1), "section “%s” appears twice" % sid)
        self.sections.append([sid, heading_title, []])

    def add_block(self, lines, line_no):
        level, heading = parse_heading(lines[0])
        if level == 1:
            if self.title is None:
                self.title = heading.decode("utf-8")
            self.seen_title = True
            return
        if level > 1:
            # A heading above the title is the series banner, not a section.
            if not (self.has_title and not self.seen_title):
                self.open_section(section_title(heading), line_no)
            return
        if not self.sections:
            return
        paragraphs = self.sections[-1][2]
        if len(lines) == 1 and is_thematic_break(lines[0]):
            # What follows the closing rule is the publisher's back cover.
            self.finished = True
            return
        if lines[0].startswith(FORM_MARKER):
            return
        if bullet_text(lines[0]) is not None:
            for line in lines:
                item = bullet_text(line)
                if item is not None:
                    paragraphs.append([BULLET, bytearray(item)])
                else:
                    append_continuation(paragraphs[-1][1], line)
            return
        prose = b" ".join(lines)
        # The Executive Summary is its bullet list; the prose after it is
        # the report's untitled introduction.
        if (self.sections[-1][0] == EXECUTIVE_SUMMARY_ID and paragraphs and
                all(p[0] == BULLET for p in paragraphs)):
            self.open_section(INTRODUCTION_TITLE, line_no)
            paragraphs = self.sections[-1][2]
        elif paragraphs and paragraphs[-1][0] == PROSE and not ends_paragraph(bytes(paragraphs[-1][1])):
            append_continuation(paragraphs[-1][1], prose)
            return
        paragraphs.append([PROSE, bytearray(prose)])


def compile_report(data):
    """Returns the value of REPORT_TYPE; raises DataError at (line, column)."""
    if b"\0" in data:
        at = data.index(b"\0")
        raise DataError((data.count(b"\n", 0, at) + 1, at - (data.rfind(b"\n", 0, at) + 1) + 1),
                        "a NUL byte")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise DataError((line, e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1),
                        "not valid UTF-8") from None
    lines = [line[:-1] if line.endswith(b"\r") else line for line in data.split(b"\n")]
    parser = _Parser(any(parse_heading(line)[0] == 1 for line in lines))
    block, block_line = [], 0
    for i, line in enumerate(lines):
        if parser.finished:
            break
        if line.strip(ASCII_SPACE):
            if not block:
                block_line = i + 1
            block.append(line)
            # A heading is a block of its own even without a blank line.
            if not line.startswith(b"#") and i + 1 < len(lines) and not lines[i + 1].startswith(b"#"):
                continue
        if block:
            parser.add_block(block, block_line)
            block = []
    if not parser.sections:
        raise DataError((1, 1), "no sections found (expected “## ” headings after the title)")
    sections = []
    for sid, title, paragraphs in parser.sections:
        out = []
        for kind, source in paragraphs:
            text, spans = decode_emphasis(bytes(source))
            collapsed, mapping = collapse_whitespace(text)
            out.append((kind, text.decode("utf-8"), collapsed.decode("utf-8"), spans, mapping))
        sections.append((title, sid, out))
    return (parser.title or "", sections)
