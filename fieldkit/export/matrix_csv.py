"""The review's cases × themes matrix as CSV, for a spreadsheet.

One row per theme in codebook order (its parent named, so the tree can be rebuilt), one column
per case and a last "All cases" column. A parent theme's counts include its sub-themes', as the
heat map shows them; the "Own passages" column holds what is coded with the theme itself.
"""

from __future__ import annotations

import csv
from pathlib import Path

from fieldkit.storage.review import StudyMatrix, subtree_totals


def write_matrix_csv(matrix: StudyMatrix, path: Path) -> None:
    """Write ``matrix`` to ``path`` (UTF-8 with a byte-order mark, which Excel needs)."""
    depths = [t.depth for t in matrix.themes]
    totals = [subtree_totals(depths, list(row)) for row in matrix.counts]
    parents: list[str] = []
    stack: list[str] = []
    for theme in matrix.themes:
        del stack[theme.depth :]
        parents.append(stack[-1] if stack else "")
        stack.append(theme.name)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        cases = [title for _id, title in matrix.cases]
        writer.writerow(["Theme", "Parent theme", "Own passages", *cases, "All cases"])
        for t, theme in enumerate(matrix.themes):
            row = [case_totals[t] for case_totals in totals]
            own = sum(case_counts[t] for case_counts in matrix.counts)
            writer.writerow([theme.name, parents[t], own, *row, sum(row)])


__all__ = ["write_matrix_csv"]
