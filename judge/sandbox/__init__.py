"""The sandbox: the image, the container policy, the in-container runner and the wire protocol.

Nothing here knows about problems, verdicts or sessions: it starts hardened
containers, carries requests in and answers out, and reports faults.
"""
