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
from starlette.types import Receive, Scope, Send

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


def mount_web(app: FastAPI, directory: Path | None = None) -> None:
    """Serve the UI built into `directory` (default: the package's static folder).

    It is the router's fallback, not a route: it answers only when no route matched
    (so routes added later still win), only GET/HEAD, and never under /api/, where
    the router's own answers stay (the JSON 404, or 405 for a real route's wrong method).
    """
    root = (directory or PACKAGE_STATIC).resolve()
    index = root / "index.html"
    not_found = app.router.default

    async def web(request: Request) -> Response:
        path = request.url.path.lstrip("/")
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

    async def fallback(scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or _is_api(scope["path"])
        ):
            await not_found(scope, receive, send)
            return
        response = await web(Request(scope, receive))
        await response(scope, receive, send)

    app.router.default = fallback
