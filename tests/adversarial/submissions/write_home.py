"""Writes into its home directory (and dotfiles a shell would run), then solves the problem. The home is the
container's private tmpfs, so the write succeeds and is thrown away with the container.
Expected: accepted (genuinely correct; the write reaches nothing on the host)."""
import os

HOME = os.path.expanduser("~")
for name in ("@CANARY@", ".bashrc", ".profile", ".pythonrc"):
    with open(os.path.join(HOME, name), "w") as handle:
        handle.write("import os; os.system('touch /tmp/@CANARY@-ran')\n")
assert open(os.path.join(HOME, "@CANARY@")).read().startswith("import os"), "the write did not land"
assert HOME == "/tmp", HOME


def two_sum_sorted(numbers, target):
    lo, hi = 0, len(numbers) - 1
    while numbers[lo] + numbers[hi] != target:
        if numbers[lo] + numbers[hi] < target:
            lo += 1
        else:
            hi -= 1
    return [lo + 1, hi + 1]
