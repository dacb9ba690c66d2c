"""Which continent each ISO 3166-1 alpha-2 territory belongs to (names come from app.domain.countries)."""

from __future__ import annotations

from app.domain.countries import country_choices

_MEMBERS: dict[str, str] = {
    "EU": (
        "AD AL AT AX BA BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV "
        "MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA "
    ),
    "AF": (
        "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR "
        "MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TF TG TN TZ UG YT ZA ZM ZW "
    ),
    "AS": (
        "AE AF AM AZ BD BH BN BT CC CN CX CY GE HK ID IL IN IO IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM "
        "MN MO MV MY NP OM PH PK PS QA SA SG SY TH TJ TL TM TW UZ VN YE "
    ),
    "NA": (
        "AG AI AW BB BL BM BQ BS BZ CA CR CU CW DM DO GD GL GP GT HN HT JM KN KY LC MF MQ MS MX NI PA PM "
        "PR SV SX TC TT US VC VG VI "
    ),
    "SA": ("AR BO BR CL CO EC FK GF GS GY PE PY SR UY VE "),
    "OC": ("AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS "),
    "AN": ("AQ BV HM "),
}
CONTINENT_OF: dict[str, str] = {code: cont for cont, codes in _MEMBERS.items() for code in codes.split()}

# (alpha-2, name, continent code), ordered by name; a territory id is its position + 1.
TERRITORIES: tuple[tuple[str, str, str], ...] = tuple(
    (code, name, CONTINENT_OF[code]) for code, name in country_choices()
)
