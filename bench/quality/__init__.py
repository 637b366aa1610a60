"""Scorers and runners behind ``bench/quality.py`` (one table of kg's quality figures).

Modules: ``matching`` (P/R/F1 and one-to-one matching), ``conll04``, ``meantime``,
``gold`` (seed and held-out gold through ``../shared/eval/score_gold.py``), ``carb``.
The scorers take plain tuples and spans, so they are unit-tested without spaCy
(``tests/bench/test_quality_scorers.py``).
"""
