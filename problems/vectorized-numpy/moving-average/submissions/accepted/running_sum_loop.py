import numpy as np


def moving_average(x, w):
    # O(n) with a Python loop: slide the window, adding the entry that enters and
    # subtracting the one that leaves.
    values = x.tolist()
    s = sum(values[:w])
    out = [s]
    for i in range(w, len(values)):
        s += values[i] - values[i - w]
        out.append(s)
    return np.array(out) / w
