"""The native SPARQL subset (`nqgraph.sparql_native`) answers what rdflib's evaluator answers.

Every shape query it accepts is run both ways on the seeds, generated resolutions and their
mutations; small hand-made queries pin the corners of rdflib's semantics that the subset
copies (duplicates from paths, errors in `!`, `&&`, `||`, `STR` of a blank node) and the
constructs it must leave to rdflib.
"""

from __future__ import annotations

from collections import Counter
from random import Random

import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.sparql import prepareQuery

from nqgraph.shacl_fast import DataIndex, _Query
from nqgraph.sparql_native import compile_select
from nqgraph.terms import Triple, from_rdflib_triples
from nqgraph.validate import _index_with_vocabulary, shapes_plan
from tests.test_validate_fast import GENERATED_TRIPLES, MUTATED, SEED_GRAPHS

EX = "http://ex/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _query(text: str) -> _Query:
    query = prepareQuery(f"PREFIX ex: <{EX}>\n{text}")
    return _Query(
        URIRef(f"{EX}q"), text, query, "$this" in text, None, native=compile_select(query.algebra)
    )


def _rows(rows: list[dict[str, str]]) -> Counter[frozenset[tuple[str, str]]]:
    return Counter(frozenset(r.items()) for r in rows)


def both(text: str, triples: list[Triple], this: str | None = None) -> list[dict[str, str]]:
    """The query's rows, natively; asserts rdflib's evaluator gives the same multiset."""
    query = _query(text)
    assert query.native is not None, "the query should lie in the subset"
    index = DataIndex.of(triples)
    native = query.native.rows(index, {"this": this} if this is not None else {})
    assert _rows(native) == _rows(query.rdflib_rows(index, this))
    return native


def _shape_queries() -> list[_Query]:
    plan = shapes_plan()
    found: dict[object, _Query] = {}
    for shape in plan.shapes.values():
        for query in shape.target_queries:
            found[query.node] = query
        for constraint in shape.constraints:
            for query in getattr(constraint, "queries", ()):
                found[query.node] = query
    return list(found.values())


def test_most_shape_queries_run_natively() -> None:
    """The three SPARQL targets (two thirds of validation on rdflib) are in the subset."""
    queries = _shape_queries()
    native = [q for q in queries if q.native is not None]
    assert {str(q.node) for q in queries if not q.binds_this} <= {str(q.node) for q in native}
    assert len(native) >= 5


_SEEDS = [(p.stem, sorted(from_rdflib_triples(Graph().parse(p)))) for p in SEED_GRAPHS]
_SAMPLES = _SEEDS + GENERATED_TRIPLES[:6] + MUTATED[:12]


@pytest.mark.parametrize("triples", [t for _, t in _SAMPLES], ids=[n for n, _ in _SAMPLES])
def test_shape_queries_answer_as_rdflib(triples: list[Triple]) -> None:
    index = _index_with_vocabulary(triples)
    rng = Random(7)
    subjects = sorted(index.spo)
    answered = 0
    for query in _shape_queries():
        if query.native is None:
            continue
        if not query.binds_this:
            rows = query.native.rows(index, {})
            assert _rows(rows) == _rows(query.rdflib_rows(index, None)), query.node
            answered += len(rows)
            continue
        for this in rng.sample(subjects, min(60, len(subjects))):
            rows = query.native.rows(index, {"this": this})
            assert _rows(rows) == _rows(query.rdflib_rows(index, this)), (query.node, this)
            answered += len(rows)
    assert answered > 0  # the targets find the resolution and its cited documents


# -- the corners of rdflib's semantics ----------------------------------------------------------

A, B, C = f"{EX}a", f"{EX}b", f"{EX}c"
P, Q = f"{EX}p", f"{EX}q"
DATA: list[Triple] = [
    (A, P, B),
    (A, Q, B),
    (B, P, C),
    (A, P, A),
    (A, f"{EX}id", '"12/2024/NQ-HĐND"'),
    (B, f"{EX}id", f'"12"^^<{XSD}integer>'),
    (C, f"{EX}id", '"18-NQ/TW"@vi'),
    (C, f"{EX}blank", "_:n1"),
]


def test_paths_keep_rdflib_multiplicities() -> None:
    assert len(both("SELECT ?x WHERE { ?x ex:p|ex:q ex:b }", DATA)) == 2  # one per alternative
    # a-p-b-p-c, a-p-a-p-b, a-p-a-p-a: one row per intermediate node
    assert _rows(both("SELECT ?y WHERE { ex:a ex:p/ex:p ?y }", DATA)) == _rows(
        [{"y": C}, {"y": B}, {"y": A}]
    )
    assert len(both("SELECT ?x ?y WHERE { ?x ex:p/ex:p ?y }", DATA)) == 3
    assert len(both("SELECT ?x WHERE { ?x ex:p/ex:p ex:b }", DATA)) == 1  # walked backwards
    assert _rows(both("SELECT ?x WHERE { ?x ^ex:p ex:a }", DATA)) == _rows([{"x": B}, {"x": A}])
    assert both("SELECT ?x WHERE { ?x ex:p ?x }", DATA) == [{"x": A}]
    assert len(both("SELECT DISTINCT ?x WHERE { ?x ex:p|ex:q ?y }", DATA)) == 2


def test_filters_and_errors_as_rdflib() -> None:
    # REGEX on an xsd:integer is an error: the solution is dropped, negated or not
    ids = "SELECT ?x WHERE { ?x ex:id ?id FILTER (%s) }"
    assert _ids(both(ids % 'REGEX(?id, "^12")', DATA)) == {A}
    assert _ids(both(ids % '!REGEX(?id, "^12")', DATA)) == {C}
    assert _ids(both(ids % 'REGEX(STR(?id), "^12")', DATA)) == {A, B}  # STR makes a string
    assert _ids(both(ids % 'REGEX(?id, "nq", "i")', DATA)) == {A, C}  # flags; language tags
    # `&&` stops at a false operand before an error, not after; `||` lets true win over errors
    first = ids % '!(NOT EXISTS { ?x ex:p ?any } && REGEX(?id, "x"))'
    then = ids % '!(REGEX(?id, "x") && NOT EXISTS { ?x ex:p ?any })'
    assert _ids(both(first, DATA)) == {A, B, C}  # B: false && error is false
    assert _ids(both(then, DATA)) == {A, C}  # B: error && false is an error
    either = ids % 'REGEX(?id, "x") || EXISTS { ?x ex:p ?any }'
    assert _ids(both(either, DATA)) == {A, B}
    # an unbound variable is an error; STR of a blank node is its label (rdflib)
    assert both('SELECT ?x WHERE { ?x ex:p ?y FILTER (REGEX(STR(?z), "")) }', DATA) == []
    blank = 'SELECT ?x WHERE { ?x ex:blank ?b FILTER (REGEX(STR(?b), "^n1$")) }'
    assert _ids(both(blank, DATA)) == {C}


def test_exists_sees_the_outer_bindings() -> None:
    nested = """SELECT DISTINCT ?x WHERE { ?x ex:id ?id .
        FILTER NOT EXISTS { ?x ex:p ?y . FILTER EXISTS { ?y ex:p ?z } } }"""
    assert _ids(both(nested, DATA)) == {B, C}
    assert both("SELECT $this WHERE { FILTER NOT EXISTS { $this ex:q ?y } }", DATA, this=B) == [
        {"this": B}
    ]
    assert both("SELECT $this WHERE { FILTER NOT EXISTS { $this ex:q ?y } }", DATA, this=A) == []


def _ids(rows: list[dict[str, str]]) -> set[str]:
    return {r["x"] for r in rows}


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?x WHERE { ?x ex:p ?y OPTIONAL { ?y ex:q ?z } }",
        "SELECT ?x WHERE { ?x ex:id 12 }",  # a literal constant: rdflib normalises it
        "SELECT ?x WHERE { ?x ex:id ?id FILTER (?id > 3) }",
        "SELECT ?x WHERE { ?x ex:p* ?y }",
        "SELECT ?x WHERE { { ?x ex:p ?y } UNION { ?x ex:q ?y } }",
        "SELECT (COUNT(?x) AS ?n) WHERE { ?x ex:p ?y }",
        "SELECT ?x WHERE { ?x ex:p ?y FILTER EXISTS { { ?y ex:p ?z FILTER (?x) } ?z ex:p ?w } }",
        'SELECT ?x WHERE { ?x ex:id ?id FILTER (REGEX(?id, "(")) }',  # rdflib fails at run time
    ],
)
def test_the_rest_is_left_to_rdflib(text: str) -> None:
    query = prepareQuery(f"PREFIX ex: <{EX}>\n{text}")
    assert compile_select(query.algebra) is None
