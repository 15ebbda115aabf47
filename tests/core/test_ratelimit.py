"""Token buckets: same behaviour in process and in Redis; cheap; shared through Redis."""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

import pytest
from redis.asyncio import Redis

from mission_control.core.config import Settings
from mission_control.core.ratelimit import Quota, RateLimited, RateLimiter, StreamsFull


def _settings(**overrides) -> Settings:
    values = {
        "database_url": None,
        "redis_url": None,
        "data_dir": Path("/nonexistent"),
        "rate_limit_namespace": f"test-{uuid.uuid4().hex}",
    }
    values.update(overrides)
    return Settings(**values)


@pytest.fixture(params=["memory", "redis"])
async def make_limiter(request):
    made: list[RateLimiter] = []
    namespace = f"test-{uuid.uuid4().hex}"

    def factory(**overrides) -> RateLimiter:
        settings = _settings(rate_limit_namespace=namespace, **overrides)
        if request.param == "redis":
            url = request.getfixturevalue("redis_url")
            limiter = RateLimiter(settings, Redis.from_url(url))
        else:
            limiter = RateLimiter(settings)
        made.append(limiter)
        return limiter

    factory.kind = request.param
    yield factory
    for limiter in made:
        await limiter.close()


class TestApiLimiter:
    async def test_burst_then_429_with_retry_after_then_recovers(self, make_limiter):
        limiter = make_limiter(rate_limit_per_minute=120, rate_limit_burst=3)  # 2 tokens/s
        decisions = [await limiter.hit_api("key:a") for _ in range(4)]
        assert [d.allowed for d in decisions] == [True, True, True, False]
        assert [d.remaining for d in decisions[:3]] == [2, 1, 0]
        refused = decisions[3]
        assert 0 < refused.retry_after <= 0.5
        headers = refused.headers()
        assert headers["Retry-After"] == "1"
        assert headers["RateLimit-Limit"] == "3"
        assert headers["RateLimit-Remaining"] == "0"
        assert 1 <= int(headers["RateLimit-Reset"]) <= 2
        with pytest.raises(RateLimited) as caught:
            await limiter.check_api("key:a")
        assert caught.value.status_code == 429 and caught.value.headers["Retry-After"] == "1"
        await asyncio.sleep(refused.retry_after + 0.05)
        assert (await limiter.hit_api("key:a")).allowed
        # Another principal has its own bucket.
        assert (await limiter.hit_api("key:b")).allowed

    async def test_key_and_user_both_must_have_room(self, make_limiter):
        limiter = make_limiter(rate_limit_per_minute=60, rate_limit_burst=2)
        assert (await limiter.hit_api("key:1", "user:u")).allowed
        assert (await limiter.hit_api("key:2", "user:u")).allowed
        # The user's bucket is empty: a third key of the same user is refused, and the
        # refused hit took nothing from that key's bucket.
        assert not (await limiter.hit_api("key:3", "user:u")).allowed
        assert (await limiter.hit_api("key:3")).remaining == 1

    async def test_zero_turns_the_api_limit_off(self, make_limiter):
        for overrides in ({"rate_limit_per_minute": 0}, {"rate_limit_burst": 0}):
            limiter = make_limiter(**overrides)
            assert all([(await limiter.hit_api("key:a")).allowed for _ in range(50)])

    async def test_defaults_are_1200_a_minute_with_bursts_of_300(self, make_limiter):
        limiter = make_limiter()
        started = time.monotonic()
        allowed = 0
        while (decision := await limiter.hit_api("key:busy")).allowed:
            allowed += 1
        refill = (time.monotonic() - started) * 20  # 1,200 a minute is 20 tokens a second
        assert 300 <= allowed <= 300 + refill + 1
        assert 0 < decision.retry_after <= 0.05
        assert decision.limit == 300


class TestStreams:
    async def test_caps_per_key_and_per_org_and_release(self, make_limiter):
        limiter = make_limiter(stream_limit_per_key=2, stream_limit_per_org=3)
        org, other_org = uuid.uuid4(), uuid.uuid4()
        a1 = await limiter.acquire_stream("key:a", org)
        a2 = await limiter.acquire_stream("key:a", org)
        with pytest.raises(StreamsFull):
            await limiter.acquire_stream("key:a", org)
        b1 = await limiter.acquire_stream("key:b", org)
        with pytest.raises(StreamsFull) as caught:
            await limiter.acquire_stream("key:c", org)  # the org is full
        assert caught.value.status_code == 429
        await limiter.acquire_stream("key:c", other_org)
        await a1.release()
        await a1.release()  # twice is harmless
        a3 = await limiter.acquire_stream("key:a", org)
        await a3.refresh()
        for slot in (a2, a3, b1):
            await slot.release()
        assert len([await limiter.acquire_stream("key:d", org) for _ in range(2)]) == 2

    async def test_a_slot_that_is_never_refreshed_lapses(self, make_limiter):
        limiter = make_limiter(stream_limit_per_key=1, stream_slot_ttl_seconds=0.3)
        await limiter.acquire_stream("key:crashed", uuid.uuid4())
        with pytest.raises(StreamsFull):
            await limiter.acquire_stream("key:crashed", uuid.uuid4())
        await asyncio.sleep(0.4)
        await limiter.acquire_stream("key:crashed", uuid.uuid4())


class TestSignIn:
    async def test_failed_passwords_back_off_then_lock_and_success_clears(self, make_limiter):
        limiter = make_limiter(
            login_failure_limit=5, login_backoff_free=2, login_backoff_base_seconds=0.2
        )
        email = "victim@example.com"
        for _ in range(2):  # the free failures
            await limiter.check_account(email)
            await limiter.password_failed(email)
        await limiter.check_account(email)
        await limiter.password_failed(email)  # the third: 0.2 s before the next try
        with pytest.raises(RateLimited) as caught:
            await limiter.check_account("VICTIM@example.com ")
        assert caught.value.headers["Retry-After"] == "1"
        await asyncio.sleep(0.25)
        await limiter.check_account(email)
        await limiter.password_failed(email)  # the fourth: 0.4 s
        await asyncio.sleep(0.25)
        with pytest.raises(RateLimited):
            await limiter.check_account(email)
        await asyncio.sleep(0.2)
        await limiter.check_account(email)
        await limiter.password_succeeded(email)
        for _ in range(2):
            await limiter.check_account(email)
            await limiter.password_failed(email)
        await limiter.check_account(email)

    async def test_the_limit_is_per_window(self, make_limiter):
        limiter = make_limiter(login_failure_limit=2, login_failure_window_seconds=1.0)
        for _ in range(2):
            await limiter.check_account("a@example.com")
            await limiter.password_failed("a@example.com")
        with pytest.raises(RateLimited) as caught:
            await limiter.check_account("a@example.com")
        assert float(caught.value.details["retry_after"]) >= 1
        await limiter.check_account("b@example.com")
        await asyncio.sleep(0.55)
        await limiter.check_account("a@example.com")

    async def test_per_ip(self, make_limiter):
        limiter = make_limiter(auth_rate_limit_per_minute=60, auth_rate_limit_burst=2)
        await limiter.hit_auth_ip("10.0.0.1")
        await limiter.hit_auth_ip("10.0.0.1")
        with pytest.raises(RateLimited):
            await limiter.hit_auth_ip("10.0.0.1")
        await limiter.hit_auth_ip("10.0.0.2")


class TestCost:
    async def test_in_process_costs_microseconds(self):
        limiter = RateLimiter(_settings(rate_limit_per_minute=10**9, rate_limit_burst=10**9))
        keys = [f"key:{i}" for i in range(100)]
        started = time.perf_counter()
        for i in range(20_000):
            await limiter.hit_api(keys[i % 100], "user:u")
        per_call = (time.perf_counter() - started) / 20_000
        assert per_call < 50e-6, per_call  # typically ~3 µs

    async def test_with_redis_one_round_trip_per_decision(self, redis_url):
        redis = Redis.from_url(redis_url)
        limiter = RateLimiter(_settings(), redis)
        calls: list[tuple] = []
        original = redis.execute_command

        async def counting(*args, **kwargs):
            calls.append(args)
            return await original(*args, **kwargs)

        redis.execute_command = counting
        try:
            await limiter.hit_api("key:warm", "user:warm")  # loads the script once
            calls.clear()
            for _ in range(10):
                assert (await limiter.hit_api("key:x", "user:y")).allowed
            assert [c[0] for c in calls] == ["EVALSHA"] * 10
        finally:
            await limiter.close()

    async def test_two_limiters_sharing_redis_share_buckets(self, redis_url):
        settings = _settings(rate_limit_per_minute=60, rate_limit_burst=2)
        first = RateLimiter(settings, Redis.from_url(redis_url))
        second = RateLimiter(settings, Redis.from_url(redis_url))
        try:
            assert (await first.hit_api("key:shared")).allowed
            assert (await second.hit_api("key:shared")).allowed
            assert not (await first.hit_api("key:shared")).allowed
            assert not (await second.hit_api("key:shared")).allowed
        finally:
            await first.close()
            await second.close()

    async def test_a_redis_outage_falls_back_to_this_process(self):
        limiter = RateLimiter.from_settings(
            _settings(redis_url="redis://127.0.0.1:1/0", rate_limit_burst=2)
        )
        calls = 0
        script = limiter.backend._bucket

        async def counted(*args, **kwargs):
            nonlocal calls
            calls += 1
            return await script(*args, **kwargs)

        limiter.backend._bucket = counted
        try:
            assert [(await limiter.hit_api("key:z")).allowed for _ in range(3)] == [
                True,
                True,
                False,
            ]
            assert calls == 1  # Redis is not asked again at once after a failure
        finally:
            await limiter.close()


def test_quota_per_minute():
    assert Quota.per_minute(0, 10) is None and Quota.per_minute(10, 0) is None
    quota = Quota.per_minute(1200, 300)
    assert quota is not None and quota.capacity == 300 and quota.per_second == 20
