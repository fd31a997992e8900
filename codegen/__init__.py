"""Code generation: SymPy expressions -> committed numpy modules in generated/."""
