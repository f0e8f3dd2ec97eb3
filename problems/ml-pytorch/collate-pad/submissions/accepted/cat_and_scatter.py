import torch


def collate_pad(batch, pad_value=0):
    lengths = torch.tensor([s.numel() for s in batch], dtype=torch.long)
    t_max = int(lengths.max()) if len(batch) else 0
    padded = torch.full((len(batch), t_max), pad_value, dtype=batch[0].dtype)
    keep = torch.arange(t_max)[None, :] < lengths[:, None]
    padded[keep] = torch.cat(list(batch))
    return padded, lengths
