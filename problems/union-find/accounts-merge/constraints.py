"""LeetCode 721's shapes: a name of English letters, then addresses that look like local@domain."""

import re

NAME = re.compile(r"[A-Za-z]+")
ADDRESS = re.compile(r"[^@\s]+@[^@\s]+")


def check(args):
    (accounts,) = args
    for i, account in enumerate(accounts):
        if not NAME.fullmatch(account[0]):
            return f"accounts[{i}][0]: {account[0]!r} is not a name of English letters"
        for j, address in enumerate(account[1:], 1):
            if not ADDRESS.fullmatch(address):
                return f"accounts[{i}][{j}]: {address!r} is not an address of the form local@domain"
    return None
