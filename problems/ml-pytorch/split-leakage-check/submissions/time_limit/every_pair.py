import torch


def split_leaks(features, groups, times, split):
    rows, groups, times, split = features.tolist(), groups.tolist(), times.tolist(), split.tolist()
    n = len(split)
    duplicates, late, shared = set(), set(), set()
    for i in range(n):
        for j in range(n):
            if split[j] < split[i] and rows[j] == rows[i]:
                duplicates.add(i)
            if split[j] != split[i] and groups[j] == groups[i]:
                shared.add(groups[i])
            if split[j] > split[i] and times[i] >= times[j]:
                late.add(i)
    as_tensor = lambda values: torch.tensor(sorted(values), dtype=torch.int64)  # noqa: E731
    return as_tensor(duplicates), as_tensor(shared), as_tensor(late)
