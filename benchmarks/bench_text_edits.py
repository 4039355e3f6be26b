"""How long remapping codings takes when a transcript is edited (issue 2, item 7).

Prints the median time of ``remap_spans`` for: one keystroke in a 2,000-word transcript, and a
scattered 5 % edit of the same transcript (a whole revised transcript pasted over the old one),
each with 50 codings; plus ``set_text`` end to end (database included) for the scattered edit.

    .venv/bin/python benchmarks/bench_text_edits.py
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable

from fieldkit.storage.text_edits import remap_spans

SENTENCES = (
    "the teachers in our school always listen to learners and parents when they plan lessons",
    "we meet every month with the community committee to talk about attendance and reading",
    "my daughter now reads stories at home because the library opened near the market",
    "sometimes the network is down so we keep records on paper and type them later",
    "the district officer visited and asked for the new attendance data from each class",
)
WORDS = [word for sentence in SENTENCES for word in sentence.split()]


def transcript(rng: random.Random, words: int = 2000) -> str:
    lines, count = [], 0
    while count < words:
        n = rng.randint(12, 40)
        sentence = " ".join(rng.choice(WORDS) for _ in range(n))
        speaker = rng.choice(("Interviewer", "P-03", "P-07"))
        lines.append(f"{speaker}: {sentence.capitalize()}.")
        count += n
    return "\n".join(lines) + "\n"


def codings(rng: random.Random, text: str, n: int = 50) -> list[tuple[int, int]]:
    spans = []
    for _ in range(n):
        start = rng.randrange(0, len(text) - 200)
        spans.append((start, start + rng.randint(20, 200)))
    return sorted(spans)


def scattered_edit(rng: random.Random, text: str, share: float = 0.05) -> str:
    words = text.split(" ")
    for _ in range(int(len(words) * share)):
        i = rng.randrange(len(words))
        kind = rng.choice(("insert", "delete", "replace"))
        if kind == "insert":
            words.insert(i, rng.choice(WORDS))
        elif kind == "delete" and len(words) > 1:
            del words[i]
        else:
            words[i] = rng.choice(WORDS) + rng.choice(("", ",", "s"))
    return " ".join(words)


def timed(fn: Callable[[], object], repeat: int = 50) -> str:
    wall, cpu = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
    return (
        f"wall median {statistics.median(wall):.3f} ms (best {min(wall):.3f}), "
        f"CPU median {statistics.median(cpu):.3f} ms"
    )


def main() -> None:
    rng = random.Random(7)
    old = transcript(rng)
    spans = codings(rng, old)
    pos = len(old) // 2
    keystroke = old[:pos] + "x" + old[pos:]
    edits = [scattered_edit(random.Random(seed), old) for seed in range(5)]
    print(f"transcript: {len(old.split())} words, {len(old):,} characters, {len(spans)} codings")
    print(f"one keystroke:  {timed(lambda: remap_spans(old, keystroke, spans))}")
    for seed, new in enumerate(edits):
        took = timed(lambda new=new: remap_spans(old, new, spans), repeat=20)
        print(f"5% edit #{seed}:    {took} ({len(new):,} characters)")
    print(f"set_text, 5% edit, with SQLite: {_set_text(old, edits[0], spans)}")


def _set_text(old: str, new: str, spans: list[tuple[int, int]]) -> str:
    from fieldkit.storage.codings import code_text
    from fieldkit.storage.db import Store
    from fieldkit.storage.records import add_interview, create_case, create_study
    from fieldkit.storage.text_edits import set_text
    from fieldkit.storage.themes import add_theme

    with tempfile.TemporaryDirectory() as tmp, Store.open(tmp) as store:
        times = []
        for _ in range(10):
            with store.write() as session:
                study = create_study(session, name="Bench", with_codebook=False)
                add_theme(session, study_id=study.id, name="Trust")
                case = create_case(session, study_id=study.id, title="School")
                interview = add_interview(
                    session, case_id=case.id, date="2024-03-15", transcript=old
                )
                for start, end in spans:
                    if old[start:end].strip():
                        code_text(
                            session, record_id=interview.id, theme="Trust", start=start, end=end
                        )
                record_id = interview.id
            with store.write() as session:
                t0 = time.perf_counter()
                set_text(session, record_id=record_id, text=new)
                session.commit()
                times.append((time.perf_counter() - t0) * 1000)
        return f"median {statistics.median(times):.1f} ms, best {min(times):.1f} ms"


if __name__ == "__main__":
    main()
