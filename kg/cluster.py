"""The worker side of ``kg build --cluster``: a Dask distributed WorkerPlugin that loads the spaCy pipeline and
kg's extractor modules once per worker process, and what a worker reports about itself.

A Dask worker runs :class:`PipelinePlugin`'s ``setup`` when the plugin is registered (and again in every
worker that joins later); the pipeline it loads stays in this module for the tasks kg sends
(``kg.build._build_on_cluster``), keyed by the plugin's name, so a worker can serve builds of several
models or extractor sets. A problem met while loading (no such model, an extractor module that cannot be
imported there) is kept and raised by every task, as ``kg.build._start_worker`` does for ``--jobs``
workers. The workers never open or write a store: they send the article graphs back to the process that
runs ``kg build``, which writes them.

Imports ``distributed`` at the top: only ``kg.build`` imports this module, and only for ``--cluster``.

Layer: under kg.build, over nlp, registry and errors; must not import kg.build, the store or anything above.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from distributed import WorkerPlugin

from kg.errors import KGError, extractors_not_in_workers


@dataclass
class Loaded:
    """What a plugin loaded in this worker: the pipeline, its provenance id, kg's version, or the problem met."""

    nlp: Any
    model_id: str
    kg_version: str
    problem: KGError | None


#: by plugin name: what each plugin registered on this worker loaded
_loaded: dict[str, Loaded] = {}


def load(name: str, model: str | None, extractors: tuple[str, ...], modules: list[str]) -> Loaded:
    """Load the pipeline ``model`` and import ``modules`` (those that register the ``extractors`` in the client
    process) once in this process, kept under ``name``; a problem is kept, not raised."""
    found = _loaded.get(name)
    if found is not None:
        return found
    from kg.nlp import load_pipeline
    from kg.nlp.pipeline import model_id
    from kg.registry import registered
    from kg.version import __version__

    problem: KGError | None = None
    for module in modules:
        try:
            importlib.import_module(module)
        except Exception:  # noqa: BLE001  (a script's __main__, say: told below, by the names missing)
            continue
    missing = [extractor for extractor in extractors if extractor not in registered()]
    if missing:
        problem = extractors_not_in_workers(missing)
    nlp: Any = None
    identity = ""
    try:
        nlp = load_pipeline(model)
        identity = model_id(nlp)
    except KGError as error:  # no such model on this worker
        problem = problem or error
    found = Loaded(nlp, identity, __version__, problem)
    _loaded[name] = found
    return found


def report(name: str) -> tuple[str, str, KGError | None]:
    """Run on each worker by the client (``Client.run``): its model id, kg version and problem for ``name``."""
    found = _loaded.get(name)
    if found is None:
        return "", "", None
    return found.model_id, found.kg_version, found.problem


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline and the extractor modules once in each worker (see :func:`load`).

    ``idempotent``: registering a plugin of the same name again (the next build with the same model, kg
    version and extractors) keeps what the workers loaded, so a second build starts warm.
    """

    idempotent = True

    def __init__(self, name: str, model: str | None, extractors: tuple[str, ...], modules: list[str]) -> None:
        self.name = name
        self.model = model
        self.extractors = extractors
        self.modules = modules

    def setup(self, worker: Any) -> None:
        load(self.name, self.model, self.extractors, self.modules)

    def teardown(self, worker: Any) -> None:
        _loaded.pop(self.name, None)
