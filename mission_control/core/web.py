"""The built web UI at `/`: hashed assets cached for a year, index.html never cached.

Mounted after every API router. Any GET that no route answered gets a file
from the build, or index.html so the browser-side router (history mode) can
show the page; paths under /api/ never reach it and keep the JSON 404 shape.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Match, Route
from starlette.types import Scope

from mission_control.core.errors import NotFound

PACKAGE_STATIC = Path(__file__).resolve().parent.parent / "static"
IMMUTABLE = "public, max-age=31536000, immutable"
NO_CACHE = "no-cache"
NOT_BUILT = (
    "The web UI has not been built. Run `make setup` (it builds frontend/ into "
    "mission_control/static), then restart the server. The API is under /api/v1 "
    "and documented at /docs.\n"
)


def _file_in(root: Path, path: str) -> Path | None:
    """The file `path` names inside `root`, or None (missing, a folder, or outside root)."""
    if not path or "\x00" in path:
        return None
    candidate = (root / path).resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        return None
    return candidate


def _is_api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


class WebRoute(Route):
    """GET/HEAD of any non-API path. It never matches API paths or other methods, so those
    keep the router's own answers: the JSON 404, or 405 for a real route's wrong method."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope.get("method") not in ("GET", "HEAD") or _is_api(scope.get("path", "")):
            return Match.NONE, {}
        return super().matches(scope)


def mount_web(app: FastAPI, directory: Path | None = None) -> None:
    """Serve the UI built into `directory` (default: the package's static folder)."""
    root = (directory or PACKAGE_STATIC).resolve()
    index = root / "index.html"

    async def web(request: Request) -> Response:
        path: str = request.path_params["path"]
        if not index.is_file():
            return PlainTextResponse(
                NOT_BUILT, status_code=503, headers={"Cache-Control": NO_CACHE}
            )
        found = _file_in(root, path)
        if found is not None and found != index:
            # Vite names everything under assets/ by content hash; other files may change.
            cache = IMMUTABLE if path.startswith("assets/") else NO_CACHE
            headers = {"Cache-Control": cache, "Vary": "Accept-Encoding"}
            packed = found.with_name(found.name + ".gz")
            if "gzip" in request.headers.get("accept-encoding", "") and packed.is_file():
                # The build gzips each asset once; serving that copy costs nothing per request.
                media_type = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
                headers["Content-Encoding"] = "gzip"
                return FileResponse(packed, media_type=media_type, headers=headers)
            return FileResponse(found, headers=headers)
        if path.startswith("assets/"):
            raise NotFound("No such file.", code="not_found")
        return FileResponse(index, media_type="text/html", headers={"Cache-Control": NO_CACHE})

    app.router.routes.append(WebRoute("/{path:path}", web, methods=["GET", "HEAD"]))
