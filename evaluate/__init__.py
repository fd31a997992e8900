"""Numeric evaluator: orbitals, lattices, quadratures, stopping power, wind force, report."""
