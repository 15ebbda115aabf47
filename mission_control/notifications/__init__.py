"""Subscriptions, notifications and webhooks."""
