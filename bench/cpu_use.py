"""Where the machine's CPU time goes during a stretch of a bench: the whole machine, and each long-lived part.

Read from /proc: the machine's busy time from /proc/stat, and each process's user + system time (its own
and its reaped children's) from /proc/PID/stat, grouped by what the process is.  Processes that start and
end inside the stretch and are reaped by nobody we track (a sandbox's runner, a container start's runc,
the detached warm-container helper) are not seen one by one; their time is the rest of the machine's.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")
ENGINE = ("dockerd", "containerd", "runc", "docker-proxy")  # and every containerd-shim*


def machine_busy_s() -> float:
    """Seconds of CPU the whole machine has spent busy (all cores) since boot."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
    return (user + nice + system + irq + softirq + steal) / TICK


def _processes() -> dict[int, tuple[int, str, float]]:
    """pid -> (parent pid, command name, CPU seconds of it and its reaped children)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # gone meanwhile
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        rest = stat[stat.rindex(")") + 2:].split()
        # Fields after the name: state ppid ... utime(12) stime(13) cutime(14) cstime(15), 1-based from state.
        cpu = sum(int(x) for x in rest[11:15]) / TICK
        found[int(entry.name)] = (int(rest[1]), name, cpu)
    return found


@dataclass
class CpuUse:
    """CPU seconds spent during one stretch: the machine's, and per part."""

    wall_s: float
    machine_s: float
    parts: dict[str, float]

    @property
    def rest_s(self) -> float:
        return max(0.0, self.machine_s - sum(self.parts.values()))

    @property
    def cores_busy(self) -> float:
        return self.machine_s / self.wall_s


class CpuMeter:
    """Samples at ``start`` and ``stop``; ``roots`` names the processes whose whole trees make up a part."""

    def __init__(self, roots: dict[str, list[int]]):
        self.roots = roots

    def _part(self, pid: int, table: dict) -> str | None:
        name = table[pid][1]
        if name == "postgres":
            return "PostgreSQL"
        if name == "redis-server":
            return "Redis"
        if name in ENGINE or name.startswith("containerd-shim"):
            return "Docker engine"
        seen = pid
        while seen in table:
            for part, pids in self.roots.items():
                if seen in pids:
                    return part
            seen = table[seen][0]
            if seen in (0, 1):
                break
        return None

    def _sample(self) -> tuple[float, dict[int, tuple[str, float]]]:
        table = _processes()
        busy = machine_busy_s()
        tracked = {}
        for pid in table:
            part = self._part(pid, table)
            if part is not None:
                tracked[pid] = (part, table[pid][2])
        return busy, tracked

    def start(self, wall: float) -> None:
        self._wall0 = wall
        self._busy0, self._tracked0 = self._sample()

    def stop(self, wall: float) -> CpuUse:
        busy, tracked = self._sample()
        parts: dict[str, float] = {}
        for pid, (part, cpu) in tracked.items():
            before = self._tracked0.get(pid)
            spent = cpu - (before[1] if before and before[0] == part else 0.0)
            parts[part] = parts.get(part, 0.0) + max(0.0, spent)
        return CpuUse(wall - self._wall0, busy - self._busy0, parts)
