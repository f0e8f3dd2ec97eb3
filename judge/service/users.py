"""Users and their tokens.

A token is ``<user id>.<secret>``: the id finds the row, and the secret is
checked against its scrypt hash (a slow, memory-hard hash: a stolen table does
not give the tokens back).  The token is shown once, when the user is added.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError

from judge import clock
from judge.errors import UsageError
from judge.service.database import engine_for, unreachable, users

# scrypt's cost: 2**14 rounds of 8 x 128 bytes (16 MiB), about 50 ms a check.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
NAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-_.")


@dataclass(frozen=True)
class User:
    id: int
    name: str
    admin: bool


@dataclass(frozen=True)
class NewUser:
    user: User
    token: str  # shown once; only its hash is stored


def hash_secret(secret: str, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=64 << 20)
    encode = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"


def secret_matches(secret: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(secret.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             maxmem=64 << 20)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(digest))


def add_user(db_url: str, name: str, admin: bool) -> NewUser:
    if not name or len(name) > 64 or not set(name) <= NAME_CHARS:
        raise UsageError(f"{name!r} is not a user name", "use 1 to 64 of a-z, 0-9, '-', '_' and '.'")
    secret = secrets.token_urlsafe(32)
    try:
        with engine_for(db_url).begin() as conn:
            user_id = conn.execute(users.insert().values(
                name=name, admin=int(admin), token_hash=hash_secret(secret),
                created_at=clock.iso(clock.now())).returning(users.c.id)).scalar_one()
    except IntegrityError:
        raise UsageError(f"the user {name} exists already", "choose another name") from None
    except OperationalError as exc:
        raise unreachable(db_url, exc) from None
    return NewUser(User(user_id, name, admin), f"{user_id}.{secret}")


def user_for_token(conn, token: str) -> User | None:
    """The user whose token this is, else None (a malformed token is simply no one's)."""
    user_id, _, secret = token.partition(".")
    if not user_id.isdigit() or not secret:
        return None
    row = conn.execute(select(users).where(users.c.id == int(user_id))).first()
    if row is None or not secret_matches(secret, row.token_hash):
        return None
    return User(row.id, row.name, bool(row.admin))


def users_named(conn, names: list[str]) -> dict[str, User]:
    rows = conn.execute(select(users).where(users.c.name.in_(names))).all()
    return {row.name: User(row.id, row.name, bool(row.admin)) for row in rows}
