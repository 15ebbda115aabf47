from tests.realtime.conftest import start_server, writer  # noqa: F401
