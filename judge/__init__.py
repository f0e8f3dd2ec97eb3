"""drill-judge: a timed coding-drill judge that runs submissions in hardened Docker sandboxes."""

__version__ = "0.1.0"
