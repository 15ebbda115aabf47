# syntax=docker/dockerfile:1
# Mission Control image. One image for every process:
#   serve (default CMD), worker, migrate, create-user, ...
#   docker build -t mission-control .
# Configuration comes from the environment (see .env.example); the data
# folder is /data (MC_DATA_DIR), a volume.

ARG PYTHON_VERSION=3.12

# ---- 1. Web UI (Node) -------------------------------------------------------
FROM node:20-slim AS frontend
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json* ./
RUN if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; \
    else npm install --no-audit --no-fund; fi
COPY frontend/ ./
# The build may write frontend/dist or straight into ../mission_control/static;
# either way the result ends up in /src/frontend/dist.
RUN npm run build \
    && if [ ! -d dist ] && [ -d ../mission_control/static ]; then cp -R ../mission_control/static dist; fi \
    && test -d dist

# ---- 2. Python package into a virtualenv -----------------------------------
FROM python:${PYTHON_VERSION}-slim AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src
COPY pyproject.toml README.md* ./
COPY mission_control/ mission_control/
# The built UI ships inside the package (package-data "static/**/*").
COPY --from=frontend /src/frontend/dist/ mission_control/static/
RUN pip install --upgrade pip && pip install .

# ---- 3. Runtime --------------------------------------------------------------
FROM python:${PYTHON_VERSION}-slim
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    MC_DATA_DIR=/data \
    LOG_FORMAT=json
RUN groupadd --system --gid 10001 mc \
    && useradd --system --uid 10001 --gid mc --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin mc \
    && mkdir -p /app /data \
    && chown mc:mc /data
COPY --from=build /opt/venv /opt/venv
# `mission-control migrate` needs the Alembic scripts; the working directory
# is /app, where they live.
WORKDIR /app
COPY alembic.ini ./
COPY migrations/ migrations/
USER mc
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4).status == 200 else 1)"]
CMD ["mission-control", "serve", "--host", "0.0.0.0", "--port", "8000"]
