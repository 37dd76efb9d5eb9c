"""Krippendorff's alpha from sparse coincidence counts, for batches of any size.

The ``krippendorff`` package builds a dense units × values × values array, which is exact but
needs N·V² memory: 2,000 events × 500 actor names is 4 GB, and the pooled (event, field) units of
a real batch are far beyond that. Alpha only needs, per unit, how many coders gave each value, so
this module computes the same coefficient in O(pairable values) memory:

* nominal: alpha = 1 - (n - 1) · (n - Σ_c o_cc) / (n² - Σ_c n_c²), with
  o_cc = Σ_u n_uc (n_uc - 1) / (m_u - 1);
* interval: alpha = 1 - (n - 1) · Σ_u [2 (m_u Σ v² - (Σ v)²) / (m_u - 1)] / [2 (n Σ v² - (Σ v)²)],

where units with fewer than two values are left out (they are not pairable) and n counts the
pairable values. ``agreement.krippendorff_alpha`` uses the package when its dense arrays are small
and this otherwise; the tests check both give the same value.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any


def _pairable(units: Iterable[Sequence[Any]]) -> list[list[Any]]:
    out = []
    for unit in units:
        values = [v for v in unit if v is not None]
        if len(values) >= 2:
            out.append(values)
    return out


def nominal_alpha(units: Iterable[Sequence[Any]]) -> float | None:
    """Alpha for nominal values; each unit lists its coders' values (None = missing)."""
    pairable = _pairable(units)
    n = sum(len(u) for u in pairable)
    if n < 2:
        return None
    diagonal = 0.0
    totals: Counter = Counter()
    for values in pairable:
        counts = Counter(values)
        m = len(values)
        diagonal += sum(c * (c - 1) for c in counts.values()) / (m - 1)
        totals.update(counts)
    expected = n * n - sum(c * c for c in totals.values())
    if expected == 0:
        return None  # one value throughout: no variation, alpha undefined
    return 1.0 - (n - 1) * (n - diagonal) / expected


def interval_alpha(units: Iterable[Sequence[float | None]]) -> float | None:
    """Alpha for interval values (squared difference metric)."""
    pairable = _pairable(units)
    n = sum(len(u) for u in pairable)
    if n < 2:
        return None
    observed = 0.0
    total = total_sq = 0.0
    for values in pairable:
        m = len(values)
        s = sum(values)
        sq = sum(v * v for v in values)
        observed += 2.0 * (m * sq - s * s) / (m - 1)
        total += s
        total_sq += sq
    expected = 2.0 * (n * total_sq - total * total)
    if expected <= 1e-12 * max(1.0, n * total_sq):
        return None
    return 1.0 - (n - 1) * observed / expected
