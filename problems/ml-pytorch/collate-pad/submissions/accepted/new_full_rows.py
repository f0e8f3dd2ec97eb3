import torch


def collate_pad(batch, pad_value=0):
    longest = max(len(s) for s in batch)
    rows = []
    for s in batch:
        rows.append(torch.cat([s, s.new_full((longest - len(s),), pad_value)]))
    return torch.stack(rows), torch.tensor([len(s) for s in batch])
