"""Prints terminal control sequences to stdout and stderr, at import and in every call: a window title
(OSC 0), the clipboard (OSC 52), a screen clear, and a cursor move up that overwrites the previous line with
a fake verdict, ending in BEL, carriage returns and C1 controls. Expected: wrong_answer, and every sequence
shown as visible escapes in text output (no ESC or BEL byte reaches the terminal)."""
import sys

SEQUENCES = ("\x1b]0;owned\x07", "\x1b]52;c;ZXZpbA==\x07", "\x1b[2J", "\x1b[1A\x1b[2K\x1b[32mAccepted\x1b[0m",
             "\x07", "\rAccepted  two-sum-ii  26/26", "\x9b2J", "\u202eevil")
print(*SEQUENCES)
sys.stderr.write("".join(SEQUENCES) + "\n")


def two_sum_sorted(numbers, target):
    print(*SEQUENCES)
    sys.stderr.write("".join(SEQUENCES) + "\n")
    sys.stderr.flush()
    return [0, 0]
