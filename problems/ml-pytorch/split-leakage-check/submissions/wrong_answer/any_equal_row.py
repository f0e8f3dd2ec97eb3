import torch


def split_leaks(features, groups, times, split):
    # Flags every row that has an equal row anywhere, inside its own split too, and both rows of a pair.
    rows = torch.arange(len(split))
    _, row_class, counts = torch.unique(features, dim=0, return_inverse=True, return_counts=True)
    duplicates = rows[counts[row_class] > 1]
    group_ids, group_class = torch.unique(groups, return_inverse=True)
    lowest = torch.zeros(len(group_ids), dtype=torch.int64).scatter_reduce(0, group_class, split, "amin", include_self=False)
    highest = torch.zeros(len(group_ids), dtype=torch.int64).scatter_reduce(0, group_class, split, "amax", include_self=False)
    late = torch.zeros(len(rows), dtype=torch.bool)
    for k in range(2):
        after = times[split > k]
        if len(after):
            late |= (split == k) & (times >= after.min())
    return duplicates, group_ids[lowest != highest], rows[late]
