import torch


def split_leaks(features, groups, times, split):
    rows = torch.arange(len(split))
    # Duplicates: each class of equal feature rows keeps the earliest split it occurs in.
    _, row_class = torch.unique(features, dim=0, return_inverse=True)
    first = torch.zeros(len(rows), dtype=torch.int64).scatter_reduce(0, row_class, split, "amin", include_self=False)
    duplicates = rows[split > first[row_class]]
    # Groups: a group leaks when it comes with two or more splits.
    pairs = torch.unique(torch.stack([groups, split], 1), dim=0)
    group_ids, splits_per_group = torch.unique_consecutive(pairs[:, 0], return_counts=True)
    shared_groups = group_ids[splits_per_group > 1]
    # Times: a row of split k leaks when it is no earlier than the earliest row of the splits after k.
    late = torch.zeros(len(rows), dtype=torch.bool)
    for k in (0, 1):
        after = times[split > k]
        if len(after):
            late |= (split == k) & (times >= after.min())
    return duplicates, shared_groups, rows[late]
