"""SPARQL over the store: run a query, render its results."""

from kg.query.sparql import QueryResult, run_query

__all__ = ["QueryResult", "run_query"]
