import numpy as np


def moving_average(x, w):
    # Mistake: mode "same" pads the ends and returns n values instead of the n - w + 1 valid ones.
    return np.convolve(x, np.ones(w) / w, mode="same")
