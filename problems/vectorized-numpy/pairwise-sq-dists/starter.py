# judge: problem=pairwise-sq-dists
import numpy as np


def pairwise_sq_dists(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    ...
