"""Counting and one-to-one matching shared by the scorers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

P = TypeVar("P")
G = TypeVar("G")


@dataclass
class Counts:
    """Matched predictions out of all predictions, matched gold items out of all gold items.

    With one-to-one matching ``pred_hit == gold_hit`` (the true positives); with
    "any overlap" matching they differ (three conjunct subjects can all fit one
    coordinated gold participant: three correct predictions, one gold item found).
    """

    pred_hit: int = 0
    pred: int = 0
    gold_hit: int = 0
    gold: int = 0

    @classmethod
    def one_to_one(cls, tp: int, pred: int, gold: int) -> "Counts":
        return cls(tp, pred, tp, gold)

    def __iadd__(self, other: "Counts") -> "Counts":
        self.pred_hit += other.pred_hit
        self.pred += other.pred
        self.gold_hit += other.gold_hit
        self.gold += other.gold
        return self

    @property
    def p(self) -> float:
        return self.pred_hit / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.gold_hit / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
                "pred_hit": self.pred_hit, "pred": self.pred, "gold_hit": self.gold_hit, "gold": self.gold}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Half-open character spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def max_matching(preds: Sequence[P], golds: Sequence[G], ok: Callable[[P, G], bool]) -> int:
    """Size of a maximum one-to-one matching between predictions and gold items.

    Each gold item is matched at most once and each prediction at most once, so a
    prediction that fits two gold items, or two predictions that fit one gold
    item, count once (Kuhn's augmenting paths; the sets here are small).
    """
    edges = [[j for j, g in enumerate(golds) if ok(p, g)] for p in preds]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(augment(i, set()) for i in range(len(preds)) if edges[i])


def any_match(preds: Sequence[P], golds: Sequence[G], ok: Callable[[P, G], bool]) -> Counts:
    """Overlap-style counts: a prediction is right if it fits some gold item, and a
    gold item is found if some prediction fits it (no one-to-one constraint)."""
    return Counts(sum(any(ok(p, g) for g in golds) for p in preds), len(preds),
                  sum(any(ok(p, g) for p in preds) for g in golds), len(golds))
