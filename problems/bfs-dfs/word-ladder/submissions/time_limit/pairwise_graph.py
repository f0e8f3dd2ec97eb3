from collections import defaultdict, deque


def ladder_length(begin_word, end_word, word_list):
    # Correct but O(n^2 L): builds the whole graph by comparing every pair of words, then
    # runs a breadth-first search on it.
    if end_word not in word_list:
        return 0
    nodes = list(dict.fromkeys([begin_word] + word_list))
    graph = defaultdict(list)
    for i in range(len(nodes)):
        for j in range(i + 1, len(nodes)):
            if sum(a != b for a, b in zip(nodes[i], nodes[j])) == 1:
                graph[nodes[i]].append(nodes[j])
                graph[nodes[j]].append(nodes[i])
    dist = {begin_word: 1}
    queue = deque([begin_word])
    while queue:
        w = queue.popleft()
        if w == end_word:
            return dist[w]
        for v in graph[w]:
            if v not in dist:
                dist[v] = dist[w] + 1
                queue.append(v)
    return 0
