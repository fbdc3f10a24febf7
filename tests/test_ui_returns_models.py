"""The review queue's table model and proxy, without any widget: words for every state, drafts first, filters."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.storage.returns_repo import StoredReturn
from desktop.ui.returns.model import KIND, PERIOD, RETURN_ID_ROLE, STATE, ReturnsTableModel
from desktop.ui.returns.proxy import QueueFilter, ReturnsFilterProxy


def _row(
    rid: str,
    state: str,
    kind: str = "monthly_progress",
    name: str = "Olivia Testcase",
    ref: str = "NS/26/1",
    end: date = date(2026, 10, 31),
    replaces: str | None = None,
) -> StoredReturn:
    signed = state in ("signed", "superseded")
    return StoredReturn(
        rid,
        f"p-{rid}",
        name,
        ref,
        "Alex Carter",
        None,
        kind,
        date(2026, 10, 1),
        end,
        state,
        "",
        "On track",
        "",
        "K7F2-9QXA-3M" if signed else "",
        "ab" * 32 if signed else "",
        "",
        "Morgan Reid" if signed else "",
        "Service Manager" if signed else "",
        datetime(2026, 11, 2, 9, 30) if signed else None,
        replaces,
        "",
        None,
        None,
        (),
        datetime(2026, 11, 1),
        1,
    )


ROWS = [
    _row("a", "signed", name="Aaron Atkinson", ref="NS/26/100001"),
    _row(
        "b", "draft", kind="non_compliance", name="Bethany Bell", ref="NS/26/100002", end=date(2026, 11, 26)
    ),
    _row("c", "superseded", name="Callum Carr", ref="NS/26/100003"),
    _row("d", "approved", kind="contract_start", name="Danielle Dobson", ref="NS/26/200001"),
    _row("e", "draft", name="Ellis Elliott", ref="NS/26/200002", replaces="c"),
]


def _proxy() -> tuple[ReturnsTableModel, ReturnsFilterProxy]:
    model = ReturnsTableModel()
    model.set_rows(ROWS)
    proxy = ReturnsFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(STATE, Qt.SortOrder.AscendingOrder)
    return model, proxy


def _ids(proxy: ReturnsFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(RETURN_ID_ROLE) for r in range(proxy.rowCount())]


def test_every_state_is_in_words_and_the_tint_is_only_beside_them() -> None:
    model, _ = _proxy()
    words = [model.index(i, STATE).data() for i in range(model.rowCount())]
    assert words == [
        "\u2714 Signed",
        "\u270e Draft: to review",
        "\u21bb Superseded",
        "\u2026 Approved, not signed",
        "\u270e Draft: to review",
    ]
    assert isinstance(model.index(0, STATE).data(Qt.ItemDataRole.BackgroundRole), QColor)
    assert model.index(0, KIND).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(4, KIND).data() == "Monthly progress (correction)"
    assert model.index(1, KIND).data() == "Non-compliance notice"
    assert model.index(1, PERIOD).data() == "01 Oct \u2013 26 Nov 2026"
    assert (
        model.index(0, STATE).data(Qt.ItemDataRole.ToolTipRole)
        == "Signed by Morgan Reid on 02 Nov 2026 09:30; code K7F2-9QXA-3M"
    )


def test_drafts_come_first_then_approved_then_signed() -> None:
    _, proxy = _proxy()
    assert _ids(proxy) == ["b", "e", "d", "a", "c"]  # the newer draft first, superseded last


def test_filters_show_what_is_to_review_or_signed_and_search_by_reference_or_code() -> None:
    _, proxy = _proxy()
    proxy.set_queue_filter(QueueFilter.TO_REVIEW)
    assert sorted(_ids(proxy)) == ["b", "d", "e"]
    proxy.set_queue_filter(QueueFilter.SIGNED)
    assert sorted(_ids(proxy)) == ["a", "c"]
    proxy.set_queue_filter(QueueFilter.ALL)
    proxy.set_text("ns/26/2")
    assert sorted(_ids(proxy)) == ["d", "e"]
    proxy.set_text("k7f2 aaron")
    assert _ids(proxy) == ["a"]
    proxy.set_text("")
    assert proxy.rowCount() == 5


def test_rows_are_found_and_replaced() -> None:
    model, _ = _proxy()
    assert model.row_of("d") == 3 and model.row_of("zz") is None
    model.set_rows(ROWS[:2])
    assert model.rowCount() == 2 and model.row_at(1).id == "b"


def test_the_queue_model_holds_one_page_and_asks_for_the_next_as_it_is_fetched(qtbot):
    model = ReturnsTableModel()
    asked: list[int] = []
    model.more_wanted.connect(asked.append)
    model.set_rows([_row(f"r{i}", "draft") for i in range(3)], total=7)
    assert model.rowCount() == 3 and model.total == 7
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()  # already asked: one page at a time
    assert asked == [3]
    model.add_rows(0, [_row("stale", "draft")])  # an answer for an older listing is dropped
    model.add_rows(3, [_row(f"r{i}", "signed") for i in range(3, 7)])
    assert model.rowCount() == 7 and not model.canFetchMore()
    assert [model.row_at(i).id for i in range(7)] == [f"r{i}" for i in range(7)]
