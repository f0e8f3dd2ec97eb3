"""Connects to the Docker bridge gateway, where the host and the engine's TCP port would answer.
Expected: runtime_error (OSError: network is unreachable — the container has no route to the host)."""
import socket

GATEWAY = "@GATEWAY@"


def two_sum_sorted(numbers, target):
    socket.create_connection((GATEWAY, 2375), timeout=0.5).close()
    return [1, 2]
