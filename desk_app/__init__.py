"""Feedback Desk: record residents' feedback at a front desk, print a receipt, sync it later."""

__version__ = "0.1.0"
