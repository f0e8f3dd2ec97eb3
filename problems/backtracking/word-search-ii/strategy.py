"""Property inputs for word-search-ii: small boards over three letters, words partly traced on the board."""

from hypothesis import strategies as st

_STEPS = [(1, 0), (-1, 0), (0, 1), (0, -1)]


@st.composite
def _inputs(draw):
    rows, cols = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    board = [[draw(st.sampled_from("abc")) for _ in range(cols)] for _ in range(rows)]
    words = draw(st.lists(st.text(alphabet="abc", min_size=1, max_size=6), max_size=8))
    for _ in range(draw(st.integers(0, 4))):  # words read along a path, so that some are found
        r, c = draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1))
        used, word = {(r, c)}, board[r][c]
        for dr, dc in draw(st.lists(st.sampled_from(_STEPS), max_size=7)):
            if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in used:
                r, c = r + dr, c + dc
                used.add((r, c))
                word += board[r][c]
        words.append(word)
    words = list(dict.fromkeys(words)) or [board[0][0]]  # distinct, at least one
    return [board, words]


def arguments():
    return _inputs()
