import torch


def filter_logits(logits, top_k=0, top_p=1.0):
    x = logits.clone()
    if top_p < 1.0:
        vals, idx = torch.sort(x, descending=True)
        p = torch.softmax(vals, -1)  # probabilities over the whole vocabulary
        drop = torch.zeros_like(x, dtype=torch.bool).scatter(-1, idx, p.cumsum(-1) - p > top_p)
        x = x.masked_fill(drop, float("-inf"))
    if 0 < top_k < x.shape[-1]:
        x = x.masked_fill(x < torch.topk(x, top_k).values[:, -1:], float("-inf"))
    return x
