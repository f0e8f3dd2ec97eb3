"""Runs a binary from /tmp through the dynamic loader, the usual way around noexec. Expected: runtime_error
(the kernel refuses to map a noexec file executable, so the loader fails)."""
import glob
import shutil
import subprocess


def two_sum_sorted(numbers, target):
    shutil.copy("/bin/true", "/tmp/payload")
    loader = sorted(glob.glob("/lib64/ld-linux*.so.*") + glob.glob("/lib/*-linux-gnu/ld-linux*.so.*"))[0]
    ran = subprocess.run([loader, "/tmp/payload"], capture_output=True)
    raise RuntimeError(f"loader exit {ran.returncode}: {ran.stderr.decode(errors='replace').strip()[-120:]}")
