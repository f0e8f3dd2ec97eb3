import torch


def collate_pad(batch, pad_value=0):
    lengths = torch.tensor([len(s) for s in batch], dtype=torch.int64)
    padded = torch.full((len(batch), int(lengths.max())), pad_value)  # int64 whatever the input
    for i, s in enumerate(batch):
        padded[i, : len(s)] = s
    return padded, lengths
