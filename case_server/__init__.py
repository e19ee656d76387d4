"""Reference server of the central case API v1, so the desk's whole loop runs on one machine."""
