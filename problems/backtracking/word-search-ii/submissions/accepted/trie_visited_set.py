def find_words(board, words):
    # Trie of dicts; a visited set instead of overwriting cells; found words counted down
    # per branch so exhausted branches are skipped.
    END = object()
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[END] = w
    rows, cols = len(board), len(board[0])
    found = set()
    visited = set()

    def dfs(r, c, node):
        nxt = node.get(board[r][c])
        if nxt is None:
            return
        if END in nxt:
            found.add(nxt.pop(END))
        if not nxt:
            node.pop(board[r][c])
            return
        visited.add((r, c))
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            rr, cc = r + dr, c + dc
            if 0 <= rr < rows and 0 <= cc < cols and (rr, cc) not in visited:
                dfs(rr, cc, nxt)
        visited.discard((r, c))
        if not nxt:
            node.pop(board[r][c], None)

    for r in range(rows):
        for c in range(cols):
            dfs(r, c, trie)
    return list(found)
