#!/usr/bin/env python3
"""W1 of issue 14, LL18 section 7 synthetic data, written the way a researcher would in NumPy.

k = 10 classes, l = 2 components per class, d = 1000, means N(0, s0^2/d I) with s0 = 5, points
mean + N(0, s^2/d I) with s = 1 (not normalized); class and component uniform; 1000 train and 1000
test points. Network f(x) = A relu(W x), A (k x m) ~ N(0, 1) fixed, rows w_r ~ N(0, I/m).
Softmax cross-entropy, T = 400 SGD steps, batch B = 16 drawn uniformly without replacement each
step, eta = 10/m. After every step, on the full training set: the fraction of (unit, input)
activation patterns changed since initialization and ||W_t - W_0||_F / ||W_0||_F (recomputed
from scratch, P = X W^T, as a straightforward script does). At the end: test accuracy and the
singular values of W_T - W_0. m in {100, 1000, 10000}.
Usage: w1_numpy.py [--threads N] [--quick] [--seed S]
"""
import argparse
from common import setup_threads, Clock, emit, r6


def run(np, m, d, n, T, B, seed):
    k, l, s0, s = 10, 2, 5.0, 1.0
    rng = np.random.default_rng([seed, m])
    means = rng.standard_normal((k, l, d)) * (s0 / np.sqrt(d))

    def sample(count):
        c = rng.integers(0, k, count); j = rng.integers(0, l, count)
        return means[c, j] + rng.standard_normal((count, d)) * (s / np.sqrt(d)), c

    Xtr, ytr = sample(n)
    Xte, yte = sample(n)
    W0 = rng.standard_normal((m, d)) / np.sqrt(m)
    A = rng.standard_normal((k, m))
    eta = 10.0 / m
    W = W0.copy()
    clock = Clock()
    flops = 0.0
    act0 = (Xtr @ W0.T) > 0
    flops += 2.0 * n * d * m
    norm0 = np.linalg.norm(W0)
    changed, rel = [], []
    for t in range(T):
        idx = rng.choice(n, B, replace=False)
        Xb, yb = Xtr[idx], ytr[idx]
        H = Xb @ W.T                      # B x m
        Z = np.maximum(H, 0)
        logits = Z @ A.T                  # B x k
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits); p /= p.sum(axis=1, keepdims=True)
        p[np.arange(B), yb] -= 1.0
        G = (p @ A) * (H > 0) / B         # dLoss/dH, B x m
        W -= eta * (G.T @ Xb)             # m x d
        flops += 2.0 * B * d * m * 2 + 2.0 * B * m * k * 2
        P = Xtr @ W.T                     # full training set pre-activations, n x m
        flops += 2.0 * n * d * m
        changed.append(np.mean((P > 0) != act0))
        rel.append(np.linalg.norm(W - W0) / norm0)
    test_pred = (np.maximum(Xte @ W.T, 0) @ A.T).argmax(axis=1)
    flops += 2.0 * n * d * m + 2.0 * n * m * k
    acc = np.mean(test_pred == yte)
    sv = np.linalg.svd(W - W0, compute_uv=False)
    wall, cpu = clock.elapsed()
    fro2 = float(np.sum(sv ** 2))
    metrics = {"test_accuracy": r6(acc), "changed_final": r6(changed[-1]),
               "changed_max": r6(max(changed)), "relative_change_final": r6(rel[-1]),
               "top_singular_values": [r6(v) for v in sv[:5]],
               "stable_rank": r6(fro2 / sv[0] ** 2)}
    return wall, cpu, flops, metrics


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--seed", type=int, default=12345)
    a = ap.parse_args()
    setup_threads(a.threads)
    import numpy as np
    widths, d, n, T = ([100, 300], 100, 200, 20) if a.quick else ([100, 1000, 10000], 1000, 1000, 400)
    for m in widths:
        wall, cpu, flops, metrics = run(np, m, d, n, T, 16, a.seed)
        emit("W1", {"m": m, "d": d, "n": n, "T": T, "B": 16}, a.threads, wall, cpu, flops, metrics)


if __name__ == "__main__":
    main()
