def is_palindrome(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    n = len(cleaned)
    # Off-by-one: stops one pair early, so the innermost pair is never compared.
    for i in range(n // 2 - 1):
        if cleaned[i] != cleaned[n - 1 - i]:
            return False
    return True
