"""Webhook destinations: only public addresses (or networks the operator allows), checked
at creation and at every delivery, connected to as checked, redirects never followed."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Any

import httpx
import pytest

from mission_control.core import netguard
from tests.fixtures.factories import create_org, signup
from tests.notifications.test_webhooks import FAST, Receiver, _deliveries, _until
from tests.realtime.conftest import make_org

PUBLIC = "93.184.216.34"

# Every spelling of a non-public address; each must be refused.
REFUSED_URLS = [
    "http://127.0.0.1/hook",
    "http://127.0.0.2:8080/hook",
    "http://localhost/hook",
    "http://LOCALHOST./hook",
    "http://[::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://[::ffff:7f00:1]/hook",
    "http://[0:0:0:0:0:ffff:7f00:1]/hook",
    "http://2130706433/hook",
    "http://0x7f000001/hook",
    "http://0x7F.0.0.1/hook",
    "http://017700000001/hook",
    "http://0177.0.0.01/hook",
    "http://127.1/hook",
    "http://127.0.1/hook",
    "http://0/hook",
    "http://0.0.0.0/hook",
    "http://[::]/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fe80::1]/hook",
    "http://[::ffff:169.254.169.254]/hook",
    "http://10.0.0.1/hook",
    "http://172.16.5.4/hook",
    "http://192.168.1.1/hook",
    "http://100.64.0.1/hook",
    "http://198.18.0.1/hook",
    "http://[fc00::1]/hook",
    "http://[fd12:3456:789a::1]/hook",
    "http://[fec0::1]/hook",
    "http://224.0.0.1/hook",
    "http://239.255.255.250/hook",
    "http://[ff02::1]/hook",
    "http://[ff0e::1]/hook",
    "http://240.0.0.1/hook",
    "http://255.255.255.255/hook",
    "http://192.0.2.1/hook",
    "http://[2001:db8::1]/hook",
    "http://[64:ff9b::7f00:1]/hook",
    "http://[64:ff9b::a00:1]/hook",
    "http://[2002:7f00:1::1]/hook",
    "http://[2002:a00:1::1]/hook",
    "https://internal.example.test/hook",
    "https://mixed.example.test/hook",
    "https://nowhere.example.test/hook",
    "http://user:pass@hooks.example.com/hook",
]

FAKE_DNS: dict[str, list[str]] = {
    "hooks.example.com": [PUBLIC],
    "internal.example.test": ["10.1.2.3"],
    "mixed.example.test": [PUBLIC, "10.0.0.1"],
    "six.example.test": ["2606:2800:220:1:248:1893:25c8:1946"],
}


async def fake_dns(host: str, port: int) -> list[str]:
    if host in FAKE_DNS:
        return FAKE_DNS[host]
    if host.rstrip(".").lower() == "localhost":
        return ["127.0.0.1", "::1"]
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


@pytest.fixture
def dns():
    with netguard.use_resolver(fake_dns):
        yield FAKE_DNS


class TestAtCreation:
    @pytest.mark.parametrize("url", REFUSED_URLS)
    async def test_the_guard_refuses(self, url, dns):
        with pytest.raises(netguard.DestinationRefused):
            await netguard.check_url(url)

    async def test_every_spelling_is_refused_by_the_api_with_422(self, make_client, dns):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        accepted = []
        for url in REFUSED_URLS:
            response = await owner.client.post(f"/api/v1/orgs/{org}/webhooks", json={"url": url})
            if response.status_code != 422:
                accepted.append((url, response.status_code, response.text))
                continue
            error = response.json()["error"]
            assert set(error) == {"code", "message", "details"}
            assert error["code"] in ("destination_refused", "validation_error"), url
        assert accepted == []
        assert (await owner.client.get(f"/api/v1/orgs/{org}/webhooks")).json()["items"] == []

    async def test_a_name_is_refused_with_one_message_whatever_it_resolves_to(
        self, make_client, dns
    ):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        answers = [
            (
                await owner.client.post(
                    f"/api/v1/orgs/{org}/webhooks", json={"url": f"https://{host}/hook"}
                )
            ).json()
            for host in ("internal.example.test", "nowhere.example.test")
        ]
        assert answers[0] == answers[1]
        assert answers[0]["error"]["details"] is None

    async def test_public_destinations_are_accepted(self, make_client, dns):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        for url in (
            "https://hooks.example.com/hook",
            "https://six.example.test/hook",
            f"http://{PUBLIC}:8443/hook",
            "http://[::ffff:93.184.216.34]/hook",
        ):
            response = await owner.client.post(f"/api/v1/orgs/{org}/webhooks", json={"url": url})
            assert response.status_code == 201, (url, response.text)

    async def test_networks_the_operator_allows_are_accepted(self, make_client, dns):
        client = await make_client(webhook_allow_networks="127.0.0.0/8, fd12:3456::/32")
        owner = await signup(client)
        org = (await create_org(owner))["slug"]
        for url in (
            "http://127.0.0.1:9000/hook",
            "http://127.5.6.7:9000/hook",
            "http://[::ffff:127.0.0.1]/hook",
            "http://[fd12:3456:789a::1]/hook",
        ):
            response = await owner.client.post(f"/api/v1/orgs/{org}/webhooks", json={"url": url})
            assert response.status_code == 201, (url, response.text)
        # Only those: the rest stays refused, localhost too (it also resolves to ::1).
        for url in ("http://10.0.0.1/hook", "http://localhost/hook", "http://[::1]/hook"):
            response = await owner.client.post(f"/api/v1/orgs/{org}/webhooks", json={"url": url})
            assert response.status_code == 422, url


class FlippingDns:
    """A DNS whose answer for one name changes after the first look-up (rebinding)."""

    def __init__(self, name: str, first: list[str], then: list[str]) -> None:
        self.name, self.first, self.then = name, first, then
        self.lookups = 0

    async def __call__(self, host: str, port: int) -> list[str]:
        if host != self.name:
            return await fake_dns(host, port)
        self.lookups += 1
        return self.first if self.lookups == 1 else self.then


async def _hook(org, url: str) -> dict[str, Any]:
    created = await org.owner.client.post(
        f"/api/v1/orgs/{org.slug}/webhooks", json={"url": url, "event_types": ["webhook.*"]}
    )
    assert created.status_code == 201, created.text
    return dict(created.json())


async def _ping(org, hook_id: str) -> str:
    ping = await org.owner.client.post(f"/api/v1/orgs/{org.slug}/webhooks/{hook_id}/ping")
    assert ping.status_code == 202, ping.text
    return str(ping.json()["id"])


async def _settled(org, hook_id: str, delivery_id: str) -> dict[str, Any]:
    async def done():
        for item in await _deliveries(org, hook_id):
            if item["id"] == delivery_id and item["status"] != "pending":
                return item
        return None

    return dict(await _until(done, timeout=30))


class TestAtDelivery:
    async def test_a_dns_answer_that_changes_after_the_check_is_refused(self, start_server):
        receiver = Receiver()
        await receiver.start()
        name = "rebind.example.test"
        rebinding = FlippingDns(name, [PUBLIC], ["127.0.0.1"])
        try:
            with netguard.use_resolver(rebinding):
                server = await start_server(**{**FAST, "webhook_allow_networks": ""})
                org = await make_org(server.url)
                hook = await _hook(org, f"http://{name}:{receiver.port}/hook")
                assert rebinding.lookups == 1
                delivery = await _settled(org, hook["id"], await _ping(org, hook["id"]))
        finally:
            await receiver.stop()
        assert delivery["status"] == "refused"
        assert delivery["response_code"] is None
        assert delivery["attempts"] == 1  # not retried
        assert "refused" in delivery["last_error"]
        assert str(receiver.port) not in delivery["last_error"]
        assert receiver.received == []
        assert rebinding.lookups >= 2  # checked again at delivery

    async def test_the_request_goes_to_the_checked_address_with_the_host_name(
        self, start_server, dns
    ):
        receiver = Receiver()
        await receiver.start()
        dns["hooks.example.test"] = ["127.0.0.1"]
        try:
            server = await start_server(**FAST)  # FAST allows 127.0.0.0/8
            org = await make_org(server.url)
            hook = await _hook(org, f"http://hooks.example.test:{receiver.port}/hook")
            delivery = await _settled(org, hook["id"], await _ping(org, hook["id"]))
        finally:
            del dns["hooks.example.test"]
            await receiver.stop()
        assert delivery["status"] == "delivered", delivery
        assert delivery["response_code"] == 200
        pings = [r for r in receiver.received if r["headers"]["x-mc-event"] == "webhook.ping"]
        assert pings and pings[0]["headers"]["host"] == f"hooks.example.test:{receiver.port}"

    async def test_a_destination_refused_since_creation_is_refused_at_delivery(self, start_server):
        receiver = Receiver()
        await receiver.start()
        try:
            server = await start_server(**FAST)
            org = await make_org(server.url)
            hook = await _hook(org, receiver.url)
            # The operator narrows the allowed networks: the next attempt is refused.
            server.app.state.settings.webhook_allow_networks = ()
            delivery = await _settled(org, hook["id"], await _ping(org, hook["id"]))
        finally:
            await receiver.stop()
        assert delivery["status"] == "refused" and delivery["response_code"] is None
        assert [r for r in receiver.received if r["headers"]["x-mc-event"] == "webhook.ping"] == []

    async def test_redirects_are_not_followed(self, start_server):
        target = Receiver()
        await target.start()
        redirector = Redirector(f"{target.url}?followed=1")
        await redirector.start()
        try:
            server = await start_server(**FAST, webhook_max_attempts=1)
            org = await make_org(server.url)
            hook = await _hook(org, redirector.url)
            delivery = await _settled(org, hook["id"], await _ping(org, hook["id"]))
        finally:
            await redirector.stop()
            await target.stop()
        assert delivery["status"] == "failed"
        assert delivery["response_code"] == 307
        assert delivery["last_error"] == "HTTP 307"
        assert redirector.received and target.received == []


class Redirector(Receiver):
    def __init__(self, location: str) -> None:
        super().__init__(status=307)
        self.location = location

    async def app(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body") is not False:
            pass
        self.received.append({"path": scope["path"]})
        await send(
            {
                "type": "http.response.start",
                "status": 307,
                "headers": [(b"location", self.location.encode())],
            }
        )
        await send({"type": "http.response.body", "body": b""})


def test_pinned_requests_name_the_host_and_set_sni():
    destination = netguard.Destination(
        httpx.URL("https://hooks.example.com:8443/in?x=1"), (netguard.ip_literal(PUBLIC),)
    )
    url, headers, extensions = destination.pinned(destination.addresses[0])
    assert str(url) == f"https://{PUBLIC}:8443/in?x=1"
    assert headers == {"Host": "hooks.example.com:8443"}
    assert extensions == {"sni_hostname": "hooks.example.com"}
    six = netguard.ip_literal("2606:2800:220:1:248:1893:25c8:1946")
    url, _, _ = destination.pinned(six)
    assert url.host == str(six) and str(url).startswith("https://[2606:2800:")


def test_legacy_spellings_read_as_the_os_reads_them():
    read = {
        "127.1": "127.0.0.1",
        "0x7f000001": "127.0.0.1",
        "017700000001": "127.0.0.1",
        "2130706433": "127.0.0.1",
        "0": "0.0.0.0",  # noqa: S104 (a spelling under test, not a bind address)
        "0x7f.1": "127.0.0.1",
        "10.1": "10.0.0.1",
        "[::ffff:127.0.0.1]": "::ffff:7f00:1",
    }
    for spelling, address in read.items():
        assert str(netguard.ip_literal(spelling)) == address, spelling
    # The same reading as the C library's inet_aton, which connect() paths use.
    for spelling in [
        *read,
        "1.2.3.4.5",
        "256.1.1.1",
        "0x",
        "08",
        "1e5",
        "1.2.3.0x100",
        "00",
        "0x+1",
        "0x-1",
        "+1",
        "1_0",
        "0x1_0",
        "\u0663",
        "1.",
        "1..2",
        "09",
    ]:
        if spelling.startswith("["):
            continue
        try:
            expected: str | None = str(ipaddress.IPv4Address(socket.inet_aton(spelling)))
        except OSError:
            expected = None
        literal = netguard.ip_literal(spelling)
        assert (str(literal) if literal else None) == expected, spelling
    assert netguard.ip_literal("example.com") is None


def test_settings_parse_allowed_networks():
    from mission_control.core.config import Settings

    settings = Settings(webhook_allow_networks="127.0.0.1, 10.0.0.0/8 fd00::/8")
    assert [str(n) for n in settings.webhook_allow_networks] == [
        "127.0.0.1/32",
        "10.0.0.0/8",
        "fd00::/8",
    ]
    with pytest.raises(ValueError, match="network"):
        Settings(webhook_allow_networks="not-a-network")


async def test_resolution_that_hangs_is_refused(monkeypatch):
    async def hang(host: str, port: int) -> list[str]:
        await asyncio.sleep(60)
        return [PUBLIC]

    monkeypatch.setattr(netguard, "RESOLVE_TIMEOUT_SECONDS", 0.1)
    with pytest.raises(netguard.DestinationRefused):
        await netguard.check_url("https://slow.example.test/", resolver=hang)


def _self_signed(tmp_path, name: str):
    """A certificate for `name` only (not for 127.0.0.1), and its key, as files."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


async def test_https_to_the_checked_address_verifies_the_certificate_for_the_name(tmp_path):
    import ssl

    import uvicorn

    from mission_control.notifications import webhooks
    from tests.realtime.helpers import free_port

    cert_file, key_file = _self_signed(tmp_path, "hooks.example.test")
    seen: list[dict[str, str]] = []

    async def app(scope, receive, send):
        if scope["type"] != "http":
            return
        seen.append({k.decode(): v.decode() for k, v in scope["headers"]})
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    port = free_port()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_config=None,
        lifespan="off",
        ssl_certfile=str(cert_file),
        ssl_keyfile=str(key_file),
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110
        await asyncio.sleep(0.02)

    async def local(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    allow = netguard.parse_networks("127.0.0.0/8")
    trust = ssl.create_default_context(cafile=str(cert_file))
    try:
        async with httpx.AsyncClient(verify=trust) as http:
            good = await netguard.check_url(
                f"https://hooks.example.test:{port}/hook", allow, resolver=local
            )
            assert await webhooks._post(http, good, b"{}", {}) == (204, None)
            assert seen[0]["host"] == f"hooks.example.test:{port}"
            # Another name on the same address does not match the certificate.
            wrong = await netguard.check_url(
                f"https://other.example.test:{port}/hook", allow, resolver=local
            )
            code, error = await webhooks._post(http, wrong, b"{}", {})
            assert code is None and error is not None and "CERTIFICATE_VERIFY_FAILED" in error
    finally:
        server.should_exit = True
        await task
    assert len(seen) == 1
