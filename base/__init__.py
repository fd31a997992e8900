"""Base layer: errors, atomic output and input validation, shared by every other layer (docs/architecture.md)."""
