"""The prepared-case cache: arguments kept as JSON text, and a damaged file rebuilt, never sent."""

import math

from judge.grading.prepared import PreparedCase, read_cached, write_cached


def cases():
    return [PreparedCase.of(1, ("min-size",), [[1, 2], 3], [1, 2]),
            PreparedCase.of(2, ("text", "nan"), ["line one\nline two", float("nan"), (1, 2)], {"a": 1.5}),
            PreparedCase.of(3, (), [list(range(1000))], True)]


def test_a_cache_file_reads_back_what_was_written(tmp_path):
    path = tmp_path / "p.cases"
    write_cached(path, cases())
    back = read_cached(path)
    assert [c.index for c in back] == [1, 2, 3] and back[1].tags == ("text", "nan")
    assert [c.args_json for c in back] == [c.args_json for c in cases()]
    assert back[1].args()[0] == "line one\nline two" and math.isnan(back[1].args()[1])
    assert back[1].args()[2] == (1, 2) and back[2].expected is True
    assert all("\n" not in c.args_json for c in back)  # one request line each


def test_a_damaged_or_truncated_cache_file_is_not_used(tmp_path):
    path = tmp_path / "p.cases"
    write_cached(path, cases())
    text = path.read_text()
    path.write_text(text.replace("999", "998"))
    assert read_cached(path) is None
    path.write_text(text[: len(text) // 2])
    assert read_cached(path) is None
    path.write_text("not json\n")
    assert read_cached(path) is None
    assert read_cached(tmp_path / "missing.cases") is None
