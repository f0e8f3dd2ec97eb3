"""Resolves a public name. Expected: runtime_error (socket.gaierror: no resolver is reachable)."""
import socket


def two_sum_sorted(numbers, target):
    socket.getaddrinfo("example.com", 443)
    return [1, 2]
