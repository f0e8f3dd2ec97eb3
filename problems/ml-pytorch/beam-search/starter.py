# judge: problem=beam-search
import torch


def beam_search(log_probs: torch.Tensor, start: int, eos: int, beam_width: int,
                max_len: int) -> list[tuple[list[int], float]]:
    ...
