import torch


def kmeans(X, centroids, iters):
    C = centroids.clone()
    k = C.shape[0]
    for _ in range(iters):
        lab = ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1)
        cnt = torch.bincount(lab, minlength=k)
        sums = torch.zeros_like(C).index_add_(0, lab, X)
        C = torch.where(cnt[:, None] > 0, sums / cnt.clamp(min=1)[:, None], C)
    lab = ((X[:, None] - C[None]) ** 2).sum(-1).argmin(1)
    # Numbered by size, largest cluster first (then by the old number): a renumbering, still a right answer.
    cnt = torch.bincount(lab, minlength=k)
    order = sorted(range(k), key=lambda c: (-int(cnt[c]), c))
    new_number = torch.empty(k, dtype=torch.long)
    new_number[torch.tensor(order)] = torch.arange(k)
    return C[order], new_number[lab]
