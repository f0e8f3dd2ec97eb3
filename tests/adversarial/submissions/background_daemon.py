"""Starts a detached daemon (double fork, new session, hangups and terms ignored) meant to outlive the run,
proves it is alive, then answers wrongly. Expected: wrong_answer; the daemon (whose command line carries
the test's canary) is gone from the host once the container is removed."""
import os
import signal
import time

CANARY = "@CANARY@"
DAEMON = "import signal, time\nfor s in (1, 2, 15): signal.signal(s, signal.SIG_IGN)\ntime.sleep(3600)"


def _spawn():
    read, write = os.pipe()
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            os.close(read)
            os.write(write, str(os.getpid()).encode())
            os.close(write)
            for fd in (0, 1, 2):
                os.close(fd)
            os.execv("/usr/bin/python3", ["python3", "-c", DAEMON, CANARY])
        os._exit(0)
    os.close(write)
    pid = int(os.read(read, 32))
    os.close(read)
    return pid


_daemon = _spawn()


def two_sum_sorted(numbers, target):
    time.sleep(0.3)
    os.kill(_daemon, 0)  # raises if it is not alive
    with open(f"/proc/{_daemon}/cmdline", "rb") as handle:
        alive = CANARY.encode() in handle.read()
    print(f"daemon pid={_daemon} alive={alive}")
    return [0, 0]
