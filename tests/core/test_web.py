"""The built web UI at /: history-mode fallback, cache headers, and the API's 404 kept."""

from __future__ import annotations

import gzip

import httpx
import pytest
from asgi_lifespan import LifespanManager

from mission_control.core.config import DeploymentMode
from mission_control.main import create_app
from tests.conftest import make_settings

INDEX = "<!doctype html><title>Mission Control</title><div id=app></div>"


@pytest.fixture
def web_dir(tmp_path):
    root = tmp_path / "web"
    (root / "assets").mkdir(parents=True)
    (root / "index.html").write_text(INDEX)
    (root / "assets" / "index-abc123.js").write_text("console.log(1)")
    (root / "assets" / "index-abc123.js.gz").write_bytes(gzip.compress(b"console.log(1)"))
    (root / "favicon.svg").write_text("<svg/>")
    (tmp_path / "secret.txt").write_text("outside the build")
    return root


class TestStaticServing:
    async def test_index_at_root_and_for_app_routes_never_cached(self, make_client, web_dir):
        client = await make_client(web_dir=web_dir)
        for path in ("/", "/sign-in", "/orgs/default/projects/MC", "/orgs/x/tasks/MC-7?task=MC-7"):
            response = await client.get(path)
            assert response.status_code == 200, path
            assert response.text == INDEX
            assert response.headers["content-type"].startswith("text/html")
            assert response.headers["cache-control"] == "no-cache"

    async def test_hashed_assets_cached_for_a_year_other_files_revalidated(
        self, make_client, web_dir
    ):
        client = await make_client(web_dir=web_dir)
        asset = await client.get("/assets/index-abc123.js")
        assert asset.status_code == 200
        assert asset.text == "console.log(1)"
        assert asset.headers["cache-control"] == "public, max-age=31536000, immutable"
        icon = await client.get("/favicon.svg")
        assert icon.headers["cache-control"] == "no-cache"

    async def test_gzip_copy_served_to_clients_that_accept_it(self, make_client, web_dir):
        client = await make_client(web_dir=web_dir)
        packed = await client.get("/assets/index-abc123.js", headers={"Accept-Encoding": "gzip"})
        assert packed.headers["content-encoding"] == "gzip"
        assert packed.headers["content-type"].startswith("text/javascript")
        assert packed.text == "console.log(1)"  # httpx decodes it
        plain = await client.get("/assets/index-abc123.js", headers={"Accept-Encoding": "identity"})
        assert "content-encoding" not in plain.headers
        assert plain.text == "console.log(1)"

    async def test_missing_asset_is_a_404_not_the_app_shell(self, make_client, web_dir):
        client = await make_client(web_dir=web_dir)
        response = await client.get("/assets/gone-000.js")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"

    async def test_unknown_api_paths_keep_the_json_error_shape(self, make_client, web_dir):
        client = await make_client(web_dir=web_dir)
        for path in ("/api", "/api/v1/nope", "/api/v2/orgs"):
            response = await client.get(path)
            assert response.status_code == 404, path
            assert response.json()["error"]["code"] == "not_found"
        posted = await client.post("/api/v1/nope", json={})
        assert posted.status_code == 404
        assert posted.json()["error"]["code"] == "not_found"
        # A real route with the wrong method is still 405, not swallowed by the UI.
        wrong = await client.put("/api/v1/auth/login")
        assert wrong.status_code == 405

    async def test_routes_added_after_the_app_is_made_still_win(self, app_url, web_dir):
        app = create_app(make_settings(app_url, web_dir.parent, web_dir=web_dir))

        @app.get("/late")
        async def late() -> dict[str, str]:
            return {"late": "yes"}

        async with LifespanManager(app) as manager:
            transport = httpx.ASGITransport(app=manager.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
                assert (await client.get("/late")).json() == {"late": "yes"}
                assert (await client.get("/later")).text == INDEX

    async def test_api_docs_and_health_are_not_shadowed(self, make_client, web_dir):
        client = await make_client(web_dir=web_dir)
        assert (await client.get("/health")).json() == {"status": "ok"}
        assert (await client.get("/openapi.json")).json()["openapi"].startswith("3.1")

    async def test_no_escape_from_the_build_folder(self, make_client, web_dir):
        client = await make_client(web_dir=web_dir)
        for path in ("/../secret.txt", "/%2e%2e/secret.txt", "/assets/../../secret.txt"):
            response = await client.get(path)
            assert "outside the build" not in response.text, path

    async def test_without_a_build_root_says_how_to_build_it(self, make_client, tmp_path):
        client = await make_client(web_dir=tmp_path / "empty")
        response = await client.get("/")
        assert response.status_code == 503
        assert "make setup" in response.text


class TestMeta:
    async def test_single_tenant_names_its_org_and_hides_nothing_secret(self, make_client):
        client = await make_client(deployment_mode=DeploymentMode.SINGLE_TENANT)
        body = (await client.get("/api/v1/meta")).json()
        assert body["deployment_mode"] == "single-tenant"
        assert body["default_org"] == "default"
        assert body["signup_open"] is False
        # The bootstrap password came from settings: nothing was generated.
        assert body["generated_admin_password"] is False

    async def test_multi_tenant_has_open_signup_and_no_default_org(self, make_client):
        body = (await (await make_client()).get("/api/v1/meta")).json()
        assert body["deployment_mode"] == "multi-tenant"
        assert body["default_org"] is None
        assert body["signup_open"] is True

    async def test_generated_password_hint_while_the_file_is_kept(self, make_client, tmp_path):
        client = await make_client(bootstrap_password=None)
        assert (tmp_path / "admin-password.txt").exists()
        body = (await client.get("/api/v1/meta")).json()
        assert body["generated_admin_password"] is True
        assert "password" not in {k for k, v in body.items() if isinstance(v, str)}
