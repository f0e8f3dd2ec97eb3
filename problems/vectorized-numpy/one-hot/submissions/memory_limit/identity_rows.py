import numpy as np


def one_hot(labels, num_classes):
    # Correct, but builds the num_classes x num_classes identity matrix first: O(C^2)
    # time and memory, 3.2 GB for 20_000 classes, where the answer may be a few rows.
    return np.eye(num_classes)[labels]
