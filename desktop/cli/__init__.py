"""Command-line interfaces: `checkpoint-desk` (the provider) and `checkpoint-force` (the force's team)."""
