"""Deterministic, readable, ELI-style IRIs (see docs/design.md, "IRIs").

The same document gets the same IRI wherever it is cited: identity is jurisdiction, type,
issuer, year and number for numbered documents; name (and date) for laws and programmes.
"""

from __future__ import annotations

import re
import urllib.parse
from datetime import date

from nqgraph import bodies, doctypes, model
from nqgraph.errors import NqgraphError
from nqgraph.namespaces import DEFAULT_BASE, jurisdiction
from nqgraph.places import CENTRAL_CITIES, find_locality, find_province, split_locality
from nqgraph.vocabulary import slug

CENTRAL = bodies.TW
LOCAL = "dia-phuong"  # a local body whose province the text does not say
_NATIONAL_RE = re.compile(r"quốc\s+gia|việt\s+nam|toàn\s+quốc|\bquốc\s+hội\b|chính\s+phủ", re.I)
_LEADING_TYPE_RE = re.compile(
    r"^(?:Luật|Chương\s+trình|Đề\s+án|Quy\s+hoạch|Chiến\s+lược|Kế\s+hoạch|Biên\s+bản\s+ghi\s+nhớ)\s+",
    re.IGNORECASE,
)


class Iris:
    """Mints every IRI of the graph under one base (plain strings, as `nqgraph.terms`)."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base

    # places and bodies

    def jurisdiction_slug(self, province: str | None) -> str:
        return slug(province) if province else CENTRAL

    def jurisdiction(self, province: str | None) -> str:
        return jurisdiction[self.jurisdiction_slug(province)]

    def body(self, name: str, province: str | None, year: int | None = None) -> str:
        """A body by its canonical name (`bodies.canonical_body`, read in `year`)."""
        canon = bodies.canonical_body(name, province, year)
        scope = canon.scope if canon.scope == CENTRAL else slug(canon.scope) or LOCAL
        return f"{self.base}org/{scope}/{slug(canon.key)}"

    def term(self, council: str, term: int) -> str:
        return f"{council}/khoa/{term}"

    def session(self, council: str, term: int | None, session: int | str) -> str:
        return f"{council}/khoa/{term if term is not None else 'x'}/ky-hop/{session}"

    def special_session(self, council: str, term: int | None, kind: str, held: date) -> str:
        """An unnumbered special session, by its kind and day: `…/ky-hop/chuyen-de-2024-07-12`."""
        return self.session(council, term, f"{kind}-{held.isoformat()}")

    def person(self, name: str, scope: str) -> str:
        """A signer, by name within the jurisdiction (`scope`) they sign for: names are not
        unique across the country, and two namesakes must not become one person."""
        return f"{self.base}person/{scope}/{slug(name)}"

    # documents

    def jurisdiction_segment(self, res: model.Resolution) -> str:
        """The province slug, `tw` for a central body, `dia-phuong` for a local council whose
        province could not be read; a district's or commune's council adds its unit:
        `thai-nguyen/huyen-dai-tu` (numbers restart in every council, so two councils of one
        province must not share a path)."""
        if res.jurisdiction is None and (res.issuer_code or res.locality):
            # a local council whose province could not be read is not a central body
            central = res.locality is None and bodies.issuer_scope(res.issuer_code or "") == CENTRAL
            province = CENTRAL if central else LOCAL
        else:
            province = self.jurisdiction_slug(res.jurisdiction)
        return f"{province}/{slug(res.locality)}" if res.locality else province

    def locality(self, res: model.Resolution) -> str | None:
        """The concept of a resolution's unit below the province (…/jurisdiction/thai-nguyen/
        huyen-dai-tu), or None for a provincial or central council."""
        return jurisdiction[self.jurisdiction_segment(res)] if res.locality else None

    def resolution(self, res: model.Resolution) -> str:
        jur = self.jurisdiction_segment(res)
        type_seg = _type_segment(res.doc_type, res.issuer_code, res.symbol)
        year = str(res.year) if res.year else "undated"
        number = str(int(res.number)) if res.number and res.number.isdigit() else None
        if number is None:
            number = "x-" + res.source.sha256[:12]
        return f"{self.base}eli/vn/{jur}/{type_seg}/{year}/{number}"

    def document(
        self,
        ref: model.DocumentRef,
        province: str | None,
        locality: str | None = None,
        citing_year: int | None = None,
    ) -> str:
        """The IRI of a referenced document; `province` (and `locality`, for a district's or
        commune's council) is the citing resolution's, and `citing_year` its year (for the places
        that changed, "thành phố Huế" before 2025, when the document gives no year)."""
        if ref.number is not None and ref.issuer_code:
            scope = bodies.issuer_scope(ref.issuer_code, province)
            if scope == CENTRAL:
                jur = CENTRAL
            else:
                # "… của Ủy ban nhân dân tỉnh Thái Nguyên" cited in Bắc Kạn is Thái Nguyên's
                in_year = ref.year or citing_year
                named = find_province(ref.issuer.name, in_year) if ref.issuer else None
                if named and named[2] != province:
                    province, locality = named[2], None
                jur = province_slug = slug(province) if province else LOCAL
                unit = _issuing_locality(ref, province, locality, in_year)
                if unit:
                    jur = f"{province_slug}/{slug(unit)}"
            year = str(ref.year) if ref.year else "undated"
            number = str(int(ref.number)) if ref.number.isdigit() else slug(ref.number)
            type_seg = _type_segment(ref.doc_type, ref.issuer_code, ref.symbol)
            return f"{self.base}eli/vn/{jur}/{type_seg}/{year}/{number}"
        name = _LEADING_TYPE_RE.sub("", ref.title or "").strip() or "khong-ten"
        type_slug = _type_slug(ref.doc_type)
        if ref.kind is model.DocKind.LAW:
            when = _date_path(ref.date) or (f"{ref.year:04d}/" if ref.year else "")
            return f"{self.base}eli/vn/{CENTRAL}/luat/{when}{slug(name)}"
        jur = self._named_jurisdiction(ref.title or "", province, ref.year or citing_year)
        return f"{self.base}eli/vn/{jur}/{type_slug}/{slug(name)}"

    def _named_jurisdiction(self, title: str, province: str | None, year: int | None) -> str:
        found = find_province(title, year)
        if found:
            return slug(found[2])
        if _NATIONAL_RE.search(title):
            return CENTRAL
        return self.jurisdiction_slug(province)

    # provenance

    def source(self, sha256: str) -> str:
        return f"{self.base}source/{sha256[:16]}"

    def activity(self, sha256: str, version: str) -> str:
        return f"{self.base}activity/{sha256[:16]}-{version}"

    def software(self, version: str) -> str:
        return f"{self.base}software/nqgraph/{version}"

    def dataset(self) -> str:
        return f"{self.base}dataset"


def _issuing_locality(
    ref: model.DocumentRef, province: str | None, locality: str | None, year: int | None
) -> str | None:
    """The district or commune whose body issued a local document cited by a council of
    `locality` (None: of the province): the unit its issuer names ("của Ủy ban nhân dân xã
    Phú Lạc"); else, in a district's or commune's text, the citing council's own unless the
    issuer is of the province ("của Hội đồng nhân dân tỉnh", "… Thành phố" in a district of a
    centrally-run city, a Tỉnh ủy's "01-NQ/TU") or of a unit of another level whose name it
    does not give ("của Hội đồng nhân dân huyện" in a commune's text: `huyen`)."""
    issuer = ref.issuer.name if ref.issuer else ""
    if issuer:
        named = find_locality(issuer, year)
        if named:
            return named[2]
    if locality is None or ref.issuer_code in _PROVINCE_ISSUERS:
        return None
    if find_province(issuer, year) or _PROVINCE_LEVEL_RE.search(issuer):
        return None
    bare = _BARE_UNIT_RE.search(issuer)
    if bare is None:
        return locality
    unit = " ".join(bare.group(1).lower().split())
    own, _ = split_locality(locality)
    if unit == own:
        return locality
    if unit == "thành phố" and province in CENTRAL_CITIES:
        return None  # the centrally-run city the district belongs to
    return unit  # a unit of another level, not named: `…/thai-nguyen/huyen/…`


# a party document of a province's committee ("01-NQ/TU"); a body "… tỉnh" or "Tỉnh ủy"
_PROVINCE_ISSUERS = frozenset({"TU"})
_PROVINCE_LEVEL_RE = re.compile(r"\btỉnh\b", re.IGNORECASE)
# an issuer named by a bare unit word at its end: "Hội đồng nhân dân huyện"
_BARE_UNIT_RE = re.compile(
    r"(?<![^\W\d_])(huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn|đặc\s+khu)\s*$",
    re.IGNORECASE,
)


def graph_name(resolution: str) -> str:
    """The named graph holding one resolution's triples."""
    return f"{resolution}/graph"


def inferred_graph_name(resolution: str) -> str:
    """The named graph holding the entailments of one resolution's triples (`--reason`)."""
    return f"{resolution}/inferred"


def file_stem(resolution: str, base: str) -> str:
    """ "…/eli/vn/thai-nguyen/nq-hdnd/2024/112" → "thai-nguyen-nq-hdnd-2024-112"."""
    tail = str(resolution)[len(base) :]
    tail = tail.removeprefix("eli/vn/")
    return tail.replace("/", "-")


def _type_slug(code: str) -> str:
    """ "NQ" → "nq"; an unknown or missing type → "vb" (văn bản, a document)."""
    known = doctypes.by_code(code)
    return known.slug if known else (slug(code) or "vb")


def _type_segment(code: str, issuer_code: str | None, symbol: str | None) -> str:
    """ "nq-hdnd"; "nq-hdnd-qppl" for the normative series of a type an issuer numbers in two
    (`doctypes.DocType.two_series`): "40/2021/NQ-HĐND" beside "40/NQ-HĐND" of the same council
    and year are two documents. The National Assembly numbers everything with the year: one
    series."""
    type_slug = _type_slug(code)
    if not issuer_code:
        return type_slug
    segment = f"{type_slug}-{slug(issuer_code)}"
    known = doctypes.by_code(code)
    normative = symbol is not None and _NORMATIVE_RE.match(symbol) is not None
    if normative and known and known.two_series and not _ONE_SERIES_RE.match(issuer_code):
        segment += f"-{NORMATIVE}"
    return segment


NORMATIVE = "qppl"  # văn bản quy phạm pháp luật: a normative document
_NORMATIVE_RE = re.compile(r"\d+/\d{4}/")  # the year in the number: "04/2021/NQ-HĐND"
_ONE_SERIES_RE = re.compile(r"QH\d*$")  # "55/2017/QH14", "1234/2024/QH15"


def _date_path(when: date | None) -> str:
    return f"{when.year:04d}/{when.month:02d}/{when.day:02d}/" if when else ""


_NOT_IN_IRI = re.compile(r'[\x00-\x20\x7f<>"{}|^`\\]')


def base_iri(text: str) -> str:
    """A base such as --base: every IRI minted is the base followed by a path, so it is an
    absolute http(s) IRI with a host and no query (?) or fragment (#), nor spaces; a "/" is
    added at its end if it has none ("https://example.org/nq" mints
    "https://example.org/nq/source/…"). A bad one is an NqgraphError (exit 2, one line), before
    anything is read: it would fail in the store load, after all the work, or make IRIs the ELI
    shapes refuse. The scheme and the host are case-insensitive and written in lower case
    (RFC 3986, 6.2.2.1), so that "HTTPS://Example.org/nq" mints the same IRIs as
    "https://example.org/nq"."""
    try:
        parts = urllib.parse.urlsplit(text)
        _ = parts.port  # a port that is not a number raises ValueError
    except ValueError as exc:
        raise _bad_base(text, f"not an IRI ({exc})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise _bad_base(text, "not an absolute http(s) IRI such as https://example.org/nq/")
    bad = _NOT_IN_IRI.search(text)
    if bad:
        raise _bad_base(
            text, "an IRI cannot contain " + ("spaces" if bad.group() == " " else repr(bad.group()))
        )
    if "#" in text or "?" in text:
        raise _bad_base(
            text,
            "a base must not have a fragment (#) or a query (?): every IRI made from it is the "
            "base followed by a path",
        )
    userinfo, at, host = parts.netloc.rpartition("@")
    text = urllib.parse.urlunsplit(
        parts._replace(scheme=parts.scheme.lower(), netloc=userinfo + at + host.lower())
    )
    import pyoxigraph as ox

    try:
        ox.NamedNode(text)
    except ValueError as exc:
        raise _bad_base(text, f"not an IRI ({exc})") from None
    return text if text.endswith("/") else text + "/"


def _bad_base(text: str, why: str) -> NqgraphError:
    return NqgraphError(f"--base {text!r}: {why}")
