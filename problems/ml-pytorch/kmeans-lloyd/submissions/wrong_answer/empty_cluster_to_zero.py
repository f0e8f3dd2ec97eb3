import torch


def kmeans(X, centroids, iters):
    C = centroids.clone()
    k = C.shape[0]
    for _ in range(iters):
        lab = ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1)
        sums = torch.zeros_like(C).index_add_(0, lab, X)
        C = sums / torch.bincount(lab, minlength=k).clamp(min=1)[:, None]  # an empty cluster jumps to 0
    return C, ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1)
