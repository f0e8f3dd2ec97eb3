"""The service's own views as terminal text (the client imports this, not the server's modules)."""

from __future__ import annotations


def board_text(data: dict) -> str:
    from judge.clock import clock_text
    from judge.tables import table

    lines = [f"Group {data['group']}: {clock_text(max(data['remaining_s'], 0))} left of {data['minutes']} min "
             f"(deadline {data['deadline']}); problems {', '.join(data['problems'])}."]
    rows = [(m["user"], f"{m['solved']}/{len(m['problems'])}", m["attempts"],
             "  ".join(f"{p['slug']} {clock_text(p['solved_at_s']) if p['solved_at_s'] is not None else p['state']}"
                       for p in m["problems"])) for m in data["members"]]
    lines.append(table(rows, ["member", "solved", "attempts", "split times"]))
    return "\n".join(lines)
