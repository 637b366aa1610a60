"""The kg package's version, in a module of its own so that any layer can read it.

Owns: ``__version__``. Must not import anything from kg (it sits below every layer).
"""

__version__ = "0.1.0"
