"""The window's other screens: shortcuts, about, tour, export, review and the agreement report.

Each opens after the pending edits are saved, with the window's database (the review dialog with
its database thread), and the window follows what they changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotator.ui.shortcuts import ShortcutsDialog

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow


class WindowDialogs:
    """Opens the dialogs for a window and remembers the non-modal agreement report."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.agreement_dialog: Any = None
        self.review_offer_for: int | None = None

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.window.actions(), self.window.schema, self.window).exec()

    def open_about(self) -> None:
        from annotator.ui.about import AboutDialog  # noqa: PLC0415

        AboutDialog(self.window.db, self.window.model_name, self.window).exec()

    def show_tour(self) -> None:
        from annotator.ui.first_run import show_first_run_hint  # noqa: PLC0415

        show_first_run_hint(self.window, force=True)

    def open_export(self) -> None:
        self.window.editor.finish()
        from annotator.ui.export_dialog import ExportDialog  # noqa: PLC0415

        ExportDialog(self.window.db, self.window.schema, self.window).exec()

    def open_review(self) -> None:
        window = self.window
        if window.editor.article is None:
            return
        window.editor.finish()
        from annotator.ui.review_view import ReviewDialog  # noqa: PLC0415

        article_id = window.editor.article.id
        ReviewDialog(window.db_thread, window.schema, article_id, window.analyst, window).exec()
        window.editor.reload()
        window.list_pane.model.refresh_article(article_id)

    def open_agreement(self) -> None:
        self.window.editor.finish()
        from annotator.ui.agreement_view import AgreementDialog  # noqa: PLC0415

        # Non-modal: jumping to an article from the report must show it in this window, with the
        # report still open beside it for the next one.
        if self.agreement_dialog is not None:
            self.agreement_dialog.close()
        dialog = AgreementDialog(self.window.db, self.window.schema, self.window)
        dialog.setModal(False)
        dialog.open_article.connect(self.open_from_report)
        self.agreement_dialog = dialog
        dialog.show()

    def open_from_report(self, article_id: int) -> None:
        """Show the article the report pointed at, and offer its review (Ctrl+R) in the status bar."""
        article_id = int(article_id)
        self.window.open_article(article_id)
        self.window.raise_()
        self.window.activateWindow()
        self.window.review_offer.setText(f"Review article #{article_id}…")
        self.window.review_offer.show()
        self.review_offer_for = article_id

    def review_from_offer(self) -> None:
        self.window.review_offer.hide()
        if self.window.editor.article is not None and self.window.editor.article.id == self.review_offer_for:
            self.open_review()
