import torch


def split_leaks(features, groups, times, split):
    rows = torch.arange(len(split))
    _, row_class = torch.unique(features, dim=0, return_inverse=True)
    first = torch.zeros(len(rows), dtype=torch.int64).scatter_reduce(0, row_class, split, "amin", include_self=False)
    # A group with several rows is taken for a shared one, even when all its rows are in one split.
    group_ids, counts = torch.unique(groups, return_counts=True)
    late = torch.zeros(len(rows), dtype=torch.bool)
    for k in range(2):
        after = times[split > k]
        if len(after):
            late |= (split == k) & (times >= after.min())
    return rows[split > first[row_class]], group_ids[counts > 1], rows[late]
