import torch


def split_leaks(features, groups, times, split):
    rows = torch.arange(len(split))
    _, row_class = torch.unique(features, dim=0, return_inverse=True)
    first = torch.zeros(len(rows), dtype=torch.int64).scatter_reduce(0, row_class, split, "amin", include_self=False)
    group_ids, group_class = torch.unique(groups, return_inverse=True)
    lowest = torch.zeros(len(group_ids), dtype=torch.int64).scatter_reduce(0, group_class, split, "amin", include_self=False)
    highest = torch.zeros(len(group_ids), dtype=torch.int64).scatter_reduce(0, group_class, split, "amax", include_self=False)
    late = torch.zeros(len(rows), dtype=torch.bool)
    for k in range(2):
        after = times[split == k + 1]  # compares train with validation only, never with test
        if len(after):
            late |= (split == k) & (times >= after.min())
    return rows[split > first[row_class]], group_ids[lowest != highest], rows[late]
