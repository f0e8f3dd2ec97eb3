# Strided convolution as the stride-1 one, subsampled: the same numbers, more work.
import torch
import torch.nn.functional as F


def conv2d(x, weight, bias=None, stride=1, padding=0):
    n, _, h, w = x.shape
    o, _, kh, kw = weight.shape
    cols = F.unfold(x, (kh, kw), padding=padding)
    full = (weight.reshape(o, -1) @ cols).reshape(n, o, h + 2 * padding - kh + 1, w + 2 * padding - kw + 1)
    out = full[:, :, ::stride, ::stride]
    return out if bias is None else out + bias[:, None, None]
