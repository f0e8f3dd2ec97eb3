import numpy as np


class Solution:
    def moving_average(self, x: np.ndarray, w: int) -> np.ndarray:
        c = np.cumsum(np.insert(x, 0, 0.0))
        return (c[w:] - c[:len(c) - w]) / w
