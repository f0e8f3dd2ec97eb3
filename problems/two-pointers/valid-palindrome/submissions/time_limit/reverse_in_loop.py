def is_palindrome(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    for i in range(len(cleaned) // 2):
        # Correct, but the reversed copy is rebuilt on every step: O(n^2).
        if cleaned[i] != cleaned[::-1][i]:
            return False
    return True
