import re


def is_palindrome(s):
    # Mistake: \W keeps the underscore, which is not a letter or digit.
    cleaned = re.sub(r"\W", "", s).lower()
    return cleaned == cleaned[::-1]
