import torch


def collate_pad(batch, pad_value=0):
    lengths = torch.tensor([len(seq) for seq in batch], dtype=torch.int64)
    padded = torch.full((len(batch), int(lengths.max())), pad_value, dtype=batch[0].dtype)
    for row, seq in enumerate(batch):
        padded[row, : len(seq)] = seq
    return padded, lengths
