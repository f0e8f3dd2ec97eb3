from collections import defaultdict, deque


def ladder_length(begin_word, end_word, word_list):
    # Adjacency through wildcard patterns, BFS with a distance map.
    if end_word not in word_list:
        return 0
    buckets = defaultdict(list)
    for w in word_list:
        for i in range(len(w)):
            buckets[w[:i] + "_" + w[i + 1:]].append(w)
    dist = {begin_word: 1}
    queue = deque([begin_word])
    while queue:
        w = queue.popleft()
        for i in range(len(w)):
            key = w[:i] + "_" + w[i + 1:]
            for v in buckets[key]:
                if v not in dist:
                    dist[v] = dist[w] + 1
                    if v == end_word:
                        return dist[v]
                    queue.append(v)
            buckets[key] = []
    return 0
