"""Exporters: each takes what an earlier stage produced and writes files atomically."""
