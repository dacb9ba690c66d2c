"""The one message catalog: renders a :class:`~app.domain.messages.Message` in a language.

Both faces render here (``docs/MESSAGES.md``):

- the GUI calls :func:`render` with no language: Qt's installed translators answer, so messages speak
  the UI language (:mod:`app.platform.i18n` installs them; the pseudo-locale tests install theirs);
- the CLI calls :func:`render` with :func:`cli_language` (the POSIX locale: ``LC_ALL``, then
  ``LC_MESSAGES``, then ``LANG``); a translator for that language is loaded here, no
  ``QCoreApplication`` needed;
- ``--json`` output uses :meth:`Message.english` (``language="en"`` here gives the same).

The source sentences are :data:`app.domain.messages.TEXTS`, filed under the catalog context
``"Messages"``. A translation keeps the sentence's named placeholders (``{file}``); counts use Qt's
plural forms (``%n``). Qt core only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.errors import UserError
from app.domain.messages import (
    CONTEXT,
    TEXTS,
    Message,
    english,
    english_plural,
    fill,
    format_param,
)
from app.platform import i18n

if TYPE_CHECKING:
    # imported where used: English (the command line's --json, or LANG=C) never loads QtCore
    from PySide6.QtCore import QLocale

cli_language = i18n.cli_language
_translator = i18n.catalog_translator


def _locale_param(value: str | int | float, locale: QLocale) -> str:
    if isinstance(value, float):
        return locale.toString(value, "g", 12)
    return format_param(value)


def render(message: Message, language: str | None = None) -> str:
    """``message`` as one sentence: in the UI language (``language=None``) or in ``language``."""
    if language is not None and i18n.normalize(language) in (None, i18n.SOURCE_LANGUAGE):
        return english(message)
    source = TEXTS.get(message.code)
    if source is None:
        return english(message)
    from PySide6.QtCore import QCoreApplication, QLocale

    n = message.count
    plural = n is not None and "%n" in source
    if language is None:
        locale = QLocale()
        translated = QCoreApplication.translate(CONTEXT, source, None, n if plural and n is not None else -1)
    else:
        locale = QLocale(i18n.normalize(language) or i18n.SOURCE_LANGUAGE)
        translator = _translator(i18n.normalize(language) or "")
        found = translator.translate(CONTEXT, source, None, n if plural and n is not None else -1) \
            if translator is not None else ""
        translated = found or source
        if plural and n is not None:
            translated = translated.replace("%n", locale.toString(n))
    if plural and n is not None and ("(" in translated):
        translated = english_plural(translated, n)  # untranslated: English's own plural
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    values = {}
    for key, value in message.items:
        if isinstance(value, Message):
            values[key] = render(value, language)
        else:
            values[key] = _locale_param(value, locale)
    return fill(translated, values)


def render_error(error: BaseException | None) -> str:
    """An exception's sentence for a user: a :class:`UserError`'s message in the UI language, else
    the exception's own text."""
    if isinstance(error, UserError):
        return render(error.sentence)
    return str(error)


def render_text(value: Message | str, language: str | None = None) -> str:
    """A message rendered in the UI language (or ``language``); a plain str (server text, or a reason
    stored as text before reasons were messages) as it is."""
    return render(value, language) if isinstance(value, Message) else value


def render_all(messages: list[Message], language: str | None = None, separator: str = " ") -> str:
    return separator.join(render(m, language) for m in messages)


translate_text = i18n.translate_text
