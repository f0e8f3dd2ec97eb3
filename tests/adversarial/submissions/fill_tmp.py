"""Fills the only writable directory, /tmp, file after file. Expected: runtime_error (OSError: no space
left: the tmpfs is small and counts against the container's memory)."""


def two_sum_sorted(numbers, target):
    chunk = b"\0" * (1 << 20)
    for n in range(10_000):
        with open(f"/tmp/fill-{n}", "wb") as handle:
            for _ in range(4):
                handle.write(chunk)
    return [1, 2]
