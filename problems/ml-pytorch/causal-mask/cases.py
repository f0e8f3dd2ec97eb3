"""Cases for causal-mask: query and key lengths."""

EXAMPLES = [
    {"args": [2, 4], "explanation": "The two queries are positions 2 and 3 of the four keys."},
]


def hidden_cases():
    cases = [
        {"tags": ["square"], "args": [4, 4]},
        {"tags": ["length-1"], "args": [1, 1]},
        {"tags": ["one-query", "decoding"], "args": [1, 5]},
        {"tags": ["offset"], "args": [3, 7]},
        {"tags": ["offset-1"], "args": [4, 5]},
        {"tags": ["square", "large"], "args": [64, 64]},
        {"tags": ["offset", "long-cache"], "args": [2, 300]},
        {"tags": ["max-size"], "args": [1024, 4096]},
    ]
    for q, k in [(2, 2), (3, 3), (5, 9), (7, 8), (1, 2), (10, 30), (6, 6), (8, 16), (12, 13), (9, 40), (2, 3),
                 (16, 16), (5, 6), (31, 32), (20, 21), (1, 100), (3, 4)]:
        cases.append({"tags": ["grid"], "args": [q, k]})
    return cases
