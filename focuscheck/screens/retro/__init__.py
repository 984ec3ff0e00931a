"""The team retrospective opener: its own Textual app, screens and widgets."""
