# judge: problem=one-hot
import numpy as np


def one_hot(labels: np.ndarray, num_classes: int) -> np.ndarray:
    ...
