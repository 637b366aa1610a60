"""The entity graph as GraphML and GEXF, for Gephi, Cytoscape and networkx.

The graph is :func:`kg.network.to_networkx` (entities as nodes, asserted
relations as edges keyed by predicate; the open layer too when asked), without the
entities in no relation: a network file is a picture of relations, and thousands of
lone dots drown it in Gephi. GraphML and GEXF attributes must be
strings or numbers, so lists of strings are joined with `` | `` (``aliases``,
``articles``), other structured values (an edge's ``evidence``) become a JSON
string, and each list also gets a ``<name>_count``. XML 1.0 cannot hold control
characters at all (not even escaped): they become U+FFFD. Bytes are stable for the
same store: nodes and edges come sorted, and GEXF's ``lastmodifieddate`` is the
day of the newest build in the store (``SOURCE_DATE_EPOCH`` wins when set), not
today.

Layer: export, beside kg.viz; must not import kg.viz, kg.graph or kg.cli.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from typing import Any

import networkx as nx

from kg.network import to_networkx
from kg.store import KGStore

JOIN = " | "
#: characters XML 1.0 cannot hold at all (control characters but tab and newlines, lone surrogates, U+FFFE/F)
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` with each character XML 1.0 forbids replaced by U+FFFD (GraphML and GEXF are XML)."""
    return _NOT_XML.sub("\ufffd", text)


def _flat(data: dict[str, Any]) -> dict[str, str | int | float]:
    flat: dict[str, str | int | float] = {}
    for name, value in sorted(data.items()):
        if value is None:
            continue
        if isinstance(value, bool):
            flat[name] = "true" if value else "false"
        elif isinstance(value, str):
            flat[name] = xml_safe(value)
        elif isinstance(value, int | float):
            flat[name] = value
        elif isinstance(value, list | tuple | set | frozenset):
            items = sorted(value, key=str) if isinstance(value, set | frozenset) else list(value)
            if all(isinstance(item, str) for item in items):
                flat[name] = xml_safe(JOIN.join(items))
            else:
                flat[name] = xml_safe(json.dumps(items, ensure_ascii=False, sort_keys=True, default=str))
            flat[f"{name}_count"] = len(items)
        else:
            flat[name] = xml_safe(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))
    return flat


def entity_network(store: KGStore, layer: str = "entity") -> Any:
    """:func:`kg.network.to_networkx` of ``layer`` with every attribute a string or a number."""
    source = to_networkx(store, layer=layer)
    graph = nx.MultiDiGraph()
    for node, data in source.nodes(data=True):
        graph.add_node(xml_safe(str(node)), **_flat(data))
    for u, v, key, data in source.edges(keys=True, data=True):
        graph.add_edge(xml_safe(str(u)), xml_safe(str(v)), key=xml_safe(str(key)), **_flat(data))
    return graph


def _types_consistent(graph: Any) -> Any:
    """GraphML declares one type per attribute: a name holding both text and numbers becomes text."""
    for items in (list(graph.nodes(data=True)), [(None, d) for *_e, d in graph.edges(keys=True, data=True)]):
        kinds: dict[str, set[type]] = {}
        for _n, data in items:
            for name, value in data.items():
                kinds.setdefault(name, set()).add(type(value))
        mixed = {name for name, found in kinds.items() if len(found) > 1}
        for _n, data in items:
            for name in mixed & set(data):
                data[name] = str(data[name])
    return graph


def graphml_bytes(store: KGStore, layer: str = "entity") -> bytes:
    graph = _types_consistent(entity_network(store, layer))
    return ("\n".join(nx.generate_graphml(graph, encoding="utf-8", prettyprint=True)) + "\n").encode("utf-8")


def _build_day(store: KGStore) -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).strftime("%Y-%m-%d")
    rows = store.query("SELECT (MAX(STR(?t)) AS ?latest) WHERE { GRAPH ?g { ?g "
                       "<http://www.w3.org/ns/prov#generatedAtTime> ?t } }")
    for row in rows:
        latest = row["latest"]
        value = str(latest.value) if latest is not None else ""
        if re.match(r"\d{4}-\d\d-\d\d", value):
            return value[:10]
    return "1970-01-01"


def gexf_bytes(store: KGStore, layer: str = "entity") -> bytes:
    graph = _types_consistent(entity_network(store, layer))
    text = "\n".join(nx.generate_gexf(graph, encoding="utf-8", prettyprint=True)) + "\n"
    text = re.sub(r'lastmodifieddate="[^"]*"', f'lastmodifieddate="{_build_day(store)}"', text, count=1)
    return text.encode("utf-8")
