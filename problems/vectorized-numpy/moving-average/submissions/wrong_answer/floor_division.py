import numpy as np


def moving_average(x, w):
    # Mistake: `//` floors every mean.
    c = np.concatenate(([0.0], np.cumsum(x)))
    return (c[w:] - c[:-w]) // w
