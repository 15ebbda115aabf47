import random

import pytest

from mission_control.projects.positions import InvalidKey, key_between


class TestKeyBetween:
    def test_appends_grow_slowly(self):
        keys = [key_between(None, None)]
        for _ in range(10_000):
            keys.append(key_between(keys[-1], None))
        assert keys == sorted(keys)
        assert max(len(k) for k in keys) <= 4

    def test_prepends_stay_ordered(self):
        keys = [key_between(None, None)]
        for _ in range(5_000):
            keys.insert(0, key_between(None, keys[0]))
        assert keys == sorted(keys)
        assert len(set(keys)) == len(keys)

    def test_always_room_between_two_keys(self):
        low, high = key_between(None, None), None
        high = key_between(low, None)
        for _ in range(500):
            mid = key_between(low, high)
            assert low < mid < high
            if random.random() < 0.5:
                low = mid
            else:
                high = mid

    def test_random_inserts_keep_a_total_order(self):
        rng = random.Random(7)
        keys = [key_between(None, None)]
        for _ in range(3_000):
            i = rng.randint(0, len(keys))
            low = keys[i - 1] if i > 0 else None
            high = keys[i] if i < len(keys) else None
            new = key_between(low, high)
            assert (low is None or low < new) and (high is None or new < high)
            keys.insert(i, new)
        assert keys == sorted(keys)

    def test_refuses_inverted_or_malformed(self):
        with pytest.raises(InvalidKey):
            key_between("a1", "a0")
        with pytest.raises(InvalidKey):
            key_between("!", None)
