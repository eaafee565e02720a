"""The authority list of laws (`ontology/laws.tsv`): one law cited three ways is one node.

Council resolutions cite a law by number ("Luật Đầu tư công số 39/2019/QH14"), by name and
date ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015") or by name and year
("Luật Đất đai năm 2024"). Without a list, each form is minted apart (design.md). A law of the
list cited by name and its date, or by name and a year in which it is the list's one law of
that name, gets the number the list gives it, and so the IRI of the numbered citation. Name and
year alone are not unique (two Laws on Local Government were passed in 2025), hence "one".
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from nqgraph import model
from nqgraph.errors import NqgraphError
from nqgraph.identifiers import find_identifiers
from nqgraph.iris import Iris
from nqgraph.namespaces import dcterms, doc_type, eli, nq, org, rdf, skos
from nqgraph.resources import laws_file
from nqgraph.terms import XSD_DATE, Triple, literal
from nqgraph.vocabulary import indicator_key


@dataclass(frozen=True, slots=True)
class Law:
    """A law of the list: its symbol ("77/2015/QH13") split as a citation's is, its date and
    its name."""

    symbol: str
    number: str
    year: int
    issuer_code: str
    date: datetime.date
    name: str


@dataclass(frozen=True, slots=True)
class LawList:
    """The laws of the list by name key (`indicator_key`: case and tone placement ignored)."""

    by_name: dict[str, tuple[Law, ...]]

    @classmethod
    def from_rows(cls, laws: Iterable[Law]) -> LawList:
        grouped: dict[str, list[Law]] = {}
        for law in laws:
            grouped.setdefault(indicator_key(law.name), []).append(law)
        return cls({key: tuple(found) for key, found in grouped.items()})

    def numbers(self, name: str, symbol: str | None) -> bool:
        """Whether the law named `name` (with or without "Luật") has the number `symbol`."""
        key = indicator_key(name if name.lower().startswith("luật") else f"Luật {name}")
        return any(law.symbol == symbol for law in self.by_name.get(key, ()))

    def identify(
        self, name: str, date: datetime.date | None = None, year: int | None = None
    ) -> Law | None:
        """The law named `name` (with or without "Luật") adopted on `date`, else the one law of
        that name adopted in `year`; None when the list has none, or two for that year."""
        key = indicator_key(name if name.lower().startswith("luật") else f"Luật {name}")
        laws = self.by_name.get(key, ())
        if date is not None:
            found = [law for law in laws if law.date == date]
        elif year is not None:
            found = [law for law in laws if law.date.year == year]
        else:
            return None  # the name alone: which of its laws (in force when?) is not said
        return found[0] if len(found) == 1 else None


def parse_laws(text: str, path: str = "laws.tsv") -> list[Law]:
    """The rows of a laws file; a malformed row is an NqgraphError naming its line."""
    laws = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("symbol\t"):
            continue
        cells = line.split("\t")
        try:
            symbol, when, name = (cell.strip() for cell in cells)
            date = datetime.date.fromisoformat(when)
        except ValueError:
            raise NqgraphError(
                "a law is a symbol, an ISO date and a name, separated by tabs",
                path=path,
                line=line_no,
            ) from None
        found = find_identifiers(symbol)
        parsed = found[0] if len(found) == 1 and found[0].symbol == symbol else None
        if parsed is None or parsed.year != date.year or not name.startswith("Luật "):
            raise NqgraphError(
                f"{symbol!r} of {when} is not a law's symbol of that year, named 'Luật …'",
                path=path,
                line=line_no,
            )
        laws.append(Law(symbol, parsed.number, date.year, parsed.issuer_code, date, name))
    return laws


@cache
def law_list() -> LawList:
    """The list of this checkout, read once per process."""
    path = laws_file()
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return LawList({})
    except (OSError, UnicodeDecodeError) as exc:
        raise NqgraphError(f"cannot read the list of laws: {exc}", path=str(path)) from None
    return LawList.from_rows(parse_laws(text, str(path)))


def law_triples(iris: Iris) -> list[Triple]:
    """The list as RDF under the build's base (published as `vocabularies/laws.ttl`, stored in
    the vocabulary graph): each law's number, symbol, date, name and the National Assembly
    that passed it, so that a law is found by its number ("77/2015/QH13") even where every
    text cites it by name and date."""
    assembly = iris.body("Quốc hội", None)
    law_type = doc_type["luat"]
    triples: list[Triple] = [
        (assembly, rdf.type, org.Organization),
        (assembly, skos.prefLabel, literal("Quốc hội", lang="vi")),
    ]
    laws = sorted((law for found in law_list().by_name.values() for law in found), key=_order)
    for law in laws:
        cited = model.DocumentRef(
            model.DocKind.LAW,
            model.Span(0, 0, 0, 0, ""),
            "L",
            number=law.number,
            symbol=law.symbol,
            issuer_code=law.issuer_code,
            year=law.year,
        )
        node = iris.document(cited, None)
        triples += [
            (node, rdf.type, nq.Document),
            (node, eli.type_document, law_type),
            (node, eli.number, literal(law.number)),
            (node, eli.id_local, literal(law.symbol)),
            (node, eli.date_document, literal(law.date.isoformat(), datatype=XSD_DATE)),
            (node, dcterms.title, literal(law.name, lang="vi")),
            (node, eli.passed_by, assembly),
        ]
    return triples


def _order(law: Law) -> tuple[datetime.date, int]:
    return law.date, int(law.number)
