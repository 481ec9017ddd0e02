"""Injected failures: Discord-shaped 429s (and other statuses) for the next sends."""

from __future__ import annotations

import json
import math
import random
import time

from aiohttp import web


class FailureInjector:
    """Decides which send is answered with an error instead of being carried out."""

    def __init__(self) -> None:
        self._pending: list[tuple[int, float]] = []  # (status, retry_after) for the next sends
        self._fraction = 0.0
        self._fraction_retry_after = 0.05
        self._rng = random.Random(0)
        self._streak = 0
        self.max_streak = 3  # discord.py gives up after 5 tries; never fail one request that often
        self.injected = 0

    def fail_next(self, n: int, status: int, retry_after: float) -> None:
        self._pending += [(status, retry_after)] * n

    def set_fraction(self, fraction: float, seed: int, retry_after: float) -> None:
        self._fraction = fraction
        self._rng = random.Random(seed)
        self._fraction_retry_after = retry_after

    def next_failure(self) -> tuple[int, float] | None:
        if self._pending:
            self.injected += 1
            return self._pending.pop(0)
        if (
            self._fraction
            and self._streak < self.max_streak
            and self._rng.random() < self._fraction
        ):
            self._streak += 1
            self.injected += 1
            return (429, self._fraction_retry_after)
        self._streak = 0
        return None


def error_response(status: int, retry_after: float) -> web.Response:
    if status == 429:
        return rate_limited(retry_after)
    body = {"message": f"{status}: injected failure", "code": 0}
    return web.Response(
        status=status, body=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )


def rate_limited(retry_after: float) -> web.Response:
    """The shape Discord uses for a per-route 429 (the Via header tells it is not Cloudflare)."""
    body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": False}
    headers = {
        "Content-Type": "application/json",
        "Retry-After": str(max(1, math.ceil(retry_after))),
        "X-RateLimit-Limit": "5",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": f"{time.time() + retry_after:.3f}",
        "X-RateLimit-Reset-After": f"{retry_after:.3f}",
        "X-RateLimit-Bucket": "fakediscord-messages",
        "X-RateLimit-Scope": "user",
        "Via": "1.1 google",
    }
    return web.Response(status=429, body=json.dumps(body).encode(), headers=headers)
