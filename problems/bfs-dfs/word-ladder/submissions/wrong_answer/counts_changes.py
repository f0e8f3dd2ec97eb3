class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        # Mistake: returns the number of changes (edges) instead of the number of words.
        words = set(wordList)
        if endWord not in words:
            return 0
        queue = deque([(beginWord, 0)])
        seen = {beginWord}
        while queue:
            word, changes = queue.popleft()
            if word == endWord:
                return changes
            for i in range(len(word)):
                for ch in "abcdefghijklmnopqrstuvwxyz":
                    nxt = word[:i] + ch + word[i + 1:]
                    if nxt in words and nxt not in seen:
                        seen.add(nxt)
                        queue.append((nxt, changes + 1))
        return 0
