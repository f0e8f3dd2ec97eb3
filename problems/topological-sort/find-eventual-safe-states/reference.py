def eventual_safe_nodes(graph):
    # Kahn's algorithm on the reversed graph: a node is safe once all its successors are.
    pending = [len(out) for out in graph]  # successors not yet known to be safe
    predecessors = [[] for _ in graph]
    for node, out in enumerate(graph):
        for nxt in out:
            predecessors[nxt].append(node)
    safe = [node for node, count in enumerate(pending) if count == 0]
    for node in safe:  # the list grows while it is walked: a work queue
        for prev in predecessors[node]:
            pending[prev] -= 1
            if pending[prev] == 0:
                safe.append(prev)
    return sorted(safe)
