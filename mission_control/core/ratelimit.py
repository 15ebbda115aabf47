"""Rate limits: token buckets in Redis (one Lua script) when REDIS_URL is set, in process
otherwise, behind one interface.

A bucket holds up to `capacity` tokens and refills at `per_second`; a hit takes one. The
API limit (per key and per user) is `RATE_LIMIT_PER_MINUTE` with bursts of
`RATE_LIMIT_BURST`; sign-in, sign-up and invitation accepts are limited per client IP, and
failed passwords per account (`LOGIN_FAILURE_LIMIT` per `LOGIN_FAILURE_WINDOW_SECONDS`)
with a back-off that doubles with every failure past the first few. Open streams are
capped per key and per org (acquire a slot, release it when the stream ends).

Per-org limits set by an owner are an extension point: `RateLimiter.api_quota_for` is
where an override would be looked up; today every org gets the settings.

Redis is shared by every process, so limits hold across servers. If Redis fails, the
limiter falls back to this process's buckets (it never turns a Redis outage into errors).
"""

from __future__ import annotations

import hashlib
import math
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import structlog
from sqlalchemy.engine import make_url

from mission_control.core.config import Settings
from mission_control.core.errors import TooManyRequests

log = structlog.get_logger(__name__)

REDIS_RETRY_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class Quota:
    """A bucket's shape: `capacity` tokens, refilled at `per_second`; `backoff_base` > 0
    adds a wait of base * 2^(n - free - 1) seconds after the n-th recent hit past `free`."""

    capacity: float
    per_second: float
    backoff_base: float = 0.0
    backoff_free: float = 0.0

    @classmethod
    def per_minute(cls, per_minute: int, burst: int) -> Quota | None:
        """`per_minute` with bursts of `burst` (0 for either turns the limit off)."""
        if per_minute <= 0 or burst <= 0:
            return None
        return cls(capacity=float(burst), per_second=per_minute / 60.0)


@dataclass(frozen=True, slots=True)
class RateDecision:
    allowed: bool
    limit: int  # the tightest bucket's capacity
    remaining: int  # whole tokens left in it after this hit
    reset: float  # seconds until every bucket is full again
    retry_after: float  # seconds until the same hit would pass (0 when allowed)

    def headers(self) -> dict[str, str]:
        """`RateLimit-*` (IETF draft names), plus `Retry-After` when refused."""
        headers = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(max(0, self.remaining)),
            "RateLimit-Reset": str(math.ceil(self.reset)),
        }
        if not self.allowed:
            headers["Retry-After"] = str(max(1, math.ceil(self.retry_after)))
        return headers


UNLIMITED = RateDecision(allowed=True, limit=0, remaining=0, reset=0.0, retry_after=0.0)


class RateLimited(TooManyRequests):
    code = "rate_limited"
    message = "Too many requests; try again after Retry-After seconds."

    def __init__(self, decision: RateDecision, message: str | None = None) -> None:
        super().__init__(
            message,
            details={"retry_after": max(1, math.ceil(decision.retry_after))},
            headers=decision.headers(),
        )


# KEYS: one bucket each. ARGV[1] cost (0 peeks: needs a token, takes none), ARGV[2] force
# (1: take even when refused, so hammering a refused bucket digs it deeper), then per key:
# capacity, per_second, backoff_base, backoff_free. The clock is the Redis server's, so
# every process agrees on it.
_BUCKET_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local cost = tonumber(ARGV[1])
local force = tonumber(ARGV[2]) == 1
local need = math.max(cost, 1)
local allowed = 1
local retry = 0
local state = {}
for i = 1, #KEYS do
  local a = 2 + (i - 1) * 4
  local cap, rate = tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2])
  local base, free = tonumber(ARGV[a + 3]), tonumber(ARGV[a + 4])
  local s = redis.call('HMGET', KEYS[i], 'tokens', 'at', 'last')
  local tokens = tonumber(s[1]) or cap
  local at = tonumber(s[2]) or now
  local last = tonumber(s[3]) or 0
  tokens = math.min(cap, tokens + math.max(0, now - at) * rate)
  local wait = 0
  if tokens < need then wait = (need - tokens) / rate end
  if base > 0 and cap - tokens > free then
    local delay = math.min(base * 2 ^ (cap - tokens - free - 1), cap / rate)
    wait = math.max(wait, last + delay - now)
  end
  if wait > 0 then allowed = 0 end
  retry = math.max(retry, wait)
  state[i] = {tokens, cap, rate, last}
end
local remaining, limit, reset = nil, 0, 0
for i = 1, #KEYS do
  local tokens, cap, rate, last = state[i][1], state[i][2], state[i][3], state[i][4]
  if cost > 0 and (allowed == 1 or force) then
    tokens = tokens - cost
    last = now
    redis.call('HSET', KEYS[i], 'tokens', tostring(tokens), 'at', tostring(now),
      'last', tostring(last))
    redis.call('PEXPIRE', KEYS[i], math.ceil((cap - tokens) / rate * 1000) + 1000)
  end
  if remaining == nil or tokens < remaining then remaining, limit = tokens, cap end
  reset = math.max(reset, (cap - tokens) / rate)
end
return {allowed, tostring(remaining), tostring(limit), tostring(retry), tostring(reset)}
"""

# KEYS: one sorted set of open slots per scope. ARGV[1] slot id, ARGV[2] ttl seconds, then
# a cap per key. Slots carry an expiry as score, so a crashed process's slots lapse.
_ACQUIRE_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
for i = 1, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now)
  if redis.call('ZCARD', KEYS[i]) >= tonumber(ARGV[2 + i]) then return 0 end
end
for i = 1, #KEYS do
  redis.call('ZADD', KEYS[i], now + tonumber(ARGV[2]), ARGV[1])
  redis.call('EXPIRE', KEYS[i], math.ceil(tonumber(ARGV[2])) + 1)
end
return 1
"""

_REFRESH_LUA = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
for i = 1, #KEYS do
  redis.call('ZADD', KEYS[i], 'XX', now + tonumber(ARGV[2]), ARGV[1])
  redis.call('EXPIRE', KEYS[i], math.ceil(tonumber(ARGV[2])) + 1)
end
return 1
"""


class _Bucket:
    __slots__ = ("at", "full_at", "last", "tokens")

    def __init__(self, tokens: float, at: float) -> None:
        self.tokens = tokens
        self.at = at
        self.last = 0.0
        self.full_at = at


class MemoryBuckets:
    """The same buckets as the Lua script, in this process (monotonic clock)."""

    PRUNE_EVERY = 10_000

    def __init__(self) -> None:
        self._buckets: dict[str, _Bucket] = {}
        self._slots: dict[str, dict[str, float]] = {}
        self._ops = 0

    async def take(
        self, keys: Sequence[str], quotas: Sequence[Quota], cost: float, force: bool = False
    ) -> RateDecision:
        return self.take_now(keys, quotas, cost, force)

    def take_now(
        self, keys: Sequence[str], quotas: Sequence[Quota], cost: float, force: bool = False
    ) -> RateDecision:
        now = time.monotonic()
        self._ops += 1
        if self._ops % self.PRUNE_EVERY == 0:
            self._prune(now)
        need = max(cost, 1.0)
        allowed = True
        retry = 0.0
        states: list[tuple[_Bucket, Quota, float]] = []
        for key, quota in zip(keys, quotas, strict=True):
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = self._buckets[key] = _Bucket(quota.capacity, now)
            tokens = min(quota.capacity, bucket.tokens + (now - bucket.at) * quota.per_second)
            wait = (need - tokens) / quota.per_second if tokens < need else 0.0
            used = quota.capacity - tokens
            if quota.backoff_base > 0 and used > quota.backoff_free:
                delay = min(
                    quota.backoff_base * 2 ** (used - quota.backoff_free - 1),
                    quota.capacity / quota.per_second,
                )
                wait = max(wait, bucket.last + delay - now)
            if wait > 0:
                allowed = False
            retry = max(retry, wait)
            states.append((bucket, quota, tokens))
        remaining: float | None = None
        limit = 0.0
        reset = 0.0
        for bucket, quota, tokens in states:
            if cost > 0 and (allowed or force):
                tokens -= cost
                bucket.tokens, bucket.at, bucket.last = tokens, now, now
                bucket.full_at = now + (quota.capacity - tokens) / quota.per_second
            if remaining is None or tokens < remaining:
                remaining, limit = tokens, quota.capacity
            reset = max(reset, (quota.capacity - tokens) / quota.per_second)
        return RateDecision(
            allowed=allowed,
            limit=int(limit),
            remaining=math.floor(remaining or 0.0),
            reset=reset,
            retry_after=0.0 if allowed else retry,
        )

    async def clear(self, keys: Sequence[str]) -> None:
        for key in keys:
            self._buckets.pop(key, None)

    async def acquire(
        self, keys: Sequence[str], caps: Sequence[int], slot: str, ttl: float
    ) -> bool:
        now = time.monotonic()
        for key, cap in zip(keys, caps, strict=True):
            slots = self._slots.setdefault(key, {})
            for held, until in list(slots.items()):
                if until <= now:
                    del slots[held]
            if len(slots) >= cap:
                return False
        for key in keys:
            self._slots[key][slot] = now + ttl
        return True

    async def refresh(self, keys: Sequence[str], slot: str, ttl: float) -> None:
        now = time.monotonic()
        for key in keys:
            slots = self._slots.get(key)
            if slots is not None and slot in slots:
                slots[slot] = now + ttl

    async def release(self, keys: Sequence[str], slot: str) -> None:
        for key in keys:
            slots = self._slots.get(key)
            if slots is not None:
                slots.pop(slot, None)
                if not slots:
                    del self._slots[key]

    def _prune(self, now: float) -> None:
        # A bucket that has refilled is the same as no bucket: forget it (bounded memory).
        full = [key for key, b in self._buckets.items() if b.full_at <= now]
        for key in full:
            del self._buckets[key]


class RedisBuckets:
    """The buckets in Redis: one script call (one round trip) per decision."""

    def __init__(self, redis: Any) -> None:
        self.redis = redis
        self._bucket = redis.register_script(_BUCKET_LUA)
        self._acquire = redis.register_script(_ACQUIRE_LUA)
        self._refresh = redis.register_script(_REFRESH_LUA)

    async def take(
        self, keys: Sequence[str], quotas: Sequence[Quota], cost: float, force: bool = False
    ) -> RateDecision:
        args: list[float | int] = [cost, 1 if force else 0]
        for quota in quotas:
            args += [quota.capacity, quota.per_second, quota.backoff_base, quota.backoff_free]
        allowed, remaining, limit, retry, reset = await self._bucket(keys=list(keys), args=args)
        return RateDecision(
            allowed=int(allowed) == 1,
            limit=int(float(limit)),
            remaining=math.floor(float(remaining)),
            reset=float(reset),
            retry_after=0.0 if int(allowed) == 1 else float(retry),
        )

    async def clear(self, keys: Sequence[str]) -> None:
        await self.redis.delete(*keys)

    async def acquire(
        self, keys: Sequence[str], caps: Sequence[int], slot: str, ttl: float
    ) -> bool:
        return int(await self._acquire(keys=list(keys), args=[slot, ttl, *caps])) == 1

    async def refresh(self, keys: Sequence[str], slot: str, ttl: float) -> None:
        await self._refresh(keys=list(keys), args=[slot, ttl])

    async def release(self, keys: Sequence[str], slot: str) -> None:
        pipe = self.redis.pipeline(transaction=False)
        for key in keys:
            pipe.zrem(key, slot)
        await pipe.execute()


def _digest(value: str) -> str:
    """Emails and IPs never sit in Redis as themselves."""
    return hashlib.sha256(value.encode()).hexdigest()[:32]


def namespace_for(settings: Settings) -> str:
    """Keys are per deployment (one Redis may serve several): RATE_LIMIT_NAMESPACE, else the
    database's name, which every process of one deployment shares."""
    if settings.rate_limit_namespace:
        return settings.rate_limit_namespace
    if settings.database_url:
        return make_url(settings.database_url).database or "mc"
    return "mc"


@dataclass(slots=True)
class StreamSlot:
    """A held place among the open streams; refresh it at each heartbeat, release it once."""

    limiter: RateLimiter
    keys: tuple[str, ...]
    id: str
    released: bool = False

    async def refresh(self) -> None:
        await self.limiter._call("refresh", self.keys, self.id, self.limiter.stream_ttl)

    async def release(self) -> None:
        if not self.released:
            self.released = True
            await self.limiter._call("release", self.keys, self.id)


class StreamsFull(TooManyRequests):
    code = "too_many_streams"
    message = "Too many open streams for this key or org; close one first."


class RateLimiter:
    """Every limit the app applies, over Redis buckets or this process's."""

    def __init__(self, settings: Settings, redis: Any | None = None) -> None:
        self.settings = settings
        self.redis = redis
        self.memory = MemoryBuckets()
        self.backend: MemoryBuckets | RedisBuckets = (
            RedisBuckets(redis) if redis is not None else self.memory
        )
        self.prefix = f"mc:rl:{namespace_for(settings)}:"
        self.api_quota = Quota.per_minute(settings.rate_limit_per_minute, settings.rate_limit_burst)
        self.auth_ip_quota = Quota.per_minute(
            settings.auth_rate_limit_per_minute, settings.auth_rate_limit_burst
        )
        window = settings.login_failure_window_seconds
        self.failure_quota = (
            Quota(
                capacity=float(settings.login_failure_limit),
                per_second=settings.login_failure_limit / window,
                backoff_base=settings.login_backoff_base_seconds,
                backoff_free=float(settings.login_backoff_free),
            )
            if settings.login_failure_limit > 0 and window > 0
            else None
        )
        self.stream_ttl = settings.stream_slot_ttl_seconds
        self._redis_down_until = 0.0

    @classmethod
    def from_settings(cls, settings: Settings) -> RateLimiter:
        """Redis-backed when REDIS_URL is set (connects lazily), in process otherwise."""
        if not settings.redis_url:
            return cls(settings)
        from redis.asyncio import Redis

        return cls(
            settings,
            Redis.from_url(settings.redis_url, socket_timeout=1.0, socket_connect_timeout=1.0),
        )

    async def close(self) -> None:
        if self.redis is not None:
            await self.redis.aclose()

    async def _call(self, method: str, *args: Any) -> Any:
        backend = self.backend
        # After a Redis failure, this process's buckets stand in for a few seconds, so an
        # outage costs one timeout, not one per request.
        if backend is not self.memory and time.monotonic() >= self._redis_down_until:
            try:
                return await getattr(backend, method)(*args)
            except Exception as exc:  # never turn a Redis outage into failed requests
                self._redis_down_until = time.monotonic() + REDIS_RETRY_SECONDS
                log.warning("rate_limit_redis_failed", error=type(exc).__name__)
        return await getattr(self.memory, method)(*args)

    # ---- the API (called from authentication on every request) ----

    def api_quota_for(self, principal_key: str) -> Quota | None:
        """The extension point for per-org overrides; today the settings for everyone."""
        return self.api_quota

    async def hit_api(self, *principal_keys: str) -> RateDecision:
        """One request by these principals (e.g. "key:<id>", "user:<id>"): all buckets must
        have a token, and each gives one. Off (always allowed) when the limit is 0."""
        quota = self.api_quota
        if quota is None or not principal_keys:
            return UNLIMITED
        keys = [self.prefix + "api:" + k for k in principal_keys]
        quotas = [self.api_quota_for(k) or quota for k in principal_keys]
        if self.backend is self.memory:
            return self.memory.take_now(keys, quotas, 1.0)
        decision: RateDecision = await self._call("take", keys, quotas, 1.0)
        return decision

    async def check_api(self, *principal_keys: str) -> RateDecision:
        """hit_api, raising RateLimited (429 with the headers) when refused."""
        decision = await self.hit_api(*principal_keys)
        if not decision.allowed:
            raise RateLimited(decision)
        return decision

    # ---- sign-in, sign-up, invitation accepts ----

    async def hit_auth_ip(self, ip: str | None) -> RateDecision:
        """One sign-in, sign-up or accept from this client IP; raises RateLimited."""
        if self.auth_ip_quota is None or not ip:
            return UNLIMITED
        decision: RateDecision = await self._call(
            "take", [self.prefix + "ip:" + _digest(ip)], [self.auth_ip_quota], 1.0
        )
        if not decision.allowed:
            raise RateLimited(decision, "Too many sign-in attempts from this address.")
        return decision

    def _account_key(self, email: str) -> str:
        return self.prefix + "acct:" + _digest(email.strip().lower())

    async def check_account(self, email: str) -> RateDecision:
        """Before a password is checked: refused (RateLimited) while the account's failures
        or its back-off say wait. Unknown emails are treated exactly alike."""
        if self.failure_quota is None:
            return UNLIMITED
        decision: RateDecision = await self._call(
            "take", [self._account_key(email)], [self.failure_quota], 0.0
        )
        if not decision.allowed:
            raise RateLimited(decision, "Too many failed sign-ins for this account.")
        return decision

    async def password_failed(self, email: str) -> None:
        if self.failure_quota is not None:
            await self._call("take", [self._account_key(email)], [self.failure_quota], 1.0, True)

    async def password_succeeded(self, email: str) -> None:
        if self.failure_quota is not None:
            await self._call("clear", [self._account_key(email)])

    async def hit_signup(self, email: str) -> RateDecision:
        """Sign-ups for one email share its failure allowance (no repeating to enumerate)."""
        if self.failure_quota is None:
            return UNLIMITED
        quota = Quota(self.failure_quota.capacity, self.failure_quota.per_second)
        key = self.prefix + "signup:" + _digest(email.strip().lower())
        decision: RateDecision = await self._call("take", [key], [quota], 1.0)
        if not decision.allowed:
            raise RateLimited(decision, "Too many sign-ups for this email.")
        return decision

    # ---- open streams ----

    async def acquire_stream(self, key: str, org_id: uuid.UUID | str) -> StreamSlot:
        """A slot among the open streams of this key (or user) and of its org; raises
        StreamsFull (429) at either cap. Release the slot when the stream ends."""
        scoped = [
            (self.prefix + "streams:key:" + key, self.settings.stream_limit_per_key),
            (self.prefix + f"streams:org:{org_id}", self.settings.stream_limit_per_org),
        ]
        active = [(k, cap) for k, cap in scoped if cap > 0]
        slot = StreamSlot(self, tuple(k for k, _ in active), uuid.uuid4().hex)
        if not active:
            return slot
        ok = await self._call(
            "acquire", list(slot.keys), [cap for _, cap in active], slot.id, self.stream_ttl
        )
        if not ok:
            raise StreamsFull(headers={"Retry-After": "5"})
        return slot
