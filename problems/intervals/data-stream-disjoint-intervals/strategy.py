"""Property inputs for data-stream-disjoint-intervals: short scripts of small numbers and summaries."""

from hypothesis import strategies as st

_ACTION = st.one_of(st.integers(0, 20), st.integers(0, 20), st.just("get"))


def arguments():
    def script(actions):
        ops, args = ["SummaryRanges"], [[]]
        for a in actions + ["get"]:
            ops.append("getIntervals" if a == "get" else "addNum")
            args.append([] if a == "get" else [a])
        return [ops, args]

    return st.lists(_ACTION, max_size=25).map(script)
