"""The literal prefilter must never change a result.

Three layers of evidence: the factor analysis on hand-picked patterns; a seeded property test that,
for every lexicon pattern, texts built from the pattern's own structure and the lexicon's own words
give identical results gated and ungated; and whole-page equivalence of ``extract_all`` with the
prefilter on and off over the labeled pages, the benchmark web and the demo web.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

from matrix import lexicon, prefilter
from matrix.page import WS, Page, clean
from matrix.prefilter import GatedPattern, fold_char, fold_text, required_literals

ROOT = Path(__file__).resolve().parents[2]


def lexicon_patterns() -> dict[str, GatedPattern]:
    """Every gated pattern the lexicon defines, by name (dict entries as NAME[key])."""
    out: dict[str, GatedPattern] = {}
    for name, value in vars(lexicon).items():
        if isinstance(value, GatedPattern):
            out[name] = value
        elif isinstance(value, dict):
            out.update({f"{name}[{k}]": v for k, v in value.items() if isinstance(v, GatedPattern)})
    return out


# -- factor analysis ------------------------------------------------------------------
@pytest.mark.parametrize("pattern, flags, expected", [
    ("misshandel", 0, {"misshandel"}),
    (r"v[åa]ld", 0, {"våld", "vald"}),  # small class expanded into alternatives
    (r"\bv[åa]ld\b", 0, {"våld", "vald"}),  # \b is zero-width: the run goes on
    (r"k[öo]nsstympning", 0, {"konsstympning", "könsstympning"}),
    # an optional char doubles the run; beyond 6 letters fewer strings beat longer ones
    (r"heders?v[åa]ld", 0, {"hedersv", "hederv"}),
    (r"(?<!år eller )\b[äa]ldre\b(?! [äa]n)", 0, {"äldre", "aldre"}),  # negative look-arounds add nothing
    (r"(?<=[.!?])\s+", 0, {".", "!", "?"}),  # a positive one: the text must hold what it asserts
    (r"(?=kvinno)\w+", 0, {"kvinno"}),
    (r"(?<=[.!?])\s+(?=[A-Z])|\s+[•|]\s+", 0, {".", "!", "?", "•", "|"}),
    (r"\w+ i n[äa]ra relation", 0, {" i nära relation", " i nara relation"}),  # \w+ breaks the run
    (r"kvinnofridslinjen|\borigo\b|\b1177\b", 0, {"kvinnofridslinjen", "origo", "1177"}),  # union of branches
    (r"ab|abc", 0, {"ab"}),  # "abc" contains "ab": one test covers both
    (r"Våld", re.I, {"våld"}),  # IGNORECASE: literals folded to lower case
    (r"[A-Z]{3}", 0, None),  # a class too large to expand: nothing is required
    (r"kvinn\w*|\w+", 0, None),  # one branch with no literal makes the alternation unanalysable
    (r"(a|b)?", 0, None),  # matches the empty string
    (r"(ab)\1", 0, None),  # a back reference: not modelled, so no prefilter
    (r"x(?i:abc)", 0, {"x"}),  # scoped flags change how characters compare: the group requires nothing
    (r"(?i:ring|tel)\W(1177|114 ?14)", 0, {"1177", "11414", "114 14"}),  # the rest of the pattern keeps its literals
    (r"(?-i:Våld)sam", re.I, {"sam"}),  # a group that turns case folding off is unknown text too
])
def test_required_literals(pattern: str, flags: int, expected: set[str] | None) -> None:
    got = required_literals(pattern, flags)
    assert (set(got) if got is not None else None) == expected


def test_optional_words_make_alternatives_or_break_the_run() -> None:
    got = required_literals(r"v[åa]ld i (en )?n[äa]ra relation")
    assert got is not None
    # whatever set is chosen, every string the pattern matches contains one of its members
    for text in ("våld i nära relation", "vald i en nara relation", "våld i en nära relation"):
        assert re.fullmatch(r"v[åa]ld i (en )?n[äa]ra relation", text)
        assert any(lit in text for lit in got), (text, got)
    assert min(map(len, got)) >= 6


def test_every_lexicon_pattern_is_gated_and_most_have_literals() -> None:
    patterns = lexicon_patterns()
    assert len(patterns) >= 40
    without = [name for name, p in patterns.items() if p.literals is None]
    assert len(without) <= 3, without
    assert lexicon.RELEVANT_LINK.pattern.startswith("(?:")  # the pattern text itself is unchanged
    assert isinstance(lexicon.RELEVANT_LINK.regex, re.Pattern)


# -- case folding agrees with re ------------------------------------------------------------
ALL_CHARS = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)


def test_fold_text_equals_fold_char_on_every_code_point() -> None:
    folded = [fold_text(ch) for ch in ALL_CHARS]
    bad = [(hex(ord(ch)), out) for ch, out in zip(ALL_CHARS, folded, strict=True)
           if out != (fold_char(ord(ch)) or "")]
    assert not bad, bad[:10]


def lexicon_chars() -> set[str]:
    chars = set()
    for p in lexicon_patterns().values():
        chars |= {ch for ch in p.pattern if ch.isalnum()}
    return chars | set("iIsSkKåÅäÄöÖ")


def test_ignorecase_matches_imply_equal_folds() -> None:
    """Every text character re.IGNORECASE equates with a pattern character folds to the same one."""
    for ch in sorted(lexicon_chars()):
        want = fold_char(ord(ch))
        for hit in re.findall(re.escape(ch), ALL_CHARS, re.I):
            assert fold_char(ord(hit)) == want, (ch, hit)


def test_clean_equals_the_regex_version_on_every_white_space() -> None:
    spaces = {ch for ch in ALL_CHARS if ch.isspace()} | set(re.findall(r"\s", ALL_CHARS))
    for ch in sorted(spaces) + ["x", ""]:
        for text in (f"a{ch}b", f"{ch}a{ch}{ch}b{ch}", ch, f"{ch} {ch}"):
            assert clean(text) == WS.sub(" ", text).strip(), repr(text)
    assert clean(None) == "" and clean("") == ""


# -- the re.Pattern interface ---------------------------------------------------------------
def test_gated_pattern_interface_matches_re() -> None:
    gp = prefilter.compile(r"(?P<word>v[åa]ld)s?(utsatt)?", re.I)
    rx = gp.regex
    assert gp.pattern == rx.pattern and gp.flags == rx.flags and gp.groups == rx.groups
    assert gp.groupindex == rx.groupindex and gp == rx and hash(gp) == hash(rx)
    for text in ("", "ingenting här", "Hon är VÅLDSUTSATT och vald", "våld, våld", "VÅLD"):
        assert repr(gp.search(text)) == repr(rx.search(text))
        assert repr(gp.search(text, 2, 9)) == repr(rx.search(text, 2, 9))
        assert repr(gp.match(text)) == repr(rx.match(text))
        assert repr(gp.fullmatch(text)) == repr(rx.fullmatch(text))
        assert [m.span() for m in gp.finditer(text)] == [m.span() for m in rx.finditer(text)]
        assert gp.findall(text) == rx.findall(text)
        assert gp.sub("X", text) == rx.sub("X", text) and gp.subn(r"<\1>", text) == rx.subn(r"<\1>", text)
        assert gp.sub(lambda m: m.group(0).upper(), text, 1) == rx.sub(lambda m: m.group(0).upper(), text, 1)
        assert gp.split(text) == rx.split(text) and gp.split(text, 1) == rx.split(text, 1)
    with pytest.raises(re.error):  # a bad template fails even when nothing matches, as with re
        gp.sub(r"\q", "ingenting")
    with pytest.raises(TypeError):  # bytes against a str pattern: re's own error
        gp.search(b"vald")  # type: ignore[arg-type]
    assert gp.absent("ingenting") and not gp.absent("VALD")
    with prefilter.disabled():
        assert not gp.absent("ingenting")
    assert gp.absent("ingenting")


def test_dotted_capital_i_and_long_s_still_match() -> None:
    """re.IGNORECASE equates 'İ' and 'ı' with 'i', 'ſ' with 's': the prefilter must let those through."""
    gp = prefilter.compile(r"kris|missbruk", re.I)
    for text in ("KRİS", "krıs", "miſſbruk", "KRIS – ’", "Σ miss­bruk missbruK"):
        assert bool(gp.search(text)) == bool(gp.regex.search(text)), text
        if gp.regex.search(text):
            assert not gp.absent(text)


# -- property test: every lexicon pattern, gated vs ungated ---------------------------------------
NOISE = ["", " ", ".", ",", "-", "–", "’", "\u00a0", "İ", "ı", "ſ", "ς", "Σ", "ẞ", "\u0307", "1", "24", "/"]


def _sample(items: Any, rng: random.Random, depth: int = 0) -> str:
    """A random string built along the parsed pattern: usually one it matches."""
    out: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.NOT_LITERAL:
            out.append(rng.choice([c for c in "aeö x" if ord(c) != av]))
        elif op is C.ANY:
            out.append(rng.choice("ab .öX"))
        elif op is C.IN:
            choices = [chr(a) for o, a in av if o is C.LITERAL]
            choices += [chr(rng.randint(*a)) for o, a in av if o is C.RANGE]
            for o, a in av:
                if o is C.CATEGORY:
                    choices += {C.CATEGORY_DIGIT: ["4", "7"], C.CATEGORY_SPACE: [" "],
                                C.CATEGORY_WORD: ["a", "ö", "Z", "3"]}.get(a, ["x"])
            out.append(rng.choice(choices or ["x"]))
        elif op is C.BRANCH:
            out.append(_sample(rng.choice(av[1]), rng, depth + 1))
        elif op is C.SUBPATTERN:
            out.append(_sample(av[3], rng, depth + 1))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            n = rng.randint(lo, min(hi, lo + 3))
            out.extend(_sample(sub, rng, depth + 1) for _ in range(n))
        elif op is C.ATOMIC_GROUP:
            out.append(_sample(av, rng, depth + 1))
        # AT, ASSERT, ASSERT_NOT, GROUPREF...: nothing
    return "".join(out)


def _words() -> list[str]:
    words: set[str] = set()
    for p in lexicon_patterns().values():
        words |= set(re.findall(r"[^\W\d_]{2,}", p.pattern.replace(r"\b", " ")))
        words |= set(p.literals or ())
    return sorted(words)


def _texts(gp: GatedPattern, rng: random.Random, words: list[str], n: int) -> Iterator[str]:
    parsed = sre_parse.parse(gp.pattern, gp.flags).data
    for i in range(n):
        parts = [rng.choice(words) for _ in range(rng.randint(0, 6))]
        if i % 3:  # two thirds: a sample of the pattern itself, somewhere in the sentence
            parts.insert(rng.randint(0, len(parts)), _sample(parsed, rng))
        text = rng.choice([" ", " ", "  ", rng.choice(NOISE) + " "]).join(parts)
        if rng.random() < 0.3:
            text = text.upper() if rng.random() < 0.5 else text.title()
        if rng.random() < 0.3:
            pos = rng.randint(0, len(text))
            text = text[:pos] + rng.choice(NOISE) + text[pos:]
        yield text


@pytest.mark.parametrize("name", sorted(lexicon_patterns()))
def test_gated_equals_ungated_on_random_text(name: str) -> None:
    gp = lexicon_patterns()[name]
    rng = random.Random(f"prefilter:{name}")
    words = _words()
    matched = 0
    for text in _texts(gp, rng, words, 600):
        found = gp.regex.search(text)
        if found:
            matched += 1
            assert not gp.absent(text), (name, text, found)
        for candidate in (text, text.lower()):
            with prefilter.disabled():
                want = (repr(gp.search(candidate)), gp.findall(candidate), gp.sub("#", candidate))
            assert (repr(gp.search(candidate)), gp.findall(candidate), gp.sub("#", candidate)) == want, candidate
    assert matched >= 20, f"{name}: only {matched} of 600 texts matched; the property test proves little"


# -- whole pages: extract_all with and without the prefilter ----------------------------------------
def _labeled(directory: Path) -> list[tuple[str, Path]]:
    rows = [json.loads(line) for line in (directory / "labels.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    listed = {directory / r["file"]: r.get("url") for r in rows}
    for f in sorted((directory / "pages").glob("*.htm*")):
        listed.setdefault(f, None)
    return [(url or f"https://example.se/{f.name}", f) for f, url in listed.items()]


def _bench_pages(tmp: Path) -> list[tuple[str, str]]:
    sys.path.insert(0, str(ROOT))
    from bench import measure, webgen

    webgen.generate(tmp, 2026, 4, 15)
    return measure.sample_pages(tmp, 30)


def _extract(url: str, body: str | bytes) -> str:
    from matrix.extract import as_json, extract_all

    page = Page(url, body)
    return json.dumps(as_json(page, extract_all(page)), ensure_ascii=False, sort_keys=True, default=str)


def test_extract_all_is_identical_with_and_without_prefilter(tmp_path: Path) -> None:
    pages: list[tuple[str, str | bytes]] = []
    for directory in (ROOT / "tests" / "labels", ROOT / "tests" / "labels_dev"):
        pages += [(url, f.read_bytes()) for url, f in _labeled(directory) if f.is_file()]
    pages += _bench_pages(tmp_path / "web")
    demo = sorted((ROOT / "data" / "demo-web").rglob("*.html"))
    pages += [(f"https://{f.relative_to(ROOT / 'data' / 'demo-web').as_posix()}", f.read_bytes()) for f in demo]
    assert len(pages) > 300
    differ = []
    for url, body in pages:
        gated = _extract(url, body)
        with prefilter.disabled():
            plain = _extract(url, body)
        if gated != plain:
            differ.append(url)
    assert not differ, differ[:10]


# -- many texts at once, alternatives one by one, long texts ------------------------------------------
@pytest.mark.parametrize("name", sorted(lexicon_patterns()))
def test_candidates_keep_every_text_that_matches(name: str) -> None:
    """``candidates`` may only drop texts the pattern cannot match, for raw and lower-cased loops."""
    gp = lexicon_patterns()[name]
    rng = random.Random(f"candidates:{name}")
    texts = list(_texts(gp, rng, _words(), 300)) + ["İstanbul\nKARLSKRONA", "ſtöd", "Σ\tσ ς", ""]
    for batch in (texts[:7], texts[7:80], texts[80:]):
        many = prefilter.Texts(batch)
        kept = set(gp.candidates(many))
        kept_lower = set(gp.candidates(many, lower=True))
        for i, text in enumerate(batch):
            if gp.regex.search(text):
                assert i in kept, (name, text)
            if gp.regex.search(text.lower()):
                assert i in kept_lower, (name, text)
        assert len(kept) < len(batch) or gp.literals is None or len(batch) < 10 or all(
            not gp.absent(t) for t in batch), "candidates kept texts the per-text prefilter rules out"


def _long_texts(gp: GatedPattern, rng: random.Random, pool_size: int, tries: int, *,
                vary_letters: bool = False) -> Iterator[str]:
    """Texts longer than SPLIT_TEXT joined from the pattern's random sentences (every fifth with its "e"s made
    Latin-1 or unaligned under case folding, when ``vary_letters``)."""
    pool = list(_texts(gp, rng, _words(), pool_size))
    for i in range(tries):
        text = " ".join(rng.choice(pool) for _ in range(rng.randint(4, 30)))
        if vary_letters and i % 5 == 0:
            text = text.replace("e", rng.choice(["é", "İ", "ſ", "e"]))  # Latin-1 and unaligned folds
        if len(text) > prefilter.SPLIT_TEXT:
            yield text


def _same_search(gp: GatedPattern, text: str, name: str) -> re.Match[str] | None:
    """The gated search finds what the regex finds, groups included; returns the regex's match."""
    want = gp.regex.search(text)
    got = gp.search(text)
    assert repr(got) == repr(want) and (got is None or got.groups() == want.groups()), (name, text)
    return want


@pytest.mark.parametrize("name", sorted(n for n, gp in lexicon_patterns().items() if gp._branches is not None))
def test_long_text_search_by_alternatives_equals_the_regex(name: str) -> None:
    """Patterns with many alternatives are searched alternative by alternative on long texts: the same match."""
    gp = lexicon_patterns()[name]
    rng = random.Random(f"branches:{name}")
    matched = 0
    for text in _long_texts(gp, rng, 400, 200):
        matched += _same_search(gp, text, name) is not None
    assert matched >= 20, f"{name}: only {matched} long texts matched; the test proves little"


def test_split_alternatives() -> None:
    assert prefilter.split_alternatives(r"a|b(c|d)|e") == ["a", "b(c|d)", "e"]
    assert prefilter.split_alternatives(r"[|]|x|\||(?:y)") == ["[|]", "x", r"\|", "(?:y)"]
    assert prefilter.split_alternatives(r"[]|]a|[^]|]b") == ["[]|]a", "[^]|]b"]
    assert prefilter.split_alternatives(r"(a)|\1") is None  # a back reference ties the alternatives together
    assert prefilter.split_alternatives(r"(?i)a|b") is None  # a global flag in the first applies to all
    assert prefilter.split_alternatives(r"abc") is None


def test_cover_literals_cover_every_literal() -> None:
    for gp in lexicon_patterns().values():
        if gp.literals:
            cover = prefilter.cover_literals(gp.literals)
            assert all(any(c in lit for c in cover) for lit in gp.literals), gp.pattern
    big = "x" * (prefilter.LONG_TEXT + 10)
    from matrix.extractors.features import QUICK_EXIT_SCRIPT_LC as qe

    assert qe.absent(big) and not qe.absent(big + "quick-exit") and not qe.absent("quick-exit" + big)


def test_phone_numbers_need_four_digits() -> None:
    """The phone extractor skips texts with fewer digits than any numbering plan's shortest national number."""
    import phonenumbers
    from phonenumbers import PhoneMetadata

    from matrix.extractors.contact import MIN_NUMBER_DIGITS, _may_hold_number

    shortest = min(min(x for x in md.general_desc.possible_length if x > 0)
                   for md in [PhoneMetadata.metadata_for_region(r) for r in phonenumbers.SUPPORTED_REGIONS]
                   if md is not None and md.general_desc.possible_length)
    assert MIN_NUMBER_DIGITS <= shortest
    assert not _may_hold_number("Ring 11 eller 2") and _may_hold_number("ring ٠٨-١") is False
    assert _may_hold_number("Ring ٠٨-١٢٣٤") and _may_hold_number("08-123 45")


# -- several patterns on one text --------------------------------------------------------------------
def _mixed_set() -> dict[str, GatedPattern]:
    """The exposure patterns (lower-case, case-sensitive) plus folding and literal-less patterns."""
    patterns: dict[str, GatedPattern] = dict(lexicon.EXPOSURE_PATTERNS)
    patterns["relevant_link"] = lexicon.RELEVANT_LINK  # IGNORECASE: literals folded
    patterns["no_literals"] = prefilter.compile(r"\d{3}")
    return patterns


@pytest.mark.parametrize("patterns", [lexicon.EXPOSURE_PATTERNS, _mixed_set()], ids=["exposure", "mixed"])
def test_pattern_set_says_what_each_pattern_would(patterns: dict[str, GatedPattern]) -> None:
    """One scan for many patterns gives, for every text, exactly the patterns whose own literal test passes,
    so every pattern that matches is among them."""
    one = prefilter.PatternSet(patterns)
    rng = random.Random("pattern-set")
    words = _words()
    matched = 0
    for gp in patterns.values():
        for text in _texts(gp, rng, words, 120):
            for candidate in (text, text.lower()):
                possible = one.possible(candidate)
                assert set(possible) == {n for n, p in patterns.items() if not p.absent(candidate)}, candidate
                hits = {n for n, p in patterns.items() if p.regex.search(candidate)}
                assert hits <= set(possible)
                matched += bool(hits)
                for n in possible:
                    assert repr(patterns[n].search_screened(candidate)) == repr(patterns[n].regex.search(candidate))
    assert matched >= 200
    with prefilter.disabled():
        assert set(one.possible("nothing here")) == set(patterns)
    assert set(one.possible("")) == {n for n, p in patterns.items() if p.literals is None}


# -- opening hours: the shortcuts in normalise and parse_hours ----------------------------------------
HOURS_WORDS = ["mån–fre", "måndag", "tis", "kl", "klockan", "8", "08.30", "16:30", "٨", "۱۲", "–", "-", "till",
               "lunch", "stängt", "(", ")", "mellan", "och", "halv", "9", "am", "pm", "Am", "samverkan", "7pm",
               "daily", "monday", "to", "klo", "ma", "pe", "dygnet runt", "helgdagar", "١٠", "x", "24", "/", "7",
               "_am", "am_", "éam", "amé", "3am", "ämne", "المساء", "\u0663", "\uff11", "\u0967",
               "8–16", "9-12", "kl. 8.00–16.30", "۸-۱۲", "lunchstängt 12–13", "13 till 15", "7–9 pm"]


def _hours_texts(n: int) -> Iterator[str]:
    rng = random.Random("hours-shortcuts")
    for _ in range(n):
        yield rng.choice(["", " ", "  "]).join(rng.choice(HOURS_WORDS) for _ in range(rng.randint(0, 9)))


def test_hours_shortcuts_rest_on_true_invariants() -> None:
    """parse_hours skips the interval patterns on texts without a time range, and normalise skips rewrites
    that need a digit on texts without one: every interval pattern holds a range, and normalise neither
    makes nor removes digits."""
    from matrix.extractors import hours

    ranged = 0
    for text in _hours_texts(4000):
        normal = hours.normalise(text)
        assert bool(hours.DIGIT.search(normal)) == bool(hours.DIGIT.search(text)), text
        if hours.ONE_RANGE.search(normal) is None:
            for rx in (hours.LUNCH, hours.SPAN, hours.RANGES_ALONE):
                assert rx.regex.search(normal) is None, (rx.pattern, normal)
        else:
            ranged += 1
        if not hours.DIGIT.search(text):
            assert hours.ONE_RANGE.regex.search(text) is None
            assert hours.BETWEEN.regex.sub("#", text) == text and hours.HALF_PAST.regex.sub("#", text) == text
        if not hours.EASTERN_DIGIT.search(text):
            assert text.translate(hours.DIGITS) == text
    assert ranged >= 500


def test_lone_am_pm_equal_word_bounded_search() -> None:
    from matrix.extractors import hours

    old = re.compile(r"[\u0600-\u06ff]|day|week|daily|\bpm\b|\bam\b|a\.m|p\.m|noon")
    seen = 0
    for text in _hours_texts(4000):
        for candidate in (text, text.lower()):
            new = (hours.ARABIC_SCRIPT.search(candidate) or hours.FOREIGN_WORD.search(candidate)
                   or hours.LONE_AM.search(candidate) or hours.LONE_PM.search(candidate))
            assert bool(new) == bool(old.search(candidate)), candidate
            seen += bool(new)
    assert seen >= 1000


# -- long texts: matches tried only where a prefix of the pattern occurs -------------------------------
def all_gated_patterns() -> dict[str, GatedPattern]:
    """The lexicon's patterns and those the extractor modules define themselves."""
    from matrix.extractors import catchment, contact, features, groups, hours, languages

    out = lexicon_patterns()
    for module in (catchment, contact, features, groups, hours, languages):
        out.update({f"{module.__name__.rsplit('.', 1)[1]}.{n}": v for n, v in vars(module).items()
                    if isinstance(v, GatedPattern)})
    return out


ANCHORED = sorted(n for n, gp in all_gated_patterns().items() if gp._starts is not None)


def test_most_patterns_have_start_prefixes() -> None:
    assert len(ANCHORED) >= 40, ANCHORED


@pytest.mark.parametrize("name", ANCHORED)
def test_anchored_search_equals_the_regex_on_long_texts(name: str) -> None:
    """On long texts search and finditer try a match only where one of the pattern's prefixes occurs: the
    same matches, groups and order as the regex scanning every position."""
    gp = all_gated_patterns()[name]
    rng = random.Random(f"anchored:{name}")
    matched = 0
    for text in _long_texts(gp, rng, 300, 150, vary_letters=True):
        want = _same_search(gp, text, name)
        pos = rng.randint(0, len(text))
        assert repr(gp.search(text, pos)) == repr(gp.regex.search(text, pos)), (name, pos, text)
        assert [(m.span(), m.groups()) for m in gp.finditer(text)] == \
            [(m.span(), m.groups()) for m in gp.regex.finditer(text)], (name, text)
        matched += want is not None
    enough = 5 if gp.pattern.startswith("^") else 15  # anchored at the text's start: few long texts match
    assert matched >= enough, f"{name}: only {matched} long texts matched; the test proves little"


def test_required_prefixes() -> None:
    assert prefilter.required_prefixes(r"\b(finns|sidan)\b[^.]{0,40}?\bpå\b") == {"finns", "sidan"}
    assert prefilter.required_prefixes(r"(?<![\w])V[åa]ld", re.I) == {"våld", "vald"}
    assert prefilter.required_prefixes(r"(en )?våld") == {"en våld", "våld"}  # an optional word: both starts
    assert prefilter.required_prefixes(r"på|i") is None  # too short to be worth it
    assert prefilter.required_prefixes(r"\w+ våld") is None
