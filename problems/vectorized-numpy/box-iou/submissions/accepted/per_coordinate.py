import numpy as np


def box_iou(A, B):
    ax1, ay1, ax2, ay2 = (A[:, k][:, None] for k in range(4))
    bx1, by1, bx2, by2 = (B[:, k][None, :] for k in range(4))
    w = np.maximum(0.0, np.minimum(ax2, bx2) - np.maximum(ax1, bx1))
    h = np.maximum(0.0, np.minimum(ay2, by2) - np.maximum(ay1, by1))
    inter = w * h
    union = (ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1) - inter
    safe = np.where(union > 0, union, 1.0)
    return np.where(union > 0, inter / safe, 0.0)
