"""The endpoint's query page for people: ``GET /``.

Guarantees: self-contained (no external script, style, font or image: it works offline, and the
Content-Security-Policy, sent as a header and repeated in a ``<meta>``, has ``default-src 'none'``
and allows only this page's own script and style by hash, and ``fetch`` to the same origin);
results are put in the page with ``textContent`` only, never ``innerHTML``, so a label like
``<script>`` in the data stays text; the example queries are plain ``<option>`` values, HTML-escaped.
The examples work on the bundled seeds (tests/query/test_server.py runs each one over HTTP).

Layer: query, over the store; must not import kg.network, kg.validate, kg.viz, kg.export, kg.graph
or kg.cli.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

#: (title, query) pairs shown in the page's example menu; each returns rows on the seeds
EXAMPLES: list[tuple[str, str]] = [
    ("Who met Kim Jong-un?",
     ('SELECT DISTINCT ?who WHERE {\n'
     '  ?kim rdfs:label "Kim Jong-un" .\n'
     '  { ?person kg:met ?kim } UNION { ?kim kg:met ?person }\n'
     '  ?person rdfs:label ?who .\n'
     '}')),
    ("Who criticized whom, and the evidence sentence",
     ('SELECT ?critic ?target ?evidence WHERE {\n'
     '  ?statement rdf:predicate kg:criticized ;\n'
     '             rdf:subject ?c ; rdf:object ?t ;\n'
     '             kg:evidence ?evidence .\n'
     '  ?c rdfs:label ?critic .\n'
     '  ?t rdfs:label ?target .\n'
     '}')),
    ("Articles and their dates",
     ('SELECT ?headline ?date ?article WHERE {\n'
     '  ?article a schema:NewsArticle ;\n'
     '           schema:headline ?headline .\n'
     '  OPTIONAL { ?article schema:datePublished ?date }\n'
     '}\nORDER BY ?date')),
    ("Most mentioned entities (in statements)",
     ('SELECT ?entity (COUNT(*) AS ?statements) WHERE {\n'
     '  ?statement rdf:subject|rdf:object ?e .\n'
     '  ?e rdfs:label ?entity .\n'
     '}\nGROUP BY ?entity\nORDER BY DESC(?statements) ?entity\nLIMIT 10')),
]

_CSS = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem auto; max-width: 72rem; padding: 0 1rem; color: #1d1d1f; }
h1 { font-size: 1.3rem; margin: 0 0 .3rem; }
p.note { color: #555; margin: 0 0 1rem; font-size: .9rem; }
textarea { width: 100%; box-sizing: border-box; min-height: 12rem; font: 14px/1.4 ui-monospace, monospace; padding: .5rem; }
.bar { display: flex; gap: .6rem; align-items: center; margin: .5rem 0 1rem; flex-wrap: wrap; }
button { font: inherit; padding: .35rem 1rem; cursor: pointer; }
#status { color: #555; }
#status.error { color: #b00020; white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #ddd; padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; position: sticky; top: 0; }
pre { background: #f7f7f7; padding: .6rem; overflow: auto; }
""".strip()

_JS = """
"use strict";
const area = document.getElementById("query");
const menu = document.getElementById("examples");
const status = document.getElementById("status");
const out = document.getElementById("results");
menu.addEventListener("change", () => { if (menu.value) { area.value = menu.value; } });
function cell(term) {
  if (!term) { return ""; }
  if (term.type === "literal" && term["xml:lang"]) { return term.value + " @" + term["xml:lang"]; }
  return term.value;
}
function table(data) {
  const t = document.createElement("table");
  const head = t.createTHead().insertRow();
  for (const v of data.head.vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
  const body = t.createTBody();
  for (const b of data.results.bindings) {
    const row = body.insertRow();
    for (const v of data.head.vars) { row.insertCell().textContent = cell(b[v]); }
  }
  return t;
}
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
      body: new URLSearchParams({query: area.value}),
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
      out.appendChild(table(data));
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
document.getElementById("run").addEventListener("click", run);
area.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { run(); } });
""".strip()


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


#: the page's Content-Security-Policy (also sent as an HTTP header, where frame-ancestors works)
CSP = (f"default-src 'none'; script-src {_hash(_JS)}; style-src {_hash(_CSS)}; connect-src 'self'; "
       "img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def render_page(*, timeout: float, max_rows: int, prefixes: dict[str, str]) -> str:
    """The query page's HTML; the limits shown are the server's own."""
    options = "\n".join(f'<option value="{escape(query)}">{escape(title)}</option>' for title, query in EXAMPLES)
    declared = " ".join(f"{name}:" for name in prefixes)
    first = escape(EXAMPLES[0][1])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{escape(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>kg SPARQL endpoint</title>
<style>{_CSS}</style>
</head>
<body>
<h1>kg SPARQL endpoint</h1>
<p class="note">Read-only SPARQL 1.1 over every article graph (their union is the default graph).
Predeclared prefixes: {escape(declared)}. Queries stop after {timeout:g} s; results stop at {max_rows:,} rows.
Machines: GET or POST <code>/sparql</code> (SPARQL 1.1 Protocol).</p>
<div class="bar">
<label for="examples">Examples</label>
<select id="examples">
<option value="">choose an example…</option>
{options}
</select>
</div>
<textarea id="query" spellcheck="false" aria-label="SPARQL query">{first}</textarea>
<div class="bar"><button id="run" type="button">Run (Ctrl+Enter)</button><span id="status" role="status"></span></div>
<div id="results"></div>
<script>{_JS}</script>
</body>
</html>
"""


__all__ = ["CSP", "EXAMPLES", "render_page"]
