import torch


def _nearest(X, centroids):
    return ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(dim=-1).argmin(dim=1)


def kmeans(X, centroids, iters):
    centroids = centroids.clone()
    k = centroids.shape[0]
    for _ in range(iters):
        labels = _nearest(X, centroids)
        sums = torch.zeros_like(centroids).index_add_(0, labels, X)
        counts = torch.bincount(labels, minlength=k)
        filled = counts > 0
        centroids[filled] = sums[filled] / counts[filled, None]
    return centroids, _nearest(X, centroids)
