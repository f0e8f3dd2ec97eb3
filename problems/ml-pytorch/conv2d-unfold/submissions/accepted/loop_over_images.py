# Right, one image at a time: the complexity report flags it as not vectorized.
import torch
import torch.nn.functional as F


def conv2d(x, weight, bias=None, stride=1, padding=0):
    o, c, kh, kw = weight.shape
    outs = []
    for img in x:
        cols = F.unfold(img[None], (kh, kw), padding=padding, stride=stride)[0]
        h_out = (img.shape[1] + 2 * padding - kh) // stride + 1
        res = (weight.reshape(o, -1) @ cols).reshape(o, h_out, -1)
        outs.append(res if bias is None else res + bias[:, None, None])
    return torch.stack(outs)
