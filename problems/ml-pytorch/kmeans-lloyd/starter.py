# judge: problem=kmeans-lloyd
import torch


def kmeans(X: torch.Tensor, centroids: torch.Tensor, iters: int):
    ...
