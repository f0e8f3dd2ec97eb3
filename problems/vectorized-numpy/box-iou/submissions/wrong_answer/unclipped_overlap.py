import numpy as np


def box_iou(A, B):
    # Mistake: the overlap's width and height are not clipped at zero, so two boxes
    # apart in both x and y get a positive "intersection".
    lo = np.maximum(A[:, None, :2], B[None, :, :2])
    hi = np.minimum(A[:, None, 2:], B[None, :, 2:])
    wh = hi - lo
    inter = wh[..., 0] * wh[..., 1]
    area_a = (A[:, 2] - A[:, 0]) * (A[:, 3] - A[:, 1])
    area_b = (B[:, 2] - B[:, 0]) * (B[:, 3] - B[:, 1])
    union = area_a[:, None] + area_b[None, :] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
