"""Cases for climbing-stairs. Only 45 inputs exist, so the hidden set covers most of them."""

EXAMPLES = [
    {"args": [2], "expected": 2, "explanation": "1 + 1, or a single 2-step move."},
    {"args": [4], "expected": 5, "explanation": "1+1+1+1, 1+1+2, 1+2+1, 2+1+1 and 2+2."},
]

# Hand-checked: the counts for n = 1, 2, 3, ... follow 1, 2, 3, 5, 8, ... (each is the sum of the two before).
_KNOWN = {1: 1, 2: 2, 3: 3, 4: 5, 5: 8, 6: 13, 7: 21, 8: 34, 9: 55, 10: 89, 11: 144, 12: 233,
          13: 377, 14: 610, 15: 987, 20: 10946, 30: 1346269, 35: 14930352, 40: 165580141,
          44: 1134903170, 45: 1836311903}


def hidden_cases():
    cases = [
        {"tags": ["min-size", "single"], "args": [1], "expected": 1},
        {"tags": ["base-case"], "args": [2], "expected": 2},
        {"tags": ["first-sum"], "args": [3], "expected": 3},
    ]
    for n in range(4, 16):
        cases.append({"tags": ["small", "even" if n % 2 == 0 else "odd"], "args": [n], "expected": _KNOWN[n]})
    for n in (16, 17, 18, 19, 21, 25, 31, 33):
        cases.append({"tags": ["medium", "even" if n % 2 == 0 else "odd"], "args": [n]})
    for n in (20, 30, 35, 40):
        cases.append({"tags": ["large"], "args": [n], "expected": _KNOWN[n]})
    # Max size: a recursion without memory makes about 3.7 * 10^9 calls for n = 45.
    cases.append({"tags": ["max-size", "large-answer"], "args": [45], "expected": _KNOWN[45]})
    cases.append({"tags": ["max-size", "large-answer"], "args": [44], "expected": _KNOWN[44]})
    cases.append({"tags": ["max-size"], "args": [43]})
    return cases
