"""The coach's review in the terminal: its own small app over loaded exports."""
