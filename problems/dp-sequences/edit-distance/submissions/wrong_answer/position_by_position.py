def min_distance(word1, word2):
    # Mistake: compares the words position by position and adds the length difference;
    # that ignores shifting one word against the other with an insertion or deletion.
    mismatches = sum(1 for a, b in zip(word1, word2) if a != b)
    return mismatches + abs(len(word1) - len(word2))
