"""Property inputs: small setups, sound or with one bug, trained for up to 60 steps."""

from hypothesis import strategies as st

BUGS = [None, "zero-lr", "detached-loss", "shuffled-labels", "frozen", "other-params", "constant-inputs"]


@st.composite
def _inputs(draw):
    optimizer = draw(st.sampled_from(["adam", "sgd"]))
    spec = {"seed": draw(st.integers(0, 10**6)), "task": draw(st.sampled_from(["classify", "regress"])),
            "batch": draw(st.integers(1, 8)), "features": draw(st.integers(1, 6)), "hidden": 16,
            "outputs": draw(st.integers(2, 4)), "optimizer": optimizer,
            "lr": draw(st.sampled_from([0.01, 0.1] if optimizer == "adam" else [0.1, 0.5])),
            "bug": draw(st.sampled_from(BUGS))}
    return [spec, draw(st.integers(1, 60))]


def arguments():
    return _inputs()
