"""Reference Gini and Lorenz values for src/core/insights/concentration.reference.test.ts.

An independent implementation with numpy (the textbook mean-absolute-difference form of Gini, not
DESIGN's rank formula), so the TypeScript is checked against different arithmetic. Run with
`/usr/bin/python3 bench/reference/gini_reference.py`; it rewrites gini_reference.json beside itself.
"""
import json
import os

import numpy as np

VECTORS = [
    [5],
    [3, 3, 3, 3],
    [7, 1, 1, 1],
    [1, 2, 3, 4, 5],
    [100, 1],
    [0, 0, 10],
    [1, 1, 2, 3, 5, 8, 13, 21, 34, 55],
    [40, 3, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1],
    [2, 9, 4, 4, 17, 1, 1, 6],
    [int(x) for x in np.random.default_rng(2026).zipf(1.8, 200) % 500 + 1],
    [int(x) for x in np.random.default_rng(7).integers(1, 50, 1000)],
]


def gini(counts):
    x = np.asarray(counts, dtype=np.float64)
    n = x.size
    if n <= 1 or x.sum() == 0:
        return 0.0
    # Mean absolute difference over all ordered pairs over twice the mean (no n/(n-1) correction):
    # G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² mean), which equals ineq::Gini's Σ (2i − n − 1)·xᵢ / (n Σ x).
    diffs = np.abs(x[:, None] - x[None, :]).sum()
    return float(diffs / (2 * n * n * x.mean()))


def lorenz(counts):
    x = np.sort(np.asarray(counts, dtype=np.float64))
    n = x.size
    if n == 0:
        return []
    cumulative = np.concatenate([[0.0], np.cumsum(x)])
    shares = cumulative / x.sum() if x.sum() > 0 else np.arange(n + 1) / n
    return [[i / n, float(share)] for i, share in enumerate(shares)]


def main():
    cases = [{"counts": counts, "gini": gini(counts), "lorenz": lorenz(counts)} for counts in VECTORS]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gini_reference.json")
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"generator": "bench/reference/gini_reference.py", "numpy": np.__version__, "cases": cases}, handle, indent=1)
        handle.write("\n")
    print(f"wrote {len(cases)} cases to {out}")


if __name__ == "__main__":
    main()
