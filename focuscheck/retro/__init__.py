"""Team retrospective opener: rounds, answers, board and summary (no UI)."""
