"""The error of a file the coach side will not load."""

from focuscheck.domain.errors import FocuscheckError


class ExportRejected(FocuscheckError):
    """A file the coach side will not load; the message says why."""
