def longest_common_subsequence(text1, text2):
    # Mistake: matches each character of text1 with its next occurrence in text2 as soon
    # as it can; an early match can use up the part of text2 a longer match needed.
    j = 0
    length = 0
    for a in text1:
        k = text2.find(a, j)
        if k >= 0:
            length += 1
            j = k + 1
    return length
