import torch


def kmeans(X, centroids, iters):
    C = centroids.clone()
    k = C.shape[0]

    def assign(C):
        d2 = (X * X).sum(1, keepdim=True) - 2 * X @ C.T + (C * C).sum(1)[None]
        return d2.argmin(1)

    for _ in range(iters):
        lab = assign(C)
        onehot = torch.nn.functional.one_hot(lab, k).to(X.dtype)
        counts = onehot.sum(0)
        means = (onehot.T @ X) / counts.clamp(min=1)[:, None]
        C = torch.where(counts[:, None] > 0, means, C)
    return C, assign(C)
