"""Base data present in every sandbox, demo or not, so the documented tutorial's ids work unchanged.

Ids that the documents name are kept: distributor 1, company 1, product-types 1-4, languages 3 German /
4 English / 5 Spanish, dsps 1 Spotify / 2 Apple Music / 23, dsp-upload-identification 1876 (Apple),
continent 1 = WW, subgenres 1 and 2.

Apple: the tutorial grants a right on DSP 23 and then delivers through upload identification 1876
(Apple). So that the tutorial ends in ``completed``, DSP 23 is Apple's download store (iTunes) and the
"Apple" upload identification feeds both Apple DSPs (2 Apple Music and 23 iTunes), as Apple's real
single delivery channel does; its ``dsp`` relationship names Apple Music.
"""

from __future__ import annotations

import hashlib
from typing import Any

from app.sandbox.geo import TERRITORIES

DEMO_EMAIL = "demo@example.com"
DEMO_PASSWORD = "demo"

PRODUCT_TYPES = ("Album", "Single", "EP", "Video")

# index + 1 = id; 3 German, 4 English, 5 Spanish as documented.
LANGUAGES = (
    "Catalan",
    "French",
    "German",
    "English",
    "Spanish",
    "Italian",
    "Portuguese",
    "Dutch",
    "Swedish",
    "Norwegian",
    "Danish",
    "Finnish",
    "Icelandic",
    "Polish",
    "Czech",
    "Slovak",
    "Hungarian",
    "Romanian",
    "Bulgarian",
    "Greek",
    "Turkish",
    "Russian",
    "Ukrainian",
    "Belarusian",
    "Serbian",
    "Croatian",
    "Bosnian",
    "Slovenian",
    "Macedonian",
    "Albanian",
    "Lithuanian",
    "Latvian",
    "Estonian",
    "Irish",
    "Welsh",
    "Scottish Gaelic",
    "Breton",
    "Basque",
    "Galician",
    "Occitan",
    "Corsican",
    "Luxembourgish",
    "Maltese",
    "Armenian",
    "Georgian",
    "Azerbaijani",
    "Kazakh",
    "Uzbek",
    "Turkmen",
    "Kyrgyz",
    "Tajik",
    "Mongolian",
    "Arabic",
    "Hebrew",
    "Persian",
    "Kurdish",
    "Pashto",
    "Urdu",
    "Hindi",
    "Bengali",
    "Punjabi",
    "Gujarati",
    "Marathi",
    "Tamil",
    "Telugu",
    "Kannada",
    "Malayalam",
    "Sinhala",
    "Nepali",
    "Oriya",
    "Assamese",
    "Chinese",
    "Cantonese",
    "Japanese",
    "Korean",
    "Vietnamese",
    "Thai",
    "Lao",
    "Khmer",
    "Burmese",
    "Malay",
    "Indonesian",
    "Javanese",
    "Sundanese",
    "Tagalog",
    "Cebuano",
    "Maori",
    "Samoan",
    "Tongan",
    "Fijian",
    "Hawaiian",
    "Swahili",
    "Amharic",
    "Tigrinya",
    "Somali",
    "Oromo",
    "Hausa",
    "Yoruba",
    "Igbo",
    "Fulah",
    "Wolof",
    "Bambara",
    "Lingala",
    "Kinyarwanda",
    "Kirundi",
    "Luganda",
    "Zulu",
    "Xhosa",
    "Afrikaans",
    "Sesotho",
    "Setswana",
    "Shona",
    "Chichewa",
    "Malagasy",
    "Haitian Creole",
    "Cape Verdean Creole",
    "Papiamento",
    "Quechua",
    "Aymara",
    "Guarani",
    "Nahuatl",
    "Greenlandic",
    "Inuktitut",
    "Faroese",
    "Sami",
    "Frisian",
    "Romansh",
    "Yiddish",
    "Latin",
    "Esperanto",
    "Sanskrit",
    "Tibetan",
    "Uyghur",
    "Dzongkha",
    "Divehi",
    "Tatar",
    "Bashkir",
    "Chechen",
    "Ossetian",
    "Abkhazian",
    "Kashmiri",
    "Sindhi",
    "Kurmanji",
    "Sorani",
    "Hmong",
    "Bislama",
    "Tok Pisin",
    "Instrumental",
    "Multiple languages",
    "Other",
)

DSPS = (
    "Spotify",
    "Apple Music",
    "Amazon Music",
    "Deezer",
    "Tidal",
    "YouTube Music",
    "SoundCloud",
    "Napster",
    "Pandora",
    "Anghami",
    "Boomplay",
    "KKBox",
    "TikTok",
    "Facebook / Instagram",
    "Beatport",
    "Juno Download",
    "Audiomack",
    "NetEase Cloud Music",
    "Tencent Music",
    "JioSaavn",
    "Qobuz",
    "7digital",
    "iTunes",
)
APPLE_DSP_IDS = ("2", "23")
APPLE_DUI_ID = 1876

APPLE_PRICE_CODES = [
    {"value": i, "name": f"P{i} - {price}€"}
    for i, price in enumerate(("0,99", "1,99", "2,99", "3,99", "4,99", "5,99", "6,99", "7,99", "8,99"), 1)
] + [{"value": 10, "name": "P0 - 9,99€"}]

APPLE_OPTIONS: list[dict[str, Any]] = [
    {
        "name": "custom_vendor_id",
        "label": "Custom vendor ID",
        "hint": "Your own vendor identifier for this release at Apple (optional).",
        "format": None,
        "type": "string",
        "value": "",
    },
    {
        "name": "preorder_only",
        "label": "Instant gratification tracks",
        "hint": "Number of last tracks offered as instant-gratification pre-order "
        "(at most 50% of the tracks).",
        "format": None,
        "type": "integer",
        "value": 0,
    },
    {
        "name": "itunes_preorder_price_code_id",
        "label": "Pre-order price code",
        "hint": "Apple pre-order price tier.",
        "format": None,
        "type": "integer",
        "value": APPLE_PRICE_CODES,
    },
]


def dui_id_for(dsp_id: int) -> int:
    """Upload identification ids: 1876 for Apple, 1800 + dsp id for the others."""
    return APPLE_DUI_ID if str(dsp_id) in APPLE_DSP_IDS else 1800 + dsp_id


SUBGENRES = (
    ("World", "world"),
    ("Alternative", "alternative"),
    ("Pop", "pop"),
    ("Rock", "rock"),
    ("Indie Rock", "indie-rock"),
    ("Indie Pop", "indie-pop"),
    ("French Pop", "french-pop"),
    ("Electronic", "electronic"),
    ("House", "house"),
    ("Techno", "techno"),
    ("Trance", "trance"),
    ("Drum & Bass", "drum-and-bass"),
    ("Dubstep", "dubstep"),
    ("Ambient", "ambient"),
    ("Downtempo", "downtempo"),
    ("Hip-Hop/Rap", "hip-hop-rap"),
    ("Trap", "trap"),
    ("R&B/Soul", "rnb-soul"),
    ("Funk", "funk"),
    ("Disco", "disco"),
    ("Jazz", "jazz"),
    ("Smooth Jazz", "smooth-jazz"),
    ("Blues", "blues"),
    ("Country", "country"),
    ("Folk", "folk"),
    ("Singer/Songwriter", "singer-songwriter"),
    ("Classical", "classical"),
    ("Opera", "opera"),
    ("Chamber Music", "chamber-music"),
    ("Orchestral", "orchestral"),
    ("Soundtrack", "soundtrack"),
    ("Film Score", "film-score"),
    ("Reggae", "reggae"),
    ("Dancehall", "dancehall"),
    ("Ska", "ska"),
    ("Latin", "latin"),
    ("Reggaeton", "reggaeton"),
    ("Salsa", "salsa"),
    ("Flamenco", "flamenco"),
    ("Bossa Nova", "bossa-nova"),
    ("Samba", "samba"),
    ("Tango", "tango"),
    ("Afrobeats", "afrobeats"),
    ("Afro House", "afro-house"),
    ("Amapiano", "amapiano"),
    ("K-Pop", "k-pop"),
    ("J-Pop", "j-pop"),
    ("C-Pop", "c-pop"),
    ("Bollywood", "bollywood"),
    ("Metal", "metal"),
    ("Hard Rock", "hard-rock"),
    ("Punk", "punk"),
    ("Hardcore", "hardcore"),
    ("Emo", "emo"),
    ("Grunge", "grunge"),
    ("Gospel", "gospel"),
    ("Christian", "christian"),
    ("New Age", "new-age"),
    ("Children's Music", "childrens-music"),
    ("Comedy", "comedy"),
    ("Spoken Word", "spoken-word"),
    ("Audiobooks", "audiobooks"),
    ("Experimental", "experimental"),
    ("Noise", "noise"),
    ("Lo-Fi", "lo-fi"),
    ("Chill Out", "chill-out"),
    ("Lounge", "lounge"),
    ("Easy Listening", "easy-listening"),
    ("Fitness & Workout", "fitness-workout"),
    ("Karaoke", "karaoke"),
)

PRICE_CODES = (
    ("Budget", False),
    ("Mid", False),
    ("Full", False),
    ("Premium", False),
    ("Track Budget", True),
    ("Track Standard", True),
    ("Track Premium", True),
)

ARTIST_ROLE_KEYS = (
    "actor",
    "accordion",
    "acoustic-guitar",
    "alto-saxophone",
    "arranger",
    "background-vocals",
    "balafon",
    "banjo",
    "bass-guitar",
    "bassoon",
    "cello",
    "choir",
    "clarinet",
    "composer",
    "conductor",
    "contributor",
    "director",
    "dj",
    "double-bass",
    "drums",
    "electric-guitar",
    "engineer",
    "featuring",
    "flute",
    "harp",
    "keyboards",
    "lyricist",
    "mastering-engineer",
    "mixing-engineer",
    "orchestra",
    "organ",
    "percussion",
    "performer",
    "piano",
    "producer",
    "publisher",
    "recorder",
    "remixer",
    "saxophone",
    "synthesizer",
    "trombone",
    "trumpet",
    "viola",
    "violin",
    "vocals",
)

CONTINENTS = (
    ("WW", None),
    ("Europe", "EU"),
    ("Africa", "AF"),
    ("Asia", "AS"),
    ("North America", "NA"),
    ("South America", "SA"),
    ("Oceania", "OC"),
    ("Antarctica", "AN"),
)


def role_name(key: str) -> str:
    return key.replace("-", " ").title().replace("Dj", "DJ")


def role_id(key: str) -> str:
    return hashlib.sha1(f"artist-role:{key}".encode()).hexdigest()


def link(rtype: str, rid: Any) -> dict[str, str]:
    return {"type": rtype, "id": str(rid)}


def base_rows() -> list[tuple[str, int | str, dict[str, Any], dict[str, Any], dict[str, Any] | None]]:
    """(type, id, attrs, rels, extra) for every base resource, ids fixed."""
    rows: list[tuple[str, int | str, dict[str, Any], dict[str, Any], dict[str, Any] | None]] = []
    rows.append(("distributors", 1, {"name": "Sandbox Distribution", "is-strict": False}, {}, None))
    rows.append(
        (
            "companies",
            1,
            {"name": "Sandbox Music Company", "label-manager": "Demo User", "is-tva-applicable": False},
            {"distributor": link("distributors", 1)},
            None,
        )
    )
    rows.append(
        (
            "users",
            1,
            {"email": DEMO_EMAIL, "name": "Demo User"},
            {"distributor": link("distributors", 1), "company": link("companies", 1)},
            None,
        )
    )
    for i, name in enumerate(PRODUCT_TYPES, 1):
        rows.append(("product-types", i, {"name": name}, {}, None))
    for i, name in enumerate(LANGUAGES, 1):
        rows.append(("languages", i, {"name": name}, {}, None))
    for i, name in enumerate(DSPS, 1):
        rows.append(("dsps", i, {"name": name, "image-url": None}, {}, None))
    for i, name in enumerate(DSPS, 1):
        if str(i) == "23":
            continue  # fed by the Apple upload identification
        if str(i) in APPLE_DSP_IDS:
            rows.append(
                (
                    "dsp-upload-identifications",
                    APPLE_DUI_ID,
                    {"dsp-name": "Apple", "options": APPLE_OPTIONS},
                    {"dsp": link("dsps", i)},
                    {"feeds": list(APPLE_DSP_IDS)},
                )
            )
        else:
            rows.append(
                (
                    "dsp-upload-identifications",
                    dui_id_for(i),
                    {"dsp-name": name, "options": []},
                    {"dsp": link("dsps", i)},
                    {"feeds": [str(i)]},
                )
            )
    codes_by_continent: dict[str, list[int]] = {}
    for i, (_code, _name, continent) in enumerate(TERRITORIES, 1):
        codes_by_continent.setdefault(continent, []).append(i)
    continent_ids = {code: i for i, (_n, code) in enumerate(CONTINENTS, 1) if code}
    for i, (name, code) in enumerate(CONTINENTS, 1):
        members = list(range(1, len(TERRITORIES) + 1)) if code is None else codes_by_continent.get(code, [])
        rows.append(
            (
                "continents",
                i,
                {"name": name},
                {"territories": [link("territories", t) for t in members]},
                None,
            )
        )
    for i, (code, name, continent) in enumerate(TERRITORIES, 1):
        rows.append(
            (
                "territories",
                i,
                {"name": name, "code-alpha-2": code},
                {"continents": [link("continents", 1), link("continents", continent_ids[continent])]},
                None,
            )
        )
    for i, (name, key) in enumerate(SUBGENRES, 1):
        rows.append(
            (
                "distributor-product-subgenres",
                i,
                {"name": name, "key": key},
                {"distributor": link("distributors", 1)},
                None,
            )
        )
    for i, (name, is_track) in enumerate(PRICE_CODES, 1):
        rows.append(
            (
                "distributor-price-codes",
                i,
                {"name": name, "is-track-price": is_track},
                {"distributor": link("distributors", 1)},
                None,
            )
        )
    for key in ARTIST_ROLE_KEYS:
        rows.append(("artist-roles", role_id(key), {"key": key, "name": role_name(key)}, {}, None))
    return rows
