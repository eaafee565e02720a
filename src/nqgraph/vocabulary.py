"""IRI slugs, indicator matching keys, and the SKOS schemes of `ontology/vocab/`.

`slug` is the one slug function behind every minted IRI (design.md, "IRIs"). `Vocabulary` reads
the concept schemes once per process (`vocabulary()` is cached) and answers look-ups by
notation or label: document types by code, units by key, comparators by symbol, indicators by
any of their wordings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from nqgraph.errors import RdfError
from nqgraph.namespaces import (
    CATEGORY,
    CITATION_KIND,
    COMPARATOR,
    DOC_TYPE,
    INDICATOR,
    NQ,
    ROLE,
    SIGNING_AUTHORITY,
    TARGET_KIND,
    UNIT,
    VOCAB_BASE,
)
from nqgraph.resources import vocab_files

__all__ = [
    "Concept",
    "Vocabulary",
    "indicator_key",
    "scheme_iri",
    "slug",
    "vocabulary",
]

# --------------------------------------------------------------------------------------------
# Slugs
# --------------------------------------------------------------------------------------------

# đ/Đ have no Unicode decomposition; Ð (U+00D0, Icelandic eth) is a common look-alike of Đ.
_D_TO_ASCII = str.maketrans({"đ": "d", "Đ": "D", "\u00d0": "D", "\u00f0": "d"})
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """ASCII slug for IRIs: strip diacritics (đ → d), lowercase, runs of other characters → "-".

    NFC and NFD input give the same slug; compatibility characters fold too ("²" → "2",
    full-width digits → ASCII). Returns "" for text with no letter or digit.

    >>> slug("Hội đồng nhân dân tỉnh Thái Nguyên")
    'hoi-dong-nhan-dan-tinh-thai-nguyen'
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_D_TO_ASCII)).lower()
    return _NON_ALNUM.sub("-", _COMBINING.sub("", decomposed)).strip("-")


# --------------------------------------------------------------------------------------------
# Indicator matching keys
# --------------------------------------------------------------------------------------------

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng (NFD combining marks)
# Old-style vs new-style tone placement: "hóa"/"hoá", "thủy"/"thuỷ", "khỏe"/"khoẻ", "Ủy"/"Uỷ".
# Canonical form here: the tone on the second vowel (only ever used inside a matching key).
_TONE_PLACEMENT = re.compile(f"([oOuU])([{_TONES}])([aAeEyY])(?![\u0300-\u036f])")
_PARENTHETICAL = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_EMPHASIS = re.compile(r"[*_`]+")
_DASH = re.compile(r"\s*[-\u2010-\u2015\u2212]\s*")
_COMMA = re.compile(r"\s*,\s*")
_SPACE = re.compile(r"\s+")
_LEADING = re.compile(r"^(?:[-+•·*\u2013\u2014\s]+|trong đó[\s:,]+)+")
_TRAILING = re.compile(r"[\s.,;:!?…/\-+]+$")


def _shift_tone(match: re.Match[str]) -> str:
    first, tone, second = match.group(1), match.group(2), match.group(3)
    if (first in "oO" and second in "yY") or (first in "uU" and second not in "yY"):
        return match.group(0)  # only o+a, o+e and u+y are the two-placement diphthongs
    return first + second + tone


def canonical_tones(text: str) -> str:
    """NFC text with old/new-style tone placement unified ("hóa" and "hoá" → "hoá")."""
    nfd = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _TONE_PLACEMENT.sub(_shift_tone, nfd))


@lru_cache(maxsize=1 << 14)  # the same names recur in every resolution
def indicator_key(label: str) -> str:
    """The key indicator names are matched on.

    NFC, tone placement unified, casefolded; parentheticals ("(GRDP)", "(theo chuẩn mới)"),
    Markdown emphasis, leading bullets and "trong đó", and trailing punctuation removed;
    spacing around commas and dashes and runs of spaces normalised.

    >>> indicator_key("Tốc độ tăng trưởng kinh tế (GRDP):")
    'tốc độ tăng trưởng kinh tế'
    """
    text = canonical_tones(label.translate({0x00D0: "Đ", 0x00F0: "đ"})).casefold()
    text = _EMPHASIS.sub("", _PARENTHETICAL.sub("", text))
    text = _COMMA.sub(", ", _DASH.sub(" - ", text))
    text = _SPACE.sub(" ", text).strip()
    text = _LEADING.sub("", text)
    return _TRAILING.sub("", text)


def _unit_key(text: str) -> str:
    """Unit notations compare casefolded, NFC, without spaces around "/"."""
    text = unicodedata.normalize("NFC", text).casefold()
    return _SPACE.sub(" ", re.sub(r"\s*/\s*", "/", text)).strip()


# --------------------------------------------------------------------------------------------
# The vocabulary
# --------------------------------------------------------------------------------------------


_NQ_CATEGORY = URIRef(str(NQ.category))  # NQ's members are typed `object`


def scheme_iri(name: str) -> URIRef:
    """The `skos:ConceptScheme` IRI of a scheme: `scheme_iri("unit")` → `<…/vocab/unit>`."""
    return URIRef(VOCAB_BASE + name)


def _scheme_of(namespace: object) -> URIRef:
    return URIRef(str(namespace).rstrip("/"))


@dataclass(frozen=True, slots=True)
class Concept:
    """One SKOS concept of the curated vocabulary."""

    iri: URIRef
    scheme: URIRef
    notation: str | None
    pref_labels: dict[str, str]  # language → skos:prefLabel
    alt_labels: tuple[tuple[str, str], ...]  # (language, skos:altLabel)
    broader: URIRef | None = None
    category: URIRef | None = None  # nq:category, on indicators

    def label(self, lang: str = "vi") -> str:
        """The preferred label in `lang`, else in Vietnamese, else any; the IRI as last resort."""
        return (
            self.pref_labels.get(lang)
            or self.pref_labels.get("vi")
            or next(iter(self.pref_labels.values()), str(self.iri))
        )


class Vocabulary:
    """The SKOS schemes of `ontology/vocab/`, indexed for look-ups. Use `vocabulary()`."""

    def __init__(self, concepts: Iterable[Concept]) -> None:
        self._concepts: dict[URIRef, Concept] = {}
        self._by_notation: dict[tuple[URIRef, str], URIRef] = {}
        self._indicators: dict[str, URIRef] = {}
        self._units: dict[str, URIRef] = {}
        self._comparators: dict[str, URIRef] = {}
        indicator_scheme = _scheme_of(INDICATOR)
        unit_scheme = _scheme_of(UNIT)
        comparator_scheme = _scheme_of(COMPARATOR)
        for concept in concepts:
            self._concepts[concept.iri] = concept
            if concept.notation is not None:
                self._by_notation.setdefault((concept.scheme, concept.notation), concept.iri)
            labels = [*concept.pref_labels.values(), *(text for _, text in concept.alt_labels)]
            if concept.scheme == indicator_scheme:
                for text in labels:
                    self._indicators.setdefault(indicator_key(text), concept.iri)
            elif concept.scheme in (unit_scheme, comparator_scheme):
                index = self._units if concept.scheme == unit_scheme else self._comparators
                keys = [concept.iri.rsplit("/", 1)[-1], *labels]
                if concept.notation is not None:
                    keys.insert(0, concept.notation)  # "" is a real notation (a bare count)
                for text in keys:
                    index.setdefault(_unit_key(text), concept.iri)
        for alias, canonical in (("<=", "≤"), (">=", "≥"), ("~", "≈"), ("==", "=")):
            if canonical in self._comparators:
                self._comparators.setdefault(alias, self._comparators[canonical])

    # construction ----------------------------------------------------------------------------

    @classmethod
    def from_graph(cls, graph: Graph) -> Vocabulary:
        """Index every `skos:Concept` of `graph` that has a `skos:inScheme`."""
        concepts = []
        for iri in graph.subjects(RDF.type, SKOS.Concept, unique=True):
            scheme = graph.value(iri, SKOS.inScheme)
            if not isinstance(iri, URIRef) or not isinstance(scheme, URIRef):
                continue
            notation = graph.value(iri, SKOS.notation)
            pref: dict[str, str] = {}
            for label in graph.objects(iri, SKOS.prefLabel):
                if isinstance(label, Literal):
                    pref.setdefault(label.language or "", str(label))
            alt = tuple(
                sorted(
                    (label.language or "", str(label))
                    for label in graph.objects(iri, SKOS.altLabel)
                    if isinstance(label, Literal)
                )
            )
            broader = graph.value(iri, SKOS.broader)
            category = graph.value(iri, _NQ_CATEGORY)
            concepts.append(
                Concept(
                    iri=iri,
                    scheme=scheme,
                    notation=None if notation is None else str(notation),
                    pref_labels=pref,
                    alt_labels=alt,
                    broader=broader if isinstance(broader, URIRef) else None,
                    category=category if isinstance(category, URIRef) else None,
                )
            )
        concepts.sort(key=lambda c: str(c.iri))  # deterministic tie-breaks between labels
        return cls(concepts)

    @classmethod
    def from_files(cls, paths: Iterable[Path]) -> Vocabulary:
        """Parse the given Turtle files and index them."""
        graph = Graph()
        for path in paths:
            try:
                graph.parse(path, format="turtle")
            except Exception as exc:  # rdflib raises many kinds; report the file
                raise RdfError(f"cannot parse vocabulary: {exc}", path=str(path)) from exc
        return cls.from_graph(graph)

    # generic look-ups ------------------------------------------------------------------------

    def __contains__(self, iri: object) -> bool:
        return iri in self._concepts

    def __iter__(self) -> Iterator[Concept]:
        return iter(self._concepts.values())

    def __len__(self) -> int:
        return len(self._concepts)

    def concept(self, iri: URIRef) -> Concept | None:
        return self._concepts.get(iri)

    def concepts(self, scheme: str) -> list[Concept]:
        """The concepts of one scheme ("unit", "indicator" …), sorted by IRI."""
        target = scheme_iri(scheme)
        return [c for c in self._concepts.values() if c.scheme == target]

    def by_notation(self, scheme: str, notation: str) -> URIRef | None:
        """The concept of `scheme` whose `skos:notation` is exactly `notation`."""
        return self._by_notation.get((scheme_iri(scheme), notation))

    def notation(self, iri: URIRef) -> str | None:
        concept = self._concepts.get(iri)
        return None if concept is None else concept.notation

    def label(self, iri: URIRef, lang: str = "vi") -> str | None:
        concept = self._concepts.get(iri)
        return None if concept is None else concept.label(lang)

    # scheme-specific look-ups ----------------------------------------------------------------

    def indicator(self, label: str, parent: str | None = None) -> URIRef | None:
        """The curated indicator one of whose labels has the same `indicator_key` as `label`.

        Sector shares read the same under different wholes ("Công nghiệp, xây dựng" under
        "Cơ cấu kinh tế" or under "Cơ cấu lao động"): when `parent` (the name of the enclosing
        indicator) is given and the match has a `skos:broader`, the two must agree.
        """
        found = self._indicators.get(indicator_key(label))
        if found is None or parent is None:
            return found
        broader = self._concepts[found].broader
        if broader is not None and broader != self._indicators.get(indicator_key(parent)):
            return None
        return found

    def broader(self, iri: URIRef) -> URIRef | None:
        concept = self._concepts.get(iri)
        return None if concept is None else concept.broader

    def indicator_category(self, iri: URIRef) -> URIRef | None:
        """The usual category of a curated indicator (its `nq:category`), if any."""
        concept = self._concepts.get(iri)
        return None if concept is None else concept.category

    def unit(self, key: str) -> URIRef | None:
        """The unit for a unit key ("%", "tỷ đồng", "triệu đồng/người/năm"; "" is a bare count).

        Also accepts the concept slug ("ty-dong") and any label; case and spaces around "/"
        do not matter.
        """
        return self._units.get(_unit_key(key))

    def comparator(self, symbol: str | Enum) -> URIRef:
        """The comparator for a symbol ("=", "<", "≤", ">", "≥", "≈"; also "<=", ">=", "~").

        Accepts a `model.Comparator` member too. Raises `ValueError` for anything else.
        """
        value = symbol.value if isinstance(symbol, Enum) else symbol
        found = self._comparators.get(_unit_key(str(value)))
        if found is None:
            raise ValueError(f"unknown comparator {value!r}")
        return found

    def doc_type(self, code: str) -> URIRef | None:
        """The document type for an abbreviation as in `doctypes.DOC_TYPES` ("NQ", "TTr")."""
        return self._by_notation.get((_scheme_of(DOC_TYPE), code))

    def signing_authority(self, prefix: str) -> URIRef | None:
        """The signing authority for "TM.", "KT.", "Q.", "TL.", "TUQ." (the dot is optional)."""
        wanted = prefix.strip().rstrip(".").upper() + "."
        return self._by_notation.get((_scheme_of(SIGNING_AUTHORITY), wanted))

    def _member(self, namespace: object, name: str) -> URIRef | None:
        iri = URIRef(str(namespace) + name)
        return iri if iri in self._concepts else None

    def role(self, name: str) -> URIRef | None:
        """ "implements", "supervises", "coordinates" (a `model.Role` value)."""
        return self._member(ROLE, name)

    def target_kind(self, name: str) -> URIRef | None:
        """ "level", "increase", "decrease", "share" (a `model.TargetKind` value)."""
        return self._member(TARGET_KIND, name)

    def category(self, name: str) -> URIRef | None:
        """ "economic", "social", "environment", "other"."""
        return self._member(CATEGORY, name)

    def citation_kind(self, name: str) -> URIRef | None:
        """ "legal-basis", "considered", "cites", "replaces", "repeals", "amends"."""
        return self._member(CITATION_KIND, name)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The curated vocabulary of this checkout, parsed once per process."""
    return Vocabulary.from_files(vocab_files())
