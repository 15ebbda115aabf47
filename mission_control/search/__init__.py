"""Search: one ranked list across projects, tasks and messages."""
