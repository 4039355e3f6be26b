"""study, case, participant, interview and observation commands."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import col

from fieldkit.commands.context import Context
from fieldkit.errors import ValidationError, phrase
from fieldkit.storage import records
from fieldkit.storage.lookup import get_row
from fieldkit.storage.models import Case, Interview, Observation, Participant


def study_create(ctx: Context, args: Namespace) -> int:
    with ctx.store.write() as session:
        study = records.create_study(
            session,
            name=args.name,
            description=args.description or "",
            created_by=ctx.user,
            language=args.language,
        )
    ctx.remember_study(study.id)
    ctx.print(study.id)
    return 0


def study_list(ctx: Context, args: Namespace) -> int:
    current = ctx.settings.current_study_id
    with ctx.store.read() as session:
        rows = []
        for study in records.list_studies(session):
            counts = {
                name: session.execute(
                    select(func.count()).where(
                        col(model.study_id) == study.id, col(model.deleted_at).is_(None)
                    )
                ).scalar_one()
                for name, model in (
                    ("cases", Case),
                    ("interviews", Interview),
                    ("observations", Observation),
                )
            }
            rows.append(
                {"id": study.id, "name": study.name, "current": study.id == current, **counts}
            )
    if args.json:
        ctx.print_json(rows)
    elif not rows:
        ctx.note("no studies yet; create one with: fieldkit study create NAME")
    else:
        for r in rows:
            mark = "*" if r["current"] else " "
            ctx.print(
                f"{mark} {r['id']}  {r['name']}  ({r['cases']} cases, "
                f"{r['interviews']} interviews, {r['observations']} observations)"
            )
    return 0


def study_use(ctx: Context, args: Namespace) -> int:
    ctx.remember_study(ctx.study_id(args.id))
    return 0


def case_add(ctx: Context, args: Namespace) -> int:
    study_id = ctx.study_id(args.study)
    with ctx.store.write() as session:
        case = records.create_case(
            session,
            study_id=study_id,
            title=args.title,
            country=args.country,
            region=args.region,
            locality=args.locality,
            kind=args.kind,
            summary=args.summary or "",
        )
    ctx.print(case.id)
    return 0


def case_list(ctx: Context, args: Namespace) -> int:
    study_id = ctx.study_id(args.study)
    with ctx.store.read() as session:
        cases = records.list_cases(session, study_id=study_id)
        rows = [
            {"id": c.id, "title": c.title, "country": c.country, "region": c.region, "kind": c.kind}
            for c in cases
        ]
    if args.json:
        ctx.print_json(rows)
    for r in [] if args.json else rows:
        where = ", ".join(x for x in (r["region"], r["country"]) if x)
        ctx.print(f"{r['id']}  {r['title']}" + (f"  ({where})" if where else ""))
    return 0


def participant_add(ctx: Context, args: Namespace) -> int:
    with ctx.store.write() as session:
        p = records.add_participant(
            session,
            case_id=args.case,
            code=args.code,
            role=args.role,
            name=args.name,
            consent_status=args.consent,
            consent_date=args.consent_date,
            consent_form=args.consent_form,
            consent_audio=not args.no_audio,
            consent_quotes=not args.no_quotes,
            consent_attribution=args.attribution,
        )
    ctx.print(p.id)
    return 0


def participant_list(ctx: Context, args: Namespace) -> int:
    with ctx.store.read() as session:
        case = get_row(session, Case, args.case)
        query = (
            select(Participant)
            .where(col(Participant.case_id) == case.id, col(Participant.deleted_at).is_(None))
            .order_by(col(Participant.code))
        )
        rows = [
            {
                "id": p.id,
                "code": p.code,
                "role": p.role,
                "consent": p.consent_status,
                "quotes": p.consent_quotes,
                "audio": p.consent_audio,
            }
            for p in session.execute(query).scalars()
        ]
    if args.json:
        ctx.print_json(rows)
    for r in [] if args.json else rows:
        allows = [k for k in ("quotes", "audio") if r[k]]
        ctx.print(
            f"{r['id']}  {r['code']}  {r['role']}  consent {r['consent']}"
            f" (allows {', '.join(allows) or 'neither quotes nor audio'})"
        )
    return 0


def _read_text(ctx: Context, path: str | None, what: str) -> str:
    if not path:
        return ""
    return read_text_arg(ctx, Path(path), what)


def read_text_arg(ctx: Context, path: Path, what: str) -> str:
    """A text file in any common encoding, a Word .docx or subtitles (.srt/.vtt, cue times
    kept as [mm:ss] marks), normalised; what was changed is said on stderr."""
    from fieldkit.storage.transcript_files import read_transcript_file

    decoded = read_transcript_file(path)
    for note in decoded.notes:
        ctx.note(f"{what} {path}: {note}")
    return decoded.text


def interview_add(ctx: Context, args: Namespace) -> int:
    from fieldkit.storage.attachments import attach_staged, stage_file

    transcript = _read_text(ctx, args.transcript, "transcript")
    # Copy the recording into the blob store before the transaction: a long copy must not hold
    # the database's write lock (the desktop app may be saving at the same time).
    staged = (
        stage_file(ctx.store.blobs, path=Path(args.audio), kind="audio") if args.audio else None
    )
    with ctx.store.write() as session:
        interview = records.add_interview(
            session,
            case_id=args.case,
            date=args.date,
            title=args.title,
            participant_ids=args.participant or (),
            language=args.language,
            transcript=transcript,
            summary=args.summary or "",
            interviewer=args.interviewer or ctx.user,
            place=args.place,
            time=args.time,
        )
        if staged is not None:
            _check_audio_consent(ctx, session, interview)
            attach_staged(session, record_id=interview.id, staged=staged)
    ctx.print(interview.id)
    return 0


def _check_audio_consent(ctx: Context, session: object, interview: Interview) -> None:
    people = records.interview_participants(session, interview_id=interview.id)  # type: ignore[arg-type]
    refused = [p.code for p in people if p.consent_status == "withdrawn" or not p.consent_audio]
    if refused:
        raise ValidationError(
            phrase(
                "participant {codes} did not allow audio recording; the recording was not imported",
                codes=", ".join(refused),
            )
        )
    pending = [p.code for p in people if p.consent_status == "pending"]
    if pending:
        ctx.note(f"warning: consent of {', '.join(pending)} is still pending; record it soon")


def observation_add(ctx: Context, args: Namespace) -> int:
    from fieldkit.storage.attachments import attach_staged, stage_file

    text = _read_text(ctx, args.text, "text")
    staged = [stage_file(ctx.store.blobs, path=Path(p), kind="photo") for p in args.photo or ()]
    with ctx.store.write() as session:
        obs = records.add_observation(
            session,
            case_id=args.case,
            date=args.date,
            title=args.title,
            description=text,
            setting=args.setting,
            observer=args.observer or ctx.user,
            time=args.time,
        )
        for photo in staged:
            attach_staged(session, record_id=obs.id, staged=photo)
    ctx.print(obs.id)
    return 0
