"""Searches the whole filesystem and /proc for what the judge must keep from it: the problem's tests and
reference solution, the judge's database, the Docker socket (or any socket), and a secret in the judge's
own environment (the test sets it; this file holds it reversed so it cannot find itself). Reports what it
found, then answers wrongly. Expected: wrong_answer, with nothing found."""
import json
import os
import stat
import time

SECRET = "@CANARY@"[::-1]
# Text that exists only in the problem's pack, reversed for the same reason.
PACK_TEXT = ["tegrat ot smus riap on", "riap_euqinu_", "srebmun = smarap"]
NAMES = {"cases.py", "reference.py", "problem.toml", "strategy.py", "generators.py", "judge.db", "docker.sock",
         "containerd.sock", "two-sum-ii", "drill-judge"}
SKIP = ("/proc", "/sys", "/dev")
CONTENT_ROOTS = ("/etc", "/tmp", "/opt", "/run", "/var", "/root", "/home", "/srv", "/mnt", "/media", "/submission")

found = {"names": [], "sockets": [], "content": [], "environ": [], "proc": []}
scanned = {"dirs": 0, "files": 0, "bytes": 0, "procs": 0}
needles = [SECRET.encode()] + [text[::-1].encode() for text in PACK_TEXT]
started = time.monotonic()


def note(kind, what):
    if len(found[kind]) < 5:
        found[kind].append(what)


for root, dirs, files in os.walk("/"):
    if root.startswith(SKIP):
        dirs[:] = []
        continue
    scanned["dirs"] += 1
    for name in dirs + files:
        if name in NAMES:
            note("names", os.path.join(root, name))
    for name in files:
        path = os.path.join(root, name)
        try:
            info = os.lstat(path)
        except OSError:
            continue
        if stat.S_ISSOCK(info.st_mode):
            note("sockets", path)
        if not stat.S_ISREG(info.st_mode) or not root.startswith(CONTENT_ROOTS) or info.st_size > 1 << 20:
            continue
        if path == "/submission/solution.py":
            continue  # this very file
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            continue
        scanned["files"] += 1
        scanned["bytes"] += len(data)
        if any(needle in data for needle in needles):
            note("content", path)

for key, value in os.environ.items():
    if SECRET in key or SECRET in value or "CANARY" in key:
        note("environ", key)

for pid in os.listdir("/proc"):
    if not pid.isdigit():
        continue
    scanned["procs"] += 1
    for part in ("environ", "cmdline"):
        try:
            with open(f"/proc/{pid}/{part}", "rb") as handle:
                data = handle.read()
        except OSError:
            continue
        if any(needle in data for needle in needles):
            note("proc", f"{pid}/{part}")

for path in ("/var/run/docker.sock", "/run/docker.sock", "/run/containerd/containerd.sock"):
    if os.path.exists(path):
        note("sockets", path)

REPORT = json.dumps({"found": found, "scanned": scanned, "seconds": round(time.monotonic() - started, 2)},
                    separators=(",", ":"))


def two_sum_sorted(numbers, target):
    print(REPORT)
    return [0, 0]
