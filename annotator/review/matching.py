"""Optimal one-to-one matching (the Hungarian method), so alignment needs no SciPy.

``max_weight_matching`` pairs rows with columns to maximise the summed weight; pairs of weight 0
or less count as "not matched". It is the O(n²·m) shortest-augmenting-path form of the Hungarian
algorithm with row and column potentials (Kuhn-Munkres as refined by Jonker-Volgenant / e-maxx).
"""

from __future__ import annotations

from collections.abc import Sequence

INF = float("inf")


def min_cost_assignment(cost: Sequence[Sequence[float]]) -> list[int]:
    """For an n×m cost matrix with n <= m: the column assigned to each row, minimising the sum."""
    n = len(cost)
    if n == 0:
        return []
    m = len(cost[0])
    if n > m:
        raise ValueError("min_cost_assignment needs no more rows than columns")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: the row (1-based) holding column j; 0 = free
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [INF] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            delta = INF
            j1 = 0
            row = cost[i0 - 1]
            for j in range(1, m + 1):
                if used[j]:
                    continue
                reduced = row[j - 1] - u[i0] - v[j]
                if reduced < minv[j]:
                    minv[j] = reduced
                    way[j] = j0
                if minv[j] < delta:
                    delta = minv[j]
                    j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:  # flip the augmenting path
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    assignment = [-1] * n
    for j in range(1, m + 1):
        if owner[j]:
            assignment[owner[j] - 1] = j - 1
    return assignment


def max_weight_matching(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """(row, column) pairs of a one-to-one matching with the largest total positive weight."""
    if not weights or not weights[0]:
        return []
    rows, cols = len(weights), len(weights[0])
    transpose = rows > cols
    matrix = [list(r) for r in zip(*weights, strict=True)] if transpose else [list(r) for r in weights]
    # Non-positive weights are "no match": clamp them to 0 so they never beat leaving a row unmatched.
    cost = [[-max(w, 0.0) for w in row] for row in matrix]
    pairs = []
    for i, j in enumerate(min_cost_assignment(cost)):
        if j >= 0 and matrix[i][j] > 0:
            pairs.append((j, i) if transpose else (i, j))
    return sorted(pairs)
