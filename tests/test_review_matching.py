"""The Hungarian matching used by alignment is optimal (checked against brute force) and not greedy."""

from __future__ import annotations

import random
from itertools import permutations

import pytest

from annotator.review.matching import max_weight_matching, min_cost_assignment


def brute_force_best(weights: list[list[float]]) -> float:
    rows, cols = len(weights), len(weights[0])
    best = 0.0
    if rows <= cols:
        for perm in permutations(range(cols), rows):
            best = max(best, sum(max(weights[i][j], 0.0) for i, j in enumerate(perm)))
    else:
        for perm in permutations(range(rows), cols):
            best = max(best, sum(max(weights[i][j], 0.0) for j, i in enumerate(perm)))
    return best


@pytest.mark.parametrize("seed", range(40))
def test_matches_brute_force_on_random_matrices(seed: int) -> None:
    rng = random.Random(seed)
    rows, cols = rng.randint(1, 5), rng.randint(1, 5)
    weights = [[rng.choice([0.0, round(rng.random(), 3)]) for _ in range(cols)] for _ in range(rows)]
    pairs = max_weight_matching(weights)
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})  # one-to-one
    assert all(weights[i][j] > 0 for i, j in pairs)  # zero weight means "no match"
    assert sum(weights[i][j] for i, j in pairs) == pytest.approx(brute_force_best(weights))


def test_optimal_not_greedy() -> None:
    # Greedy takes the best single pair (0,0)=0.9 and leaves row 1 unmatched (total 0.9);
    # the optimum crosses over: (0,1)+(1,0) = 0.85 + 0.8.
    weights = [[0.9, 0.85], [0.8, 0.0]]
    assert max_weight_matching(weights) == [(0, 1), (1, 0)]


def test_min_cost_assignment_small_case_by_hand() -> None:
    cost = [[4, 1, 3], [2, 0, 5], [3, 2, 2]]
    # Rows 0,1,2 -> columns 1,0,2 costs 1+2+2 = 5, the minimum of the six permutations.
    assert min_cost_assignment(cost) == [1, 0, 2]


def test_empty_inputs() -> None:
    assert max_weight_matching([]) == []
    assert max_weight_matching([[]]) == []
    assert max_weight_matching([[0.0, 0.0]]) == []
