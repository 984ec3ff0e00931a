"""The message catalogs: one for the app, one for the command-line library's own messages.

Every message the app shows lives in the one ``focuscheck`` catalog.  Where one
English text needs two Swedish translations, the call names a context
(:func:`focuscheck.i18n.pgettext`), so no lookup ever depends on which catalog is
searched first.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

#: the app's own catalog (``locale/<language>/LC_MESSAGES/focuscheck.po``)
APP_DOMAIN: Final = "focuscheck"

#: catalogs for a library's own messages -> the package they are extracted from
LIBRARY_DOMAINS: Final[dict[str, str]] = {"click": "click"}

LANGUAGES: Final[tuple[str, ...]] = ("en", "sv")
SOURCE_LANGUAGE: Final = "en"
#: languages with a catalog; English is the source text and needs none
TRANSLATED_LANGUAGES: Final[tuple[str, ...]] = tuple(
    language for language in LANGUAGES if language != SOURCE_LANGUAGE
)
