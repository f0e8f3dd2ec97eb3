def insert(intervals, new_interval):
    # Correct but O(n^2): ignores that the input is sorted and inserts every interval
    # (the new one included) into the result with a scan from the front.
    result = []
    for s, e in [new_interval] + intervals:
        i = 0
        while i < len(result) and result[i][1] < s:
            i += 1
        j = i
        while j < len(result) and result[j][0] <= e:
            s, e = min(s, result[j][0]), max(e, result[j][1])
            j += 1
        result[i:j] = [[s, e]]
    return result
