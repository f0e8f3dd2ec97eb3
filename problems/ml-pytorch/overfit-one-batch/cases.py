"""Cases for overfit-one-batch: a setup spec (built by harness.py in the container), then the number of steps.

bug: None (a sound setup), "zero-lr", "detached-loss", "shuffled-labels" (targets reshuffled at every loss
call), "frozen" (all but the last bias), "other-params" (the optimizer holds a copy's parameters),
"constant-inputs" (the batch's inputs wiped to zero). Task "line" is y = w x from w = 0 with every target 10.
"""

import numpy as np

BUGS = ["zero-lr", "detached-loss", "shuffled-labels", "frozen", "other-params", "constant-inputs"]


def setup(seed, task="classify", batch=8, features=6, hidden=32, outputs=4, optimizer="adam", lr=0.01, bug=None):
    return {"seed": seed, "task": task, "batch": batch, "features": features, "hidden": hidden,
            "outputs": outputs, "optimizer": optimizer, "lr": lr, "bug": bug}


EXAMPLES = [
    {"args": [setup(1), 200], "explanation": "A sound setup: the loss falls from about 1.38 to below 0.001."},
    {"args": [setup(1, bug="zero-lr"), 200], "explanation": "Built with lr = 0: the loss never moves."},
]


def hidden_cases():
    rng = np.random.default_rng(31)
    cases = [
        {"tags": ["sound", "adam"], "args": [setup(2), 200]},
        {"tags": ["sound", "sgd"], "args": [setup(3, optimizer="sgd", lr=0.1), 200]},
        {"tags": ["sound", "regression"], "args": [setup(4, task="regress", outputs=3), 150]},
        {"tags": ["sound", "regression", "sgd"], "args": [setup(5, task="regress", optimizer="sgd", lr=0.1), 200]},
        {"tags": ["sound", "too-few-steps"], "args": [setup(6), 10]},
        {"tags": ["single-step"], "args": [setup(7), 1]},
        {"tags": ["zero-lr"], "args": [setup(8, bug="zero-lr"), 100]},
        {"tags": ["zero-lr", "sgd"], "args": [setup(9, optimizer="sgd", lr=0.1, bug="zero-lr"), 100]},
        {"tags": ["detached-loss"], "args": [setup(10, bug="detached-loss"), 100]},
        {"tags": ["detached-loss", "regression"], "args": [setup(11, task="regress", bug="detached-loss"), 100]},
        {"tags": ["shuffled-labels"], "args": [setup(12, bug="shuffled-labels"), 200]},
        {"tags": ["shuffled-labels", "regression"],
         "args": [setup(13, task="regress", optimizer="sgd", lr=0.1, bug="shuffled-labels"), 200]},
        {"tags": ["frozen"], "args": [setup(14, bug="frozen"), 200]},
        {"tags": ["frozen", "regression"], "args": [setup(15, task="regress", bug="frozen"), 200]},
        {"tags": ["other-params"], "args": [setup(16, bug="other-params"), 100]},
        {"tags": ["other-params", "sgd"], "args": [setup(17, optimizer="sgd", lr=0.1, bug="other-params"), 100]},
        {"tags": ["constant-inputs"], "args": [setup(18, bug="constant-inputs"), 200]},
        {"tags": ["constant-inputs", "regression"], "args": [setup(19, task="regress", bug="constant-inputs"), 200]},
        {"tags": ["diverges", "nan"], "args": [setup(20, task="regress", optimizer="sgd", lr=1000.0), 50]},
        {"tags": ["huge-lr", "saturates"], "args": [setup(21, optimizer="sgd", lr=1000.0), 50]},
        {"tags": ["unstable", "dips-then-rises"], "args": [setup(13, task="regress", outputs=3, lr=0.5), 120]},
        {"tags": ["unstable", "dips-then-rises"], "args": [setup(23, outputs=3, lr=0.5), 120]},
        {"tags": ["threshold", "exact-tie"],  # y = w x from w = 0, targets 10, one step of 0.45: losses 100 then 1
         "args": [setup(0, task="line", batch=4, features=1, hidden=1, outputs=1, optimizer="sgd", lr=0.45), 2]},
        {"tags": ["threshold", "just-under"], "args": [setup(201, outputs=3, lr=0.003), 71]},
        {"tags": ["threshold", "just-over"], "args": [setup(208, task="regress", outputs=3, lr=0.003), 59]},
        {"tags": ["single-example"], "args": [setup(22, batch=1), 100]},
        {"tags": ["two-classes"], "args": [setup(23, outputs=2, batch=16), 200]},
        {"tags": ["max-size"], "args": [setup(24, batch=64, features=16, hidden=64, outputs=10), 300]},
        {"tags": ["max-size", "frozen"], "args": [setup(25, batch=64, features=16, hidden=64, outputs=10,
                                                         bug="frozen"), 300]},
        {"tags": ["max-size", "shuffled-labels"],
         "args": [setup(26, batch=64, features=16, hidden=64, outputs=10, bug="shuffled-labels"), 300]},
    ]
    for seed in range(100, 110):
        bug = BUGS[int(rng.integers(len(BUGS)))] if rng.random() < 0.6 else None
        optimizer = ["adam", "sgd"][int(rng.integers(2))]
        cases.append({"tags": ["random"], "args": [
            setup(seed, task=["classify", "regress"][int(rng.integers(2))], batch=int(rng.integers(2, 17)),
                  features=int(rng.integers(2, 9)), hidden=int(rng.choice([16, 32])), outputs=int(rng.integers(2, 6)),
                  optimizer=optimizer, lr=0.01 if optimizer == "adam" else 0.1, bug=bug),
            int(rng.integers(50, 201))]})
    return cases
