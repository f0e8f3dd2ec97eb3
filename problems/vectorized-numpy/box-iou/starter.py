# judge: problem=box-iou
import numpy as np


def box_iou(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    ...
