"""The terminal report and its log-log plot, drawn from the report's JSON."""

from test_complexity_report import SIZES, report, series

from judge.complexity.text import report_lines


def text(data):
    return "\n".join(report_lines(data, color=False))


def test_the_report_names_measured_target_status_and_claim():
    data = report(series("n", SIZES, lambda n: n * n, lambda n: 1e-9 * n * n), claim="O(n)")
    out = text(data)
    assert "time   O(n^2)" in out and "target O(n)" in out and "suboptimal" in out
    assert "your time claim O(n): refuted" in out
    assert "space  O(1)" in out


def test_the_plot_shows_points_against_the_target_curve():
    out = text(report(series("n", SIZES, lambda n: 3 * n, lambda n: 3e-8 * n)))
    plot = out[out.index("log-log"):]
    assert plot.count("*") >= len(SIZES) - 1 and "." in plot
    assert "256" in plot and str(SIZES[-1]) in plot


def test_one_plot_per_parameter():
    out = text(report(series("V", SIZES, lambda n: 3 * n, lambda n: 1e-8 * n),
                      series("E", SIZES, lambda n: 3 * n, lambda n: 1e-8 * n), time_target="O(V+E)"))
    assert "V: Python-level steps against V" in out and "E: Python-level steps against E" in out


def test_hidden_work_is_plotted_in_cpu_time():
    out = text(report(series("n", SIZES, lambda n: 2 * n, lambda n: 5e-8 * n + 1e-10 * n * n)))
    assert "CPU seconds against n" in out


def test_nothing_to_say_without_a_report():
    assert report_lines(None) == []
    assert "not measured" in text({"available": False, "reason": "no size parameters"})


def test_vectorization_is_reported_for_numpy_problems():
    out = text(report(series("n", SIZES, lambda n: n, lambda n: 1e-7 * n), numpy=True))
    assert "vectorized: no: Python-level work grows as O(n)" in out


def test_colour_keeps_the_column_gaps():
    import re

    data = report(series("n", SIZES, lambda n: n * n, lambda n: 1e-9 * n * n), claim="O(n)")
    plain = report_lines(data, color=False)
    coloured = report_lines(data, color=True)
    assert any("\x1b[" in line for line in coloured)
    assert [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in coloured] == plain  # the same columns
    status_line = next(line for line in plain if line.startswith("  time"))
    assert "suboptimal   confidence" in status_line


def test_the_plot_legend_names_the_target_of_the_line_above():
    out = text(report(series("n", SIZES, lambda n: 30 * n, lambda n: 1e-7 * n), time_target="O(n log D)"))
    assert "target O(n log D)" in out.splitlines()[1]
    assert ". target O(n log D) (in n: O(n))" in out
    assert "D: not swept; taken from the target" in out
