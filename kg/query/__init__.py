"""SPARQL over the store: run a query, render its results.

Layer: query, over the store; must not import kg.network, kg.validate, kg.viz, kg.export, kg.graph
or kg.cli.
"""

from kg.query.sparql import QueryResult, run_query

__all__ = ["QueryResult", "run_query"]
