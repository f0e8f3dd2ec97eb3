"""LeetCode 238's guarantee: every prefix and every suffix product fits in a signed 32-bit integer."""

LIMIT = 2**31


def check(args):
    (nums,) = args
    for name, order in (("prefix", nums), ("suffix", nums[::-1])):
        product = 1
        for i, x in enumerate(order):
            product *= x
            if not -LIMIT <= product < LIMIT:
                return f"nums: the {name} product of {i + 1} numbers is {product}, outside a signed 32-bit integer"
    return None
