"""Property inputs for minimum-window-substring: short strings over a few letters of both cases, kept to
those with at most one shortest covering window (LeetCode promises a unique answer)."""

from collections import Counter

from hypothesis import strategies as st


def _at_most_one_shortest(pair):
    s, t = pair
    need = Counter(t)
    sizes = [j - i for i in range(len(s)) for j in range(i + 1, len(s) + 1)
             if not need - Counter(s[i:j])]  # every window that covers t
    return not sizes or sizes.count(min(sizes)) == 1


def arguments():
    s = st.text(alphabet="abcA", min_size=1, max_size=20)
    t = st.text(alphabet="abcA", min_size=1, max_size=5)
    return st.tuples(s, t).filter(_at_most_one_shortest).map(list)
