"""Delivering records to the central case API and pulling back statuses (no Qt widgets)."""
