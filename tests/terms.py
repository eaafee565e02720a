"""Narrowing rdflib terms in assertions: a term of the wrong kind (or None) fails the test."""

from __future__ import annotations

from rdflib import Literal, URIRef


def literal(term: object) -> Literal:
    """`term`, which must be an rdflib Literal."""
    assert isinstance(term, Literal), term
    return term


def uriref(term: object) -> URIRef:
    """`term`, which must be an rdflib URIRef."""
    assert isinstance(term, URIRef), term
    return term
