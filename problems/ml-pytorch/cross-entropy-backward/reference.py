import torch
import torch.nn.functional as F


def cross_entropy_backward(logits, target):
    # d/dz of the mean over N rows of -log softmax(z)[t] is (softmax(z) - one_hot(t)) / N.  Written by hand:
    # the problem forbids autograd, and its reference is judged under the same rules as a submission.
    probs = torch.log_softmax(logits, dim=-1).exp()
    hot = F.one_hot(target, logits.shape[-1]).to(logits.dtype)
    return (probs - hot) / logits.shape[0]
