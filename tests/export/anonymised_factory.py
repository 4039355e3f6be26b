"""A study full of names and places in Latin (with diacritics, in any case), Arabic,
Devanagari and Ethiopic script, written the way people write them in transcripts."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from PIL import Image

from fieldkit.storage.codings import code_text
from fieldkit.storage.db import Store
from fieldkit.storage.models import Attachment
from fieldkit.storage.records import (
    add_interview,
    add_observation,
    add_participant,
    create_case,
    create_study,
)
from fieldkit.storage.redact_list import add_redact_name
from fieldkit.storage.themes import add_theme


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 120, 40)).save(out, format="PNG")
    return out.getvalue()


# Sensitive strings and the spellings under which they appear in the material. Each must be
# absent from every anonymised output.
SENSITIVE: dict[str, tuple[str, ...]] = {
    "José Ávila": ("José Ávila", "JOSE AVILA", "jose avila", "Ávila"),
    "São João del-Rei": ("São João del-Rei", "SAO JOAO DEL-REI", "sao joao del-rei"),
    "Minas Gerais": ("Minas Gerais", "minas gerais"),
    "Taroudant": ("Taroudant", "TAROUDANT", "تارودانت"),
    "Souss-Massa": ("Souss-Massa",),
    "ليلى بنعلي": ("ليلى بنعلي", "ليلى"),
    "Hassan Ouali": ("Hassan Ouali", "HASSAN OUALI", "حسن والي"),
    "Tonk": ("Tonk", "टोंक"),
    "Rajasthan": ("Rajasthan", "राजस्थान"),
    "सुनीता मीणा": ("सुनीता मीणा", "सुनीता"),
    "Bahir Dar": ("Bahir Dar", "ባሕር ዳር"),
    "Amhara": ("Amhara", "አማራ"),
    "አበበ ከበደ": ("አበበ ከበደ", "አበበ"),
}
# Ordinary words that must survive: observation settings, and words around the names.
ORDINARY = ("Classroom", "school", "library", "Library", "Reading")

LATIN = (
    "JOSE AVILA told us: the Classroom in SAO JOAO DEL-REI opens at seven, and every school "
    "in minas gerais follows. Later jose avila added that Ávila is his family name.\n"
)
ARABIC = (
    "قالت ليلى بنعلي: المكتبة في وتارودانت مفتوحة للجميع. ليلى تحب القراءة مع حسن والي.\n"
    "The director HASSAN OUALI came from TAROUDANT, a town in Souss-Massa.\n"
)
HINDI = (
    "सुनीता मीणा ने कहा: टोंक में बच्चे शाम को पढ़ते हैं। सुनीता राजस्थान की शिक्षिका हैं।\n"
    "Tonk has a Reading room near the school in Rajasthan.\n"
)
AMHARIC = (
    "አበበ ከበደ እንዲህ አለ፦ በባሕር ዳር ያሉ ተማሪዎች በየቀኑ ይመጣሉ። አበበ አማራ ውስጥ ይሰራል።\n"
    "In Bahir Dar the library of Amhara opens early.\n"
)


# Coded spans cut through names: (word, offset into it) for the start and for the end.
CUTS = {
    1: [(("AVILA", 2), ("DEL-REI", 3))],
    2: [(("المكتبة", 0), ("وتارودانت", 4))],
}


@dataclass
class AnonStudy:
    study_id: str
    case_ids: list[str] = field(default_factory=list)


def _quote_all(s: object, record_id: str, whole: str, text: str, theme: str) -> None:
    """Code every line of ``text``, which ``whole`` (the record's text) ends with."""
    start = len(whole) - len(text)
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\n")
        if body:
            code_text(
                s,  # type: ignore[arg-type]
                record_id=record_id,
                theme=theme,
                start=start,
                end=start + len(body),
                coder="Team coder",
            )
        start += len(line)


def build_anon_study(store: Store) -> AnonStudy:
    photo_sha, photo_size = store.blobs.put_bytes(_png())
    with store.write() as s:
        study = create_study(s, name="Reading in Taroudant, Tonk and Bahir Dar")
        built = AnonStudy(study.id)
        add_theme(
            s,
            study_id=study.id,
            name="Taroudant radio lessons",
            description="Radio lessons first heard in Taroudant and Tonk.",
        )
        add_redact_name(s, study_id=study.id, term="Taroudant", also=("تارودانت",), kind="place")
        add_redact_name(
            s, study_id=study.id, term="Hassan Ouali", also=("حسن والي",), kind="person"
        )
        add_redact_name(s, study_id=study.id, term="Tonk", also=("टोंक",), kind="place")
        add_redact_name(s, study_id=study.id, term="Rajasthan", also=("राजस्थान",), kind="place")
        add_redact_name(s, study_id=study.id, term="Bahir Dar", also=("ባሕር ዳር",), kind="place")
        add_redact_name(s, study_id=study.id, term="Amhara", also=("አማራ",), kind="place")
        specs = [
            (
                "São João del-Rei Reading Circle",
                "Brazil",
                "Minas Gerais",
                "São João del-Rei",
                "José Ávila",
                "pt",
                LATIN,
            ),
            (
                "Taroudant Community School",
                "Morocco",
                "Souss-Massa",
                "Taroudant",
                "ليلى بنعلي",
                "ar",
                ARABIC,
            ),
            (
                "Tonk Mother-Tongue Literacy",
                "India",
                "Rajasthan",
                "Tonk",
                "सुनीता मीणा",
                "hi",
                HINDI,
            ),
            ("Bahir Dar Girls' Club", "Ethiopia", "Amhara", "Bahir Dar", "አበበ ከበደ", "am", AMHARIC),
        ]
        for n, (title, country, region, locality, name, lang, text) in enumerate(specs, 1):
            case = create_case(
                s,
                study_id=study.id,
                title=title,
                country=country,
                region=region,
                locality=locality,
                kind="community school",
                summary=f"A school in {locality} ({region}), led by {name}. {text}",
            )
            built.case_ids.append(case.id)
            person = add_participant(
                s,
                case_id=case.id,
                code=f"P-{n:03d}",
                role="teacher",
                consent_status="given",
                consent_attribution=True,
                name=name,
            )
            interview = add_interview(
                s,
                case_id=case.id,
                title=f"{name} in {locality}",
                date=f"2024-03-{10 + n:02d}",
                language=lang,
                participant_ids=[person.id],
                transcript=text,
                interviewer="Team interviewer",
                place=f"Classroom, {locality}",
                summary=f"{name} describes the school in {locality}. {text}",
            )
            _quote_all(s, interview.id, text, text, "Taroudant radio lessons")
            for first, last in CUTS.get(n, ()):
                # a careless selection: the quote starts or ends inside a name
                a, b = text.index(first[0]) + first[1], text.index(last[0]) + last[1]
                code_text(
                    s, record_id=interview.id, theme="Taroudant radio lessons", start=a, end=b
                )
            description = f"The Classroom and the school library of {locality}. {text}"
            obs = add_observation(
                s,
                case_id=case.id,
                title=f"Morning in {locality}",
                date=f"2024-03-{11 + n:02d}",
                description=description,
                observer="Team observer",
                setting="Classroom",
            )
            _quote_all(s, obs.id, description, text, "Taroudant radio lessons")
            s.add(
                Attachment(
                    study_id=study.id,
                    target_type="observation",
                    target_id=obs.id,
                    kind="photo",
                    sha256=photo_sha,
                    filename=f"{locality}.png",
                    media_type="image/png",
                    size=photo_size,
                    caption=f"Children reading with {name} in {locality}",
                )
            )
    return built
