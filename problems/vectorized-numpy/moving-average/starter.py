# judge: problem=moving-average
import numpy as np


def moving_average(x: np.ndarray, w: int) -> np.ndarray:
    ...
