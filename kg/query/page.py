"""The endpoint's query page for people: ``GET /``, a SPARQL editor over the store.

What it offers: a CodeMirror 6 editor with SPARQL highlighting and completion of the prefixes,
classes and predicates of ``GET /schema.json`` (:mod:`kg.query.schema`: ``kg:acq`` offers
``kg:acquired``, with its meaning); a results table whose IRIs open a describe view of the entity
(``GET /describe?iri=``: its facts with their evidence sentences and article ids); a CSV download
(``/sparql?format=csv``, the endpoint's own serialiser); "Draw as graph" (``GET /graph?query=``, the
explorer page of :mod:`kg.viz` drawn on the result); and example queries made from the store's own
content (:func:`store_examples`: its most connected entity, its commonest relation).

Guarantees: self-contained (no external script, style, font or image: it works offline). The
editor is vendored in ``kg/query/assets/editor.js`` (built from npm by ``assets/src/build.sh`` at
development time, licences in ``assets/LICENSE-editor.txt``) and inlined. The Content-Security-Policy,
sent as a header and repeated in a ``<meta>``, has ``default-src 'none'`` and allows only this page's
own scripts and style by hash, and ``fetch`` to the same origin. Text from the store is put in the
page with ``textContent`` (or CodeMirror's text nodes) only, never ``innerHTML``, so a label like
``<script>`` stays text; the example queries are plain ``<option>`` values, HTML-escaped.

Layer: query, over the store; must not import kg.network, kg.validate, kg.viz, kg.export, kg.graph
or kg.cli.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from html import escape
from pathlib import Path

import pyoxigraph

from kg.query.schema import Schema, Select

_ASSETS = Path(__file__).resolve().parent / "assets"

#: examples that fit any kg store: (title, query)
GENERIC_EXAMPLES: list[tuple[str, str]] = [
    ("Articles and their dates",
     ('SELECT ?headline ?date ?article WHERE {\n'
      '  ?article a schema:NewsArticle ;\n'
      '           schema:headline ?headline .\n'
      '  OPTIONAL { ?article schema:datePublished ?date }\n'
      '}\nORDER BY ?date')),
    ("Most mentioned entities (in statements)",
     ('SELECT ?entity ?statements WHERE {\n'
      '  { SELECT ?e (COUNT(*) AS ?statements) WHERE {\n'
      '      { ?statement rdf:subject ?e } UNION { ?statement rdf:object ?e } FILTER(isIRI(?e))\n'
      '    } GROUP BY ?e ORDER BY DESC(?statements) LIMIT 10 }\n'
      '  ?e rdfs:label ?entity .\n'
      '}\nORDER BY DESC(?statements) ?entity')),
]

# The most connected IRIs, then (a second, small query) their types and labels. Each shape here is the
# fast one on a big store (bench/schema.py): joining every statement's ends to their types first, the
# path rdf:subject|rdf:object in place of the UNION, or a tie-break on ?e in the ORDER BY (it compares
# strings across every group) each cost ten times as much in Oxigraph 0.5.
_MOST_CONNECTED = """SELECT ?e (COUNT(*) AS ?n) WHERE { { ?st rdf:subject ?e } UNION { ?st rdf:object ?e } FILTER(isIRI(?e)) }
GROUP BY ?e ORDER BY DESC(?n) LIMIT 50"""
_ENTITY_TYPES = {f"https://w3id.org/kg-news/ontology#{name}" for name in (
    "Person", "Organization", "Place", "Group", "Event", "Product", "Work", "Document")}
_TYPES_AND_LABELS = """SELECT ?e ?type ?label WHERE { VALUES ?e { %s } ?e a ?type ; rdfs:label ?label }"""


def store_examples(select: Select, schema: Schema) -> list[tuple[str, str]]:
    """Example queries about this store's own content, then :data:`GENERIC_EXAMPLES`.

    Made from its most connected entity (the most statements; ties: smallest IRI, among the fifty most
    connected IRIs) and its commonest
    relation (the ``kg:`` relation with the most triples): what that entity is known for, the same as a
    graph to draw, and who did that relation to whom. A store with neither gets the generic ones only.
    """
    examples: list[tuple[str, str]] = []
    # ties broken here, by IRI, among the fifty (not by the store across every entity)
    ranked = sorted(((-int(row["n"] or 0), row["e"]) for row in select(_MOST_CONNECTED) if row["e"]))
    labels: dict[str, str] = {}
    if ranked:
        for row in select(_TYPES_AND_LABELS % " ".join(str(pyoxigraph.NamedNode(iri)) for _, iri in ranked)):
            if row["type"] in _ENTITY_TYPES and row["e"] and row["label"]:
                labels[row["e"]] = min(labels.get(row["e"], row["label"]), row["label"])
    label = next((labels[iri] for _, iri in ranked if iri in labels), None)
    if label:
        name = str(pyoxigraph.Literal(label))  # a SPARQL string, quotes and backslashes escaped
        examples.append((f"What is known about {label} (the most connected entity), with evidence", (
            'SELECT DISTINCT ?subject ?predicate ?object ?evidence WHERE {\n'
            f'  ?entity rdfs:label {name} .\n'
            '  { ?st rdf:subject ?entity } UNION { ?st rdf:object ?entity }\n'
            '  ?st rdf:subject ?s ; rdf:predicate ?predicate ; rdf:object ?o ; kg:evidence ?evidence .\n'
            '  OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?o rdfs:label ?ol }\n'
            '  BIND(COALESCE(?sl, STR(?s)) AS ?subject)\n'
            '  BIND(COALESCE(?ol, STR(?o)) AS ?object)\n'
            '}\nORDER BY ?predicate ?subject ?object\nLIMIT 200')))
        examples.append((f"{label}'s relations as ?s ?p ?o (press Draw as graph)", (
            'SELECT DISTINCT ?s ?p ?o WHERE {\n'
            f'  ?entity rdfs:label {name} .\n'
            '  { ?entity ?p ?o . BIND(?entity AS ?s) } UNION { ?s ?p ?entity . BIND(?entity AS ?o) }\n'
            '  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .\n'
            '}\nLIMIT 500')))
    used = [t for t in schema.predicates if t.kind == "relation" and t.count > 0]
    if used:
        relation = max(used, key=lambda t: (t.count, t.statements))  # ties: the first, in schema order
        examples.append((f"The commonest relation, {relation.name} ({relation.label}): who to whom, with evidence", (
            'SELECT ?subject ?object ?evidence WHERE {\n'
            f'  ?st rdf:predicate {relation.name} ; rdf:subject ?s ; rdf:object ?o ; kg:evidence ?evidence .\n'
            '  FILTER NOT EXISTS { ?st a kg:OpenStatement }\n'
            '  ?s rdfs:label ?subject .\n'
            '  OPTIONAL { ?o rdfs:label ?ol } BIND(COALESCE(?ol, STR(?o)) AS ?object)\n'
            '}\nLIMIT 100')))
    return examples + GENERIC_EXAMPLES


_CSS = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem auto; max-width: 80rem; padding: 0 1rem; color: #1d1d1f; }
h1 { font-size: 1.3rem; margin: 0 0 .3rem; }
h2 { font-size: 1.1rem; margin: 1rem 0 .3rem; }
p.note { color: #555; margin: 0 0 1rem; font-size: .9rem; }
#editor { display: block; border: 1px solid #bbb; min-height: 12rem; }
.bar { display: flex; gap: .6rem; align-items: center; margin: .5rem 0 1rem; flex-wrap: wrap; }
button, a.button { font: inherit; padding: .35rem 1rem; cursor: pointer; border: 1px solid #999; border-radius: 3px;
  background: #f4f4f4; color: inherit; text-decoration: none; }
a.button[aria-disabled="true"] { color: #999; pointer-events: none; }
#status { color: #555; }
#status.error { color: #b00020; white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #ddd; padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; position: sticky; top: 0; }
td a.iri { color: #0645ad; cursor: pointer; }
pre { background: #f7f7f7; padding: .6rem; overflow: auto; }
#describe { border-top: 2px solid #ddd; margin-top: 1rem; }
#describe[hidden] { display: none; }
#describe .types { color: #555; }
""".strip()

_JS = r"""
"use strict";
const menu = document.getElementById("examples");
const status = document.getElementById("status");
const out = document.getElementById("results");
const csv = document.getElementById("csv");
const draw = document.getElementById("draw");
const describeBox = document.getElementById("describe");
const first = document.getElementById("first-example").textContent;
const prefixes = {};
// filled when schema.json arrives; the editor's completion reads this same array
const words = ["SELECT", "DISTINCT", "WHERE", "OPTIONAL", "FILTER", "UNION", "GROUP BY", "ORDER BY", "DESC", "LIMIT",
  "CONSTRUCT", "ASK", "DESCRIBE", "VALUES", "BIND", "COUNT", "COALESCE", "STR", "LANG", "REGEX", "CONTAINS"]
  .map((w) => ({label: w, type: "keyword"}));
const editor = window.kgEditor.create(document.getElementById("editor"), {doc: first, words, onRun: run});
document.body.dataset.editor = "1";

fetch("schema.json").then((r) => r.ok ? r.json() : Promise.reject(new Error(r.status + " " + r.statusText)))
  .then((schema) => {
    for (const [name, iri] of Object.entries(schema.prefixes)) {
      prefixes[name] = iri;
      words.push({label: name + ":", type: "namespace", detail: iri});
    }
    for (const t of schema.classes) {
      words.push({label: t.name, type: "class", detail: (t.label ? t.label + " · " : "") + t.count + " in store",
                  info: t.comment || undefined, boost: t.count ? 1 : 0});
    }
    for (const t of schema.predicates) {
      const uses = t.kind === "relation" || t.kind === "open relation" ? t.statements + " statements" : t.count + " triples";
      const said = t.words && t.words.length ? "\nWords: " + t.words.join(", ") : "";
      const example = t.example ? "\nExample: " + t.example : "";
      words.push({label: t.name, type: "property", detail: t.kind + " · " + uses,
                  info: (t.comment || t.label || t.name) + said + example, boost: t.count || t.statements ? 1 : 0});
    }
    document.body.dataset.schema = String(schema.classes.length + schema.predicates.length);
  })
  .catch((error) => { status.className = "error"; status.textContent = "schema not loaded: " + error.message; });

menu.addEventListener("change", () => { if (menu.value) { editor.set(menu.value); } });

function compact(iri) {
  for (const [name, ns] of Object.entries(prefixes)) {
    if (iri.startsWith(ns) && iri.length > ns.length) { return name + ":" + iri.slice(ns.length); }
  }
  return iri;
}
function iriLink(iri, text) {
  const a = document.createElement("a");
  a.className = "iri";
  a.href = "#describe";
  a.title = iri;
  a.textContent = text || compact(iri);
  a.addEventListener("click", (e) => { e.preventDefault(); describe(iri); });
  return a;
}
function fill(td, term, label) {
  if (!term) { return; }
  if (term.type === "uri") { td.appendChild(iriLink(term.value, label && label.value)); return; }
  td.textContent = term.type === "literal" && term["xml:lang"] ? term.value + " @" + term["xml:lang"] : term.value;
}
// labels: an IRI in column v is shown by the label bound to labels[v], if any (the describe view's names)
function table(vars, bindings, labels = {}) {
  const t = document.createElement("table");
  const head = t.createTHead().insertRow();
  for (const v of vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
  const body = t.createTBody();
  for (const b of bindings) {
    const row = body.insertRow();
    for (const v of vars) { fill(row.insertCell(), b[v], b[labels[v]]); }
  }
  return t;
}
function link(a, path) {
  a.href = path + (path.includes("?") ? "&" : "?") + "query=" + encodeURIComponent(editor.get());
}
csv.addEventListener("click", () => link(csv, "sparql?format=csv"));
draw.addEventListener("click", () => link(draw, "graph"));

async function run() {
  out.replaceChildren();
  status.className = "";
  status.textContent = "running...";
  const started = performance.now();
  try {
    const response = await fetch("sparql", {
      method: "POST",
      headers: {"Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
      body: new URLSearchParams({query: editor.get()}),
    });
    const ms = Math.round(performance.now() - started);
    const text = await response.text();
    if (!response.ok) { status.className = "error"; status.textContent = response.status + ": " + text; return; }
    const type = response.headers.get("Content-Type") || "";
    const cut = response.headers.get("X-KG-Truncated") === "true" ? " (cut at the row limit)" : "";
    if (type.startsWith("application/sparql-results+json")) {
      const data = JSON.parse(text);
      if (typeof data.boolean === "boolean") { status.textContent = "ASK: " + data.boolean + " (" + ms + " ms)"; return; }
      status.textContent = data.results.bindings.length + " row(s)" + cut + " in " + ms + " ms";
      out.appendChild(table(data.head.vars, data.results.bindings));
    } else {
      const pre = document.createElement("pre");
      pre.textContent = text;
      status.textContent = (response.headers.get("X-KG-Rows") || "?") + " triple(s)" + cut + " in " + ms + " ms";
      out.appendChild(pre);
    }
  } catch (error) {
    status.className = "error";
    status.textContent = "request failed: " + error;
  }
}

async function describe(iri) {
  describeBox.hidden = false;
  describeBox.replaceChildren();
  const h = document.createElement("h2");
  h.textContent = compact(iri);
  describeBox.appendChild(h);
  const response = await fetch("describe?iri=" + encodeURIComponent(iri), {headers: {"Accept": "application/json"}});
  const text = await response.text();
  if (!response.ok) {
    const p = document.createElement("p"); p.className = "error"; p.textContent = response.status + ": " + text;
    describeBox.appendChild(p); return;
  }
  const data = JSON.parse(text);
  if (data.label) { h.textContent = data.label; }
  const types = document.createElement("p");
  types.className = "types";
  types.textContent = iri + (data.types.length ? " · " + data.types.map(compact).join(", ") : "");
  describeBox.appendChild(types);
  const facts = document.createElement("h2");
  facts.textContent = data.facts.length + " fact(s) with evidence" + (data.facts_cut ? " (the first " + data.facts.length + ")" : "");
  describeBox.appendChild(facts);
  if (data.facts.length) {
    describeBox.appendChild(table(["subject", "predicate", "object", "evidence", "article", "confidence"], data.facts,
                                  {subject: "subjectLabel", object: "objectLabel"}));
  }
  const about = document.createElement("h2");
  about.textContent = data.properties.length + " propert" + (data.properties.length === 1 ? "y" : "ies");
  describeBox.appendChild(about);
  if (data.properties.length) { describeBox.appendChild(table(["predicate", "value"], data.properties)); }
  describeBox.dataset.iri = iri;
  describeBox.scrollIntoView();
}

document.getElementById("run").addEventListener("click", run);
document.body.dataset.ready = "1";
""".strip()


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


@functools.cache
def editor_bundle() -> str:
    """The vendored CodeMirror bundle (see the module's docstring); refuses one that could end its ``<script>``."""
    script = (_ASSETS / "editor.js").read_text(encoding="utf-8")
    if "</script" in script.lower() or "<!--" in script:
        raise RuntimeError("kg/query/assets/editor.js contains '</script' or '<!--'; cannot inline it")
    return script


@functools.cache
def content_security_policy() -> str:
    """The page's Content-Security-Policy (also sent as an HTTP header, where frame-ancestors works).

    The editor, in a shadow root, adds its style rules as constructed style sheets (``adoptedStyleSheets``),
    which style-src does not govern, and sets element styles through the CSSOM, which it allows. The
    ``<meta>`` copy leaves out frame-ancestors, which browsers ignore there (with a console error)."""
    return (f"default-src 'none'; script-src {_hash(editor_bundle())} {_hash(_JS)}; style-src {_hash(_CSS)}; "
            "connect-src 'self'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def render_page(*, timeout: float, max_rows: int, prefixes: dict[str, str],
                examples: list[tuple[str, str]] | None = None) -> str:
    """The query page's HTML; the limits shown are the server's own, the examples ``examples``
    (default :data:`GENERIC_EXAMPLES`), the first one in the editor."""
    examples = examples or GENERIC_EXAMPLES
    options = "\n".join(f'<option value="{escape(query)}">{escape(title)}</option>' for title, query in examples)
    declared = " ".join(f"{name}:" for name in prefixes)
    csp = content_security_policy().replace("; frame-ancestors 'none'", "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>kg SPARQL endpoint</title>
<style>{_CSS}</style>
</head>
<body>
<h1>kg SPARQL endpoint</h1>
<p class="note">Read-only SPARQL 1.1 over every article graph (their union is the default graph).
Predeclared prefixes: {escape(declared)}. Ctrl+Space completes prefixes, classes and predicates (from
<code>kg schema</code>); click an IRI in the results to see its facts. Queries stop after {timeout:g} s;
results stop at {max_rows:,} rows. Machines: GET or POST <code>/sparql</code> (SPARQL 1.1 Protocol).</p>
<div class="bar">
<label for="examples">Examples</label>
<select id="examples">
<option value="">choose an example…</option>
{options}
</select>
</div>
<textarea id="first-example" hidden>{escape(examples[0][1])}</textarea>
<div id="editor"></div>
<div class="bar"><button id="run" type="button">Run (Ctrl+Enter)</button>
<a id="csv" class="button" download="kg-results.csv" href="sparql">CSV</a>
<a id="draw" class="button" target="_blank" rel="noopener" href="graph">Draw as graph</a>
<span id="status" role="status"></span></div>
<div id="results"></div>
<section id="describe" hidden aria-live="polite"></section>
<script>{editor_bundle()}</script>
<script>{_JS}</script>
</body>
</html>
"""


__all__ = ["GENERIC_EXAMPLES", "content_security_policy", "editor_bundle", "render_page", "store_examples"]
