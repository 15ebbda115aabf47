"""Background jobs: a registry of job functions, run by ARQ or in the server process.

All arq imports live in this package. Job state lives in PostgreSQL rows; a
queue only wakes a worker, so a lost or killed job is picked up by the sweeper.
"""
