def find_words(board, words):
    trie = {}  # nested dicts, one level per letter; "$" holds the word that ends here
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word
    rows, cols = len(board), len(board[0])
    found = []

    def walk(r, c, parent):
        ch = board[r][c]
        node = parent[ch]
        word = node.pop("$", None)  # popped: each word is reported once
        if word is not None:
            found.append(word)
        board[r][c] = "#"  # in use on the current path
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                walk(nr, nc, node)
        board[r][c] = ch
        if not node:
            del parent[ch]  # nothing left to find below: prune the branch

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in trie:
                walk(r, c, trie)
    return found
