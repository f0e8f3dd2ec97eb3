def find_judge(n, trust):
    # In-degree minus out-degree: only the judge reaches n - 1 (trusted by all others, trusting nobody).
    score = [0] * n
    for a, b in trust:
        score[a - 1] -= 1
        score[b - 1] += 1
    for person, s in enumerate(score, 1):
        if s == n - 1:
            return person
    return -1
