def is_palindrome(s):
    i, j = 0, len(s) - 1
    while True:
        while i < j and not s[i].isalnum():
            i += 1
        while i < j and not s[j].isalnum():
            j -= 1
        if i >= j:
            return True
        if s[i].lower() != s[j].lower():
            return False
        i += 1
        j -= 1
