"""The app under Uvicorn for the SDK and CLI (the fixture the MCP tests use)."""

from tests.mcp.conftest import live_server

__all__ = ["live_server"]
