import torch


def split_leaks(features, groups, times, split):
    rows = torch.arange(len(split))
    # Duplicates: each class of equal feature rows keeps the earliest split it occurs in.
    _, row_class = torch.unique(features, dim=0, return_inverse=True)
    first = torch.zeros(len(rows), dtype=torch.int64).scatter_reduce(0, row_class, split, "amin", include_self=False)
    duplicates = rows[split > first[row_class]]
    # Groups: a group leaks when the smallest and the largest split it occurs in differ.
    group_ids, group_class = torch.unique(groups, return_inverse=True)
    lowest = torch.zeros(len(group_ids), dtype=torch.int64).scatter_reduce(0, group_class, split, "amin",
                                                                           include_self=False)
    highest = torch.zeros(len(group_ids), dtype=torch.int64).scatter_reduce(0, group_class, split, "amax",
                                                                            include_self=False)
    shared_groups = group_ids[lowest != highest]
    # Times: a row of split k leaks when it is no earlier than the earliest row of the splits after k.
    late = torch.zeros(len(rows), dtype=torch.bool)
    for k in range(2):
        after = times[split > k]
        if len(after):
            late |= (split == k) & (times >= after.min())
    return duplicates, shared_groups, rows[late]
