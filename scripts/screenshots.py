"""Open the desktop app's main screens on the demo corpus and save a PNG of each, for looking at.

    .venv/bin/python scripts/screenshots.py [--out shots/] [--dark] [--data-dir DIR]

Runs under its own Xvfb display (a real X server, 1366×768 by default, like a small laptop)
unless --display is given. Without --data-dir it makes a fresh small demo corpus in a temporary
folder (and adds the four demo photos to one observation); with --data-dir it uses that folder
as it is and changes nothing in it except what opening records does. --dark applies a dark
palette (Fusion style), as a desktop in dark mode would. Window layout settings are kept in a
temporary folder, never the user's. Prints one line per screen: its file, or why it was skipped.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

ROOT = Path(__file__).resolve().parent.parent


def start_xvfb(width: int, height: int) -> tuple[subprocess.Popen[bytes], str]:
    """A private X server; Xvfb picks a free display number and writes it to a pipe."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        raise SystemExit("screenshots: Xvfb did not start (apt-get install xvfb)")
    return proc, f":{number}"


def make_corpus(data_dir: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "fieldkit", "--data-dir", str(data_dir), "demo", "--scale", "small"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    make_conflict(data_dir)


def make_conflict(data_dir: Path) -> None:
    """A real conflict for 13-conflicts, made the way the editor meets one: a text typed over a
    version of an observation that changed meanwhile (another window, a sync)."""
    from sqlalchemy import select
    from sqlmodel import col

    from fieldkit.storage.db import Store
    from fieldkit.storage.models import Observation
    from fieldkit.storage.text_edits import set_text
    from fieldkit.storage.text_saves import save_text_on_base, text_stamp

    store = Store.open(data_dir)
    try:
        with store.write() as session:
            observation = session.execute(
                select(Observation).where(col(Observation.deleted_at).is_(None)).limit(1)
            ).scalar_one()
            base = text_stamp(session, record_id=observation.id)
            text = observation.description
            other = "The head teacher joined us at ten. " + text  # differs in the first line
            set_text(session, record_id=observation.id, text=other)
        with store.write() as session:
            save_text_on_base(
                session,
                record_id=observation.id,
                text="Parents waited outside the hall. " + text,
                base=base,
            )
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("shots"))
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--dark", action="store_true", help="a dark palette (Fusion style)")
    parser.add_argument("--size", default="1366x768", help="screen size, WxH")
    parser.add_argument("--display", help="use this X display instead of a private Xvfb")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.lower().split("x"))
    work = Path(tempfile.mkdtemp(prefix="fieldkit-shots-"))
    xvfb = None
    try:
        display = args.display
        if display is None:
            xvfb, display = start_xvfb(width, height)
        os.environ["DISPLAY"] = display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        os.environ["XDG_CONFIG_HOME"] = str(work / "config")  # no user window layout
        os.environ.setdefault("FIELDKIT_USER", "amina")
        fresh = args.data_dir is None
        data_dir = args.data_dir or work / "data"
        if fresh:
            make_corpus(data_dir)
        args.out.mkdir(parents=True, exist_ok=True)
        return Shooter(data_dir, args.out, (width, height), args.dark, fresh, work).run()
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)
        shutil.rmtree(work, ignore_errors=True)


class Shooter:
    def __init__(
        self, data_dir: Path, out: Path, size: tuple[int, int], dark: bool, fresh: bool, work: Path
    ) -> None:
        self.data_dir, self.out, self.size, self.dark, self.fresh = data_dir, out, size, dark, fresh
        self.work = work
        self.saved: list[str] = []
        self.skipped: list[str] = []

    # --- helpers ----------------------------------------------------------------------------

    def wait(self, condition: Callable[[], object], timeout: float = 15.0) -> bool:
        from PySide6.QtWidgets import QApplication

        end = time.monotonic() + timeout
        while time.monotonic() < end:
            QApplication.processEvents()
            if condition():
                return True
            time.sleep(0.02)
        return False

    def settle(self, seconds: float = 0.3) -> None:
        self.wait(lambda: False, seconds)

    def shoot(self, widget: object, name: str) -> None:
        self.settle()
        path = self.out / f"{name}{'-dark' if self.dark else ''}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        self.saved.append(str(path))
        print(f"saved {path}  ({widget.width()}×{widget.height()})")  # type: ignore[attr-defined]

    def step(self, name: str, fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception as exc:  # a screen that does not exist yet: say so, go on
            self.skipped.append(name)
            print(f"skipped {name}: {type(exc).__name__}: {exc}")

    # --- the run ----------------------------------------------------------------------------

    def run(self) -> int:
        from PySide6.QtWidgets import QApplication

        from fieldkit.storage.db import Store

        app = QApplication([sys.argv[0]])
        app.setApplicationName("fieldkit")
        app.setOrganizationName("fieldkit")
        if self.dark:
            app.setStyle("Fusion")
            app.setPalette(dark_palette())
        self.store = Store.open(self.data_dir)
        from fieldkit.ui.main_window import MainWindow

        self.window = MainWindow(self.store)
        self.window.move(0, 0)
        self.window.resize(*self.size)
        self.window.show()
        self.wait(lambda: self.window.isVisible() and self.window.codebook_model.rowCount() > 0)
        self.ids = find_ids(self.store)
        for name, fn in (
            ("00-startup", self.startup),
            ("01-interview", self.interview),
            ("02-observation-photos", self.observation),
            ("03-photo-viewer", self.viewer),
            ("04-codebook", self.codebook),
            ("05-search", self.search),
            ("06-case", self.case),
            ("07-review-profile", self.review_profile),
            ("08-review-matrix", self.review_matrix),
            ("09-export-pdf", self.export_dialog),
            ("10-case-dialog", self.case_dialog),
            ("11-participant-dialog", self.participant_dialog),
            ("12-sync-settings", self.sync_settings),
            ("13-conflicts", self.conflicts),
            ("14-interview-audio", self.interview_audio),
            ("15-save-failed-banner", self.banner),
        ):
            self.step(name, partial(fn, name))
        self.window.close()
        self.store.close()
        print(f"{len(self.saved)} screenshots in {self.out}, {len(self.skipped)} skipped")
        return 0

    def open_record(self, record_id: str, case_id: str) -> None:
        self.window.select_record(record_id, case_id)
        editor = self.window.editor
        self.wait(lambda: editor.record is not None and editor.record.id == record_id)

    def startup(self, name: str) -> None:
        """The main window as a researcher first sees it once started (not the loading
        screen): the navigator filled, the codebook loaded."""
        navigator: Any = self.window.navigator
        self.wait(lambda: navigator.model() is not None and navigator.model().rowCount() > 0)
        self.settle(0.5)
        self.shoot(self.window, name)

    def interview(self, name: str) -> None:
        record_id, case_id = self.ids["interview"]
        self.open_record(record_id, case_id)
        if self.window.editor.panel.count() == 0:
            raise RuntimeError("the interview shows no codings")
        self.shoot(self.window, name)

    def observation(self, name: str) -> None:
        record_id, case_id = self.ids["observation"]
        self.open_record(record_id, case_id)
        strip = self.window.editor.photos
        self.wait(lambda: strip.list.count() > 0 and not strip.busy())
        if self.fresh and strip.list.count() < 4:
            from fieldkit.demo.media import photos

            folder = self.work / "camera"
            folder.mkdir(exist_ok=True)
            paths = []
            for media in photos()[:3]:
                (folder / media.filename).write_bytes(media.data)
                paths.append(folder / media.filename)
            strip.add_files(paths)
            self.wait(lambda: strip.list.count() >= 4 and not strip.busy())
        strip.list.setCurrentRow(strip.list.count() - 1)
        self.shoot(self.window, name)

    def viewer(self, name: str) -> None:
        strip = self.window.editor.photos
        rotated = next(i for i, p in enumerate(strip.photos) if "portrait" in p.caption)
        strip.open_viewer(rotated)
        viewer: Any = strip.viewer
        self.wait(lambda: not viewer.loading())
        self.shoot(viewer, name)
        viewer.close()

    def codebook(self, name: str) -> None:
        """The codebook itself: every theme unfolded, one selected, the dock shot on its own."""
        dock = self.window.codebook_dock
        dock.show()
        dock.raise_()
        dock.tree.expandAll()
        model = dock.tree.model()
        dock.tree.setCurrentIndex(model.index(0, 0, model.index(0, 0)))
        self.shoot(dock, name)

    def search(self, name: str) -> None:
        dock = self.window.search_dock
        dock.raise_()
        dock.query.setText("radio")
        self.wait(lambda: dock.model.rowCount() > 0)
        dock.results.setCurrentIndex(dock.model.index(0, 0))
        self.shoot(self.window, name)
        self.window.codebook_dock.raise_()

    def case(self, name: str) -> None:
        _record, case_id = self.ids["interview"]
        self.window.select_record(case_id, case_id)
        self.shoot(self.window, name)

    def _review(self) -> object:
        review = getattr(self, "review", None)
        if review is None:
            self.window.open_review()
            review = self.window.review
            review.move(0, 0)
            review.resize(min(1100, self.size[0]), min(680, self.size[1] - 40))
            self.wait(lambda: review.matrix_model.rowCount() > 0 and bool(review.chart.bars))
            self.review = review
        return review

    def review_profile(self, name: str) -> None:
        review = self._review()
        review.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
        review.chart.bar_activated.emit(review.chart.bars[0].theme_id)  # type: ignore[attr-defined]
        self.wait(lambda: review.passages.topLevelItemCount() > 0)  # type: ignore[attr-defined]
        self.shoot(review, name)

    def review_matrix(self, name: str) -> None:
        review = self._review()
        review.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        review.heatmap.clicked.emit(review.matrix_model.index(2, 1))  # type: ignore[attr-defined]
        self.settle(0.5)
        self.shoot(review, name)
        review.close()  # type: ignore[attr-defined]

    def _dialog(self, dialog: object, name: str) -> None:
        dialog.show()  # type: ignore[attr-defined]
        self.wait(lambda: dialog.isVisible())  # type: ignore[attr-defined]
        self.shoot(dialog, name)
        dialog.close()  # type: ignore[attr-defined]

    def export_dialog(self, name: str) -> None:
        dialog = self.window.exports.pdf_dialog()
        self._dialog(dialog, name)

    def case_dialog(self, name: str) -> None:
        actions: Any = self.window.record_actions
        _record, case_id = self.ids["interview"]
        self.window.select_record(case_id, case_id)
        actions.on_edit_case()
        self.wait(lambda: actions.dialog is not None and actions.dialog.isVisible())
        self.shoot(actions.dialog, name)
        actions.dialog.close()

    def participant_dialog(self, name: str) -> None:
        actions: Any = self.window.record_actions
        actions.dialog = None
        actions.on_new_participant()
        self.wait(lambda: actions.dialog is not None and actions.dialog.isVisible())
        self.shoot(actions.dialog, name)
        actions.dialog.close()

    def sync_settings(self, name: str) -> None:
        sync = self.window.sync
        sync.open_settings()
        self.wait(lambda: sync.settings_dialog.isVisible())
        self.shoot(sync.settings_dialog, name)
        sync.settings_dialog.close()

    def conflicts(self, name: str) -> None:
        sync = self.window.sync
        sync.open_conflicts()
        view: Any = sync.conflicts_view
        self.wait(lambda: view.isVisible())
        if not self.wait(lambda: view.table.rowCount() > 0, 10.0):
            raise RuntimeError("this data folder holds no conflict to show")
        view.table.selectRow(0)
        self.shoot(view, name)
        sync.conflicts_view.close()

    def interview_audio(self, name: str) -> None:
        record_id, case_id = self.ids["audio"]
        self.open_record(record_id, case_id)
        audio = self.window.editor.audio
        self.wait(lambda: audio.isVisible())
        self.settle(1.0)
        self.shoot(self.window, name)

    def banner(self, name: str) -> None:
        from fieldkit.errors import DataFolderFullError

        record_id, case_id = self.ids["observation"]
        self.open_record(record_id, case_id)
        full = DataFolderFullError(
            "the disk holding the data folder is full; free some space — nothing was saved "
            "from the change that failed, everything before it is safe"
        )
        self.window.editor._on_failed(full, True)  # what a failed autosave shows
        self.shoot(self.window, name)
        self.window.editor.banner.hide()


def find_ids(store: object) -> dict[str, tuple[str, str]]:
    """(record id, case id) of the screens' records: the most-coded interview, an observation
    with the portrait photo (EXIF orientation 6), an interview with a recording."""
    from sqlalchemy import func, select
    from sqlmodel import col

    from fieldkit.storage.models import Attachment, Coding, Interview, Observation

    with store.read() as session:  # type: ignore[attr-defined]
        most = session.execute(
            select(col(Coding.target_id), func.count())
            .where(col(Coding.target_type) == "interview", col(Coding.deleted_at).is_(None))
            .group_by(col(Coding.target_id))
            .order_by(func.count().desc())
            .limit(1)
        ).one()[0]
        interview = session.get(Interview, most)
        photo = session.execute(
            select(col(Attachment.target_id))
            .where(col(Attachment.kind) == "photo", col(Attachment.target_type) == "observation")
            .order_by(col(Attachment.caption).like("%portrait%").desc(), col(Attachment.filename))
        ).first()[0]
        observation = session.get(Observation, photo)
        audio = session.execute(
            select(col(Attachment.target_id)).where(col(Attachment.kind) == "audio")
        ).first()
        ids = {
            "interview": (interview.id, interview.case_id),
            "observation": (observation.id, observation.case_id),
        }
        if audio is not None:
            with_audio = session.get(Interview, audio[0])
            ids["audio"] = (with_audio.id, with_audio.case_id)
        return ids


def dark_palette() -> QPalette:
    """Roughly what a desktop in dark mode hands to Qt."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role = QPalette.ColorRole
    for r, color in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#2f2f2f"),
        (role.ToolTipBase, "#3a3a3a"),
        (role.ToolTipText, "#f0f0f0"),
        (role.PlaceholderText, "#9a9a9a"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"),
        (role.BrightText, "#ff6b6b"),
        (role.Link, "#6cb6ff"),
        (role.Highlight, "#2f65ca"),
        (role.HighlightedText, "#ffffff"),
    ):
        palette.setColor(r, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(disabled, r, QColor("#7a7a7a"))
    return palette


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
