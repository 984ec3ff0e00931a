"""The one way to the journal for screens and commands; free of Textual."""
