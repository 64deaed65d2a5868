"""A literal prefilter in front of the lexicon's regular expressions.

Why: Python's ``re`` engine cannot skip ahead on patterns that start with
``\\b``, a character class such as ``v[åa]ld`` or a large alternation, so
every ``search`` walks the text position by position and tries every branch.
On benchmark pages that was more than half of all extraction time, although
most sentences contain none of the words a pattern looks for.

What: for each compiled pattern we derive, from the pattern itself (parsed
with ``re._parser``), a small set of literal strings at least one of which
occurs in *every* string the pattern can match ("required factors").  A
:class:`GatedPattern` first checks whether any of them occurs in the text
(``lit in text`` is a fast C substring search) and only then runs the
regex.  When none occurs the regex cannot match, so the no-match result is
returned at once.  The words therefore stay written once, in
:mod:`matrix.lexicon`; nothing here lists them.

The same analysis also gives the strings every match *starts* with, when
there are such (``\b(finns|sidan)\b…``).  ``re`` cannot skip ahead on a
pattern that starts with ``\b`` or a class, so on a long text a search tries
a match at every position; :class:`GatedPattern` finds the prefixes with one
Aho-Corasick scan and tries a match only where one occurs, which gives the
same leftmost match.

Correctness rests on the analysis being conservative: anything it does not
understand yields "no requirement" (``None``), which means "always run the
regex".  Case-insensitive patterns are checked against a case-folded copy of
the text, folded the way ``re`` itself compares characters (see
:func:`fold_char`).

Gating can be switched off for comparisons: set ``VMATRIS_NO_PREFILTER=1``
in the environment or use ``with prefilter.disabled(): ...``.
"""

from __future__ import annotations

import _sre
import os
import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
from typing import Any

import ahocorasick

# -- limits of the analysis ----------------------------------------------------
MAX_CLASS = 8  # a character class with more members is treated as "any character"
MAX_SET = 64  # a product of alternatives larger than this is given up (grows exponentially, adds little)
MAX_REQUIRED = 256  # a required set larger than this is given up: each string is one substring search
# Up to this many literals, one ``lit in text`` per literal (memchr-fast, ~0.6 ns/char each) beats an
# Aho-Corasick pass (~4 ns/char plus ~0.2 µs a call, whatever the number of literals); measured on
# benchmark sentences and pages, the crossover is at 6-8 literals.
AC_MIN = 8

Factors = frozenset[str]
EMPTY: Factors = frozenset({""})  # "the empty string is required": no requirement at all


class _State:
    """Process-wide switch (checked on every call, so a test can flip it at run time)."""

    enabled: bool = os.environ.get("VMATRIS_NO_PREFILTER", "").strip() in ("", "0")


STATE = _State()


@contextmanager
def disabled() -> Iterator[None]:
    """Run the real regex on every call inside the block (for equivalence tests and timing)."""
    before = STATE.enabled
    STATE.enabled = False
    try:
        yield
    finally:
        STATE.enabled = before


# -- case folding that agrees with re's IGNORECASE ------------------------------
# re (unicode mode) treats text char t as equal to pattern char c when tolower(t) is tolower(c) or
# one of its "extra cases" (ı~i, ſ~s, ς~σ, ...).  Mapping both to the smallest member of that set
# gives one canonical character per equivalence class.
def _canon(cp: int) -> int:
    lo = _sre.unicode_tolower(cp) if _sre.unicode_iscased(cp) else cp
    return min((lo, *_EXTRA_CASES.get(lo, ())))


COMBINING_DOT = 0x307  # str.lower() turns "İ" into "i" + U+0307 where re's tolower gives "i"
# after str.lower(), the only characters whose canonical form differs from themselves:
_FIX: dict[int, int | None] = {cp: _canon(cp) for cp in set(_EXTRA_CASES) | {c for v in _EXTRA_CASES.values()
                                                                              for c in v} if _canon(cp) != cp}
_FIX[COMBINING_DOT] = None
assert all(cp > 0xFF for cp in _FIX), "fold_text relies on Latin-1 text needing no fix"
_FIX_RX = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_FIX)) + "]")


def fold_char(cp: int) -> str | None:
    """The canonical character that text matching pattern char ``cp`` under IGNORECASE folds to
    (None: the character cannot be used as a literal)."""
    out = _canon(cp)
    return None if out == COMBINING_DOT or cp == COMBINING_DOT else chr(out)


def fold_text(text: str) -> str:
    """``text`` folded like :func:`fold_char` folds pattern characters.

    ``str.lower()`` already agrees with re's per-character lower-casing for all but a handful of
    characters (dotless i, long s, final sigma, İ...), all outside Latin-1, so the slower
    ``translate`` only runs when one of them is present.
    """
    low = text.lower()
    if low.isascii():
        return low
    try:
        low.encode("latin-1")  # a memcpy for Latin-1 text, which cannot hold any _FIX character
        return low
    except UnicodeEncodeError:
        pass
    return low.translate(_FIX) if _FIX_RX.search(low) else low


_fold_src: str | None = None
_fold_out: str = ""


def _folded(text: str) -> str:
    """:func:`fold_text`, remembered for the last text: extractors run many patterns on one string."""
    global _fold_src, _fold_out
    if text is not _fold_src:
        _fold_out = fold_text(text)
        _fold_src = text
    return _fold_out


def _aligned(text: str, folded: str) -> bool:
    """Whether ``folded`` (``fold_text(text)``) has each character where ``text`` has it: true for ASCII and
    Latin-1 text, whose lower-casing maps one character to one; other scripts may grow or shrink."""
    return len(folded) == len(text) and (folded.isascii() or _latin1(folded))


# -- required-factor analysis ----------------------------------------------------
@dataclass(frozen=True)
class Info:
    """What is known about the strings a (sub)pattern matches.

    ``exact``: all of them, when that set is small (else None); ``prefix``/``suffix``: every match
    starts/ends with one of these; ``required``: every match contains one of these.  A set that
    contains "" says nothing.
    """

    exact: Factors | None
    prefix: Factors
    suffix: Factors
    required: Factors


ANY_CHAR = Info(None, EMPTY, EMPTY, EMPTY)
NOTHING = Info(EMPTY, EMPTY, EMPTY, EMPTY)  # zero-width: matches the empty string only


def _exact(strings: Factors) -> Info:
    return Info(strings, strings, strings, strings)


def _product(a: Factors, b: Factors) -> Factors | None:
    if len(a) * len(b) > MAX_SET:
        return None
    return frozenset(x + y for x in a for y in b)


def _score(s: Factors) -> tuple[int, int, int]:
    """Higher is more selective: long shortest string first (a 2-letter literal occurs everywhere),
    then few strings (each is one substring search), then total length."""
    if not s or "" in s:
        return (-1, 0, 0)
    shortest = min(map(len, s))
    return (min(shortest, 6), -len(s), shortest)


def _minimal(s: Factors) -> Factors:
    """Drop strings that contain another string of the set: the shorter one occurs whenever they do."""
    items = sorted(s, key=len)
    keep: list[str] = []
    for x in items:
        if not any(k in x for k in keep):
            keep.append(x)
    return frozenset(keep)


def _best(*candidates: Factors | None) -> Factors:
    sets = [c for c in candidates if c is not None and len(c) <= MAX_REQUIRED]
    if not sets:
        return EMPTY
    return max(sets, key=_score)


class Unanalysable(Exception):
    """A construct the analysis does not model: the pattern gets no prefilter."""


def _concat(a: Info, b: Info) -> Info:
    exact = _product(a.exact, b.exact) if a.exact is not None and b.exact is not None else None
    prefix = (_product(a.exact, b.prefix) if a.exact is not None else None) or a.prefix
    suffix = (_product(a.suffix, b.exact) if b.exact is not None else None) or b.suffix
    cross = _product(a.suffix, b.prefix)
    required = _best(a.required, b.required, cross, exact, prefix, suffix)
    return Info(exact, prefix, suffix, required)


def _branch(infos: list[Info]) -> Info:
    exact: Factors | None = None
    if all(i.exact is not None for i in infos):
        union = frozenset().union(*(i.exact for i in infos if i.exact is not None))
        exact = union if len(union) <= MAX_SET else None

    def union_of(sets: list[Factors]) -> Factors:
        if any("" in s for s in sets):
            return EMPTY
        return frozenset().union(*sets)

    # a prefix (suffix) set stays one only as it is; a required set may drop superstrings
    prefix = union_of([i.prefix for i in infos])
    suffix = union_of([i.suffix for i in infos])
    required = _minimal(union_of([_best(i.required, i.exact, i.prefix, i.suffix) for i in infos]))
    if exact is not None:
        return Info(exact, exact, exact, _best(required, exact))
    return Info(None, prefix, suffix, required)


def _charset(items: list[tuple[Any, Any]], fold: Callable[[int], str | None]) -> Info:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            codes = [av]
        elif op is C.RANGE and av[1] - av[0] < MAX_CLASS:
            codes = list(range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\w, \d, \s), big ranges
            return ANY_CHAR
        for cp in codes:
            ch = fold(cp)
            if ch is None:
                return ANY_CHAR
            chars.add(ch)
    if not chars or len(chars) > MAX_CLASS:
        return ANY_CHAR
    return _exact(frozenset(chars))


def _seq(items: Any, fold: Callable[[int], str | None]) -> Info:
    out = NOTHING
    for op, av in items:
        out = _concat(out, _item(op, av, fold))
    return out


def _item(op: Any, av: Any, fold: Callable[[int], str | None]) -> Info:
    if op is C.LITERAL:
        ch = fold(av)
        return ANY_CHAR if ch is None else _exact(frozenset({ch}))
    if op is C.IN:
        return _charset(av, fold)
    if op in (C.NOT_LITERAL, C.ANY):
        return ANY_CHAR
    if op is C.ASSERT:
        # a look-ahead or look-behind consumes nothing (the match is the concatenation of its neighbours), but
        # the text must hold what it asserts: "(?<=[.!?])\s+" needs a ".", "!" or "?" in the text.  That is a
        # requirement on the text, not the match, which is all a presence test or a per-text scan asks
        inner = _seq(av[1], fold)
        return Info(EMPTY, EMPTY, EMPTY, _best(inner.required, inner.exact, inner.prefix, inner.suffix))
    if op in (C.AT, C.ASSERT_NOT):
        # zero-width: consumes nothing, so the matched text is the concatenation of its neighbours
        return NOTHING
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            # (?i:...) and friends change how characters compare inside: the group is read as unknown text
            # (nothing required of it), the rest of the pattern keeps its literals
            return Info(None, EMPTY, EMPTY, EMPTY)
        return _seq(sub, fold)
    if op is C.ATOMIC_GROUP:
        return _seq(av, fold)
    if op is C.BRANCH:
        return _branch([_seq(b, fold) for b in av[1]])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        inner = _seq(sub, fold)
        if lo == 0:
            # optional: either nothing or the item; only an exact item keeps its letters ("(en )?")
            if hi == 1 and inner.exact is not None:
                return _exact(inner.exact | EMPTY)
            return Info(None, EMPTY, EMPTY, EMPTY)
        exact = None
        if lo == hi and inner.exact is not None:
            exact = inner.exact
            for _ in range(lo - 1):
                exact = _product(exact, inner.exact) if exact is not None else None
        if exact is not None:
            return _exact(exact)
        return Info(None, inner.prefix, inner.suffix, _best(inner.required, inner.exact))
    # back references, conditionals, anything new: give up on the whole pattern
    raise Unanalysable(str(op))


def pattern_info(pattern: str | re.Pattern[str], flags: int = 0) -> Info | None:
    """What the strings ``pattern`` matches are known to hold (see :class:`Info`), or None when the pattern
    cannot be analysed.  Case-insensitive patterns give strings folded with :func:`fold_text`."""
    if isinstance(pattern, re.Pattern):
        flags, pattern = pattern.flags, pattern.pattern
    if not isinstance(pattern, str):
        return None
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    flags = parsed.state.flags
    if flags & C.SRE_FLAG_LOCALE:
        return None
    fold: Callable[[int], str | None] = fold_char if flags & C.SRE_FLAG_IGNORECASE else chr
    try:
        return _seq(parsed.data, fold)
    except (Unanalysable, RecursionError):
        return None


def required_literals(pattern: str | re.Pattern[str], flags: int = 0, info: Info | None = None
                      ) -> frozenset[str] | None:
    """Strings at least one of which occurs in any text ``pattern`` can match (case-folded with
    :func:`fold_text` when the pattern ignores case), or None when no such set is known.  ``info``: the
    pattern's :func:`pattern_info`, when already at hand."""
    info = info or pattern_info(pattern, flags)
    if info is None:
        return None
    best = _best(info.required, info.exact, info.prefix, info.suffix)
    if not best or "" in best:
        return None
    return _minimal(best)


def required_prefixes(pattern: str | re.Pattern[str], flags: int = 0, info: Info | None = None
                      ) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` starts with (folded like :func:`required_literals`),
    or None when no such set of strings of at least :data:`PREFIX_MIN` characters is known."""
    info = info or pattern_info(pattern, flags)
    if info is None:
        return None
    prefix = info.prefix
    if not prefix or "" in prefix or len(prefix) > MAX_REQUIRED or min(map(len, prefix)) < PREFIX_MIN:
        return None
    return prefix


PREFIX_MIN = 3  # shorter prefixes ("på") occur so often in long texts that anchoring gains nothing
ANCHOR_TEXT = 160  # characters: on shorter texts (real sentences) the AC scan costs more than it saves (measured)


def _presence_test(literals: tuple[str, ...]) -> Callable[[str], bool]:
    """A function telling whether any of ``literals`` occurs in a text, the fastest way for their number."""
    if len(literals) <= AC_MIN:
        def present(text: str) -> bool:
            for lit in literals:
                if lit in text:
                    return True
            return False
        return present
    automaton = ahocorasick.Automaton()
    for lit in literals:
        automaton.add_word(lit, lit)
    automaton.make_automaton()
    scan = automaton.iter
    # a long text (an inline script) is screened with a few shorter strings that every literal contains:
    # a weaker test, but a handful of substring searches beat one Aho-Corasick pass there by ~3x
    cover = cover_literals(literals)
    long_test = _presence_test(cover) if len(cover) <= LONG_COVER_MAX else None

    def present_ac(text: str) -> bool:
        if long_test is not None and len(text) > LONG_TEXT and not long_test(text):
            return False
        for _hit in scan(text):
            return True
        return False
    return present_ac


LONG_TEXT = 4000  # characters
LONG_COVER_MAX = 5


def cover_literals(literals: tuple[str, ...], min_len: int = 3) -> tuple[str, ...]:
    """Few strings such that every literal contains one of them (greedy set cover over substrings of at least
    ``min_len`` characters, longer ones preferred on ties)."""
    uncovered = set(literals)
    chosen: list[str] = []
    while uncovered:
        counts: dict[str, int] = {}
        for lit in uncovered:
            subs = {lit} if len(lit) <= min_len else {lit[i:i + n] for n in range(min_len, len(lit) + 1)
                                                      for i in range(len(lit) - n + 1)}
            for sub in subs:
                counts[sub] = counts.get(sub, 0) + 1
        best = max(counts, key=lambda sub: (counts[sub], len(sub), sub))
        chosen.append(best)
        uncovered = {lit for lit in uncovered if best not in lit}
    return tuple(sorted(chosen))


# -- many texts at once ------------------------------------------------------------
class Texts:
    """Many short texts of one page (link texts, attribute strings, blocks) searched as one.

    Why: an extractor that loops over a page's 80 links and runs a pattern on each pays a Python call per
    link although one or two links can match.  :meth:`GatedPattern.candidates` finds the pattern's literals
    in the joined text with one C-level scan and hands back only the indices of the texts that hold one;
    every other text cannot match, so skipping it changes nothing.  The texts are joined with a newline
    and a literal with a newline in it is never used, so no literal can span two texts.
    """

    __slots__ = ("parts", "_raw", "_folded", "_lower")

    def __init__(self, parts: Iterator[str] | list[str] | tuple[str, ...]) -> None:
        self.parts: list[str] = list(parts)
        self._raw: tuple[str, list[int]] | None = None
        self._folded: tuple[str, list[int]] | None = None
        self._lower: tuple[str, list[int]] | None = None

    def __len__(self) -> int:
        return len(self.parts)

    def raw(self) -> tuple[str, list[int]]:
        """The joined text and the offset of each text in it."""
        if self._raw is None:
            self._raw = ("\n".join(self.parts), _offsets(self.parts))
        return self._raw

    def folded(self) -> tuple[str, list[int]]:
        """The joined text case-folded like :func:`fold_text`, and the offset of each text in it."""
        if self._folded is None:
            joined, starts = self.raw()
            low = joined.lower()
            if low.isascii() or _latin1(low):
                # Latin-1 lower-casing maps character to character: the offsets stay those of the raw join
                self._folded = (low, starts)
            else:
                parts = [fold_text(p) for p in self.parts]
                self._folded = ("\n".join(parts), _offsets(parts))
        return self._folded

    def lower(self) -> tuple[str, list[int]]:
        """The joined text of ``part.lower()`` for every part, and the offset of each in it."""
        if self._lower is None:
            joined, starts = self.raw()
            low = joined.lower()
            if low.isascii() or _latin1(low):
                self._lower = (low, starts)
            else:
                parts = [p.lower() for p in self.parts]
                self._lower = ("\n".join(parts), _offsets(parts))
        return self._lower


def _offsets(parts: list[str]) -> list[int]:
    out, pos = [], 0
    for part in parts:
        out.append(pos)
        pos += len(part) + 1
    return out


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
        return True
    except UnicodeEncodeError:
        return False


def _occurrences(literals: tuple[str, ...]) -> Callable[[str], Iterator[tuple[int, int]]]:
    """An Aho-Corasick scan yielding (end offset, length) of every occurrence of any of ``literals``."""
    automaton = ahocorasick.Automaton()
    for lit in literals:
        automaton.add_word(lit, len(lit))
    automaton.make_automaton()
    return automaton.iter


OwnersScan = Callable[[str], Iterator[tuple[int, frozenset[Any]]]]


def _owners_scan(literals: dict[Any, Iterable[str] | None]) -> tuple[OwnersScan | None, frozenset[Any]]:
    """For several patterns (named by any key) and their required literals: an Aho-Corasick scan yielding, at
    each occurrence of a literal, the keys of the patterns requiring it (None when no pattern has literals), and
    the keys of the patterns without literals, which can match any text.  One scan of a text then says which of
    the patterns can match it."""
    by_literal: dict[str, set[Any]] = {}
    always = []
    for key, lits in literals.items():
        if not lits:
            always.append(key)
        for lit in lits or ():
            by_literal.setdefault(lit, set()).add(key)
    if not by_literal:
        return None, frozenset(always)
    automaton = ahocorasick.Automaton()
    for lit, keys in by_literal.items():
        automaton.add_word(lit, frozenset(keys))
    automaton.make_automaton()
    return automaton.iter, frozenset(always)


def split_alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of ``pattern`` ("a|b(c|d)|e" -> ["a", "b(c|d)", "e"]), or None when
    they cannot be matched one by one with the same meaning (a back reference, a global inline flag)."""
    if re.search(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsux]+\)", pattern):
        return None
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            # "[]...]" and "[^]...]": a "]" right after the opening is a member, not the end
            if pattern[i + 1: i + 2] == "^":
                i += 1
            if pattern[i + 1: i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts if len(parts) > 1 and depth == 0 and not in_class else None


# Above this many top-level alternatives a long text is searched alternative by alternative (each behind its
# own literals) before the whole pattern runs once from the leftmost start found.
SPLIT_MIN = 4
SPLIT_TEXT = 160  # characters: on shorter texts the whole pattern is fast enough


def _branch_index(parts: list[str], flags: int) -> tuple[Any, tuple[re.Pattern[str], ...], frozenset[int]]:
    """For a pattern's top-level alternatives: a scan naming the alternatives each literal occurrence is required
    by (see :func:`_owners_scan`), the alternatives compiled alone, and the alternatives without literals (always
    tried)."""
    patterns = tuple(re.compile(p, flags) for p in parts)
    scan, always = _owners_scan({i: required_literals(pattern) for i, pattern in enumerate(patterns)})
    return scan, patterns, always


# -- the gated pattern -------------------------------------------------------------
class GatedPattern:
    """A compiled pattern behind a literal prefilter, with the ``re.Pattern`` methods vmatris uses.

    When none of :attr:`literals` occurs in the text the regex cannot match, so the no-match result
    is returned without running it; otherwise the call goes to the real pattern unchanged.
    """

    __slots__ = ("regex", "literals", "folds", "_present", "_scan", "_joinable", "_branches", "_starts")

    def __init__(self, regex: re.Pattern[str], literals: frozenset[str] | None = None, *,
                 analyse: bool = True, split: bool = True) -> None:
        self.regex = regex
        info = pattern_info(regex) if analyse else None
        lits = required_literals(regex, info=info) if info is not None and literals is None else literals
        # sorted only so that the order (and a repr) is reproducible
        self.literals: tuple[str, ...] | None = tuple(sorted(lits, key=lambda s: (-len(s), s))) if lits else None
        self.folds = bool(regex.flags & re.IGNORECASE)
        self._present = _presence_test(self.literals) if self.literals else None
        self._scan = _occurrences(self.literals) if self.literals and len(self.literals) > AC_MIN else None
        # texts are joined with newlines: a literal holding one could span two of them
        self._joinable = bool(self.literals) and not any("\n" in lit for lit in self.literals or ())
        self._branches: tuple[OwnersScan | None, tuple[re.Pattern[str], ...], frozenset[int]] | None = None
        # where a match can start: every match begins with one of these strings (see _search)
        prefixes = required_prefixes(regex, info=info) if info is not None and split else None
        self._starts = _occurrences(tuple(sorted(prefixes))) if prefixes else None
        parts = split_alternatives(regex.pattern) if analyse and split else None
        if parts is not None and len(parts) >= SPLIT_MIN:
            try:
                self._branches = _branch_index(parts, regex.flags)
            except re.error:
                self._branches = None

    def absent(self, string: Any) -> bool:
        """True when the regex certainly cannot match ``string``."""
        present = self._present
        if present is None or type(string) is not str or not STATE.enabled:
            return False
        return not present(_folded(string) if self.folds else string)

    def candidates(self, texts: Texts, *, lower: bool = False) -> Sequence[int]:
        """Indices (ascending) of the texts the regex may match: those holding one of its literals.

        The others certainly do not match.  ``lower``: the loop searches ``text.lower()``, not the text.
        Without literals, or with the prefilter off, every index.
        """
        literals = self.literals
        if literals is None or not STATE.enabled or not self._joinable:
            return range(len(texts.parts))
        # a case-folding pattern reads folded text, and folding a lower-cased text gives the same
        hay, starts = texts.folded() if self.folds else (texts.lower() if lower else texts.raw())
        found: set[int] = set()
        if self._scan is None:
            for lit in literals:
                pos = hay.find(lit)
                while pos >= 0:
                    i = bisect_right(starts, pos) - 1
                    found.add(i)
                    # the rest of this text is decided: go on from the next one
                    pos = hay.find(lit, starts[i + 1]) if i + 1 < len(starts) else -1
        else:
            for end, length in self._scan(hay):
                found.add(bisect_right(starts, end - length + 1) - 1)
        return sorted(found)

    # -- re.Pattern interface ---------------------------------------------------
    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # absent() inlined: search is called ~700 times a page, a Python call less each time shows
        present = self._present
        if (present is not None and type(string) is str and STATE.enabled
                and not present(_folded(string) if self.folds else string)):
            return None
        return self._search(string, pos, endpos)

    def search_screened(self, string: str) -> re.Match[str] | None:
        """``search(string)`` for a text a :class:`PatternSet` has already found this pattern's literals in:
        the literal test is not repeated."""
        return self._search(string, 0, sys.maxsize)

    def _start_positions(self, string: str) -> list[int] | None:
        """Sorted positions where a match of the whole pattern can begin (where one of its prefixes occurs), or
        None when they are not known for this text (short, not aligned when folded, or the prefilter off)."""
        starts = self._starts
        if starts is None or type(string) is not str or len(string) <= ANCHOR_TEXT or not STATE.enabled:
            return None
        hay = string
        if self.folds:
            hay = _folded(string)
            if not _aligned(string, hay):
                return None
        return sorted({end - length + 1 for end, length in starts(hay)})

    def _anchored(self, string: str, positions: list[int], pos: int) -> re.Match[str] | None:
        """The leftmost match at or after ``pos``: ``search`` tries every position, but no match can start
        anywhere but ``positions``, so trying those in order finds the same match (with ``match`` at that
        position, which sees the text before it for look-behinds and ``\b`` as ``search`` does)."""
        match = self.regex.match
        for start in positions[bisect_right(positions, pos - 1):]:
            m = match(string, start)
            if m is not None:
                return m
        return None

    def _search(self, string: str, pos: int, endpos: int) -> re.Match[str] | None:
        if endpos == sys.maxsize:
            positions = self._start_positions(string)
            if positions is not None:
                return self._anchored(string, positions, pos)
        branches = self._branches
        if branches is not None and pos == 0 and endpos == sys.maxsize and len(string) > SPLIT_TEXT \
                and type(string) is str and STATE.enabled:
            # the whole pattern matches at p only if one alternative does, so its leftmost match starts where the
            # leftmost alternative match does; only alternatives whose literals occur can match at all (one scan
            # finds them).  Searching from there with ``pos`` keeps look-behinds and "^" as they were.
            scan, patterns, always = branches
            candidates = set(always)
            for _end, indices in scan(_folded(string) if self.folds else string) if scan is not None else ():
                candidates.update(indices)
            first = -1
            for i in sorted(candidates):
                m = patterns[i].search(string)
                if m is not None and (first < 0 or m.start() < first):
                    first = m.start()
                    if first == 0:
                        break
            if first < 0:
                return None
            pos = first
        return self.regex.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.absent(string):
            return None
        return self.regex.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.absent(string):
            return None
        return self.regex.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self.absent(string):
            return iter(())
        positions = self._start_positions(string) if endpos == sys.maxsize else None
        if positions is not None:
            return self._iter_anchored(string, positions, pos)
        return self.regex.finditer(string, pos, endpos)

    def _iter_anchored(self, string: str, positions: list[int], pos: int) -> Iterator[re.Match[str]]:
        # every match starts with a non-empty prefix, so none is empty: the next one is searched from the
        # end of the last, as re does
        while True:
            m = self._anchored(string, positions, pos)
            if m is None:
                return
            yield m
            pos = m.end()

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self.absent(string):
            return []
        return self.regex.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        # a template with escapes is validated by re even when nothing matches: let re do that
        if self.absent(string) and not (isinstance(repl, str) and "\\" in repl):
            return string
        return self.regex.sub(repl, string, count)

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        if self.absent(string) and not (isinstance(repl, str) and "\\" in repl):
            return string, 0
        return self.regex.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        if self.absent(string):
            return [string]
        return self.regex.split(string, maxsplit)

    def scanner(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        return self.regex.scanner(string, pos, endpos)

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    @property
    def flags(self) -> int:
        return self.regex.flags

    @property
    def groups(self) -> int:
        return self.regex.groups

    @property
    def groupindex(self) -> Any:
        return self.regex.groupindex

    def __eq__(self, other: object) -> bool:
        if isinstance(other, GatedPattern):
            return self.regex == other.regex
        return self.regex == other

    def __hash__(self) -> int:
        return hash(self.regex)

    def __repr__(self) -> str:
        return f"GatedPattern({self.regex!r}, literals={self.literals!r})"

    def __copy__(self) -> GatedPattern:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> GatedPattern:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (compile, (self.regex.pattern, self.regex.flags))


class PatternSet:
    """Several gated patterns run on the same texts (the exposure groups on every sentence).

    Why: each pattern's own literal test is one scan of the text, so seven patterns scan a sentence seven
    times.  One Aho-Corasick automaton over the literals of them all finds in one scan which patterns can
    match; the others certainly cannot (their literals are absent), exactly as their own test would say.
    """

    __slots__ = ("names", "always", "_folded_scan", "_raw_scan")

    def __init__(self, patterns: dict[str, GatedPattern]) -> None:
        self.names: frozenset[str] = frozenset(patterns)
        # case-insensitive patterns' literals are found in the folded text, the others' in the text as it is
        self._folded_scan, folded_always = _owners_scan({n: p.literals for n, p in patterns.items() if p.folds})
        self._raw_scan, raw_always = _owners_scan({n: p.literals for n, p in patterns.items() if not p.folds})
        self.always = folded_always | raw_always

    def possible(self, text: str) -> frozenset[str] | set[str]:
        """Names of the patterns that may match ``text`` (every name when the prefilter is off)."""
        if not STATE.enabled or type(text) is not str:
            return self.names
        found = set(self.always)
        if self._folded_scan is not None:
            for _end, names in self._folded_scan(_folded(text)):
                found |= names
        if self._raw_scan is not None:
            for _end, names in self._raw_scan(text):
                found |= names
        return found


def compile(pattern: str, flags: int = 0) -> GatedPattern:  # noqa: A001 - mirrors re.compile on purpose
    """``re.compile`` behind a prefilter derived from the pattern."""
    return GatedPattern(re.compile(pattern, flags))
