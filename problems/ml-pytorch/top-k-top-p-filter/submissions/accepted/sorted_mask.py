import torch


def filter_logits(logits, top_k=0, top_p=1.0):
    x = logits.clone()
    v = x.size(-1)
    if 0 < top_k < v:
        threshold = x.topk(top_k, dim=-1).values[..., -1, None]
        x[x < threshold] = float("-inf")
    if top_p < 1.0:
        vals, idx = x.sort(dim=-1, descending=True)
        p = vals.softmax(-1)
        remove = (p.cumsum(-1) - p) > top_p
        vals[remove] = float("-inf")
        x = torch.empty_like(x).scatter_(-1, idx, vals)
    return x
