"""Messages below the faces: a stable code and named parameters, rendered in a language at the edge.

A problem, finding, error, outcome or description is a :class:`Message`: ``code`` names the sentence
(``"audio.sample_rate.too_low"``), ``params`` fill its named placeholders (``{file}``, ``{rate}``).
Nothing below the faces builds a sentence; the GUI and the CLI render a message through one catalog
(:mod:`app.platform.messages`, Qt's translation) in the user's language, and ``--json`` prints the
code, the parameters and the English sentence for scripts. See ``docs/MESSAGES.md``.

:data:`TEXTS` is that catalog's source: one English sentence per code. The sentences are marked with
``QT_TRANSLATE_NOOP`` (``QT_TRANSLATE_N_NOOP`` for counts) so ``i18n/update.py`` extracts them into the
Qt Linguist catalogs under the context :data:`CONTEXT`; the markers here are stdlib stand-ins that
return the text (the domain imports no Qt). Rules for a sentence:

- placeholders are named, ``{file}``; a translation keeps the same names, in any order;
- a count is the parameter ``n``, written ``%n`` in the sentence, with ``(s)`` where English plurals
  ("%n product(s)", or ``(y|ies)``): English renders "1 product" / "6 products", translations give
  every plural form;
- no sentence names a command-line flag or a widget: each face adds its own hint.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

CONTEXT = "Messages"



def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for extraction into the catalogs; returns it unchanged."""
    return text


def QT_TRANSLATE_N_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a sentence with a count (``%n``) for extraction with plural forms; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Message:
    """A sentence as data: ``code`` (a key of :data:`TEXTS`) and its named parameters."""

    code: str
    items: tuple[tuple[str, str | int | float | Message], ...] = field(default=())

    @property
    def params(self) -> dict[str, str | int | float | Message]:
        return dict(self.items)

    @property
    def count(self) -> int | None:
        """The plural count (the parameter ``n``), when the sentence has one."""
        value = self.params.get("n")
        return int(value) if isinstance(value, int | float) else None

    def english(self) -> str:
        return english(self)

    def __str__(self) -> str:  # logs, exceptions and scripts read English
        return english(self)

    def to_json(self) -> dict[str, object]:
        """``{"code", "params", "message"}``: stable for scripts, the sentence in English."""
        return {"code": self.code, "params": json_params(self), "message": english(self)}


def json_params(message: Message) -> dict[str, object]:
    return {key: value.to_json() if isinstance(value, Message) else value for key, value in message.items}


def msg(code: str, /, **params: str | int | float | Message) -> Message:
    """``msg("audio.sample_rate.too_low", file="a.wav", rate=22.05)``; the code must be in :data:`TEXTS`."""
    if code not in TEXTS:
        raise KeyError(f"no message text for code {code!r}: add it to app/domain/messages.py")
    return Message(code, tuple(params.items()))


def joined(parts: list[Message], how: str = "list.join") -> Message:
    """One message listing ``parts`` with the list code ``how`` ("list.join", "list.comma"...)."""
    result = parts[0]
    for part in parts[1:]:
        result = msg(how, first=result, then=part)
    return result


def to_stored(value: Message | str) -> str:
    """``value`` as text for a database column: a message as JSON ``{"code", "params"}`` (parameters
    that are messages nested the same way), a plain str (a server's own words) as it is."""
    if isinstance(value, str):
        return value
    return json.dumps(_stored(value), separators=(",", ":"), ensure_ascii=False)


def _stored(message: Message) -> dict[str, object]:
    return {"code": message.code,
            "params": {k: _stored(v) if isinstance(v, Message) else v for k, v in message.items}}


def from_stored(value: str | None) -> Message | str | None:
    """What :func:`to_stored` wrote; text that is not a stored message (rows written before messages
    were stored, a server's words) comes back as the same str."""
    if not value or not value.startswith('{"code":'):
        return value
    try:
        data = json.loads(value)
        return _from_data(data)
    except (ValueError, TypeError, KeyError):
        return value


def _from_data(data: object) -> Message:
    if not isinstance(data, dict) or not isinstance(data.get("code"), str) or data["code"] not in TEXTS:
        raise ValueError("not a stored message")
    params = data.get("params") or {}
    if not isinstance(params, dict):
        raise ValueError("not a stored message")
    items: list[tuple[str, str | int | float | Message]] = []
    for key, value in params.items():
        if isinstance(value, dict):
            items.append((str(key), _from_data(value)))
        elif isinstance(value, str | int | float):
            items.append((str(key), value))
        else:
            raise ValueError("not a stored message")
    return Message(data["code"], tuple(items))


def text(value: str) -> Message:
    """A sentence that cannot be translated (a server's own words), carried as a message."""
    return Message("text", (("text", value),))


_FIELD = re.compile(r"\{(\w+)\}")
_PLURAL_S = re.compile(r"\((s|es)\)")
_PLURAL_PAIR = re.compile(r"\((\w*)\|(\w+)\)")


def format_param(value: str | int | float | Message) -> str:
    if isinstance(value, Message):
        return english(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return format(value, ".12g")
    return str(value)


def fill(template: str, params: Mapping[str, str]) -> str:
    """``template`` with each ``{name}`` replaced (unknown names are left as they are)."""
    return _FIELD.sub(lambda m: params.get(m.group(1), m.group(0)), template)


def english_plural(template: str, n: int) -> str:
    """English has one plural rule: "(s)" disappears for 1 and becomes "s" otherwise; "(y|ies)"
    gives the singular or the plural ending."""
    text = _PLURAL_PAIR.sub(r"\1" if n == 1 else r"\2", template.replace("%n", str(n)))
    return _PLURAL_S.sub("" if n == 1 else r"\1", text)


def english(message: Message) -> str:
    template = TEXTS.get(message.code, message.code)
    n = message.count
    if n is not None and "%n" in template:
        template = english_plural(template, n)
    return fill(template, {k: format_param(v) for k, v in message.items})


def placeholder_names(template: str) -> list[str]:
    return sorted(set(_FIELD.findall(template)))


# One sentence per code. Grouped by where the message comes from.
TEXTS: dict[str, str] = {
    "text": "{text}",

    # ------------------------------------------------------------------ identifiers (app.domain.codes)
    "upc.empty": QT_TRANSLATE_NOOP("Messages", "The UPC is empty."),
    "upc.not_digits": QT_TRANSLATE_NOOP("Messages", "A UPC has digits only."),
    "upc.length": QT_TRANSLATE_NOOP("Messages", "A UPC has 12 or 13 digits; this one has {length}."),
    "upc.check_digit": QT_TRANSLATE_NOOP(
        "Messages", "The UPC's check digit is wrong: it should end in {expected}."),
    "isrc.empty": QT_TRANSLATE_NOOP("Messages", "The ISRC is empty."),
    "isrc.length": QT_TRANSLATE_NOOP(
        "Messages", "An ISRC has 12 characters (like GBAYE2300001); this one has {length}."),
    "isrc.structure": QT_TRANSLATE_NOOP(
        "Messages",
        "An ISRC is 2 letters, 3 letters or digits, a 2-digit year and 5 digits (like GBAYE2300001)."),

    # ------------------------------------------------- credits, label codes, the catalog as a spreadsheet
    # (app.domain.credits, app.domain.labelcodes, app.services.credits, app.services.sheet)
    "credits.lyricist_missing.vocal": QT_TRANSLATE_NOOP(
        "Messages", "“{title}” has no lyricist: add the lyricist's legal name, or mark the track "
        "instrumental if it has no words."),
    "credits.lyricist_missing": QT_TRANSLATE_NOOP(
        "Messages", "“{title}” has lyrics but no lyricist: add the lyricist's legal name, or mark the "
        "track instrumental."),
    "credits.composer_missing": QT_TRANSLATE_NOOP(
        "Messages", "“{title}” has no composer: add the composer's legal name."),
    "credits.iswc.structure": QT_TRANSLATE_NOOP(
        "Messages", "The ISWC '{value}' is not a T followed by 10 digits (like T-034.524.680-1)."),
    "credits.iswc.check_digit": QT_TRANSLATE_NOOP(
        "Messages", "The ISWC '{value}' has a wrong check digit: it should end in {expected}."),
    "credits.ipi.structure": QT_TRANSLATE_NOOP(
        "Messages", "The IPI name number '{value}' should be 9 to 11 digits."),
    "credits.ipi.check_digit": QT_TRANSLATE_NOOP(
        "Messages", "The IPI name number '{value}' has wrong check digits: copy it again from the "
        "society's statement."),
    "credits.ipi": QT_TRANSLATE_NOOP("Messages", "{name}: {reason}"),
    "credits.splits_total": QT_TRANSLATE_NOOP(
        "Messages", "The writers' shares of “{title}” add up to {total} %; they must total 100 %."),
    "credits.writer_name": QT_TRANSLATE_NOOP(
        "Messages", "A writer of “{title}” has no name: enter the legal name or remove the row."),
    "credits.sheet.title": QT_TRANSLATE_NOOP("Messages", "Split sheet"),
    "credits.sheet.track": QT_TRANSLATE_NOOP("Messages", "Track"),
    "credits.sheet.isrc": QT_TRANSLATE_NOOP("Messages", "ISRC"),
    "credits.sheet.iswc": QT_TRANSLATE_NOOP("Messages", "ISWC"),
    "credits.sheet.writer": QT_TRANSLATE_NOOP("Messages", "Writer (legal name)"),
    "credits.sheet.roles": QT_TRANSLATE_NOOP("Messages", "Roles"),
    "credits.sheet.share": QT_TRANSLATE_NOOP("Messages", "Share (%)"),
    "credits.sheet.pro": QT_TRANSLATE_NOOP("Messages", "PRO"),
    "credits.sheet.ipi": QT_TRANSLATE_NOOP("Messages", "IPI"),
    "credits.sheet.publisher": QT_TRANSLATE_NOOP("Messages", "Publisher"),
    "credits.sheet.total": QT_TRANSLATE_NOOP("Messages", "Total"),
    "credits.sheet.signature": QT_TRANSLATE_NOOP("Messages", "Signature"),
    "credits.role.composer": QT_TRANSLATE_NOOP("Messages", "composer"),
    "credits.role.lyricist": QT_TRANSLATE_NOOP("Messages", "lyricist"),
    "credits.not_a_track": QT_TRANSLATE_NOOP("Messages", "{id} is not a track or a product."),
    "credits.write_failed": QT_TRANSLATE_NOOP("Messages", "Could not write {path}: {reason}"),
    "codes.registrant_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The ISRC registrant code '{value}' should be 2 letters and 3 letters or digits "
        "(like FR-Z12)."),
    "codes.designation_range": QT_TRANSLATE_NOOP(
        "Messages", "The ISRC numbers {first} to {last} are not a range: use 1 to 99999, first number "
        "first."),
    "codes.gs1_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The GS1 company prefix '{value}' should be 6 to 11 digits."),
    "codes.no_registrant": QT_TRANSLATE_NOOP(
        "Messages", "The label has no ISRC registrant code yet: set it in the label's codes."),
    "codes.no_gs1_prefix": QT_TRANSLATE_NOOP(
        "Messages", "The label has no GS1 company prefix yet: set it in the label's codes."),
    "codes.isrc_range_full": QT_TRANSLATE_NOOP(
        "Messages", "Every ISRC of {registrant} for the year {year} has been issued: widen the "
        "label's range."),
    "codes.upc_range_full": QT_TRANSLATE_NOOP(
        "Messages", "Every UPC of the GS1 prefix {prefix} has been issued: ask GS1 for another prefix."),
    "codes.isrc_range": QT_TRANSLATE_NOOP(
        "Messages", "“{title}” has the ISRC {isrc}, outside the label's numbers {first} to {last}: "
        "give it the next free ISRC."),
    "codes.duplicate_audio": QT_TRANSLATE_NOOP(
        "Messages", "“{title}” ({isrc}) is the same audio as “{other}” ({other_isrc}): one recording "
        "keeps one ISRC."),
    "codes.isrc_reused": QT_TRANSLATE_NOOP(
        "Messages", "“{title}” uses the ISRC {isrc} of “{other}” but its audio differs: a new mix or "
        "edit needs its own ISRC."),
    "codes.no_label": QT_TRANSLATE_NOOP("Messages", "{id} is not a label of this catalog."),
    "sheet.unsupported": QT_TRANSLATE_NOOP(
        "Messages", "{path}: a catalog sheet is an .xlsx or a .csv file."),
    "sheet.unreadable": QT_TRANSLATE_NOOP("Messages", "Could not read {path}: {reason}"),
    "sheet.no_label": QT_TRANSLATE_NOOP("Messages", "No label {id} in this catalog."),
    "sheet.unknown_column": QT_TRANSLATE_NOOP(
        "Messages", "The column '{column}' is not one Releasedesk exports: remove it or fix its name."),
    "sheet.missing_column": QT_TRANSLATE_NOOP(
        "Messages", "The sheet has no '{column}' column: export a catalog to see the expected columns."),
    "sheet.unknown_kind": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a row kind: use product, track, offer or writer."),
    "sheet.unknown_id": QT_TRANSLATE_NOOP(
        "Messages", "No {kind} {id} in this catalog: new objects are made in the app, not in the sheet."),
    "sheet.wrong_parent": QT_TRANSLATE_NOOP(
        "Messages", "The parent of {id} is {parent} in this catalog, not '{value}'."),
    "sheet.not_editable": QT_TRANSLATE_NOOP(
        "Messages", "'{column}' does not apply to a {kind} row: leave the cell empty."),
    "sheet.upc": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a UPC: {reason}"),
    "sheet.isrc": QT_TRANSLATE_NOOP("Messages", "'{value}' is not an ISRC: {reason}"),
    "sheet.whole_number": QT_TRANSLATE_NOOP("Messages", "'{value}' should be a whole number."),
    "sheet.date": QT_TRANSLATE_NOOP("Messages", "'{value}' should be a date written YYYY-MM-DD."),
    "sheet.yes_no": QT_TRANSLATE_NOOP("Messages", "'{value}' should be yes or no."),
    "sheet.share": QT_TRANSLATE_NOOP("Messages", "'{value}' should be a share from 0 to 100."),
    "sheet.choice": QT_TRANSLATE_NOOP("Messages", "'{value}' should be one of: {choices}."),
    "sheet.duplicate_row": QT_TRANSLATE_NOOP("Messages", "{id} appears twice; keep one row."),
    "sheet.unknown_track": QT_TRANSLATE_NOOP(
        "Messages", "A writer row names the track '{value}', which is not in this catalog."),
    "sheet.change": QT_TRANSLATE_NOOP("Messages", "{id} {column}: '{old}' → '{new}'"),
    "sheet.changes": QT_TRANSLATE_N_NOOP("Messages", "%n change(s)"),
    "sheet.errors": QT_TRANSLATE_N_NOOP("Messages", "%n error(s): nothing was applied."),
    "sheet.applied": QT_TRANSLATE_N_NOOP("Messages", "%n change(s) applied as drafts."),
    "sheet.exported": QT_TRANSLATE_N_NOOP("Messages", "%n row(s) written to {path}."),
    "sheet.error_line": QT_TRANSLATE_NOOP("Messages", "row {row}, column {column}: {message}"),

    # ------------------------------------------------------------------ readiness (app.domain.readiness)
    "field.name": QT_TRANSLATE_NOOP("Messages", "name"),
    "field.upc_code": QT_TRANSLATE_NOOP("Messages", "UPC"),
    "field.copyright_line": QT_TRANSLATE_NOOP("Messages", "copyright line"),
    "field.production_line": QT_TRANSLATE_NOOP("Messages", "production line"),
    "field.production_year": QT_TRANSLATE_NOOP("Messages", "production year"),
    "field.artist": QT_TRANSLATE_NOOP("Messages", "artist"),
    "field.label_id": QT_TRANSLATE_NOOP("Messages", "label"),
    "field.language_id": QT_TRANSLATE_NOOP("Messages", "language"),
    "field.product_type_id": QT_TRANSLATE_NOOP("Messages", "product type"),
    "field.title": QT_TRANSLATE_NOOP("Messages", "title"),
    "field.isrc_code": QT_TRANSLATE_NOOP("Messages", "ISRC"),
    "field.audio_language_id": QT_TRANSLATE_NOOP("Messages", "audio language"),
    "product.required": QT_TRANSLATE_NOOP("Messages", "The product's {field} is empty; fill it in."),
    "product.status.archived": QT_TRANSLATE_NOOP(
        "Messages", "The product is archived; archived products can't be delivered."),
    "product.status.not_draft": QT_TRANSLATE_NOOP(
        "Messages", "A new product must be created as a draft; set its status to draft."),
    "product.upc": QT_TRANSLATE_NOOP("Messages", "UPC {upc}: {problem}"),
    "product.cover": QT_TRANSLATE_NOOP(
        "Messages", "The product has no cover; add a square JPEG or PNG of at least 3000 × 3000 pixels."),
    "product.tracks": QT_TRANSLATE_NOOP("Messages", "The product has no tracks; add at least one."),
    "product.not_synced": QT_TRANSLATE_NOOP(
        "Messages", "The product is not on the server yet; sync it before activating it."),
    "track.required": QT_TRANSLATE_NOOP("Messages", "Track {track}'s {field} is empty; fill it in."),
    "track.isrc": QT_TRANSLATE_NOOP("Messages", "Track {track}, ISRC {isrc}: {problem}"),
    "track.isrc_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "Tracks {first} and {track} share the ISRC {isrc}; each recording needs its own."),
    "track.isrc_catalog": QT_TRANSLATE_NOOP(
        "Messages", "Track {track}'s ISRC {isrc} is already used in product {products}; reuse it only "
        "for the very same recording."),
    "track.record": QT_TRANSLATE_NOOP(
        "Messages", "Track {track} has no audio master; attach a FLAC or WAV file."),
    "offer.default": QT_TRANSLATE_NOOP(
        "Messages", "The product has no default offer; sync it again so the server creates one."),
    "offer.release_date": QT_TRANSLATE_NOOP("Messages", "The default offer has no release date; set one."),
    "offer.subgenre": QT_TRANSLATE_NOOP("Messages", "The default offer has no subgenre; pick one."),
    "offer.not_validated": QT_TRANSLATE_NOOP(
        "Messages", "The default offer is not validated; the server activates a product only with an "
        "active default offer."),
    "offer.default_dsps": QT_TRANSLATE_NOOP(
        "Messages", "The default offer names DSPs; the default offer must not carry DSP information "
        "(DSP-specific offers do)."),
    "right.dsps": QT_TRANSLATE_NOOP("Messages", "Right {right} names no DSP; a right needs at least one."),
    "right.dsps.new": QT_TRANSLATE_NOOP("Messages", "Right names no DSP; a right needs at least one."),
    "right.territories.new": QT_TRANSLATE_NOOP(
        "Messages", "Right names no continent or territory; add WW for the whole world."),
    "right.territories": QT_TRANSLATE_NOOP(
        "Messages", "Right {right} names no continent or territory; add WW for the whole world."),
    "right.missing": QT_TRANSLATE_NOOP(
        "Messages", "The product has no right naming DSPs and territories; add one for the DSPs you "
        "deliver to."),
    "right.dsp_uncovered": QT_TRANSLATE_NOOP(
        "Messages", "No right covers DSP {dsps}; add one or the delivery will fail."),
    "release.sample_formats": QT_TRANSLATE_NOOP(
        "Messages", "The masters mix sample formats ({formats}); DSPs expect one format per release."),
    "release.duplicate_master": QT_TRANSLATE_NOOP(
        "Messages", "Tracks {tracks} have the very same audio master; attach the right file to each."),
    "release.short_single": QT_TRANSLATE_NOOP(
        "Messages", "The single lasts {seconds} s; DSPs refuse singles under {minimum} s."),
    "release.numbering": QT_TRANSLATE_NOOP(
        "Messages", "Volume {volume}'s track numbers are {numbers}; they must run 1 to {count} without "
        "gaps or repeats."),
    "release.lead_time.past": QT_TRANSLATE_NOOP(
        "Messages", "The release date {release_date} is before the delivery date {delivery_date}; it "
        "goes live as soon as each DSP ingests it. Set a later date unless this is back catalogue."),
    "release.lead_time.short": QT_TRANSLATE_N_NOOP(
        "Messages", "The release date {release_date} is only %n day(s) after delivery on "
        "{delivery_date}; DSPs ask for at least {lead_days} days."),
    "fix.make_draft": QT_TRANSLATE_NOOP("Messages", "Make it a draft"),
    "fix.offer_release_date": QT_TRANSLATE_NOOP("Messages", "Use the product's release date {date}"),
    "fix.validate_offer": QT_TRANSLATE_NOOP("Messages", "Validate the default offer"),
    "fix.remove_offer_dsps": QT_TRANSLATE_NOOP("Messages", "Remove the DSPs from the default offer"),
    "fix.worldwide_right": QT_TRANSLATE_NOOP("Messages", "Add a worldwide right for these DSPs"),
    "fix.renumber": QT_TRANSLATE_NOOP("Messages", "Renumber 1 to {count}"),

    # ------------------------------------------------------------------ style (app.domain.style)
    "style.what.product": QT_TRANSLATE_NOOP("Messages", "The product name “{text}”"),
    "style.what.track": QT_TRANSLATE_NOOP("Messages", "Track {track}'s title “{text}”"),
    "style.featuring.twice": QT_TRANSLATE_NOOP("Messages", "{what}: it names featured artists twice."),
    "style.featuring.join": QT_TRANSLATE_NOOP(
        "Messages", "{what}: featured artists are joined as \"A, B & C\"."),
    "style.featuring.word": QT_TRANSLATE_NOOP(
        "Messages", "{what}: “{word}” should be written “(feat. …)” after the title."),
    "style.capitalisation.upper": QT_TRANSLATE_NOOP(
        "Messages", "{what} is written in ALL CAPS; DSPs ask for title case unless it is the artist's own "
        "stylisation."),
    "style.capitalisation.lower": QT_TRANSLATE_NOOP(
        "Messages", "{what} is written in all lowercase; DSPs ask for title case unless it is the "
        "artist's own stylisation."),
    "style.various_artists.too_few": QT_TRANSLATE_N_NOOP(
        "Messages", "“Various Artists” is only for releases with {minimum} or more primary artists; this "
        "one has %n: credit them as the product artists."),
    "style.various_artists.not_alone": QT_TRANSLATE_NOOP(
        "Messages", "“Various Artists” must be the only product artist; remove the other names."),
    "style.various_artists.track": QT_TRANSLATE_NOOP(
        "Messages", "Track {track} credits “Various Artists”; a track names its real artists."),
    "style.explicit_flags.track": QT_TRANSLATE_NOOP(
        "Messages", "Track {track} is marked both explicit and clean; clear one of the two flags."),
    "style.explicit_flags.product_clean": QT_TRANSLATE_NOOP(
        "Messages", "A track is explicit but the product is marked not explicit; mark the product "
        "explicit."),
    "style.explicit_flags.product_explicit": QT_TRANSLATE_NOOP(
        "Messages", "The product is marked explicit but no track is; mark the explicit tracks or clear "
        "the product's flag."),
    "style.line_year.copyright_line": QT_TRANSLATE_NOOP(
        "Messages", "The copyright line “{text}” contains the year {year}; the production year field "
        "carries it, so write the line without it."),
    "style.line_year.production_line": QT_TRANSLATE_NOOP(
        "Messages", "The production line “{text}” contains the year {year}; the production year field "
        "carries it, so write the line without it."),
    # store rule table (app.domain.style_rules), explicit content, lyrics, calendar, review
    "style.title_case": QT_TRANSLATE_NOOP(
        "Messages", "{what} is not in the store's title case for its language; write “{fixed}”."),
    "style.banned_word": QT_TRANSLATE_NOOP(
        "Messages", "{what} contains “{word}”, which stores refuse in titles; remove it."),
    "style.promo_text": QT_TRANSLATE_NOOP(
        "Messages", "{what} contains “{word}”, a claim that does not last; stores refuse it in titles."),
    "style.generic_title": QT_TRANSLATE_NOOP(
        "Messages", "{what} is a placeholder, not a title; write the real title (stores refuse generic "
        "titles unless they are the real ones)."),
    "style.version_format.dash": QT_TRANSLATE_NOOP(
        "Messages", "{what} writes its version after a dash; a version goes in parentheses, a second "
        "one in brackets."),
    "style.version_format.order": QT_TRANSLATE_NOOP(
        "Messages", "{what} puts brackets before parentheses; the first version goes in parentheses, "
        "then brackets."),
    "style.version_format.brackets": QT_TRANSLATE_NOOP(
        "Messages", "{what} writes its only version in brackets; the first version goes in parentheses."),
    "style.artist_in_title": QT_TRANSLATE_NOOP(
        "Messages", "{what} names the artist “{artist}”; artists are credited in their fields, only "
        "“(feat. …)” and a remixer's version name them in a title."),
    "style.duplicate_title": QT_TRANSLATE_NOOP(
        "Messages", "Track {track} has the same title as track {first} (“{text}”); give one of them its "
        "version, e.g. “(Remix)” or “(Live)”."),
    "style.release_shape.apple_single": QT_TRANSLATE_N_NOOP(
        "Messages", "A single has at most 3 tracks, each under 10 minutes; this one has %n track(s), the "
        "longest {longest} min: make it an EP or an album."),
    "style.release_shape.apple_ep": QT_TRANSLATE_N_NOOP(
        "Messages", "An EP has 4 to 6 tracks (or up to 3 with one of 10 minutes or more) and lasts at most "
        "30 minutes; this one has %n track(s) and {total} min."),
    "style.release_shape.spotify_single": QT_TRANSLATE_N_NOOP(
        "Messages", "A single has at most 3 tracks and 30 minutes; this one has %n track(s) and {total} "
        "min: make it an EP or an album."),
    "style.release_shape.spotify_ep": QT_TRANSLATE_N_NOOP(
        "Messages", "An EP has at most 6 tracks and 30 minutes; this one has %n track(s) and {total} min: "
        "make it an album."),
    "style.release_shape.single_title": QT_TRANSLATE_NOOP(
        "Messages", "The single “{name}” must carry its lead track's title, “{text}”."),
    "fix.name_after_lead": QT_TRANSLATE_NOOP("Messages", "Name the release “{text}”"),
    "explicit.title_word": QT_TRANSLATE_NOOP(
        "Messages", "{what} contains “{word}”; explicit content is a flag, never a word in the title."),
    "explicit.clean_without_explicit": QT_TRANSLATE_NOOP(
        "Messages", "Track {track} is marked clean but this release has no explicit version of it; "
        "“clean” is only for an edit of an explicit track that exists with its own ISRC."),
    "explicit.clean_isrc": QT_TRANSLATE_NOOP(
        "Messages", "Track {track} (clean) has the same ISRC {isrc} as its explicit version, track "
        "{other}; a clean version needs its own ISRC."),
    "explicit.release": QT_TRANSLATE_NOOP(
        "Messages", "Tracks {tracks} are explicit, so the release is explicit; do not call the release "
        "clean."),
    "lyrics.bad_lrc": QT_TRANSLATE_NOOP(
        "Messages", "{file}, line {line} (“{text}”) is not a timed lyric line like “[01:02.50]Words”; "
        "correct or remove it."),
    "lyrics.bad_ttml": QT_TRANSLATE_NOOP(
        "Messages", "The TTML lyrics could not be read ({reason}); export them again."),
    "lyrics.section_label": QT_TRANSLATE_NOOP(
        "Messages", "Track {track}'s lyrics, line {line} “{text}”: section labels are not sung; remove "
        "them."),
    "lyrics.repeat_marker": QT_TRANSLATE_NOOP(
        "Messages", "Track {track}'s lyrics, line {line} “{text}”: a repeated line is written out each "
        "time it is sung."),
    "lyrics.line_end": QT_TRANSLATE_NOOP(
        "Messages", "Track {track}'s lyrics, line {line} “{text}”: no period or comma at the end of a "
        "line."),
    "lyrics.capital": QT_TRANSLATE_NOOP(
        "Messages", "Track {track}'s lyrics, line {line} “{text}”: each line starts with a capital "
        "letter."),
    "lyrics.blank_lines": QT_TRANSLATE_NOOP(
        "Messages", "Track {track}'s lyrics: stanzas are separated by one empty line, not several."),
    "lyrics.extra_text": QT_TRANSLATE_NOOP(
        "Messages", "Track {track}'s lyrics, line {line} “{text}”: credits, links and notices do not "
        "belong in the lyrics."),
    "lyrics.timing.after_end": QT_TRANSLATE_NOOP(
        "Messages", "Track {track}'s synced lyrics have a line at {time}, after the audio ends "
        "({seconds} s); correct the timing."),
    "lyrics.synced_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "Track {track}'s synced lyrics do not sing the same lines as its plain lyrics; make "
        "them the same."),
    "lyrics.plain_missing": QT_TRANSLATE_NOOP(
        "Messages", "Track {track} has synced lyrics but no plain lyrics."),
    "fix.lyrics_format": QT_TRANSLATE_NOOP("Messages", "Tidy the lyrics' formatting"),
    "fix.lyrics_from_synced": QT_TRANSLATE_NOOP("Messages", "Use the synced lines as plain lyrics"),
    "import.lrc_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The lyrics file {file} could not be read as UTF-8 text; save it as UTF-8 and import "
        "again."),
    "release.preorder.after_release": QT_TRANSLATE_NOOP(
        "Messages", "The pre-order starts {preorder}, not before the release date {release_date}; start "
        "it earlier or remove it."),
    "release.preorder.before_send": QT_TRANSLATE_NOOP(
        "Messages", "The pre-order starts {preorder}, before the release is sent on {send_date}; stores "
        "cannot open a pre-order for a release they do not have."),
    "release.preorder.short": QT_TRANSLATE_N_NOOP(
        "Messages", "The pre-order starts {preorder}, %n day(s) after sending; allow at least {minimum} "
        "days."),
    "review.unknown": QT_TRANSLATE_NOOP(
        "Messages", "There is no draft or product “{id}” in this catalog; use a draft id or a product id "
        "as the drafts list shows them."),
    "review.not_product": QT_TRANSLATE_NOOP(
        "Messages", "“{id}” is not a product or one of its tracks; review a product."),
    "review.unknown_store": QT_TRANSLATE_NOOP(
        "Messages", "There is no store “{store}” to review for; use one of {stores}."),
    "review.store.all": QT_TRANSLATE_NOOP("Messages", "Every store"),
    "review.store.apple": QT_TRANSLATE_NOOP("Messages", "Apple Music"),
    "review.store.spotify": QT_TRANSLATE_NOOP("Messages", "Spotify"),
    "review.fix": QT_TRANSLATE_NOOP("Messages", "Fix: {fix}"),
    "review.none": QT_TRANSLATE_NOOP("Messages", "Nothing a store would bounce was found."),
    "review.summary": QT_TRANSLATE_N_NOOP("Messages", "%n finding(s), {errors}."),
    "review.errors": QT_TRANSLATE_N_NOOP("Messages", "%n blocking"),
    "calendar.none": QT_TRANSLATE_NOOP("Messages", "No release is planned from this day on."),
    "calendar.written": QT_TRANSLATE_N_NOOP("Messages", "Wrote %n release(s) to {file}."),
    "calendar.write_failed": QT_TRANSLATE_NOOP(
        "Messages", "The calendar could not be written to {file} ({reason}); choose another file."),
    "calendar.bad_date": QT_TRANSLATE_NOOP(
        "Messages", "“{value}” in {what} is not a date like 2026-05-01."),
    "calendar.bad_send_date": QT_TRANSLATE_NOOP(
        "Messages", "“{item}” does not name a product draft and a date like 2026-05-01."),
    "fix.write": QT_TRANSLATE_NOOP("Messages", "Write “{text}”"),
    "fix.credit_track_artists": QT_TRANSLATE_NOOP("Messages", "Credit the track artists instead"),
    "fix.keep_various_artists": QT_TRANSLATE_NOOP("Messages", "Keep only “Various Artists”"),
    "fix.clear_clean": QT_TRANSLATE_NOOP("Messages", "Clear the “clean” flag"),

    # ------------------------------------------------------------------ media QC (app.media)
    "media.open_failed": QT_TRANSLATE_NOOP(
        "Messages", "{file} could not be opened ({reason}); check the file exists and you may read it."),
    "media.folder": QT_TRANSLATE_NOOP("Messages", "{file} is a folder; give the audio or image file itself."),
    "media.link_loop": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a symbolic link that leads back to itself (a link loop); point it at the real "
        "file."),
    "media.link_dangling": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a symbolic link to {target}, which does not exist; point it at the real "
        "file."),
    "folder.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The folder {path} could not be read ({reason}); its files were not checked. Check "
        "that you may open it, or leave it out."),
    "media.not_regular": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not a regular file; give the audio or image file itself."),
    "media.crashed": QT_TRANSLATE_NOOP(
        "Messages", "{file} could not be checked ({reason}); open it in an editor, save it again and retry."),
    "media.other.empty": QT_TRANSLATE_NOOP(
        "Messages", "{file} is empty (0 bytes), not audio or a cover; export the master as FLAC or WAV "
        "(covers as JPEG or PNG), or leave this file out."),
    "media.other.text": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a text file, not audio or a cover; export the master as FLAC or WAV "
        "(covers as JPEG or PNG), or leave this file out."),
    "media.other.unknown": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not in a format Releasedesk can read, not audio or a cover; export the "
        "master as FLAC or WAV (covers as JPEG or PNG), or leave this file out."),
    "audio.not_audio.image": QT_TRANSLATE_NOOP(
        "Messages", "{file} is an image ({format}), not audio; export the master again as FLAC or WAV."),
    "audio.not_audio.empty": QT_TRANSLATE_NOOP(
        "Messages", "{file} is empty (0 bytes); export the master again as FLAC or WAV."),
    "audio.not_audio.text": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a text file, not audio; export the master again as FLAC or WAV."),
    "audio.not_audio.unknown": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not audio in any format Releasedesk knows; export the master again as FLAC "
        "or WAV."),
    "image.not_image.audio": QT_TRANSLATE_NOOP(
        "Messages", "{file} is audio, not an image; save the cover again as JPEG or PNG."),
    "image.not_image.empty": QT_TRANSLATE_NOOP(
        "Messages", "{file} is empty (0 bytes); save the cover again as JPEG or PNG."),
    "image.not_image.text": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a text file, not an image; save the cover again as JPEG or PNG."),
    "image.not_image.unknown": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not an image in any format Releasedesk knows; save the cover again as JPEG "
        "or PNG."),
    "image.other.empty": QT_TRANSLATE_NOOP(
        "Messages", "{file} is empty (0 bytes), not an image; save the cover again as JPEG or PNG."),
    "image.other.text": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a text file, not an image; save the cover again as JPEG or PNG."),
    "image.other.unknown": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not in a format Releasedesk can read, not an image; save the cover again as "
        "JPEG or PNG."),
    "audio.corrupt.header": QT_TRANSLATE_NOOP(
        "Messages", "{file} has a damaged header that could not be read; export the master again."),
    "audio.corrupt.out_of_memory": QT_TRANSLATE_NOOP(
        "Messages", "{file} could not be decoded (out of memory); check the file."),
    "audio.corrupt.undecodable": QT_TRANSLATE_NOOP(
        "Messages", "{file} could not be decoded ({reason}); the file is damaged — export the master again."),
    "audio.corrupt.flac_header": QT_TRANSLATE_NOOP(
        "Messages", "{file} starts like a FLAC file but its header is damaged ({reason}); export the master "
        "again."),
    "audio.corrupt.no_fmt": QT_TRANSLATE_NOOP(
        "Messages", "{file} has no format (fmt) chunk, so no player can know how to play it; export the "
        "master again."),
    "audio.corrupt.no_data": QT_TRANSLATE_NOOP(
        "Messages", "{file} has no audio (no data chunk); export the master again."),
    "audio.corrupt.no_rate": QT_TRANSLATE_NOOP(
        "Messages", "{file} does not state its sample rate; export the master again."),
    "audio.corrupt.no_channels": QT_TRANSLATE_NOOP(
        "Messages", "{file} does not state how many channels it has; export it again."),
    "audio.corrupt.no_md5": QT_TRANSLATE_NOOP(
        "Messages", "{file} has no MD5 checksum in its FLAC header, so its integrity can't be proven; "
        "re-encode it with the reference flac encoder."),
    "audio.corrupt.truncated_bytes": QT_TRANSLATE_NOOP(
        "Messages", "{file} is truncated: its header promises {declared} bytes of audio but {missing} are "
        "missing; copy or export the file again."),
    "audio.corrupt.junk": QT_TRANSLATE_NOOP(
        "Messages", "{file} has {bytes} bytes after its last chunk that belong to no chunk (some players "
        "play them as noise); export the file again."),
    "audio.corrupt.decode_error": QT_TRANSLATE_NOOP(
        "Messages", "{file} is damaged and does not decode ({reason}); export or copy it again."),
    "audio.corrupt.truncated_seconds": QT_TRANSLATE_NOOP(
        "Messages", "{file} is truncated: {missing} s of the {promised} s its header promises are missing; "
        "copy or export the file again."),
    "audio.corrupt.md5_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "{file} does not match its own MD5 checksum: the audio was damaged after encoding; copy "
        "or export the file again."),
    "audio.unreadable.wav": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not a WAV file Releasedesk can read; export it again."),
    "audio.format.lossy": QT_TRANSLATE_NOOP(
        "Messages", "{file} is in {format} format, not FLAC or WAV; deliver the lossless master as FLAC or "
        "WAV (16 or 24 bit)."),
    "audio.format.wav_codec": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a WAV holding {codec} audio, not PCM; export it as uncompressed PCM WAV or "
        "FLAC."),
    "audio.format.wav_int_bits": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a WAV of {bits}-bit integer samples, an encoding Releasedesk and DSPs don't "
        "read; export it as 24-bit PCM WAV or FLAC."),
    "audio.format.wav_float_bits": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a WAV of {bits}-bit floating-point samples, an encoding Releasedesk and DSPs "
        "don't read; export it as 24-bit PCM WAV or FLAC."),
    "audio.format.id3": QT_TRANSLATE_NOOP(
        "Messages", "{file} has an ID3 tag in front of the FLAC data, which some DSPs reject; re-encode it "
        "or remove the ID3 tag (tags belong in Vorbis comments)."),
    "audio.sample_rate.too_low": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {rate} kHz; DSPs need at least 44.1 kHz — export from the original session "
        "at 44.1 kHz or higher (don't upsample)."),
    "audio.sample_rate.too_high": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {rate} kHz; DSPs accept at most 192 kHz — export at 192 kHz or lower."),
    "audio.sample_rate.unusual": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {rate} kHz, an unusual rate some DSPs refuse; export at 44.1, 48, 88.2, 96, "
        "176.4 or 192 kHz."),
    "audio.bit_depth.float": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {bits}-bit floating point; DSPs need 16- or 24-bit integer PCM — export as "
        "24-bit."),
    "audio.bit_depth.unknown": QT_TRANSLATE_NOOP(
        "Messages", "{file} does not state its bit depth; export as 16 or 24 bit."),
    "audio.bit_depth.wrong": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {bits}-bit; DSPs need 16- or 24-bit — export as {target}-bit."),
    "audio.channels.mono": QT_TRANSLATE_NOOP(
        "Messages", "{file} is mono; most DSPs expect stereo — export as stereo (both channels the same) "
        "unless the release really is mono."),
    "audio.channels.surround": QT_TRANSLATE_NOOP(
        "Messages", "{file} has {channels} channels; outside a Dolby Atmos record DSPs need stereo — deliver "
        "a stereo mix."),
    "audio.duration.short": QT_TRANSLATE_NOOP(
        "Messages", "{file} lasts {seconds} s; under 30 s a track earns no royalties on most DSPs — check "
        "this is the full track."),
    "audio.wav_format.quirks": QT_TRANSLATE_NOOP(
        "Messages", "{file} has WAV quirks some DSPs refuse ({quirks}); export it again as a plain 16- or "
        "24-bit PCM WAV (or FLAC)."),
    "list.join": "{first}; {then}",
    "list.comma": "{first}, {then}",
    "list.space": "{first} {then}",
    "wav.rifx": QT_TRANSLATE_NOOP("Messages", "big-endian RIFX file"),
    "wav.large": QT_TRANSLATE_NOOP("Messages", "{container} file (WAV over 4 GB)"),
    "wav.extensible": QT_TRANSLATE_NOOP("Messages", "WAVE_FORMAT_EXTENSIBLE header"),
    "wav.valid_bits": QT_TRANSLATE_NOOP("Messages", "{valid}-bit samples in {slot}-bit slots"),
    "wav.block_align": QT_TRANSLATE_NOOP(
        "Messages", "a block size of {declared} bytes instead of {expected}"),
    "wav.byte_rate": QT_TRANSLATE_NOOP("Messages", "a wrong byte rate"),
    "wav.fmt_after_data": QT_TRANSLATE_NOOP("Messages", "audio data before the format chunk"),
    "wav.no_riff_size": QT_TRANSLATE_NOOP(
        "Messages", "no length in the RIFF header (written by a streaming tool)"),
    "wav.no_data_size": QT_TRANSLATE_NOOP(
        "Messages", "no length in the data chunk header (written by a streaming tool)"),
    "wav.riff_size": QT_TRANSLATE_NOOP(
        "Messages", "{declared} bytes declared in the RIFF header of a {actual}-byte file"),
    "wav.missing_pad": QT_TRANSLATE_NOOP("Messages", "no pad byte after an odd-sized chunk"),
    "audio.silence.empty": QT_TRANSLATE_NOOP(
        "Messages", "{file} contains no audio at all; export the master again."),
    "audio.silence.silent": QT_TRANSLATE_NOOP(
        "Messages", "{file} is completely silent; export the right master."),
    "audio.silence.leading": QT_TRANSLATE_NOOP(
        "Messages", "{file} starts with {seconds} s of silence; trim it unless it is intended."),
    "audio.silence.trailing": QT_TRANSLATE_NOOP(
        "Messages", "{file} ends with {seconds} s of silence; trim it unless it is intended."),
    "audio.clipping": QT_TRANSLATE_NOOP(
        "Messages", "{file} clips: {samples} samples sit at full scale ({runs} runs of 3 or more); master "
        "it again with a limiter below 0 dBFS."),
    "audio.upsampled.spectrum": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {rate} kHz but has nothing above 22 kHz: it looks like an upsampled CD "
        "master; deliver the original resolution instead."),
    "audio.upsampled.padded": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {bits}-bit but its lowest {zero_bits} bits are always zero: it is a 16-bit "
        "master padded to 24; deliver it as 16-bit."),
    "image.unreadable.decode": QT_TRANSLATE_NOOP(
        "Messages", "{file} could not be read as an image ({reason}); save the cover again as JPEG or PNG."),
    "image.unreadable.damaged": QT_TRANSLATE_NOOP(
        "Messages", "{file} is damaged or truncated and can't be decoded ({reason}); save the cover again."),
    "image.format.other": QT_TRANSLATE_NOOP(
        "Messages", "{file} is in {format} format, not JPEG or PNG; save the cover as JPEG or PNG."),
    "image.format.rotated": QT_TRANSLATE_NOOP(
        "Messages", "{file} is stored rotated and relies on an EXIF orientation flag that some DSPs ignore; "
        "rotate the pixels and save it again."),
    "image.too_large.bytes": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {megabytes} MB; DSPs take at most 20 MB — save it as a JPEG at high quality."),
    "image.too_large.unsafe": QT_TRANSLATE_NOOP(
        "Messages", "{file} has too many pixels to open safely; save it at 3000×3000."),
    "image.too_large.pixels": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {width}×{height} ({megapixels} megapixels); DSPs take at most 50 megapixels "
        "— save it at 3000×3000."),
    "image.not_square": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {width}×{height}; covers must be square — crop it to {edge}×{edge}."),
    "image.too_small.dsp": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {width}×{height}; DSPs need at least 1400×1400 (3000×3000 for Apple Music) — "
        "use the original artwork."),
    "image.too_small.apple": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {width}×{height}; Apple Music needs 3000×3000 — use the original artwork at "
        "3000×3000."),
    "image.color_mode.profile": QT_TRANSLATE_NOOP(
        "Messages", "{file} has an embedded '{profile}' colour profile; convert it to sRGB so colours look "
        "the same on every DSP."),
    "image.color_mode.cmyk": QT_TRANSLATE_NOOP(
        "Messages", "{file} is CMYK (print colours); DSPs need 8-bit RGB — convert it to sRGB."),
    "image.color_mode.grayscale": QT_TRANSLATE_NOOP(
        "Messages", "{file} is grayscale; DSPs need 8-bit RGB — convert it to RGB."),
    "image.color_mode.deep": QT_TRANSLATE_NOOP(
        "Messages", "{file} has {bits} bits per channel; DSPs need 8-bit RGB — save it as 8-bit."),
    "image.color_mode.palette": QT_TRANSLATE_NOOP(
        "Messages", "{file} uses an indexed palette; save it as RGB for the best result."),
    "image.color_mode.other": QT_TRANSLATE_NOOP(
        "Messages", "{file} is in {mode} colour mode; DSPs need 8-bit RGB — convert it."),
    "image.alpha.transparent": QT_TRANSLATE_NOOP(
        "Messages", "{file} has transparent areas; DSPs need an opaque cover — flatten it onto a background "
        "and save without transparency."),
    "image.alpha.opaque": QT_TRANSLATE_NOOP(
        "Messages", "{file} has an alpha channel (fully opaque); save it without one, as a JPEG or RGB PNG."),
    "audio.not_audio.video": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a video ({format}), not audio; export the master again as FLAC or WAV."),
    "image.not_image.video": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a video, not an image; save the cover again as JPEG or PNG."),
    "video.not_video.audio": QT_TRANSLATE_NOOP(
        "Messages", "{file} is audio ({format}), not a video; export the video again as MP4 or MOV."),
    "video.not_video.image": QT_TRANSLATE_NOOP(
        "Messages", "{file} is an image ({format}), not a video; export the video again as MP4 or MOV."),
    "video.not_video.empty": QT_TRANSLATE_NOOP(
        "Messages", "{file} is empty (0 bytes); export the video again as MP4 or MOV."),
    "video.not_video.text": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a text file, not a video; export the video again as MP4 or MOV."),
    "video.not_video.unknown": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not a video in any format Releasedesk knows; export the video again as MP4 or "
        "MOV."),
    "video.format.container": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a {format} file; deliver the video as MP4 or MOV (QuickTime)."),
    "video.format.no_video": QT_TRANSLATE_NOOP(
        "Messages", "{file} has no picture (no video track); export the video again with its picture."),
    "video.format.codec": QT_TRANSLATE_NOOP(
        "Messages", "{file} is encoded as {codec}; deliver music videos as Apple ProRes or H.264 (HEVC and "
        "DNxHD are accepted too)."),
    "video.format.motion_codec": QT_TRANSLATE_NOOP(
        "Messages", "{file} is encoded as {codec}; Motion Art must be H.264 or Apple ProRes 4444."),
    "video.format.motion_prores": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {codec}; Apple asks for Motion Art in ProRes 4444 or H.264 — export it again "
        "in one of those."),
    "video.corrupt.no_moov": QT_TRANSLATE_NOOP(
        "Messages", "{file} has no movie header, so no player can open it (the export did not finish); "
        "export the video again."),
    "video.corrupt.cut": QT_TRANSLATE_NOOP(
        "Messages", "{file} is cut short before its movie header: the copy or upload did not finish; copy or "
        "export it again."),
    "video.corrupt.truncated": QT_TRANSLATE_NOOP(
        "Messages", "{file} is truncated: {missing} bytes of its pictures and sound are missing; copy or "
        "export it again."),
    "video.corrupt.damaged": QT_TRANSLATE_NOOP(
        "Messages", "{file} is damaged ({detail}); export the video again."),
    "video.corrupt.no_size": QT_TRANSLATE_NOOP(
        "Messages", "{file} does not state its picture size; export the video again."),
    "video.duration.empty": QT_TRANSLATE_NOOP(
        "Messages", "{file} holds no video frames; export the video again."),
    "video.duration.motion_art": QT_TRANSLATE_NOOP(
        "Messages", "{file} lasts {seconds} s; Motion Art must last {min} to {max} s — export a loop of that "
        "length."),
    "video.duration.av_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "{file}: its picture lasts {video} s but its sound {audio} s; export it again so both "
        "end together."),
    "video.resolution.too_small": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {width}×{height}; music videos need at least 1920×1080 — export it at full "
        "HD or larger from the original (don't upscale)."),
    "video.resolution.motion_art": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {width}×{height}; {role} needs {min_width}×{min_height} — export it at that "
        "size from the original artwork."),
    "video.aspect.pixels": QT_TRANSLATE_NOOP(
        "Messages", "{file} has non-square pixels ({ratio}); export it with square pixels (1:1)."),
    "video.aspect.not_16_9": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {width}×{height}, not 16:9; letterbox or pillarbox it inside a 16:9 frame "
        "unless the services were told otherwise."),
    "video.aspect.motion_art": QT_TRANSLATE_NOOP(
        "Messages", "{file} is {width}×{height}; {role} must be {ratio} — export it again at that shape."),
    "video.role.apple_motion_art_mobile": QT_TRANSLATE_NOOP("Messages", "Apple Motion Art for mobile (3:4)"),
    "video.role.apple_motion_art_desktop": QT_TRANSLATE_NOOP(
        "Messages", "Apple Motion Art for desktop (1:1)"),
    "video.frame_rate.variable": QT_TRANSLATE_NOOP(
        "Messages", "{file} has a variable frame rate; export it at a constant rate (the rate it was shot "
        "at)."),
    "video.frame_rate.high": QT_TRANSLATE_NOOP(
        "Messages", "{file} runs at {rate} frames per second; Apple Music takes at most 30 — keep this file "
        "for the services that take it, and export a 25 or 30 fps version for Apple."),
    "video.frame_rate.unusual": QT_TRANSLATE_NOOP(
        "Messages", "{file} runs at {rate} frames per second; deliver it at 23.976, 24, 25, 29.97 or 30, the "
        "rate it was shot at."),
    "video.interlaced.music_video": QT_TRANSLATE_NOOP(
        "Messages", "{file} is interlaced; streaming services show progressive video — export it "
        "progressive unless it really is interlaced video-sourced material."),
    "video.interlaced.motion_art": QT_TRANSLATE_NOOP(
        "Messages", "{file} is interlaced; Motion Art must be progressive — export it again progressive."),
    "video.audio.missing": QT_TRANSLATE_NOOP(
        "Messages", "{file} has no sound; a music video must carry its stereo audio — export it with the "
        "sound."),
    "video.audio.motion_art": QT_TRANSLATE_NOOP(
        "Messages", "{file} has a sound track; Motion Art must be silent — export it without audio."),
    "video.audio.several": QT_TRANSLATE_NOOP(
        "Messages", "{file} has {count} sound tracks; deliver one stereo track."),
    "video.audio.codec": QT_TRANSLATE_NOOP(
        "Messages", "{file}'s sound is {codec}; deliver it as PCM or AAC."),
    "video.audio.mono": QT_TRANSLATE_NOOP(
        "Messages", "{file}'s sound is mono; music videos need stereo sound — export it as stereo."),
    "video.audio.channels": QT_TRANSLATE_NOOP(
        "Messages", "{file}'s sound has {channels} channels; music videos need stereo — deliver a stereo "
        "mix."),
    "video.audio.sample_rate": QT_TRANSLATE_NOOP(
        "Messages", "{file}'s sound is {rate} kHz; music videos need 44.1 or 48 kHz — export the sound at "
        "48 kHz."),
    "video.loop.seam": QT_TRANSLATE_NOOP(
        "Messages", "{file} does not loop seamlessly: its last frame jumps back to the first; make the end "
        "flow into the start."),
    "video.loop.unchecked": QT_TRANSLATE_NOOP(
        "Messages", "{file}: whether it loops seamlessly was not checked, as no video decoder (ffmpeg) is "
        "installed; install ffmpeg, or watch the loop yourself."),
    "video.loop.undecodable": QT_TRANSLATE_NOOP(
        "Messages", "{file}: its first and last frames could not be decoded to check the loop; play it "
        "through and export it again if it stops."),

    # ------------------------------------------------------------------ the server's API (app.api)
    "api.auth_failed": QT_TRANSLATE_NOOP(
        "Messages", "The server refused the email and password; check them and try again."),
    "api.auth_expired": QT_TRANSLATE_NOOP(
        "Messages", "Your session on the server has expired; log in again."),
    "api.not_logged_in": QT_TRANSLATE_NOOP("Messages", "You are not logged in to the server."),
    "api.not_logged_in.profile": QT_TRANSLATE_NOOP(
        "Messages", "You are not logged in to {host} (profile '{profile}')."),
    "api.not_found": QT_TRANSLATE_NOOP("Messages", "The server has no such item."),
    "api.cancelled": QT_TRANSLATE_NOOP("Messages", "Cancelled."),
    "api.validation": QT_TRANSLATE_NOOP("Messages", "The server rejected the data: {details}."),
    "api.validation.no_details": QT_TRANSLATE_NOOP(
        "Messages", "The server rejected the data without saying why."),
    "api.not_an_address": QT_TRANSLATE_NOOP(
        "Messages", "'{url}' is not a server address; give one like https://api.example.com."),
    "api.plain_http": QT_TRANSLATE_NOOP(
        "Messages", "Refusing plain http:// for {host}: your password and token would travel unencrypted; "
        "use {url} instead."),
    "api.reason.no_name": QT_TRANSLATE_NOOP("Messages", "the name does not resolve"),
    "api.reason.refused": QT_TRANSLATE_NOOP("Messages", "connection refused"),
    "api.reason.certificate": QT_TRANSLATE_NOOP(
        "Messages", "its TLS certificate is not trusted by this computer"),
    "api.reason.timed_out": QT_TRANSLATE_NOOP("Messages", "timed out"),
    "api.rate_limited": QT_TRANSLATE_NOOP("Messages", "{host} is limiting requests; try again later."),
    "api.rate_limited.wait": QT_TRANSLATE_NOOP(
        "Messages", "{host} is limiting requests (it asks to wait {seconds} s); try again later."),
    "api.unavailable": QT_TRANSLATE_NOOP(
        "Messages", "{host} is unavailable right now (HTTP {status}, {detail}); try again later."),
    "api.offline": QT_TRANSLATE_NOOP(
        "Messages", "Cannot connect to {host} ({reason}); check the server address and your network "
        "connection."),
    "api.timeout": QT_TRANSLATE_NOOP(
        "Messages", "{host} did not answer in time; check your network connection or try again later."),
    "api.connection_lost": QT_TRANSLATE_NOOP(
        "Messages", "The connection to {host} was lost ({reason}); try again later."),
    "api.why.status": QT_TRANSLATE_NOOP("Messages", "the server answered {status}"),
    "api.why.timeout": QT_TRANSLATE_NOOP("Messages", "the server did not answer in time"),
    "api.why.lost": QT_TRANSLATE_NOOP("Messages", "the connection was lost"),
    "api.ambiguous": QT_TRANSLATE_NOOP(
        "Messages", "{request} on {host} failed and {why}: the server may or may not have saved it; check "
        "before sending it again."),
    "api.conflict": QT_TRANSLATE_NOOP("Messages", "{host} refused the change as conflicting: {detail}."),
    "api.server_failed": QT_TRANSLATE_NOOP("Messages", "{host} failed to answer (HTTP {status}: {detail})."),
    "api.refused": QT_TRANSLATE_NOOP("Messages", "{host} refused {request} (HTTP {status}): {detail}."),
    "api.login_refused": QT_TRANSLATE_NOOP("Messages", "{host} refused the login for {login}: {detail}"),
    "api.login_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "{host} could not log you in right now (HTTP {status}); try again later."),
    "api.login_no_token": QT_TRANSLATE_NOOP(
        "Messages", "{host} answered the login without a token; is {url} the right address?"),
    "api.session_expired": QT_TRANSLATE_NOOP(
        "Messages", "Your session on {host} has expired ({detail}); log in again."),
    "api.path_not_found": QT_TRANSLATE_NOOP("Messages", "{path} was not found on {host}."),
    "api.not_json": QT_TRANSLATE_NOOP(
        "Messages", "{host} sent a reply that is not JSON; is {url} the right server?"),
    "api.unexpected_reply": QT_TRANSLATE_NOOP("Messages", "{host} sent an unexpected reply."),
    "api.unreadable_item": QT_TRANSLATE_NOOP(
        "Messages", "{host} sent a {type} item this app cannot read ({reason})."),
    "api.unreadable_listing": QT_TRANSLATE_NOOP(
        "Messages", "{host} sent a {type} listing this app cannot read ({reason})."),
    "api.no_server_id": QT_TRANSLATE_NOOP(
        "Messages", "This object ({type}) has no server id yet; create it first."),
    "api.audio.missing": QT_TRANSLATE_NOOP(
        "Messages", "The audio file {path} does not exist or is not a file; choose another file."),
    "api.audio.empty": QT_TRANSLATE_NOOP("Messages", "The audio file {path} is empty; export it again."),
    "api.video.missing": QT_TRANSLATE_NOOP(
        "Messages", "The video {path} does not exist or is not a file; choose another file."),
    "api.video.empty": QT_TRANSLATE_NOOP("Messages", "The video {path} is empty; export it again."),
    "api.cover.missing": QT_TRANSLATE_NOOP(
        "Messages", "The cover image {path} does not exist or is not a file; choose another file."),
    "api.cover.empty": QT_TRANSLATE_NOOP("Messages", "The cover image {path} is empty; export it again."),
    "api.cover.format": QT_TRANSLATE_NOOP(
        "Messages", "The cover image {path} is neither JPEG nor PNG; export it as a JPEG."),
    "api.upload_cancelled": QT_TRANSLATE_NOOP("Messages", "The upload of {file} was cancelled."),
    "api.upload_changed": QT_TRANSLATE_NOOP(
        "Messages", "{file} changed while it was being sent; wait until it is finished being written and "
        "try again."),
    "api.upload_md5": QT_TRANSLATE_NOOP(
        "Messages", "The server received different bytes for {file} than were read (md5 {server} vs "
        "{local}); upload it again."),

    "label_profiles.token_refused": QT_TRANSLATE_NOOP(
        "Messages", "{host} refused the access token ({detail}); paste a new token for the connection "
        "'{connection}'."),
    "label_profiles.not_found": "{host}: {detail}.",  # the server's words only: nothing to translate
    "label_profiles.refused": QT_TRANSLATE_NOOP("Messages", "{host} refused the label: {detail}."),
    "label_profiles.not_json": QT_TRANSLATE_NOOP(
        "Messages", "{host} sent a reply that is not JSON; is {url} a label-profile server?"),
    "label_profiles.no_data": QT_TRANSLATE_NOOP(
        "Messages", "{host} sent a reply without data; is {url} a label-profile server?"),
    "label_profiles.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "{host} sent a label this app cannot read ({reason})."),
    "label_profiles.unreadable_list": QT_TRANSLATE_NOOP(
        "Messages", "{host} sent a label list this app cannot read."),

    # ------------------------------------------------------------------ connections (app.platform)
    "profile.not_found": QT_TRANSLATE_NOOP(
        "Messages", "There is no connection profile named '{name}'; sign in with it first."),
    "profile.file_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The profiles file {path} cannot be read ({reason}); fix or delete it and log in again."),
    "profile.incomplete": QT_TRANSLATE_NOOP(
        "Messages", "The connection profile '{name}' in {path} is incomplete; log in again to recreate it."),
    "secrets.no_keyring": QT_TRANSLATE_NOOP("Messages", "No system keyring is available on this computer."),
    "secrets.keyring_failed": QT_TRANSLATE_NOOP(
        "Messages", "The system keyring could not be used ({reason})."),
    "secrets.file_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The secrets file {path} cannot be read ({reason}); delete it and log in again."),

    # ------------------------------------------------------------------ import (app.services.importer)
    "import.bad_set": QT_TRANSLATE_NOOP(
        "Messages", "A product attribute is set as ATTRIBUTE=VALUE (like production-line=\"2026 Label\"); "
        "got '{item}'."),
    "import.unknown_attribute": QT_TRANSLATE_NOOP(
        "Messages", "'{name}' is not a product attribute; use one of {known}."),
    "import.not_a_number": QT_TRANSLATE_NOOP("Messages", "{name} must be a whole number; got '{value}'."),
    "import.not_a_boolean": QT_TRANSLATE_NOOP("Messages", "{name} must be true or false; got '{value}'."),
    "import.unknown_local_label": QT_TRANSLATE_NOOP(
        "Messages", "There is no label {label} in the local catalog; use a label id from the server or "
        "from the list of drafts."),
    "import.bad_label": QT_TRANSLATE_NOOP(
        "Messages", "A label is given by its id on the server (a number); got '{label}'."),
    "import.not_folder": QT_TRANSLATE_NOOP(
        "Messages", "{folder} is not a folder; give the folder that holds the release's audio files."),
    "import.no_audio": QT_TRANSLATE_NOOP(
        "Messages", "{folder} holds no FLAC or WAV files; put the release's masters in it."),
    "import.duplicate_upc": QT_TRANSLATE_NOOP(
        "Messages", "This label already has a product with UPC {upc} ({draft}); edit that draft, or "
        "discard it before importing {folder} again."),
    "import.missing.field": QT_TRANSLATE_NOOP("Messages", "the product has no {attribute}"),
    "import.missing.cover": QT_TRANSLATE_NOOP(
        "Messages", "no cover file (cover/folder/front .jpg or .png) in the folder"),
    "import.missing.track": QT_TRANSLATE_NOOP(
        "Messages", "track {position} ({file}) has no {fields}; tag the file or edit the draft"),

    # ------------------------------------------------------------------ sync (app.sync): one line per outcome
    "sync.cancelled": QT_TRANSLATE_NOOP("Messages", "sync cancelled; the rest stays queued"),
    "sync.paused": QT_TRANSLATE_NOOP("Messages", "paused: {reason}"),
    "sync.held": QT_TRANSLATE_NOOP("Messages", "held     {what}: {why}; fix it, then sync"),
    "sync.waiting": QT_TRANSLATE_NOOP("Messages", "waiting  {what}: {why}"),
    "sync.failed_queued": QT_TRANSLATE_NOOP("Messages", "failed   {what}: {why}; it stays queued"),
    "sync.no_clear_answer": QT_TRANSLATE_NOOP("Messages", "no clear answer"),
    "sync.unsure_lost": QT_TRANSLATE_NOOP(
        "Messages", "unsure   {what}: the answer was lost; the server is checked before it is sent again"),
    "sync.stop_login": QT_TRANSLATE_NOOP("Messages", "{error} Log in again, then sync: nothing was lost."),
    "sync.stop_offline": QT_TRANSLATE_NOOP("Messages", "{error} Everything stays queued."),
    "sync.rejected": QT_TRANSLATE_NOOP("Messages", "rejected {what}: {error}"),
    "sync.failed": QT_TRANSLATE_NOOP("Messages", "failed   {what}: {error}"),
    "sync.unsure": QT_TRANSLATE_NOOP("Messages", "unsure   {what}: {error}"),
    "sync.conflict": QT_TRANSLATE_NOOP("Messages", "conflict {what}: changed on the server too ({fields})"),
    "sync.sent": QT_TRANSLATE_NOOP("Messages", "sent     {what}"),
    "sync.adopted": QT_TRANSLATE_NOOP(
        "Messages", "adopted  {what}: it was already on the server; kept that one"),
    "sync.busy": QT_TRANSLATE_NOOP("Messages", "busy     {what}: {error}"),
    "sync.progress.checking": QT_TRANSLATE_NOOP("Messages", "checking '{file}'"),
    "lp.deleted_on_server": QT_TRANSLATE_NOOP(
        "Messages", "This label was deleted on the server; delete it here or make it again."),
    "lp.store_newer": QT_TRANSLATE_NOOP(
        "Messages", "The label-profile file {path} was written by a newer Releasedesk; update the app."),
    "lp.store_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The label-profile file {path} cannot be opened ({reason}); move it away and refresh "
        "from the server."),
    "account.no_password": QT_TRANSLATE_NOOP("Messages", "No password was given; type it when asked."),
    "drafts.unknown": QT_TRANSLATE_NOOP("Messages", "There is no draft {draft}; the drafts list shows them."),

    "sync.file_gone.cover": QT_TRANSLATE_NOOP(
        "Messages", "The cover image {path} is gone; attach the file again."),
    "sync.file_gone.master": QT_TRANSLATE_NOOP(
        "Messages", "The audio master {path} is gone; attach the file again."),
    "sync.file_gone.video": QT_TRANSLATE_NOOP(
        "Messages", "The video {path} is gone; drop the file again."),
    "sync.check_cancelled": QT_TRANSLATE_NOOP("Messages", "The check of {file} was cancelled."),
    "sync.unknown_operation": QT_TRANSLATE_NOOP("Messages", "Unknown operation '{op}' in the outbox."),
    "sync.refresh_cancelled": QT_TRANSLATE_NOOP(
        "Messages", "The refresh was cancelled; what was read so far is kept."),

    # ------------------------------------------------------------------ trends (app.services.trends)
    "trends.bad_date": QT_TRANSLATE_NOOP(
        "Messages", "The {field} date '{value}' is not a date; write it as YYYY-MM-DD."),
    "trends.range_reversed": QT_TRANSLATE_NOOP(
        "Messages", "The range ends ({until}) before it starts ({since}); swap the two dates."),
    "trends.range_too_long": QT_TRANSLATE_NOOP(
        "Messages", "A trends range covers at most {days} days; ask for a shorter range."),
    "trends.download_failed": QT_TRANSLATE_NOOP(
        "Messages", "{host} refused the trends file (HTTP {status}); ask for the trends again."),
    "trends.no_connection": QT_TRANSLATE_NOOP(
        "Messages", "Trends are fetched from the server; sign in first."),
    "trends.extract_failed": QT_TRANSLATE_NOOP(
        "Messages", "The server could not prepare the trends (extract {id}); try again later."),
    "trends.extract_timeout": QT_TRANSLATE_NOOP(
        "Messages", "The trends (extract {id}) were not ready after {seconds} s; try again later."),
    "trends.nothing_cached": QT_TRANSLATE_NOOP(
        "Messages", "The server cannot be reached and no trends of this scope were fetched before; "
        "connect and fetch them once."),
    "trends.bad_csv": QT_TRANSLATE_NOOP(
        "Messages", "The trends file from the server is unreadable at line {line} ({reason})."),
    "trends.offline": QT_TRANSLATE_NOOP(
        "Messages", "Offline: showing the trends cached on {date}."),
    "trends.fetched": QT_TRANSLATE_NOOP("Messages", "Trends fetched on {date}."),
    "trends.bad_scope": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a server id; product, artist and label ids are digits."),
    "cli.trends.csv_written": QT_TRANSLATE_N_NOOP("Messages", "%n row(s) written to {file}."),
    "cli.trends.no_streams": QT_TRANSLATE_NOOP("Messages", "No streams in this range."),
    "cli.trends.cannot_write": QT_TRANSLATE_NOOP(
        "Messages", "Cannot write {file} ({reason}); choose another file."),
    # ------------------------------------------------------------------ the local catalog (app.store)
    "store.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The catalog file {path} cannot be opened ({reason}); move it aside and refresh the "
        "catalog from the server."),
    "store.newer_schema": QT_TRANSLATE_NOOP(
        "Messages", "This catalog was written by a newer Releasedesk (schema {version}); update the app."),
    "store.no_object": QT_TRANSLATE_NOOP(
        "Messages", "There is no object {id} in the local catalog; refresh the list."),
    "store.no_product": QT_TRANSLATE_NOOP(
        "Messages", "There is no product {id} in the local catalog; refresh the list."),
    "store.cover_sent": QT_TRANSLATE_NOOP(
        "Messages", "The cover of {id} was already sent; choose the old cover again instead of undoing."),
    "store.file_sent": QT_TRANSLATE_NOOP(
        "Messages", "The video {id} was already sent or is being uploaded; drop the old file again "
        "instead of undoing."),
    "store.master_sent": QT_TRANSLATE_NOOP(
        "Messages", "The master {id} was already sent or is being uploaded; attach the old file again "
        "instead of undoing."),
    "store.being_sent": QT_TRANSLATE_NOOP(
        "Messages", "{id} is being sent right now; wait for the sync to finish."),
    "store.conflict_choice": QT_TRANSLATE_NOOP(
        "Messages", "Choose 'mine' or 'theirs' to resolve a conflict."),
    "store.not_in_conflict": QT_TRANSLATE_NOOP("Messages", "{field} of {id} is not in conflict."),
    "store.wrong_kind": QT_TRANSLATE_NOOP("Messages", "{id} is a {actual}, not a {expected}."),
    "store.not_editable": QT_TRANSLATE_NOOP(
        "Messages", "'{name}' is not an editable field of a {kind}; editable fields are {fields}."),
    "store.follows_parent": QT_TRANSLATE_NOOP(
        "Messages", "A {kind}'s {name} follows the {parent} it belongs to; move it instead."),
    "store.not_draftable": QT_TRANSLATE_NOOP(
        "Messages", "A {kind} cannot be drafted here; it comes from the server."),
    "store.not_editable_kind": QT_TRANSLATE_NOOP(
        "Messages", "A {kind} comes from the server and cannot be edited here."),
    "store.unknown_kind": QT_TRANSLATE_NOOP(
        "Messages", "'{kind}' is not a kind of object Releasedesk stores; use one of {kinds}."),
    "store.file_unreadable.cover": QT_TRANSLATE_NOOP(
        "Messages", "The cover {path} cannot be read; check that the file exists."),
    "store.file_unreadable.master": QT_TRANSLATE_NOOP(
        "Messages", "The audio master {path} cannot be read; check that the file exists."),
    "store.file_unreadable.video": QT_TRANSLATE_NOOP(
        "Messages", "The video {path} cannot be read; check that the file exists."),
    "store.not_a_file.video": QT_TRANSLATE_NOOP("Messages", "The video {path} is not a file; choose a file."),
    "store.wrong_parent": QT_TRANSLATE_NOOP(
        "Messages", "The track {id} is not on the product {parent}; drop the video on one of its tracks."),
    "store.motion_art_kind": QT_TRANSLATE_NOOP(
        "Messages", "'{kind}' is not a kind of Motion Art; use one of {kinds}."),
    "store.not_a_file.cover": QT_TRANSLATE_NOOP("Messages", "The cover {path} is not a file; choose a file."),
    "store.not_a_file.master": QT_TRANSLATE_NOOP(
        "Messages", "The audio master {path} is not a file; choose a file."),

    # -------------------------------------------------------------- label profiles (app.domain.label_profile)
    "label_profile.name": QT_TRANSLATE_NOOP("Messages", "The label name is empty; give the label a name."),
    "label_profile.email": QT_TRANSLATE_NOOP(
        "Messages", "The email “{email}” is not a valid address; write it like contact@example.com or "
        "leave it empty."),
    "label_profile.country": QT_TRANSLATE_NOOP(
        "Messages", "The country “{country}” is not an ISO 3166 country code; pick one from the list (for "
        "example US, GB or RW)."),
    "label_profile.country_emptied": QT_TRANSLATE_NOOP(
        "Messages", "The country cannot be emptied once the label exists; pick one from the list."),

    # ------------------------------------------------------------------ delivery (app.services.delivery)
    "delivery.bad_date": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a date; write it as YYYY-MM-DD."),
    "delivery.no_dsp": QT_TRANSLATE_NOOP("Messages", "Name at least one DSP to deliver to."),
    "delivery.unknown_dsp": QT_TRANSLATE_NOOP(
        "Messages", "There is no DSP named '{name}' on this server; known DSPs: {known}."),
    "delivery.no_upload_identification": QT_TRANSLATE_NOOP(
        "Messages", "{dsp} has no upload identification on this server; ask the distributor to set up "
        "delivery to it."),
    "delivery.unknown_subgenre": QT_TRANSLATE_NOOP(
        "Messages", "There is no subgenre '{value}'; use a name like {examples}."),
    "delivery.unknown_territory": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is neither WW, a continent nor a two-letter territory code (like FR)."),
    "delivery.bad_type": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a delivery type; use delivery, update, redelivery or delete."),
    "delivery.bad_priority": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a priority; use normal or urgent (next needs an explicit "
        "confirmation)."),
    "delivery.next_unconfirmed": QT_TRANSLATE_NOOP(
        "Messages", "Priority 'next' skips the checks and uses the daily quota of {quota}; confirm it "
        "explicitly."),
    "delivery.no_subgenre": QT_TRANSLATE_NOOP("Messages", "The default offer has no subgenre; choose one."),
    "delivery.no_release_date": QT_TRANSLATE_NOOP(
        "Messages", "The default offer has no release date; choose one."),
    "delivery.gone": QT_TRANSLATE_NOOP(
        "Messages", "This object ({kind} {ref}) is not on the server any more; refresh and try again."),
    "delivery.no_default_offer": QT_TRANSLATE_NOOP(
        "Messages", "Product {product} has no default offer on the server; the server creates one with the "
        "product."),
    "delivery.task_running": QT_TRANSLATE_NOOP(
        "Messages", "Task {task} is still {status}; wait until it ends."),
    "delivery.step": "{step}: {outcome} - {detail}",
    "delivery.step.rights": QT_TRANSLATE_NOOP("Messages", "rights"),
    "delivery.step.default_offer": QT_TRANSLATE_NOOP("Messages", "default offer"),
    "delivery.step.validate_offer": QT_TRANSLATE_NOOP("Messages", "validate offer"),
    "delivery.step.activate": QT_TRANSLATE_NOOP("Messages", "activate"),
    "delivery.step.artists": QT_TRANSLATE_NOOP("Messages", "artists"),
    "delivery.step.dsp_offer": QT_TRANSLATE_NOOP("Messages", "DSP offer"),
    "delivery.step.send_task": QT_TRANSLATE_NOOP("Messages", "send task"),
    "delivery.outcome.done": QT_TRANSLATE_NOOP("Messages", "done"),
    "delivery.outcome.skipped": QT_TRANSLATE_NOOP("Messages", "skipped"),
    "delivery.outcome.blocked": QT_TRANSLATE_NOOP("Messages", "blocked"),
    "delivery.rights.added": QT_TRANSLATE_NOOP("Messages", "added a right for {dsps} in {territories}"),
    "delivery.rights.covered": QT_TRANSLATE_NOOP("Messages", "rights already cover {dsps}"),
    "delivery.offer.change": "{field} {value}",
    "delivery.offer.set": QT_TRANSLATE_NOOP("Messages", "set {changes}"),
    "delivery.offer.already_set": QT_TRANSLATE_NOOP("Messages", "release date and subgenre already set"),
    "delivery.offer.activated": QT_TRANSLATE_NOOP("Messages", "default offer is active"),
    "delivery.offer.already_active": QT_TRANSLATE_NOOP("Messages", "default offer already active"),
    "delivery.activate.blocked": QT_TRANSLATE_N_NOOP(
        "Messages", "%n problem(s) block activation: {problems}"),
    "delivery.activate.not_confirmed": QT_TRANSLATE_NOOP("Messages", "activation was not confirmed"),
    "delivery.activate.done": QT_TRANSLATE_NOOP("Messages", "product is active"),
    "delivery.activate.done_new": QT_TRANSLATE_NOOP("Messages", "product is active; new artists: {artists}"),
    "delivery.activate.already": QT_TRANSLATE_NOOP("Messages", "product already active"),
    "delivery.artist.existing": QT_TRANSLATE_NOOP("Messages", "{name} -> artist {id} (priority {priority})"),
    "delivery.artist.new": QT_TRANSLATE_NOOP("Messages", "{name} -> a new artist"),
    "delivery.artists.none": QT_TRANSLATE_NOOP("Messages", "no credited names"),
    "delivery.dsp_offer.exists": QT_TRANSLATE_NOOP("Messages", "{dsp} already has an active offer"),
    "delivery.dsp_offer.created": QT_TRANSLATE_NOOP("Messages", "offer for {dsp} created"),
    "delivery.task.in_flight": QT_TRANSLATE_NOOP("Messages", "{dsp}: task {task} is already {status}"),
    "delivery.task.delivered": QT_TRANSLATE_NOOP("Messages", "{dsp}: already delivered (task {task})"),
    "delivery.task.created": QT_TRANSLATE_NOOP("Messages", "{dsp}: task {task} ({type}, {priority})"),
    "field.release_date": QT_TRANSLATE_NOOP("Messages", "release date"),
    "field.preorder_date": QT_TRANSLATE_NOOP("Messages", "preorder date"),
    "field.subgenre_id": QT_TRANSLATE_NOOP("Messages", "subgenre"),
    "field.subgenre2_id": QT_TRANSLATE_NOOP("Messages", "second subgenre"),

    # ------------------------------------------------------------------ reports and counts (both faces)
    "severity.error": QT_TRANSLATE_NOOP("Messages", "error"),
    "severity.warning": QT_TRANSLATE_NOOP("Messages", "warning"),
    "check.summary.files": QT_TRANSLATE_N_NOOP("Messages", "%n file(s) checked"),
    "check.summary.errors": QT_TRANSLATE_N_NOOP("Messages", "%n error(s)"),
    "check.summary.warnings": QT_TRANSLATE_N_NOOP("Messages", "%n warning(s)"),
    "check.summary": QT_TRANSLATE_NOOP("Messages", "{files}: {errors}, {warnings}."),
    "check.progress": QT_TRANSLATE_NOOP("Messages", "checked {count}: {file}"),
    "check.float": QT_TRANSLATE_NOOP("Messages", "float"),
    "check.mono": QT_TRANSLATE_NOOP("Messages", "mono"),
    "check.stereo": QT_TRANSLATE_NOOP("Messages", "stereo"),
    "check.channels": QT_TRANSLATE_N_NOOP("Messages", "%n ch"),
    "check.missing": QT_TRANSLATE_NOOP("Messages", "{path} does not exist and was not checked."),
    "check.png_written": QT_TRANSLATE_N_NOOP("Messages", "%n picture(s) of masters written to {folder}."),
    "check.png_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The picture of {file} could not be written to {folder} ({reason}); choose a writable folder."),
    "check.png_folder": QT_TRANSLATE_NOOP(
        "Messages", "{folder} can't hold the pictures ({reason}); name a folder you can write to."),
    "count.products": QT_TRANSLATE_N_NOOP("Messages", "%n product(s)"),
    "count.products_found": QT_TRANSLATE_N_NOOP("Messages", "%n product(s) found"),
    "count.tasks_shown": QT_TRANSLATE_N_NOOP("Messages", "{shown} of %n task(s)"),
    "count.blockers": QT_TRANSLATE_N_NOOP("Messages", "%n problem(s) block activation of “{name}”."),
    "count.warnings": QT_TRANSLATE_N_NOOP("Messages", "%n warning(s)."),
    "count.add_tracks": QT_TRANSLATE_N_NOOP("Messages", "Add %n track(s)"),
    "count.tasks_under_way": QT_TRANSLATE_N_NOOP(
        "Messages", "%n send task(s) under way; follow them in the dashboard."),
    "count.credited_names": QT_TRANSLATE_N_NOOP("Messages", "%n credited name(s)."),
    "count.rules": QT_TRANSLATE_N_NOOP("Messages", "%n rule(s)."),
    "count.label_profiles": QT_TRANSLATE_N_NOOP("Messages", "%n label profile(s)"),
    "count.deliveries_failed_short": QT_TRANSLATE_N_NOOP("Messages", "%n deliver(y|ies) failed"),
    "count.deliveries_completed": QT_TRANSLATE_N_NOOP("Messages", "%n deliver(y|ies) completed."),
    "count.deliveries_failed": QT_TRANSLATE_N_NOOP(
        "Messages", "%n deliver(y|ies) failed; see the dashboard for the reasons."),
    "count.status": QT_TRANSLATE_N_NOOP("Messages", "{status}: %n"),
    "outbox.conflict.fields": QT_TRANSLATE_NOOP("Messages", "changed on the server too: {fields}"),
    "outbox.conflict.choose": QT_TRANSLATE_NOOP(
        "Messages", "Changed here and on the server; choose which to keep."),
    "drafts.conflict_field": QT_TRANSLATE_NOOP("Messages", "{field}: mine {mine}, server {theirs}"),
    "drafts.last_try": QT_TRANSLATE_NOOP("Messages", "last try: {error}"),
    "outbox.create": QT_TRANSLATE_NOOP("Messages", "create {subject}"),
    "outbox.update": QT_TRANSLATE_NOOP("Messages", "update {subject} ({fields})"),
    "outbox.upload_cover": QT_TRANSLATE_NOOP("Messages", "upload cover '{file}' for product '{product}'"),
    "outbox.check_replaced": QT_TRANSLATE_NOOP("Messages", "check the replaced master '{file}' of {track}"),
    "outbox.upload_master": QT_TRANSLATE_NOOP("Messages", "upload master '{file}' for {track}"),
    "outbox.upload_video": QT_TRANSLATE_NOOP("Messages", "upload video '{file}' for product '{product}'"),
    "outbox.upload_attachment": QT_TRANSLATE_NOOP(
        "Messages", "upload Motion Art '{file}' for product '{product}'"),
    "outbox.subject.video": QT_TRANSLATE_NOOP("Messages", "video '{name}'"),
    "outbox.subject.track_video": QT_TRANSLATE_NOOP("Messages", "the video link of track '{name}'"),
    "outbox.waits_for": QT_TRANSLATE_NOOP("Messages", "waits for {subject} ({state})"),
    "outbox.subject.product": QT_TRANSLATE_NOOP("Messages", "product '{name}'"),
    "outbox.subject.label": QT_TRANSLATE_NOOP("Messages", "label '{name}'"),
    "outbox.subject.other": "{kind} '{name}'",
    "outbox.subject.some_track": QT_TRANSLATE_NOOP("Messages", "a track"),
    "outbox.subject.track_id": QT_TRANSLATE_NOOP("Messages", "track {id}"),
    "outbox.subject.track_at": QT_TRANSLATE_NOOP("Messages", "track {position} '{name}' of '{product}'"),
    "outbox.subject.track_of": QT_TRANSLATE_NOOP("Messages", "track '{name}' of '{product}'"),
    "check.nothing": QT_TRANSLATE_NOOP(
        "Messages", "nothing to check: {paths} does not exist; give audio files, covers or folders."),
    "sandbox.remote_host": QT_TRANSLATE_NOOP(
        "Messages", "The sandbox only listens on this machine (127.0.0.1); {host} is not a loopback address. "
        "Serving others means plain http: allow it only on a network you trust."),
    "sandbox.listen_failed": QT_TRANSLATE_NOOP(
        "Messages", "The sandbox cannot listen on {address} ({reason}); choose another port or stop what "
        "uses it."),
    "sandbox.dialect_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown dialect '{dialect}'; use limbo or labelcamp."),
    "sandbox.data_unusable": QT_TRANSLATE_NOOP(
        "Messages", "The sandbox data in {folder} cannot be used ({reason}); choose another data folder."),
    "sandbox.start_failed": QT_TRANSLATE_NOOP("Messages", "The sandbox could not start ({reason})."),
    "sandbox.start_timeout": QT_TRANSLATE_NOOP(
        "Messages", "The sandbox did not start within {seconds} seconds."),
    "sandbox.cli.port": QT_TRANSLATE_NOOP("Messages", "The port must be between 0 and 65535, not {port}."),
    "sandbox.cli.delivery_seconds": QT_TRANSLATE_NOOP(
        "Messages", "The delivery time cannot be negative."),
    "sandbox.cli.token_ttl": QT_TRANSLATE_NOOP("Messages", "A token's lifetime must be more than 0 seconds."),
    "sandbox.cli.data_is_file": QT_TRANSLATE_NOOP(
        "Messages", "{path} is a file; give a folder for the sandbox's data."),
    "cli.interrupted": QT_TRANSLATE_NOOP("Messages", "interrupted."),
    "cli.sync.refreshed": QT_TRANSLATE_N_NOOP("Messages", "Catalog read from the server: %n product(s)."),
    "secrets.memory_only": QT_TRANSLATE_NOOP(
        "Messages", "No system keyring is available; your login is kept in memory for this run only."),
    "cli.unexpected": QT_TRANSLATE_NOOP(
        "Messages", "something unexpected went wrong ({kind}). Nothing was lost; details are in {log}."),
    "cli.unknown_command": QT_TRANSLATE_NOOP(
        "Messages", "'{word}' is not a releasedesk command, nor a file that exists. Commands: {commands}."),
    "cli.unknown_command.close": QT_TRANSLATE_NOOP(
        "Messages", "'{word}' is not a releasedesk command, nor a file that exists. Did you mean "
        "'{closest}'? Commands: {commands}."),
    "check.nothing_in_folders": QT_TRANSLATE_NOOP(
        "Messages", "nothing to check: {paths} holds no audio files or covers; give the release's files or "
        "the folder that holds them."),
    "check.empty_folder": QT_TRANSLATE_NOOP(
        "Messages", "{path} holds no audio files or covers; nothing in it was checked."),

    # ------------------------------------------------------------------ the command line's own lines
    "cli.import.draft": QT_TRANSLATE_N_NOOP(
        "Messages", "Draft {draft}: “{name}” with %n track(s), {cover}."),
    "cli.import.no_cover": QT_TRANSLATE_NOOP("Messages", "no cover"),
    "cli.import.skipped": QT_TRANSLATE_NOOP("Messages", "skipped {file}: only FLAC and WAV masters are sent"),
    "cli.import.missing": QT_TRANSLATE_NOOP("Messages", "Missing:"),
    "cli.import.nothing_missing": QT_TRANSLATE_NOOP(
        "Messages", "Nothing missing for the server to accept it."),
    "cli.import.media_check": QT_TRANSLATE_NOOP("Messages", "Media check:"),
    "cli.import.media_ok": QT_TRANSLATE_NOOP("Messages", "Media check: no problems."),
    "cli.import.not_sent": QT_TRANSLATE_NOOP("Messages", "Nothing was sent; run '{command}' to send it."),
    "cli.drafts.discarded": QT_TRANSLATE_NOOP("Messages", "Discarded {draft}."),
    "cli.drafts.none": QT_TRANSLATE_NOOP("Messages", "No drafts."),
    "cli.drafts.on_server": QT_TRANSLATE_NOOP("Messages", "(id {id} on the server)"),
    "cli.drafts.product": QT_TRANSLATE_NOOP("Messages", "product"),
    "cli.drafts.count": QT_TRANSLATE_N_NOOP("Messages", "%n draft(s)"),
    "cli.drafts.unsent": QT_TRANSLATE_N_NOOP("Messages", "%n not yet synced"),
    "cli.drafts.queued": QT_TRANSLATE_N_NOOP("Messages", "%n operation(s) queued"),
    "cli.drafts.summary": QT_TRANSLATE_NOOP("Messages", "{drafts}, {unsent}, {queued}."),
    "cli.sync.nothing": QT_TRANSLATE_NOOP("Messages", "Nothing to send: every draft is synced."),
    "cli.sync.remaining": QT_TRANSLATE_N_NOOP("Messages", "%n operation(s) still queued"),
    "cli.sync.requests": QT_TRANSLATE_N_NOOP("Messages", "%n request(s)"),
    "cli.sync.summary": QT_TRANSLATE_NOOP(
        "Messages", "{sent} sent, {rejected} rejected, {conflicts} in conflict, {failed} failed; {remaining} "
        "({requests}, {seconds} s)."),
    "cli.sync.see_drafts": QT_TRANSLATE_NOOP("Messages", "Run '{command}' to see what is waiting and why."),
    "cli.account.password": QT_TRANSLATE_NOOP("Messages", "Password for {email} on {server}: "),
    "cli.account.logged_in": QT_TRANSLATE_NOOP(
        "Messages", "Logged in to {server} ({dialect}) as {user}; profile '{profile}' saved."),
    "cli.account.logged_out": QT_TRANSLATE_NOOP("Messages", "Logged out of {server} (profile '{profile}')."),
    "cli.account.user": QT_TRANSLATE_NOOP("Messages", "User: {user}"),
    "cli.account.distributor": QT_TRANSLATE_NOOP("Messages", "Distributor: {name} (id {id})"),
    "cli.account.company": QT_TRANSLATE_NOOP("Messages", "Company: {name} (id {id})"),
    "cli.account.server": QT_TRANSLATE_NOOP("Messages", "Server: {server} ({dialect}), profile '{profile}'"),
    "cli.deliver.next_quota": QT_TRANSLATE_NOOP("Messages", "Priority next: {used} of {quota} used today."),
    "cli.deliver.not_delivered": QT_TRANSLATE_NOOP(
        "Messages", "the product was not delivered; fix the problems above and run the same command again."),
    "cli.deliver.task": QT_TRANSLATE_NOOP("Messages", "{dsp}: task {task} {status}"),
    "cli.deliver.task_reason": QT_TRANSLATE_NOOP("Messages", "{dsp}: task {task} {status} ({reason})"),
    "cli.deliver.created": QT_TRANSLATE_NOOP("Messages", "created"),
    "cli.deliver.new": QT_TRANSLATE_NOOP("Messages", "new"),
    "cli.deliver.change": QT_TRANSLATE_NOOP("Messages", "{dsp}: task {task} {old} -> {new}"),
    "cli.deliver.change_reason": QT_TRANSLATE_NOOP("Messages", "{dsp}: task {task} {old} -> {new}: {reason}"),
    "cli.deliver.stopped": QT_TRANSLATE_N_NOOP(
        "Messages", "stopped waiting; %n task(s) not finished yet ({tasks}). Run '{command}' to follow "
        "them."),
    "cli.deliveries.none": QT_TRANSLATE_NOOP("Messages", "No deliveries."),
    "cli.deliveries.none_for": QT_TRANSLATE_NOOP("Messages", "No deliveries for product {product}."),
    "cli.deliveries.finished": QT_TRANSLATE_NOOP("Messages", "Every delivery has finished."),
    "cli.sandbox.ready": QT_TRANSLATE_NOOP("Messages", "Sandbox ready at {url}"),
    "cli.sandbox.remote": QT_TRANSLATE_NOOP(
        "Messages", "Warning: plain http, reachable from the network: use demo data only."),
    "cli.sandbox.api": QT_TRANSLATE_NOOP("Messages", "API base URL: {url}"),
    "cli.sandbox.login": QT_TRANSLATE_NOOP("Messages", "Login: {email} / {password}"),
    "cli.sandbox.data": QT_TRANSLATE_NOOP("Messages", "Data: {folder}"),
    "cli.sandbox.stop": QT_TRANSLATE_NOOP("Messages", "Press Ctrl-C to stop."),
    "cli.sandbox.stopped": QT_TRANSLATE_NOOP("Messages", "Sandbox stopped."),
    "cli.poll_interval": QT_TRANSLATE_NOOP("Messages", "The polling interval must be more than 0 seconds."),
    "cli.sandbox.lp_ready": QT_TRANSLATE_NOOP("Messages", "Label-profiles sandbox ready at {url}"),
    "cli.sandbox.lp_expires": QT_TRANSLATE_NOOP(
        "Messages", "The token expires in {seconds} s. Press Ctrl-C to stop."),
    # after delivery: live states, artist links, tags, factories (app/services/live.py, bulk.py)
    "live.offline_only": QT_TRANSLATE_NOOP(
        "Messages", "This needs the server, and it cannot be reached now."),
    "live.not_cached": QT_TRANSLATE_NOOP(
        "Messages", "The server cannot be reached and product {product}'s live states were never read "
        "on this machine."),
    "live.unknown_service": QT_TRANSLATE_NOOP(
        "Messages", "Unknown service '{service}'; choose one of {known}."),
    "live.bad_spotify_id": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a Spotify artist id: paste the 22-character id or the artist's "
        "open.spotify.com link."),
    "live.bad_apple_id": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not an Apple Music artist id: paste the number or the artist's "
        "music.apple.com link."),
    "bulk.unknown_products": QT_TRANSLATE_N_NOOP(
        "Messages", "The server has no product with %n of these ids: {ids}."),
    "bulk.bad_type": QT_TRANSLATE_NOOP(
        "Messages", "Unknown delivery type '{type}'; choose one of {known}."),
    "bulk.no_products": QT_TRANSLATE_NOOP("Messages", "No products were chosen."),
    "bulk.no_tagged": QT_TRANSLATE_NOOP("Messages", "No product carries the tag '{tag}'."),
    "bulk.over_quota": QT_TRANSLATE_N_NOOP(
        "Messages", "%n next-priority task(s) are more than the daily quota of {quota}; choose urgent."),
    "bulk.not_a_problem": QT_TRANSLATE_NOOP(
        "Messages", "Task {task} is {status}; only a stuck or failed task is redelivered."),
    "tag.bad_name": QT_TRANSLATE_NOOP(
        "Messages", "A tag name is 1 to 100 characters; '{tag}' is not."),
    "tag.unknown_product": QT_TRANSLATE_NOOP(
        "Messages",
        "The local catalog has no product with id {product}; read the catalog from the server first."),
    "cli.live.title": QT_TRANSLATE_NOOP("Messages", "{name} (product {product})"),
    "cli.live.none": QT_TRANSLATE_NOOP("Messages", "Not live anywhere yet: no delivery completed."),
    "cli.live.offline": QT_TRANSLATE_NOOP(
        "Messages", "The server cannot be reached: these are the states last read."),
    "cli.live.playlists": QT_TRANSLATE_N_NOOP("Messages", "On %n playlist(s):"),
    "cli.live.playlist": QT_TRANSLATE_NOOP(
        "Messages", "{name} on {dsp}: {track} at #{position}, {followers} followers, added {added}  {url}"),
    "cli.live.no_playlists": QT_TRANSLATE_NOOP("Messages", "On no playlist yet."),
    "cli.tag.added": QT_TRANSLATE_NOOP(
        "Messages", "Tag '{tag}' added to {product}; it is sent with the next sync."),
    "cli.tag.removed": QT_TRANSLATE_NOOP(
        "Messages", "Tag '{tag}' removed from {product}; it is sent with the next sync."),
    "cli.tag.unchanged": QT_TRANSLATE_NOOP("Messages", "Nothing to change: {product}'s tags are {tags}."),
    "cli.bulk.plan": QT_TRANSLATE_N_NOOP(
        "Messages", "One factory, %n task(s): {type} of {products} to {dsps}."),
    "cli.bulk.created": QT_TRANSLATE_NOOP(
        "Messages", "Factory {factory}: {completed} completed, {waiting} waiting, {sending} sending, "
        "{error} in error, {stuck} stuck."),
    "cli.bulk.product": QT_TRANSLATE_NOOP("Messages", "{name} ({product}): {status}"),
    "cli.bulk.problem": QT_TRANSLATE_NOOP("Messages", "{name} ({product}) on {dsp}: {status}: {reason}"),
}
