"""Bound parameters written into a query's text for a SPARQL server (`nqgraph.prebind`): the
rewritten text is valid SPARQL, keeps every value one term, and answers what the engine's own
substitution answers, for every stored query."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from nqgraph.catalogue import load_catalogue, resolve
from nqgraph.prebind import inject_values, prebind, query_form
from nqgraph.store import OxigraphRepo, bind_in_text, to_ntriples
from tests.conftest import QUERY_PARAMS, RES_94, RES_112

CATALOGUE = load_catalogue()
EX = "http://ex/"
EVIL = Literal('} ; DROP ALL ; { " ?o')


def test_prebind_replaces_the_variable_everywhere_but_text() -> None:
    query = (
        "PREFIX ex: <http://ex/#>  # a comment with { and ?o\n"
        'SELECT DISTINCT ?s ?o (CONCAT("?o {", STR(?o)) AS ?c) WHERE {\n'
        "  ?s ex:p? ?o ; ex:q <http://ex/?o=1> .\n"
        "  { SELECT ?o ?n WHERE { ?o ex:n ?n } }\n"
        "  FILTER(?o != ex:o)\n"
        "} ORDER BY ?o DESC(?o) ?s"
    )
    assert prebind(query, {"o": "<http://ex/x>"}) == (
        "PREFIX ex: <http://ex/#>  # a comment with { and ?o\n"
        'SELECT DISTINCT ?s (<http://ex/x> AS ?o) (CONCAT("?o {", STR(<http://ex/x>)) AS ?c) '
        "WHERE {\n"
        "  ?s ex:p? <http://ex/x> ; ex:q <http://ex/?o=1> .\n"
        "  { SELECT  ?n WHERE { <http://ex/x> ex:n ?n } }\n"
        "  FILTER(<http://ex/x> != ex:o)\n"
        "} ORDER BY (<http://ex/x>) DESC(<http://ex/x>) ?s"
    )
    assert prebind(query, {}) == query


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?s ?p ?o }",  # the column would go
        "SELECT ?s WHERE { ?s ?p ?x { SELECT ?o WHERE { ?x ?q ?o } } }",  # nothing else projected
        "SELECT ?s WHERE { ?s ?p ?x BIND(STR(?x) AS ?o) }",  # the query assigns it
        "SELECT ?s WHERE { VALUES ?o { 1 2 } ?s ?p ?o }",
        "SELECT ?s WHERE { VALUES (?x ?o) { (1 2) } ?s ?p ?o }",
    ],
)
def test_prebind_declines_what_would_change_the_answer(query: str) -> None:
    assert prebind(query, {"o": '"v"'}) is None
    assert "VALUES (?o)" in bind_in_text(query, {"o": Literal("v")})


def test_prebind_keeps_other_query_forms() -> None:
    assert prebind("ASK { ?s ?p ?o }", {"o": '"1"'}) == 'ASK { ?s ?p "1" }'
    assert prebind("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"s": "<http://ex/s>"}) == (
        "CONSTRUCT { <http://ex/s> ?p ?o } WHERE { <http://ex/s> ?p ?o }"
    )
    assert prebind("SELECT ?s { ?s ?p ?o } GROUP BY ?o ?s", {"o": '"1"'}) == (
        'SELECT ?s { ?s ?p "1" } GROUP BY ("1") ?s'
    )
    # a sub-select may keep * and other columns
    assert prebind("SELECT ?s { { SELECT * { ?s ?p ?o } } }", {"o": '"1"'}) == (
        'SELECT ?s { { SELECT * { ?s ?p "1" } } }'
    )


def test_a_value_stays_one_term() -> None:
    repo = OxigraphRepo(None)
    repo.replace_graph(EX + "g", f"<{EX}s> <{EX}p> {to_ntriples(EVIL)} .\n".encode())
    query = "SELECT ?s ?o WHERE { ?s ?p ?o }"
    for text in (
        bind_in_text(query, {"o": EVIL}),
        inject_values(query, {"o": to_ntriples(EVIL)}),
    ):
        assert repo.select(text).rows == [{"s": URIRef(EX + "s"), "o": EVIL}]
    assert repo.count() == 1


def test_inject_values_goes_into_the_outer_group() -> None:
    query = (
        "PREFIX ex: <http://ex/#>  # a comment with {\n"
        'SELECT ?s (CONCAT("{", ?o) AS ?c) WHERE { ?s ?p ?o } ORDER BY ?s'
    )
    injected = inject_values(query, {"o": '"x"'})
    assert injected.endswith('WHERE { VALUES (?o) { ("x") }  ?s ?p ?o } ORDER BY ?s')
    assert inject_values(query, {}) == query
    with pytest.raises(ValueError, match="no WHERE group"):
        inject_values("SELECT ?s # {", {"o": '"x"'})


# every stored query, with each parameter it takes bound to a value of the seeds
SEED_PARAMS: dict[str, list[dict[str, str]]] = {
    "cited-documents": [{"resolution": RES_112}, {"resolution": "94/NQ-HĐND"}],
    "considered-documents": [{"resolution": RES_112}],
    "legal-bases": [{"resolution": RES_94}],
    "indicator-targets": [{"resolution": RES_112}],
    "indicator-series": [{"indicator": "Tốc độ tăng trưởng kinh tế"}],
    "province-series": [{"province": "Thái Nguyên", "indicator": "Tỷ lệ hộ nghèo"}],
    "responsibilities": [{"resolution": RES_112}],
    "session-record": [{"resolution": RES_94}],
    "task-lineage": [{"resolution": RES_112}],
}


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_prebound_queries_answer_as_substituted(local_repo: OxigraphRepo, name: str) -> None:
    """The text a server gets (run here on the embedded store, without bindings) answers what
    the engine answers with the same values substituted, for every stored query."""
    query = CATALOGUE[name]
    cases = SEED_PARAMS.get(name, []) + ([QUERY_PARAMS[name]] if name in QUERY_PARAMS else [])
    assert cases, f"give {name} a parameter value"
    for values in cases:
        for bindings in resolve(query, local_repo, values):
            terms = {n: to_ntriples(v) for n, v in bindings.items()}
            assert prebind(query.text, terms) is not None  # the fast form, not VALUES
            here = local_repo.select(query.text, bindings)
            there = local_repo.select(bind_in_text(query.text, bindings))
            assert there.variables == here.variables
            assert there.rows == here.rows
            assert len(here) > 0


# Queries where a careless rewrite answers otherwise (found by a review): each must answer, on
# a small store, what the engine answers with the value substituted. x = ex:a, m = 2.
SCOPING = [
    # a sub-select that does not project ?x has a variable of its own by that name
    "SELECT ?x ?n WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?x ex:p ?o } } }",
    "SELECT ?x ?y WHERE { ex:a ex:q ?y { SELECT ?y WHERE { ?x ex:q ?y } } }",
    # MINUS sharing only the bound variable: the engine keeps it shared
    "SELECT ?x ?o WHERE { ?x ex:p ?o MINUS { ?x ex:q ?z } }",
    "SELECT ?x ?o WHERE { ?x ex:p ?o MINUS { ?x ex:q ?o } }",
    # `<` as the comparison operator, not an IRI
    "SELECT ?x ?o ?m WHERE { ?x ex:p ?o FILTER(?o<?m&&?o>0) }",
    "SELECT ?x ?o ?m WHERE { ?x ex:p ?o FILTER(?m<?o) }",
    "SELECT ?x WHERE { ?x ex:p ?o FILTER(BOUND(?x)) }",
    'SELECT ?x ?l WHERE { ?x ex:l ?l FILTER(?l != "y"@as) }',
    # a literal bound where SPARQL allows none (a predicate, a graph name): it matches nothing
    "SELECT ?s ?m WHERE { ?s ?m ?o }",
    "SELECT ?s ?m WHERE { ?s ex:p ?o ; ?m ?o }",
    "SELECT ?s ?m WHERE { ?s ex:p 1 . ex:a ?m ?o }",
    "SELECT ?s ?m WHERE { GRAPH ?m { ?s ex:p ?o } }",
    "SELECT ?s ?m WHERE { ?s ex:p ?o FILTER(?o > 0) ?s ?m ?o }",
]


@pytest.mark.parametrize("query", SCOPING)
def test_server_text_answers_as_substituted_on_tricky_queries(query: str) -> None:
    repo = OxigraphRepo(None)
    data = (
        "<http://ex/a> <http://ex/p> 1 , 2 , 3 ; <http://ex/q> <http://ex/b> ;"
        ' <http://ex/l> "x"@as .\n'
        "<http://ex/b> <http://ex/p> 4 ; <http://ex/q> <http://ex/c> .\n"
    )
    repo.replace_graph(EX + "g", data.encode(), "text/turtle")
    text = "PREFIX ex: <http://ex/>\n" + query
    bindings = {"x": URIRef(EX + "a"), "m": Literal(2)}
    used = {k: v for k, v in bindings.items() if f"?{k}" in query}
    substituted = repo.select(text, used)
    sent = bind_in_text(text, used)
    assert sorted(map(str, repo.select(sent).rows)) == sorted(map(str, substituted.rows))


@pytest.mark.parametrize(
    ("query", "form"),
    [
        ("#+ title: ask nothing\nPREFIX ex: <http://ex/>\nSELECT * WHERE {}", "SELECT"),
        ("BASE <http://ex/> prefix ask: <http://ex/ask#> ask { ?s ?p ?o }", "ASK"),
        ("# CONSTRUCT in a comment\nDESCRIBE <http://ex/a>", "DESCRIBE"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("PREFIX ex: <http://ex/> INSERT DATA { ex:a ex:b ex:c }", "UPDATE"),
        ("DROP GRAPH <http://ex/g>", "UPDATE"),
        ("", None),
        ("FOO", None),
    ],
)
def test_query_form(query: str, form: str | None) -> None:
    assert query_form(query) == form
