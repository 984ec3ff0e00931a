"""Message lookup for English and Swedish (gettext catalogs).

Call :func:`_` at the moment a string is shown, never at import time, so that a
language chosen later (``--lang``, settings) applies everywhere.  Strings that
must be defined at import time are marked with :func:`N_` and translated where
they are displayed.

The catalog is read at the first lookup, not when the language is chosen: the
shell-prompt hook chooses one before every prompt and mostly has nothing to say,
so ``gettext`` is imported only when something is translated (``locale`` only
when no environment variable names the language).
"""

from __future__ import annotations

import os
import sys

from focuscheck.i18n.domains import (
    APP_DOMAIN,
    LANGUAGES,
    SOURCE_LANGUAGE,
    TRANSLATED_LANGUAGES,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from gettext import NullTranslations
    from typing import Final

LOCALE_DIR: Final = os.path.join(os.path.dirname(__file__), "locale")

#: the decimal sign of each language that does not write a point
DECIMAL_SIGNS: Final[dict[str, str]] = {"sv": ","}

_current: NullTranslations | None = None
"""The catalog of :data:`_language`, once a lookup has needed it."""
_language: str = SOURCE_LANGUAGE
_click_unbound = False
"""A language was chosen before gettext was loaded: bind click's domain at the first lookup."""


def _catalog() -> NullTranslations:
    global _current, _click_unbound
    if _current is None:
        _current = _load(_language)
    if _click_unbound:
        _bind_click_domain()
        _click_unbound = False
    return _current


def _load(language: str) -> NullTranslations:
    import gettext

    if language not in TRANSLATED_LANGUAGES:
        return gettext.NullTranslations()  # English is the source text: no catalog to find
    try:
        return gettext.translation(APP_DOMAIN, localedir=LOCALE_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def normalize_language(value: str | None) -> str | None:
    """Map ``sv_SE.UTF-8``, ``SV``, ``swedish`` … to a supported code, or None."""
    if not value:
        return None
    code = value.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    if code in ("swedish", "svenska"):
        code = "sv"
    if code in ("english",):
        code = "en"
    return code if code in LANGUAGES else None


def language_from_environment() -> str:
    """The language the person's locale asks for, English when it says nothing we know."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        for part in os.environ.get(variable, "").split(":"):
            found = normalize_language(part)
            if found:
                return found
    import locale

    try:
        found = normalize_language(locale.getlocale()[0])
    except ValueError:
        found = None
    return found or SOURCE_LANGUAGE


def set_language(language: str) -> None:
    """Switch every later lookup to ``language`` (``en`` or ``sv``)."""
    global _current, _language
    code = normalize_language(language) or SOURCE_LANGUAGE
    _language = code
    _current = None
    _speak_to_click(code)


def _speak_to_click(code: str) -> None:
    # click looks its messages up through the process-wide gettext domain, choosing the
    # language from the environment; point both at our catalog of click's messages.
    # click imports gettext itself, so while gettext is not loaded there is no click to
    # speak to yet: the first lookup of ours binds the domain (the command line's help
    # texts are looked up before click says anything).
    global _click_unbound
    os.environ["LANGUAGE"] = code
    if "gettext" in sys.modules:
        _bind_click_domain()
    else:
        _click_unbound = True


def _bind_click_domain() -> None:
    import gettext

    gettext.bindtextdomain("click", LOCALE_DIR)
    gettext.textdomain("click")


def current_language() -> str:
    return _language


def _(message: str) -> str:
    """Translate ``message`` into the current language."""
    return _catalog().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message that depends on a count."""
    return _catalog().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """Translate ``message`` as meant in ``context`` (one English text, two translations)."""
    return _catalog().pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    """:func:`ngettext` for a message that needs a context."""
    return _catalog().npgettext(context, singular, plural, n)


def decimal(value: float, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals, written as the current language writes them (3,5)."""
    return f"{value:.{digits}f}".replace(".", DECIMAL_SIGNS.get(_language, "."))


def N_(message: str) -> str:
    """Mark ``message`` for extraction; translate it later with :func:`_`."""
    return message
