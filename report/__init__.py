"""The report layer: plans the report, runs its tasks, writes report.html and results.json (docs/architecture.md)."""
