"""The sparse alpha equals the reference ``krippendorff`` package, with missing values."""

from __future__ import annotations

import random

import krippendorff
import numpy as np
import pytest

from annotator.review import agreement
from annotator.review.alpha import interval_alpha, nominal_alpha


def _random_units(rng: random.Random, coders: int, units: int, values: int) -> list[list[int | None]]:
    out = []
    for _ in range(units):
        out.append([None if rng.random() < 0.25 else rng.randrange(values) for _ in range(coders)])
    return out


def _reference(units: list[list[int | None]], level: str) -> float:
    matrix = np.array([[np.nan if v is None else v for v in unit] for unit in units], dtype=float).T
    return krippendorff.alpha(reliability_data=matrix, level_of_measurement=level)


@pytest.mark.parametrize("seed", range(25))
def test_sparse_alpha_equals_reference(seed: int) -> None:
    rng = random.Random(seed)
    units = _random_units(rng, rng.randint(2, 4), rng.randint(3, 25), rng.randint(2, 6))
    values = {v for u in units for v in u if v is not None and sum(x is not None for x in u) >= 2}
    if len(values) < 2:  # no variation among pairable values: alpha is undefined
        assert nominal_alpha(units) is None and interval_alpha(units) is None
        return
    assert nominal_alpha(units) == pytest.approx(_reference(units, "nominal"))
    assert interval_alpha(units) == pytest.approx(_reference(units, "interval"))


def test_undefined_cases() -> None:
    assert nominal_alpha([[1, None], [None, 2]]) is None  # nothing pairable
    assert nominal_alpha([[1, 1], [1, 1]]) is None  # no variation
    assert interval_alpha([[3.0, 3.0]]) is None


def test_dispatch_gives_the_same_value(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    coders = ["ana", "bea", "cid"]
    rows = _random_units(rng, 3, 30, 5)
    units = [dict(zip(coders, row, strict=True)) for row in rows]
    dense = agreement.krippendorff_alpha(units, coders, "nominal"), agreement.krippendorff_alpha(units, coders, "interval")
    monkeypatch.setattr(agreement, "DENSE_LIMIT", 0)
    sparse = agreement.krippendorff_alpha(units, coders, "nominal"), agreement.krippendorff_alpha(units, coders, "interval")
    assert dense[0] is not None and dense[1] is not None
    assert sparse == pytest.approx(dense)
