import numpy as np


def box_iou(A, B):
    # Mistake: the "+ 1" pixel convention (inclusive integer corners) on continuous boxes.
    lo = np.maximum(A[:, None, :2], B[None, :, :2])
    hi = np.minimum(A[:, None, 2:], B[None, :, 2:])
    wh = np.clip(hi - lo + 1, 0, None)
    inter = wh[..., 0] * wh[..., 1]
    area_a = (A[:, 2] - A[:, 0] + 1) * (A[:, 3] - A[:, 1] + 1)
    area_b = (B[:, 2] - B[:, 0] + 1) * (B[:, 3] - B[:, 1] + 1)
    return inter / (area_a[:, None] + area_b[None, :] - inter)
