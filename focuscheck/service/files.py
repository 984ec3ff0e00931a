"""Writing a file the person asked for (a Markdown list), as screens reach it.

Owner-only and atomic, and never over an existing file unless asked: the
storage layer does the writing; screens get it here without reaching into it.
"""

from __future__ import annotations

from focuscheck.storage.export_file import ExportExists, write_text_file

__all__ = ["ExportExists", "write_text_file"]
