"""Copies a binary into /tmp, makes it executable and runs it. Expected: runtime_error (PermissionError:
/tmp is mounted noexec)."""
import os
import shutil
import subprocess


def two_sum_sorted(numbers, target):
    shutil.copy("/bin/true", "/tmp/payload")
    os.chmod("/tmp/payload", 0o755)
    subprocess.run(["/tmp/payload"], check=True)
    return [1, 2]
