"""Coach side: anonymized exports, loading them, aggregates and reports (no UI)."""
