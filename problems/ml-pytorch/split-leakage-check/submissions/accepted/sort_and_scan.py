import torch


def split_leaks(features, groups, times, split):
    n = len(split)
    index = torch.arange(n)
    if n == 0:
        return index, groups.clone(), index
    # Sort by features then split: the first row of each run of equal features has the earliest split.
    order = torch.argsort(split, stable=True)
    for column in range(features.shape[1] - 1, -1, -1):
        order = order[torch.argsort(features[order, column], stable=True)]
    f, s = features[order], split[order]
    new_run = torch.ones(n, dtype=torch.bool)
    new_run[1:] = (f[1:] != f[:-1]).any(dim=1)
    run_id = torch.cumsum(new_run.long(), 0) - 1
    run_first_split = s[new_run][run_id]
    duplicates = torch.sort(order[s > run_first_split]).values

    pairs = torch.unique(torch.stack([groups, split], 1), dim=0)
    ids, counts = torch.unique_consecutive(pairs[:, 0], return_counts=True)
    shared = ids[counts > 1]

    late = torch.zeros(n, dtype=torch.bool)
    for k in (0, 1):
        later = times[split > k]
        if later.numel():
            late |= (split == k) & (times >= later.min())
    return duplicates, shared, index[late]
