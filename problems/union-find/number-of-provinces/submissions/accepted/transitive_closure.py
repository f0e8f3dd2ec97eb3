def find_circle_num(is_connected):
    # Warshall's transitive closure, then a city starts a province when no earlier city
    # reaches it: O(n^3), but with LeetCode's 200 cities that is fast enough, so accepted.
    n = len(is_connected)
    reach = [row[:] for row in is_connected]
    for k in range(n):
        for i in range(n):
            if reach[i][k]:
                for j in range(n):
                    if reach[k][j]:
                        reach[i][j] = 1
    return sum(1 for i in range(n) if not any(reach[i][j] for j in range(i)))
