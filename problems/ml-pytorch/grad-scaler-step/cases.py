"""Cases for grad-scaler-step: params, scaled gradients, and the scaler's state and settings."""

import numpy as np

from judge.sandbox.wire import tensor

INF, NAN = float("inf"), float("nan")


def case(rng, shapes, scale=1024.0, tracker=0, lr=0.1, growth=2.0, backoff=0.5, interval=2000,
         gdtype="float16", gscale=1.0, poison=None):
    params = [tensor(rng.normal(0, 1, s), "float32") for s in shapes]
    raw = [rng.normal(0, gscale, s) * scale for s in shapes]
    if poison is not None:
        raw[0].flat[0] = poison
    return [params, [tensor(g, gdtype) for g in raw], scale, tracker, lr, growth, backoff, interval]


EXAMPLES = [
    {"args": [[tensor([1.0])], [tensor([512.0], "float16")], 1024.0, 0, 0.1, 2.0, 0.5, 2000],
     "explanation": "The unscaled gradient is 512 / 1024 = 0.5, so the parameter becomes 1 - 0.05 = 0.95; "
                    "the tracker counts 1."},
]


def hidden_cases():
    rng = np.random.default_rng(29)
    return [
        {"tags": ["finite"], "args": case(rng, [(3,), (2, 2)])},
        {"tags": ["fp16-overflow", "skip"], "args": case(rng, [(4,)], scale=65536.0, gscale=10.0)},
        {"tags": ["inf", "skip"], "args": case(rng, [(3,), (2,)], poison=INF)},
        {"tags": ["neg-inf", "skip"], "args": case(rng, [(3,)], poison=-INF)},
        {"tags": ["nan", "skip"], "args": case(rng, [(3,)], poison=NAN)},
        {"tags": ["skip", "tracker-reset"], "args": case(rng, [(2,)], tracker=1500, poison=INF)},
        {"tags": ["growth"], "args": case(rng, [(2,)], tracker=1999)},
        {"tags": ["growth", "interval-1"], "args": case(rng, [(2,)], interval=1)},
        {"tags": ["no-growth-yet"], "args": case(rng, [(2,)], tracker=1998)},
        {"tags": ["growth-factor"], "args": case(rng, [(2,)], tracker=4, interval=5, growth=3.0)},
        {"tags": ["backoff-factor", "skip"], "args": case(rng, [(2,)], backoff=0.25, poison=NAN)},
        {"tags": ["float32-grads"], "args": case(rng, [(5,)], gdtype="float32", scale=8.0)},
        {"tags": ["float32-grads", "inf", "skip"], "args": case(rng, [(5,)], gdtype="float32", poison=INF)},
        {"tags": ["scale-1"], "args": case(rng, [(3,)], scale=1.0)},
        {"tags": ["huge-scale", "fp16-overflow"], "args": case(rng, [(3,)], scale=2.0 ** 24)},
        {"tags": ["small-gradients", "underflow-avoided"], "args": case(rng, [(4,)], scale=65536.0, gscale=1e-6)},
        {"tags": ["scalar-parameter"], "args": case(rng, [()])},
        {"tags": ["inf-in-last-parameter", "skip"],
         "args": [[tensor([1.0]), tensor([2.0])], [tensor([1.0], "float16"), tensor([INF], "float16")],
                  128.0, 3, 0.1, 2.0, 0.5, 2000]},
        {"tags": ["max-size"], "args": case(rng, [(128, 128)] * 8, gscale=0.01)},
    ] + [_random(rng, i) for i in range(8)]


def _random(rng, i):
    interval = int(rng.choice([1, 3, 5]))
    return {"tags": ["random"], "args": case(
        rng, [tuple(int(n) for n in rng.integers(1, 4, size=int(rng.integers(0, 3)))) for _ in range(2)],
        scale=float(2.0 ** rng.integers(0, 17)), tracker=int(rng.integers(0, interval)),
        lr=float(rng.choice([0.01, 1.0])), interval=interval, gdtype=("float16", "float32")[i % 2],
        gscale=float(rng.choice([0.1, 1.0, 100.0])))}
