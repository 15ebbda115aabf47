"""Tasks: status workflow, dependencies, claims, approvals and Kanban order."""
