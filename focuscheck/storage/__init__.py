"""Storage of the journal: one TinyDB file, written atomically under a cross-process lock."""
