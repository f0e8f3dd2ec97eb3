class Solution:
    def nextGreaterElement(self, nums1: List[int], nums2: List[int]) -> List[int]:
        # Mistake: takes the first larger value anywhere in nums2, also to the left of x.
        res = []
        for x in nums1:
            ans = -1
            for y in nums2:
                if y > x:
                    ans = y
                    break
            res.append(ans)
        return res
