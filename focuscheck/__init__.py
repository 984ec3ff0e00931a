"""focuscheck: keep the customer at the top of the agenda, two minutes a day."""

__version__ = "0.1.0"
