"""Connects to an outside address, by TCP and UDP. Expected: runtime_error (no network: the container has
only a loopback interface)."""
import socket


def two_sum_sorted(numbers, target):
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        udp.sendto(b"x", ("9.9.9.9", 53))
    except OSError:
        pass
    tcp = socket.create_connection(("1.1.1.1", 443), timeout=0.5)
    tcp.close()
    return [1, 2]
