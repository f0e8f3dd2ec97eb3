"""Property inputs: a causal part or two, often with one leaking part, at short lengths."""

from hypothesis import strategies as st

CAUSAL = [["attention", 0], ["mix", "causal"], ["mix", "cumsum"], ["mix", "conv-left"]]
LEAKS = [["attention", 1], ["attention", 2], ["mix", "mean"], ["mix", "conv-centred"], ["mix", "reversed"],
         ["mix", "ahead", 1, 1e-6], ["mix", "ahead", 3, 1.0], ["mix", "from-last", 0, 1.0], ["product", 1, 1.0],
         ["cancelling"], ["other-row"], ["batch-norm"]]


@st.composite
def _inputs(draw):
    parts = draw(st.lists(st.sampled_from(CAUSAL), min_size=1, max_size=2))
    parts += draw(st.lists(st.sampled_from(LEAKS), max_size=1))
    return [{"seed": draw(st.integers(0, 1000)), "parts": parts}, draw(st.integers(1, 3)), draw(st.integers(1, 8)),
            draw(st.integers(2, 4))]


def arguments():
    return _inputs()
