"""Case-study PDF figures: one big case (30 interviews, 20 photos) and whole-study batches.

    .venv/bin/python benchmarks/bench_pdf.py [--data-dir DIR] [--scale large|small]
                                             [--counts 10,20,40,80] [--full-batch]

Without --data-dir it generates the demo corpus (fieldkit.demo) into a temporary folder first.
Into the same store it adds a "benchmark case" with exactly 30 interviews of about 2,000 words
(several scripts, 20 codings each, some starred) and 20 distinct camera-sized photos
(4000×3000 JPEG, about 2–4 MB each, some with EXIF orientation 6): the issue's figure.
Then it times batches of the demo study's first N cases (shared font and photo caches, as
``export_study_pdfs`` does) to show whether time grows linearly with the number of cases.
It adds the benchmark case to the data folder, so give it a scratch copy, never real data.
Figures are wall-clock and CPU seconds on this machine; nothing here is a pass/fail check.
"""

from __future__ import annotations

import argparse
import io
import random
import tempfile
import time
from pathlib import Path

from PIL import Image
from sqlalchemy import func, select
from sqlmodel import col

from fieldkit.errors import ConflictError
from fieldkit.export.pdf import PdfOptions, export_case_pdf, export_study_pdfs
from fieldkit.export.pdf.batch import safe_file_name
from fieldkit.export.pdf.fonts import default_library
from fieldkit.export.pdf.photos import PhotoCache
from fieldkit.storage.codings import code_text, update_coding
from fieldkit.storage.db import Store
from fieldkit.storage.models import Attachment, Interview, Observation, Study
from fieldkit.storage.records import (
    add_interview,
    add_observation,
    add_participant,
    create_case,
    list_cases,
)

PHRASE = (
    "the teachers meet parents every week to plan reading camps and the community radio "
    "shares lessons while the district office collects attendance data and learners borrow "
    "tablets from the library after school"
)
WORDS = PHRASE.split(" ")
SAMPLES = (
    "A educação é ação coletiva na comunidade.",
    "शिक्षा सबके लिए ज़रूरी है और बच्चे शाम को पढ़ते हैं।",
    "التعليم حق للجميع والمدرسة مهمة في القرية.",
    "ትምህርት ለሁሉም መብት ነው።",
    "学习中心很重要，老师们每天都很努力地工作。",
)
THEMES = (
    "Trust and relationships",
    "Families and communities",
    "Teacher empowerment",
    "Learners at the centre",
    "Digital access",
    "Cultural relevance",
    "Feedback loops between research, policy and practice",
    "Equity and inclusion",
)


def clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def since(t: tuple[float, float]) -> tuple[float, float]:
    """Wall-clock and CPU seconds since ``t`` (CPU time shows the cost on a busy machine)."""
    return time.perf_counter() - t[0], time.process_time() - t[1]


def camera_photo(rng: random.Random, n: int) -> bytes:
    """A 4000×3000 JPEG with noise, so it compresses like a real photo (2–4 MB)."""
    w, h = 4000, 3000
    noise = Image.effect_noise((w // 4, h // 4), 60).convert("RGB").resize((w, h))
    tint = Image.new("RGB", (w, h), (rng.randrange(60, 200), rng.randrange(60, 200), 120))
    img = Image.blend(noise, tint, 0.55)
    exif = Image.Exif()
    if n % 4 == 3:
        exif[0x0112] = 6
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


def transcript(rng: random.Random, words: int, n: int) -> str:
    lines = []
    count = 0
    while count < words:
        line = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(12, 40)))
        if rng.random() < 0.15:
            line += " " + SAMPLES[n % len(SAMPLES)]
        lines.append(f"P-{n % 7}: {line.capitalize()}.")
        count += len(line.split())
    return "\n".join(lines)


BENCH_TITLE = "Benchmark case — Escola São João (30 interviews, 20 photos)"


def build_benchmark_case(store: Store, study_id: str) -> tuple[str, float]:
    """The benchmark case (made once per data folder; a second run reuses it)."""
    with store.read() as s:
        for case in list_cases(s, study_id=study_id):
            if case.title == BENCH_TITLE:
                return case.id, 0.0
    rng = random.Random(30)
    started = time.perf_counter()
    photos = [camera_photo(rng, n) for n in range(20)]
    shas = [store.blobs.put_bytes(p) for p in photos]
    with store.write() as s:
        case = create_case(
            s,
            study_id=study_id,
            title=BENCH_TITLE,
            country="Brazil",
            region="Bahia",
            locality="Vila Nova",
            kind="community school",
            summary="A generated case with the size the issue asks for.",
        )
        people = [
            add_participant(
                s,
                case_id=case.id,
                code=f"BENCH-{i:02d}",
                role=("teacher", "parent", "learner", "official")[i % 4],
                consent_status=("given", "given", "given", "pending")[i % 4],
                consent_quotes=i % 5 != 0,
            )
            for i in range(12)
        ]
        for n in range(30):
            text = transcript(rng, 2000, n)
            iv = add_interview(
                s,
                case_id=case.id,
                date=f"2024-{1 + n % 12:02d}-{1 + n % 27:02d}",
                participant_ids=[people[n % len(people)].id],
                transcript=text,
                summary=" ".join(rng.choice(WORDS) for _ in range(120)).capitalize() + ".",
                interviewer=("Ana Souza", "Ravi Kumar")[n % 2],
            )
            for k in range(20):
                start = rng.randrange(0, len(text) - 400)
                end = start + rng.randrange(80, 400)
                if not text[start:end].strip():
                    continue
                try:
                    c = code_text(
                        s,
                        record_id=iv.id,
                        theme=THEMES[k % len(THEMES)],
                        start=start,
                        end=end,
                        coder="Ravi Kumar",
                    )
                except ConflictError:  # the same span drawn twice: skip it
                    continue
                if k == 0 and n % 3 == 0:
                    update_coding(s, coding_id=c.id, starred=True)
        obs_ids = []
        for n in range(10):
            obs = add_observation(
                s,
                case_id=case.id,
                date=f"2024-{1 + n:02d}-15",
                description=transcript(rng, 300, n),
                title=f"Observation {n + 1}",
                observer="Chen Wei",
            )
            obs_ids.append(obs.id)
        for n, (sha, size) in enumerate(shas):
            s.add(
                Attachment(
                    study_id=study_id,
                    target_type="observation",
                    target_id=obs_ids[n % len(obs_ids)],
                    kind="photo",
                    sha256=sha,
                    filename=f"IMG_{n:04d}.jpg",
                    media_type="image/jpeg",
                    size=size,
                    caption=f"Photo {n + 1} of the benchmark case",
                )
            )
    return case.id, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--scale", default="large")
    parser.add_argument("--counts", default="10,20,40,80")
    parser.add_argument("--full-batch", action="store_true", help="also run the whole study")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="fieldkit-bench-pdf-")
    data_dir = args.data_dir or Path(tmp.name) / "data"
    out = Path(tmp.name) / "out"
    out.mkdir()
    fresh = not (data_dir / "fieldkit.sqlite3").exists()
    store = Store.open(data_dir)
    if fresh:
        from fieldkit.demo.corpus import generate

        summary = generate(store, scale=args.scale)
        print(
            f"demo corpus ({args.scale}): {summary.cases} cases, {summary.interviews} "
            f"interviews, {summary.codings} codings in {summary.seconds:.1f} s"
        )
    with store.read() as s:
        query = select(Study).where(col(Study.deleted_at).is_(None))
        study = s.execute(query.order_by(col(Study.created_at))).scalars().first()
        assert study is not None
        cases = [c.id for c in list_cases(s, study_id=study.id) if c.title != BENCH_TITLE]
        study_id = study.id

    t = clock()
    default_library().fonts_for("Chinese")
    wall, cpu = since(t)
    print(f"font discovery and registration (once per process): {wall:.2f} s (CPU {cpu:.2f} s)")

    case_id, build_s = build_benchmark_case(store, study_id)
    print(f"benchmark case built in {build_s:.1f} s (30 interviews, 20 photos 4000x3000)")
    cache = PhotoCache()
    for label in ("cold (photos not yet prepared)", "warm (photos cached, as in a batch)"):
        t = clock()
        report = export_case_pdf(store, case_id=case_id, path=out / "bench.pdf", photo_cache=cache)
        wall, cpu = since(t)
        print(
            f"30-interview/20-photo case PDF, {label}: {wall:.2f} s (CPU {cpu:.2f} s), "
            f"{report.size / 1e6:.2f} MB, {report.pages} pages, "
            f"{report.consent.summary()}"
        )

    with store.read() as s:
        counts = {
            cid: (
                s.execute(select(func.count()).where(col(Interview.case_id) == cid)).scalar_one(),
                s.execute(select(func.count()).where(col(Observation.case_id) == cid)).scalar_one(),
            )
            for cid in cases
        }
    biggest = max(cases, key=lambda c: counts[c][0])
    t = clock()
    report = export_case_pdf(store, case_id=biggest, path=out / "biggest.pdf")
    wall, cpu = since(t)
    print(
        f"largest demo case ({counts[biggest][0]} interviews, {counts[biggest][1]} "
        f"observations): {wall:.2f} s (CPU {cpu:.2f} s), {report.size / 1e6:.2f} MB, "
        f"{report.pages} pages"
    )

    print("batch of the study's first N cases (shared caches, as export_study_pdfs does):")
    for n in [int(x) for x in args.counts.split(",") if x]:
        chosen = cases[:n]
        photo_cache = PhotoCache()
        taken: set[str] = set()
        folder = out / f"batch-{n}"
        folder.mkdir()
        t = clock()
        pages = 0
        for cid in chosen:
            r = export_case_pdf(
                store,
                case_id=cid,
                path=folder / safe_file_name(cid, taken),
                photo_cache=photo_cache,
                options=PdfOptions(),
            )
            pages += r.pages
        wall, cpu = since(t)
        print(
            f"  N={len(chosen):4d}: {wall:7.2f} s total, {wall / len(chosen):.3f} s per case "
            f"(CPU {cpu / len(chosen):.3f} s per case), "
            f"{pages / len(chosen):.1f} pages per case"
        )
    if args.full_batch:
        batch = export_study_pdfs(store, study_id=study_id, folder=out / "all")
        print(
            f"whole study ({len(batch.exported)} PDFs, {len(batch.failed)} failed): "
            f"{batch.seconds:.1f} s, {batch.seconds / max(len(batch.exported), 1):.3f} s "
            "per case"
        )
    store.close()
    tmp.cleanup()


if __name__ == "__main__":
    main()
