#!/usr/bin/env python3
"""W2 of issue 14, BG19 XORD, written the way a researcher would in NumPy (on raw points).

d = 6 patterns (x in {+-1}^12), k = 120 filters of each sign, gamma = 8, c_eta = 1/410,
eta = c_eta/k, sigma_g = c_eta/(16 k^1.5); 50 positive and 50 negative training points drawn
uniformly given the label (rejection from uniform x; f*(x) = 1 iff x contains p1 = (1,1) or
p3 = (-1,-1)); full-batch GD on the Eq. 4 loss
    (1/m) sum_{S+} max(gamma - N(x), 0) + (1/m) sum_{S-} max(1 + N(x), 0),
    N(x) = sum_i max_j relu(w_i . x_j) - max_j relu(u_i . x_j),
for T = 8000 steps (stopping early at loss 0, a fixed point); 200 independent trials.
Metrics: mean final loss and the fraction of trials recovering f* (sign N(x) = f*(x) on all of
{+-1}^12, checked on all 4^6 pattern sequences). The trials run in --threads worker processes
(BLAS single-threaded in each), as the Swift side runs them over cores.
Usage: w2_numpy.py [--threads N] [--quick] [--seed S]
"""
import argparse, itertools
from common import setup_threads, Clock, emit, r6

D, K, GAMMA, CETA, M = 6, 120, 8.0, 1 / 410, 50


def sample_points(np, rng, label, count):
    out = []
    while sum(len(o) for o in out) < count:
        x = rng.choice([-1.0, 1.0], size=(256, D, 2))
        pos = np.any(x[:, :, 0] == x[:, :, 1], axis=1)      # contains p1 or p3
        out.append(x[pos == (label > 0)])
    return np.concatenate(out)[:count]


def output(np, W, U, X):
    """N(x) for X (n, D, 2); also the max-pooled pre-activations and their argmax positions."""
    pw = X @ W.T; pu = X @ U.T                               # n x D x k
    mw, mu = pw.max(axis=1), pu.max(axis=1)
    return np.maximum(mw, 0).sum(1) - np.maximum(mu, 0).sum(1), pw, pu, mw, mu


def trial(args):
    seed, t, T = args
    import numpy as np
    rng = np.random.default_rng([seed, t])
    eta, sigma = CETA / K, CETA / (16 * K ** 1.5)
    X = np.concatenate([sample_points(np, rng, 1, M), sample_points(np, rng, -1, M)])
    y = np.concatenate([np.ones(M), -np.ones(M)])
    W = rng.standard_normal((K, 2)) * sigma
    U = rng.standard_normal((K, 2)) * sigma
    n = len(y); rows = np.arange(n)[:, None]
    loss = None
    for step in range(T + 1):
        N, pw, pu, mw, mu = output(np, W, U, X)
        loss = np.mean(np.maximum(GAMMA - N[y > 0], 0)) + np.mean(np.maximum(1 + N[y < 0], 0))
        if step == T or loss == 0:
            break
        dN = np.where(y > 0, -1.0 * (N < GAMMA), 1.0 * (N > -1)) / M     # d loss / d N
        xw = X[rows, pw.argmax(axis=1)]                       # n x k x 2: the max-pooled patch
        xu = X[rows, pu.argmax(axis=1)]
        gW = np.einsum("i,ik,ikc->kc", dN, (mw > 0).astype(float), xw)
        gU = -np.einsum("i,ik,ikc->kc", dN, (mu > 0).astype(float), xu)
        W -= eta * gW; U -= eta * gU
    allx = np.array(list(itertools.product([(1, 1), (1, -1), (-1, -1), (-1, 1)], repeat=D)), float)
    Nall = output(np, W, U, allx)[0]
    fstar = np.where(np.any(allx[:, :, 0] == allx[:, :, 1], axis=1), 1.0, -1.0)
    return float(loss), bool(np.all(fstar * Nall > 0))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--seed", type=int, default=12345)
    ap.add_argument("--trials", type=int, default=None,
                    help="run only this many of the trials (seconds are then scaled to the full count)")
    a = ap.parse_args()
    setup_threads(1)
    import numpy as np  # noqa: F401  (imported after the thread count is fixed)
    trials, T = (8, 500) if a.quick else (200, 8000)
    run = min(a.trials or trials, trials)
    jobs = [(a.seed, t, T) for t in range(run)]
    import resource
    clock = Clock()
    if a.threads > 1:
        from multiprocessing import Pool
        with Pool(a.threads) as pool:
            results = pool.map(trial, jobs, chunksize=1)
    else:
        results = [trial(j) for j in jobs]
    wall, cpu = clock.elapsed()
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    scale = trials / run  # independent trials of equal cost: time scales with their number
    wall, cpu = wall * scale, cpu * scale
    child_cpu = (child.ru_utime + child.ru_stime) * scale
    metrics = {"mean_final_loss": r6(np.mean([r[0] for r in results])),
               "fraction_recovering": r6(np.mean([r[1] for r in results]))}
    emit("W2", {"d": D, "k": K, "gamma": GAMMA, "c_eta": r6(CETA), "m": M, "T": T, "trials": trials,
                    "trials_run": run},
         a.threads, wall, cpu, None, metrics, extra_cpu=child_cpu)


if __name__ == "__main__":
    main()
