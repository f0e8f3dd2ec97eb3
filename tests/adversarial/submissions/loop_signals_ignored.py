"""An endless loop that ignores every signal a polite timer would send (SIGALRM, SIGTERM, SIGXCPU, ...)
and keeps re-arming its own alarm. Expected: time_limit — the host's deadline ends in SIGKILL from the
engine, which cannot be caught or ignored."""
import signal

for name in ("SIGALRM", "SIGTERM", "SIGXCPU", "SIGINT", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGVTALRM", "SIGPROF"):
    signal.signal(getattr(signal, name), signal.SIG_IGN)


def two_sum_sorted(numbers, target):
    signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
    while True:
        pass
