"""Projects: lifecycle lanes, board order and approval settings."""
