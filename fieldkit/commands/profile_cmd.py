"""``fieldkit profile``: the researcher's name as reports print it ("Prepared by")."""

from __future__ import annotations

from argparse import Namespace

from fieldkit.commands.context import Context
from fieldkit.errors import ValidationError, phrase

MAX_NAME = 200


def profile(ctx: Context, args: Namespace) -> int:
    settings = ctx.settings
    if args.clear:
        settings.display_name = None
        settings.save(ctx.data_dir)
    elif args.name is not None:
        name = " ".join(args.name.split())
        if not name:
            raise ValidationError(phrase("the name is empty; use --clear to remove it"))
        if len(name) > MAX_NAME:
            raise ValidationError(
                phrase("the name is longer than {most} characters", most=MAX_NAME)
            )
        settings.display_name = name
        settings.save(ctx.data_dir)
    if settings.display_name:
        ctx.print(settings.display_name)
    else:
        ctx.note('no name set: reports leave "Prepared by" out (set one with --name)')
    return 0
