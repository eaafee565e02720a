"""Render a `model.Resolution` for people (text) and machines (JSON)."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from nqgraph import model


def to_json(res: model.Resolution) -> dict[str, Any]:
    """The whole model as JSON-ready data; the source text itself is left out."""
    data = _plain(res)
    assert isinstance(data, dict)
    data["source"].pop("text", None)
    return data


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _fmt_value(t: model.Target) -> str:
    value = format(t.value.normalize(), "f").replace(".", ",")
    if t.upper is not None:
        value += " - " + format(t.upper.normalize(), "f").replace(".", ",")
    unit = f" {t.unit}" if t.unit and t.unit != "%" else t.unit
    return f"{t.comparator.value} {value}{unit}"


def _ref(r: model.DocumentRef) -> str:
    ident = r.symbol or r.title or r.doc_type
    when = f" ({r.date.isoformat()})" if r.date else ""
    by = f" — {r.issuer.name}" if r.issuer else ""
    return f"{ident}{when}{by}"


def to_text(res: model.Resolution) -> str:
    """A readable summary: header, counts, and the first lines of each list."""
    lines: list[str] = []
    session = res.session
    lines.append(f"{res.source.path}")
    lines.append(
        f"  {res.symbol or '(no number)'}  {res.date or '(no date)'}  {res.place or ''}".rstrip()
    )
    if res.issuing_body:
        lines.append(f"  issued by: {res.issuing_body.name}")
    if session:
        kind = f" ({session.kind})" if session.kind else ""
        lines.append(f"  session:   term {session.term}, session {session.session}{kind}")
    if res.title:
        lines.append(f"  title:     {res.title}")
    lines.append(f"  legal bases ({len(res.legal_bases)}):")
    lines.extend(f"    - {_ref(r)}  [line {r.span.line}]" for r in res.legal_bases)
    lines.append(f"  considered ({len(res.considered)}):")
    lines.extend(f"    - {_ref(r)}  [line {r.span.line}]" for r in res.considered)
    numbered = sum(a.number is not None for a in res.articles)
    body = " + a body without 'Điều'" if numbered < len(res.articles) else ""
    lines.append(f"  articles: {numbered}{body}   references in the body: {len(res.references)}")
    lines.append(f"  targets ({len(res.targets)}):")
    lines.extend(
        f"    - {t.indicator}: {_fmt_value(t)} ({t.kind.value}, {t.target_year})"
        f"  [line {t.span.line}]"
        for t in res.targets
    )
    lines.append(f"  tasks: {len(res.tasks)}")
    lines.append(f"  assignments ({len(res.assignments)}):")
    lines.extend(f"    - {a.role.value}: {a.body.name}" for a in res.assignments)
    if res.adoption:
        lines.append(
            f"  adopted:   {res.adoption.date} "
            f"(term {res.adoption.term}, session {res.adoption.session})"
        )
    if res.in_force:
        lines.append(f"  in force:  {res.in_force}")
    if res.signer:
        s = res.signer
        who = " ".join(x for x in (s.authority, s.title, s.name) if x)
        lines.append(f"  signer:    {who}")
    lines.append(f"  recipients: {len(res.recipients)}")
    if res.missing:
        lines.append(f"  missing:   {', '.join(res.missing)}")
    return "\n".join(lines) + "\n\n"
