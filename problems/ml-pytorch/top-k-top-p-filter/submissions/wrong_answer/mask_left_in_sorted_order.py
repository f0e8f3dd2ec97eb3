import torch


def filter_logits(logits, top_k=0, top_p=1.0):
    x = logits.clone()
    if 0 < top_k < x.shape[-1]:
        x = x.masked_fill(x < torch.topk(x, top_k).values[:, -1:], float("-inf"))
    if top_p < 1.0:
        vals, idx = torch.sort(x, descending=True)
        p = torch.softmax(vals, -1)
        x = x.masked_fill(p.cumsum(-1) - p > top_p, float("-inf"))  # sorted positions applied unsorted
    return x
