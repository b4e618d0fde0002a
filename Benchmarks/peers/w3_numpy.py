#!/usr/bin/env python3
"""W3 of issue 14, ADHLW19, written the way a researcher would in NumPy.

n = 200 inputs uniform on the unit sphere of R^50, labels y_i = +-1 uniform (random labels),
f(x) = (1/sqrt m) sum_r a_r relu(w_r . x), a_r = +-1 uniform and fixed, w_r ~ N(0, kappa^2 I),
kappa = 0.01, Phi = 1/2 sum (y - f)^2, 1000 full-batch GD steps with eta = 1/lambda_max(H^inf),
H^inf_ij = x_i.x_j (pi - arccos(x_i.x_j)) / (2 pi); m in {1000, 10000, 50000}.
Metrics: final loss Phi(W_1000) and the largest gap over k = 0..1000 between ||y - u(k)|| and the
H^inf prediction sqrt(sum_i (1 - eta lambda_i)^{2k} (v_i . y)^2) (ADHLW19 Thm 4.1).
Usage: w3_numpy.py [--threads N] [--quick] [--seed S]
"""
import argparse
from common import setup_threads, Clock, emit, r6


def run(np, m, n, d, T, seed):
    rng = np.random.default_rng([seed, m])
    X = rng.standard_normal((n, d)); X /= np.linalg.norm(X, axis=1, keepdims=True)
    y = rng.choice([-1.0, 1.0], n)
    W = rng.standard_normal((m, d)) * 0.01
    a = rng.choice([-1.0, 1.0], m)
    clock = Clock()
    G = np.clip(X @ X.T, -1, 1)
    H = G * (np.pi - np.arccos(G)) / (2 * np.pi)
    lam, V = np.linalg.eigh(H)
    eta = 1.0 / lam[-1]
    proj = V.T @ y
    flops = 2.0 * n * n * d
    gap, res = 0.0, []
    for k in range(T + 1):
        P = X @ W.T                                   # n x m
        u = np.maximum(P, 0) @ a / np.sqrt(m)
        r = u - y
        norm = np.linalg.norm(r)
        pred = np.sqrt(np.sum((1 - eta * lam) ** (2 * k) * proj ** 2))
        gap = max(gap, abs(norm - pred))
        res.append(norm)
        flops += 2.0 * n * m * d + 2.0 * n * m
        if k == T:
            break
        grad = ((r[:, None] * (P > 0)) * a[None, :]).T @ X / np.sqrt(m)   # m x d
        flops += 2.0 * n * m * d
        W -= eta * grad
    wall, cpu = clock.elapsed()
    metrics = {"final_loss": r6(0.5 * res[-1] ** 2), "max_gap": r6(gap),
               "initial_residual": r6(res[0]), "eta": r6(eta)}
    return wall, cpu, flops, metrics


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--seed", type=int, default=12345)
    a = ap.parse_args()
    setup_threads(a.threads)
    import numpy as np
    widths, T = ([1000, 5000], 50) if a.quick else ([1000, 10000, 50000], 1000)
    for m in widths:
        wall, cpu, flops, metrics = run(np, m, 200, 50, T, a.seed)
        emit("W3", {"m": m, "n": 200, "d": 50, "kappa": 0.01, "T": T}, a.threads, wall, cpu, flops, metrics)


if __name__ == "__main__":
    main()
