import torch


def filter_logits(logits, top_k=0, top_p=1.0):
    out = logits.clone()
    if top_k > 0 and top_k < out.shape[-1]:
        kth = torch.topk(out, top_k, dim=-1).values[:, -1:]
        out = out.masked_fill(out < kth, float("-inf"))
    if top_p < 1.0:
        ordered, order = torch.sort(out, dim=-1, descending=True)
        probs = torch.softmax(ordered, dim=-1)
        before = torch.cumsum(probs, dim=-1) - probs
        drop = torch.zeros_like(out, dtype=torch.bool).scatter(-1, order, before > top_p)
        out = out.masked_fill(drop, float("-inf"))
    return out
