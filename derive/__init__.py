"""Derivations: one module per physical topic, pure SymPy, no I/O."""
