"""Inline messages for the editors: the domain's rules, in the words shown beside each field.

Pure functions of a domain object (no widgets): field name → (severity, sentence). The editors call
them on every keystroke with the object as it would be after the edit, so they must stay cheap.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.codes import isrc_problem, upc_problem
from app.domain.resources import Label, Product, Track
from app.domain.style_rules import title_findings
from app.platform.messages import render

Messages = dict[str, tuple[str, str]]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _date_problem(value: Any) -> str | None:
    if _blank(value):
        return None
    text = str(value)
    if not _DATE.match(text):
        return translate("Validation", "Write the date as YYYY-MM-DD, e.g. 2025-03-14.")
    try:
        _dt.date.fromisoformat(text[:10])
    except ValueError:
        return translate("Validation", "This date does not exist; check the month and day.")
    return None


def product_messages(product: Product) -> Messages:
    out: Messages = {}
    if _blank(getattr(product, "name", None)):
        out["name"] = ("error", translate("Validation", "A product needs a title."))
    elif isinstance(product, Product) and (style := store_rule_message(product)) is not None:
        out["name"] = style
    upc = getattr(product, "upc_code", None)
    if _blank(upc):
        out["upc_code"] = (
            "warning",
            translate("Validation", "The UPC is required before the product can be sent."),
        )
    else:
        problem = upc_problem(upc)
        if problem:
            out["upc_code"] = ("error", render(problem))
    for name in ("copyright_line", "production_line"):
        if _blank(getattr(product, name, None)):
            out[name] = ("warning", translate("Validation", "Required before the product can be sent."))
    year = getattr(product, "production_year", None)
    if year is not None:
        this_year = _dt.date.today().year
        if not 1900 <= int(year) <= this_year + 2:
            out["production_year"] = (
                "error",
                translate("Validation", "The production year should be between 1900 and next year."),
            )
    for name in ("release_date", "original_release_date"):
        date_problem = _date_problem(getattr(product, name, None))
        if date_problem:
            out[name] = ("error", date_problem)
    release = getattr(product, "release_date", None)
    original = getattr(product, "original_release_date", None)
    if (
        "release_date" not in out
        and "original_release_date" not in out
        and not _blank(release)
        and not _blank(original)
        and str(original)[:10] > str(release)[:10]
    ):
        out["original_release_date"] = (
            "error",
            translate("Validation", "The original release date cannot be after the release date."),
        )
    if not getattr(product, "artist", None):
        out["artist"] = ("warning", translate("Validation", "Add at least one main artist (role Artist)."))
    if _blank(getattr(product, "language_id", None)):
        out["language_id"] = ("warning", translate("Validation", "Choose the language of the metadata."))
    return out


def store_rule_message(obj: Product | Track) -> tuple[str, str] | None:
    """The first store style rule the name or title breaks, with the store it is from
    (docs/STYLE-RULES.md); None when it breaks none."""
    found = title_findings(obj)
    if not found:
        return None
    f = found[0]
    store = {"apple": translate("Validation", "Apple Music"),
             "spotify": translate("Validation", "Spotify")}.get(f.store)
    text = render(f.sentence)
    return ("error" if f.blocks else "warning", f"{store}: {text}" if store else text)


def track_messages(track: Track) -> Messages:
    out: Messages = {}
    if _blank(getattr(track, "title", None)):
        out["title"] = ("error", translate("Validation", "A track needs a title."))
    elif isinstance(track, Track) and (style := store_rule_message(track)) is not None:
        out["title"] = style
    isrc = getattr(track, "isrc_code", None)
    if not _blank(isrc):
        problem = isrc_problem(isrc)
        if problem:
            out["isrc_code"] = ("error", render(problem))
    number = getattr(track, "track_number", None)
    if number is not None and int(number) < 1:
        out["track_number"] = ("error", translate("Validation", "Track numbers start at 1."))
    start = getattr(track, "preview_start", None)
    length = getattr(track, "length", None)
    if start is not None and length and int(start) >= int(length):
        out["preview_start"] = (
            "error",
            translate("Validation", "The preview must start before the end of the track."),
        )
    if not getattr(track, "artist", None):
        out["artist"] = ("warning", translate("Validation", "Add at least one main artist (role Artist)."))
    if getattr(track, "explicit_content", None) and getattr(track, "clean", None):
        out["clean"] = (
            "error",
            translate("Validation", "A track cannot be both explicit and the clean version."),
        )
    return out


def label_messages(label: Label) -> Messages:
    out: Messages = {}
    if _blank(getattr(label, "name", None)):
        out["name"] = ("error", translate("Validation", "A label needs a name."))
    return out
