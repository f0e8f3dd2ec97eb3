import torch


def kmeans(X, centroids, iters):
    C = centroids.clone()
    k = C.shape[0]
    lab = ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1)
    for _ in range(iters):
        lab = ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1)
        sums = torch.zeros_like(C).index_add_(0, lab, X)
        cnt = torch.bincount(lab, minlength=k)
        C = torch.where(cnt[:, None] > 0, sums / cnt.clamp(min=1)[:, None], C)
    return C, lab  # the labels of the last round, not of the final centroids
