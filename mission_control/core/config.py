"""One Settings object, read from the environment and `.env`."""

from __future__ import annotations

import os
import secrets
from enum import StrEnum
from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, PrivateAttr, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class DeploymentMode(StrEnum):
    SINGLE_TENANT = "single-tenant"
    MULTI_TENANT = "multi-tenant"


APP_ROLE = "mc_app"
"""The login role the app uses in embedded mode: not the owner, not a superuser."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    database_url: str | None = None
    migrate_database_url: str | None = None
    redis_url: str | None = None
    deployment_mode: DeploymentMode = DeploymentMode.SINGLE_TENANT
    allow_signup: bool = False
    data_dir: Path = Field(default=Path(".mission-control"), alias="MC_DATA_DIR")
    bootstrap_email: str | None = Field(default=None, alias="MC_BOOTSTRAP_EMAIL")
    bootstrap_password: SecretStr | None = Field(default=None, alias="MC_BOOTSTRAP_PASSWORD")
    default_org_slug: str = Field(default="default", alias="MC_DEFAULT_ORG_SLUG")
    default_org_name: str = Field(default="Mission Control", alias="MC_DEFAULT_ORG_NAME")
    # The built web UI; unset = mission_control/static (where `make setup` puts the build).
    web_dir: Path | None = Field(default=None, alias="MC_WEB_DIR")
    secret_key: SecretStr | None = None
    public_url: str = "http://127.0.0.1:8000"
    log_level: str = "INFO"
    log_format: Literal["auto", "json", "console"] = "auto"
    event_retention_months: int = 12
    session_days: int = 14
    db_pool_size: int = 40
    db_max_overflow: int = 20
    max_body_bytes: int = 1024 * 1024
    # Diagnostics: record each request's statements (the statement-budget tests read them).
    count_statements: bool = Field(default=False, alias="MC_COUNT_STATEMENTS")
    cookie_secure: bool | None = None
    # name -> {"client_id", "client_secret", "issuer"}; when empty, OIDC_<NAME>_* env vars are read.
    oidc_providers: dict[str, dict[str, str]] = Field(default_factory=dict)
    # Live stream and jobs (realtime/, worker/, notifications/).
    sse_heartbeat_seconds: float = 15.0
    realtime_poll_seconds: float = 3.0
    run_jobs_in_process: bool | None = None  # None: in process exactly when REDIS_URL is unset
    worker_sweep_seconds: float = 5.0
    job_timeout_seconds: int = 120
    event_partitions_ahead: int = 2
    event_retention_drop: bool = False  # detached months are kept as tables unless this is set
    webhook_timeout_seconds: float = 10.0
    webhook_backoff_base_seconds: float = 5.0
    webhook_backoff_max_seconds: float = 3600.0
    webhook_max_attempts: int = 15
    webhook_disable_after_failures: int = 10
    # Networks webhooks may reach although they are not public (CIDRs, comma-separated),
    # e.g. 127.0.0.1/32 for a receiver on this host.
    webhook_allow_networks: Annotated[tuple[IPv4Network | IPv6Network, ...], NoDecode] = ()
    # /metrics answers a bearer METRICS_TOKEN, or anyone from METRICS_ALLOW_NETWORKS (CIDRs);
    # with neither set it answers nobody.
    metrics_token: SecretStr | None = None
    metrics_allow_networks: Annotated[tuple[IPv4Network | IPv6Network, ...], NoDecode] = ()
    # Rate limits (core/ratelimit.py). API: per key and per user; 0 turns it off.
    rate_limit_per_minute: int = 1200
    rate_limit_burst: int = 300
    # Redis key namespace for the buckets (default: the database's name).
    rate_limit_namespace: str | None = None
    # Sign-in, sign-up and invitation accepts per client IP; 0 turns it off.
    auth_rate_limit_per_minute: int = 60
    auth_rate_limit_burst: int = 30
    # Failed passwords per account per window; past `login_backoff_free` failures each
    # further one doubles the wait (from `login_backoff_base_seconds`). 0 turns it off.
    login_failure_limit: int = 10
    login_failure_window_seconds: float = 900.0
    login_backoff_free: int = 3
    login_backoff_base_seconds: float = 1.0
    # Open streams (SSE, later WebSocket) per key or user, and per org; 0 turns a cap off.
    stream_limit_per_key: int = 100
    stream_limit_per_org: int = 2000
    stream_slot_ttl_seconds: float = 120.0
    # Exports (exports/): files in EXPORT_DIR (default <data dir>/exports), or in an
    # S3-compatible bucket when EXPORT_S3_BUCKET is set (credentials: the usual AWS_*
    # variables); deleted EXPORT_RETENTION_HOURS after they are written.
    export_dir: Path | None = None
    export_retention_hours: float = 168.0
    export_lease_seconds: float = 60.0
    export_timeout_seconds: int = 6 * 3600
    export_max_attempts: int = 3
    export_s3_bucket: str | None = None
    export_s3_endpoint_url: str | None = None
    export_s3_region: str | None = None
    export_s3_prefix: str = "exports/"

    @field_validator("webhook_allow_networks", "metrics_allow_networks", mode="before")
    @classmethod
    def _networks(cls, value: Any) -> tuple[IPv4Network | IPv6Network, ...]:
        from mission_control.core.netguard import parse_networks

        return parse_networks(value)

    @property
    def jobs_in_process(self) -> bool:
        if self.run_jobs_in_process is not None:
            return self.run_jobs_in_process
        return not self.redis_url

    @property
    def exports_path(self) -> Path:
        return self.export_dir or self.data_dir / "exports"

    @property
    def signup_open(self) -> bool:
        return self.deployment_mode is DeploymentMode.MULTI_TENANT or self.allow_signup

    @property
    def secure_cookies(self) -> bool:
        if self.cookie_secure is not None:
            return self.cookie_secure
        return self.public_url.startswith("https://")

    _file_secret: str | None = PrivateAttr(default=None)

    def resolved_secret_key(self) -> str:
        """SECRET_KEY, or one generated once into the data folder and kept there (read
        from the file once per process: sessions, tickets and sealed values ask often)."""
        if self.secret_key is not None:
            return self.secret_key.get_secret_value()
        if self._file_secret is None:
            self._file_secret = self._secret_from_file()
        return self._file_secret

    def _secret_from_file(self) -> str:
        path = self.data_dir / "secret_key"
        if path.exists():
            return path.read_text().strip()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        key = secrets.token_hex(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(key)
        return key


@lru_cache
def get_settings() -> Settings:
    return Settings()
