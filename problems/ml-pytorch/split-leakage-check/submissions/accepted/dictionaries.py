import torch


def split_leaks(features, groups, times, split):
    rows = [tuple(row) for row in features.tolist()]
    split = split.tolist()
    first_split = {}
    for row, s in zip(rows, split):
        first_split[row] = min(first_split.get(row, 3), s)
    duplicates = [i for i, (row, s) in enumerate(zip(rows, split)) if s > first_split[row]]

    seen_in = {}
    for g, s in zip(groups.tolist(), split):
        seen_in.setdefault(g, set()).add(s)
    shared = sorted(g for g, where in seen_in.items() if len(where) > 1)

    earliest = [None, None, None]
    for t, s in zip(times.tolist(), split):
        earliest[s] = t if earliest[s] is None else min(earliest[s], t)
    late = []
    for i, (t, s) in enumerate(zip(times.tolist(), split)):
        after = [e for e in earliest[s + 1:] if e is not None]
        if after and t >= min(after):
            late.append(i)
    as_tensor = lambda values: torch.tensor(values, dtype=torch.int64)  # noqa: E731
    return as_tensor(duplicates), as_tensor(shared), as_tensor(late)
