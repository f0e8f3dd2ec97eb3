import numpy as np


class Solution:
    def box_iou(self, A: np.ndarray, B: np.ndarray) -> np.ndarray:
        # A Python loop over the boxes of A; each compares with all of B at once.
        out = np.zeros((A.shape[0], B.shape[0]))
        area_b = (B[:, 2] - B[:, 0]) * (B[:, 3] - B[:, 1])
        for i, (x1, y1, x2, y2) in enumerate(A):
            w = np.clip(np.minimum(x2, B[:, 2]) - np.maximum(x1, B[:, 0]), 0, None)
            h = np.clip(np.minimum(y2, B[:, 3]) - np.maximum(y1, B[:, 1]), 0, None)
            inter = w * h
            union = (x2 - x1) * (y2 - y1) + area_b - inter
            nz = union > 0
            out[i, nz] = inter[nz] / union[nz]
        return out
