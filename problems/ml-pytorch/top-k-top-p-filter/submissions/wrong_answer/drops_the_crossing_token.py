import torch


def filter_logits(logits, top_k=0, top_p=1.0):
    x = logits.clone()
    if 0 < top_k < x.shape[-1]:
        x = x.masked_fill(x < torch.topk(x, top_k).values[:, -1:], float("-inf"))
    if top_p < 1.0:
        vals, idx = torch.sort(x, descending=True)
        cum = torch.softmax(vals, -1).cumsum(-1)
        drop = torch.zeros_like(x, dtype=torch.bool).scatter(-1, idx, cum > top_p)  # also drops the crossing token
        x = x.masked_fill(drop, float("-inf"))
    return x
