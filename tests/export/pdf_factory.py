"""A case for the PDF tests: every script, every consent state, a starred quote, photos."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from PIL import Image

from fieldkit.storage.codings import code_text, update_coding
from fieldkit.storage.db import Store
from fieldkit.storage.models import Attachment
from fieldkit.storage.records import (
    add_interview,
    add_observation,
    add_participant,
    create_case,
    create_study,
)

PT = (
    "Entrevistadora: Como a escola trabalha com as famílias?\n"
    "P-001: A educação é ação coletiva: as mães, os avós e o señor Muñoz vêm à escola "
    "toda semana para ler com as crianças, e isso mudou a confiança entre nós.\n"
    "P-001: FEATURED-QUOTE a comunidade decide junto."
)
HI = "P-005: शिक्षा सबके लिए ज़रूरी है। गाँव के बच्चे शाम को पुस्तकालय में पढ़ते हैं।"
AR = "P-005: التعليم حق للجميع والمدرسة مهمة في القرية."
ET = "P-005: ትምህርት ለሁሉም መብት ነው። ተማሪዎች በየቀኑ ይመጣሉ።"
ZH = "P-005: 学习中心很重要，老师们每天都很努力地工作。"
NOQUOTE = "P-002: NOQUOTE-SECRET I do not want to be quoted about the headmaster."
PENDING = "P-003: PENDING-SECRET the parents committee argues about money."
WITHDRAWN = "P-004: WITHDRAWN-SECRET the district office never visits."
GROUP = "P-001 and P-003: GROUP-SECRET we share the tablets between classes."


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def jpeg_with_orientation(width: int = 640, height: int = 480, orientation: int = 6) -> bytes:
    """A landscape JPEG whose EXIF says "rotate 90° clockwise" (so it shows as portrait)."""
    img = Image.new("RGB", (width, height), (40, 110, 170))
    for x in range(0, width, 40):
        for y in range(0, height, 40):
            img.paste((200, 160 + (x % 80), 60), (x, y, x + 20, y + 20))
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85, exif=exif)
    return out.getvalue()


@dataclass
class PdfCase:
    study_id: str
    case_id: str
    ids: dict[str, str] = field(default_factory=dict)


def add_photo(
    store: Store, *, study_id: str, target_id: str, data: bytes, filename: str, caption: str
) -> str:
    sha, size = store.blobs.put_bytes(data)
    with store.write() as s:
        att = Attachment(
            study_id=study_id,
            target_type="observation",
            target_id=target_id,
            kind="photo",
            sha256=sha,
            filename=filename,
            media_type="image/jpeg",
            size=size,
            caption=caption,
        )
        s.add(att)
        s.flush()
        return att.id


def build_case(store: Store, *, title: str = "Escola Comunitária São João") -> PdfCase:
    with store.write() as s:
        study = create_study(s, name="Learning ecosystems — Brazil, Nepal & Ethiopia")
        case = create_case(
            s,
            study_id=study.id,
            title=title,
            country="Brazil",
            region="Bahia",
            locality="Vila Nova do Sertão",
            kind="community school",
            summary="A community school in Vila Nova do Sertão where families co-teach reading "
            "(é ã ñ), led by Maria da Conceição.\n\n"
            "Second paragraph of the summary.",
        )
        p1 = add_participant(
            s,
            case_id=case.id,
            code="P-001",
            role="teacher",
            name="Maria da Conceição",
            consent_status="given",
            consent_form="written",
            consent_attribution=True,
        )
        p2 = add_participant(
            s,
            case_id=case.id,
            code="P-002",
            role="learner",
            name="Zezinho Hidden",
            consent_status="given",
            consent_quotes=False,
        )
        p3 = add_participant(s, case_id=case.id, code="P-003", role="parent", name="Pending Person")
        p4 = add_participant(
            s,
            case_id=case.id,
            code="P-004",
            role="official",
            name="Withdrawn Person",
            consent_status="withdrawn",
        )
        p5 = add_participant(
            s,
            case_id=case.id,
            code="P-005",
            role="community member",
            name="NoAttribution Name",
            consent_status="given",
        )
        texts = {
            "pt": (PT, [p1.id], "Families read with children every week (summary é ã ñ)."),
            "hi": (HI, [p5.id], "शिक्षा summary in Hindi."),
            "ar": (AR, [p5.id], ""),
            "et": (ET, [p5.id], ""),
            "zh": (ZH, [p5.id], ""),
            "noquote": (NOQUOTE, [p2.id], "NOQUOTE-SUMMARY may be shown."),
            "pending": (PENDING, [p3.id], "PENDING-SUMMARY must not be shown."),
            "withdrawn": (WITHDRAWN, [p4.id], "WITHDRAWN-SUMMARY must not be shown."),
            "group": (GROUP, [p1.id, p3.id], "GROUP-SUMMARY must not be shown."),
        }
        ids: dict[str, str] = {"study": study.id, "case": case.id}
        day = 1
        for key, (text, people, summary) in texts.items():
            iv = add_interview(
                s,
                case_id=case.id,
                date=f"2024-03-{day:02d}",
                participant_ids=people,
                transcript=text,
                summary=summary,
                interviewer="Ana Souza",
                place="Casa da Dona Rita, Vila Nova",
                language="pt" if key == "pt" else None,
            )
            day += 2
            ids[key] = iv.id
            body = text.split(": ", 1)[1]
            start, end = span(text, body)
            code_text(
                s,
                record_id=iv.id,
                theme="Families and communities",
                start=start,
                end=end,
                coder="Ravi Kumar",
            )
        start, end = span(PT, "FEATURED-QUOTE a comunidade decide junto.")
        featured = code_text(
            s,
            record_id=ids["pt"],
            theme="Trust and relationships",
            start=start,
            end=end,
            coder="Ravi Kumar",
        )
        update_coding(s, coding_id=featured.id, starred=True)
        long_start, long_end = span(PT, "A educação é ação coletiva")
        code_text(
            s,
            record_id=ids["pt"],
            theme="Trust and relationships",
            start=long_start,
            end=long_end + 60,
        )
        obs = add_observation(
            s,
            case_id=case.id,
            date="2024-02-20",
            title="Reading circle in the yard",
            description="Twelve children and four mothers read aloud under the cashew tree.",
            setting="Pátio da escola, Vila Nova do Sertão",
            observer="Chen Wei",
        )
        ids["obs"] = obs.id
        start, end = span(obs.description, "four mothers read aloud")
        code_text(s, record_id=obs.id, theme="Cultural relevance", start=start, end=end)
    ids["photo"] = add_photo(
        store,
        study_id=ids["study"],
        target_id=ids["obs"],
        data=jpeg_with_orientation(),
        filename="yard.jpg",
        caption="Mothers reading with children (Pátio)",
    )
    return PdfCase(ids["study"], ids["case"], ids)


def add_observation_for(store: Store, *, case_id: str) -> str:
    with store.write() as s:
        obs = add_observation(
            s, case_id=case_id, date="2024-05-02", description="Children at the well."
        )
        return obs.id
