"""LeetCode 778's rule that problem.toml's [constraints] cannot say: no elevation appears twice."""


def check(args):
    (grid,) = args
    seen = {}
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value in seen:
                return f"grid[{r}][{c}]: {value} also appears at {seen[value]}; the values must be distinct"
            seen[value] = f"grid[{r}][{c}]"
    return None
