"""Property inputs for k-closest-points-to-origin: a few points and a k with a unique answer."""

from hypothesis import strategies as st


@st.composite
def _inputs(draw):
    top = draw(st.sampled_from([3, 30, 9_999]))
    coord = st.integers(-top, top)
    points = draw(st.lists(st.lists(coord, min_size=2, max_size=2), min_size=1, max_size=12))
    dist = sorted(x * x + y * y for x, y in points)
    # k is valid when the k-th distance is strictly below the (k+1)-th, or k takes every point.
    ks = [k for k in range(1, len(points) + 1) if k == len(points) or dist[k - 1] < dist[k]]
    return [points, draw(st.sampled_from(ks))]


def arguments():
    return _inputs()
