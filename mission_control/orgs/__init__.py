"""orgs."""
