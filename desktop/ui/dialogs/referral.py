"""A new referral from the force: the person, the referral, the eligibility checklist and consent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import (
    ELIGIBILITY_QUESTIONS,
    Consent,
    EligibilityAnswer,
    Person,
    PoliceSharing,
    Referral,
    Role,
    ValidationError,
    validate_new_referral,
)
from desktop.domain.demographics import Disability, Ethnicity, GenderIdentity, Sex, contact_problems
from desktop.domain.eligibility import facts_from, override
from desktop.domain.errors import Problem
from desktop.ui.qt_typed import to_qdate

from ..context import AppContext
from ..date_field import DateField, DateProblem
from ..demographics import disability_combo, ethnicity_combo, gender_identity_combo, sex_combo
from ..labels import problem_text, question_text
from ..validation import name_problem, phone_problem
from ..wheel_guard import guard_wheel
from .base import WriteDialog, problem_label, show_problem

LABEL_WIDTH = 150  # one label column width for every section, so the fields line up
NOT_ENTERED = QDate(1900, 1, 1)  # a QDateEdit at its minimum shows "not entered"


class NewReferralDialog(WriteDialog):
    referral_created = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New referral"))
        self.created_person_id = ""
        self.problems: dict[str, QLabel] = {}
        self._labels: dict[str, str] = {}
        self._fields: dict[str, QWidget] = {}
        self.locked: dict[str, bool] = {}  # the answers the dates decide, locked on the form
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self._person_box(body))
        body_layout.addWidget(self._referral_box(body))
        body_layout.addWidget(self._eligibility_box(body))
        body_layout.addWidget(self._consent_box(body))
        body_layout.addWidget(self._keyworker_box(body))
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(780, 860)
        for edit in (self.date_of_birth, self.offence_date, self.referral_date):
            edit.dateChanged.connect(self._on_dates_changed)
        self._on_dates_changed()
        self._dirty = False
        guard_wheel(self)  # the wheel scrolls the form; it changes a choice only once that has the focus
        self.first_name.setFocus()
        ctx.runner.run(
            lambda: (ctx.services.staff.users(), ctx.services.setting("force_name", "")),
            self._on_users_loaded,
            lambda _exc: None,
        )

    # -- building ------------------------------------------------------------------------------------------
    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        holder = QWidget(widget.parentWidget())
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        widget.setParent(holder)
        box.addWidget(widget)
        problem = problem_label(
            holder, self.tr("Problem with {0}").format(label.replace("&", "").rstrip(":"))
        )
        box.addWidget(problem)
        label_widget = QLabel(label, holder.parentWidget())
        label_widget.setBuddy(widget)
        label_widget.setMinimumWidth(LABEL_WIDTH)
        form.addRow(label_widget, holder)
        clean = label.replace("&", "").rstrip(":")
        widget.setAccessibleName(clean)
        self.problems[key], self._labels[key], self._fields[key] = problem, clean, widget

    def _label(self, text: str, buddy: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(buddy)
        label.setMinimumWidth(LABEL_WIDTH)
        return label

    def _line(self, parent: QWidget, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self._mark_dirty)
        return edit

    def _date(self, parent: QWidget, value: QDate, calendar_years_back: int = 0) -> DateField:
        """Typed as a UK user types it (see desktop/ui/date_field.py); blank until entered."""
        edit = DateField(
            lambda: self._ctx.clock().date(), parent, past_only=True, calendar_years_back=calendar_years_back
        )
        if value != NOT_ENTERED:
            edit.setDate(value)
        edit.textEdited.connect(self._mark_dirty)
        return edit

    def _person_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Person"), parent)
        form = QFormLayout(box)
        self.first_name = self._line(box)
        self.last_name = self._line(box)
        self.date_of_birth = self._date(box, NOT_ENTERED, calendar_years_back=30)
        self.force_reference = self._line(box, self.tr("crime number or URN"))
        self.pnc_id = self._line(box, self.tr("optional"))
        self.phone = self._line(box)
        self.address = self._line(box)
        self.language = QComboBox(box)
        self.language.setEditable(True)
        self.language.addItems([self.tr("English"), self.tr("Welsh")])
        self.sex = sex_combo(box)
        self.ethnicity = ethnicity_combo(box)
        self.gender_identity = gender_identity_combo(box)
        self.disability = disability_combo(box)
        for combo in (self.sex, self.ethnicity, self.gender_identity, self.disability):
            combo.currentIndexChanged.connect(self._mark_dirty)
        self.gp_practice = self._line(box, self.tr("optional: the practice's name"))
        self.emergency_name = self._line(box, self.tr("optional"))
        self.emergency_phone = self._line(box)
        self.emergency_relationship = self._line(box, self.tr("e.g. mother, partner, friend"))
        self._add(form, "first_name", self.tr("&First name:"), self.first_name)
        self._add(form, "last_name", self.tr("&Last name:"), self.last_name)
        self._add(form, "date_of_birth", self.tr("Date of &birth:"), self.date_of_birth)
        self._add(form, "force_reference", self.tr("Force &reference:"), self.force_reference)
        self._add(form, "pnc_id", self.tr("&PNC ID:"), self.pnc_id)
        self._add(form, "phone", self.tr("P&hone:"), self.phone)
        self._add(form, "address", self.tr("Addr&ess:"), self.address)
        self._add(form, "language", self.tr("Preferred lan&guage:"), self.language)
        self._add(form, "sex", self.tr("Se&x:"), self.sex)
        self._add(form, "ethnicity", self.tr("E&thnicity:"), self.ethnicity)
        self._add(form, "gender_identity", self.tr("Gender identit&y:"), self.gender_identity)
        self._add(form, "disability", self.tr("Disa&bility:"), self.disability)
        self._add(form, "gp_practice", self.tr("GP practice:"), self.gp_practice)
        self._add(form, "emergency_name", self.tr("Emergency contact:"), self.emergency_name)
        self._add(form, "emergency_phone", self.tr("Their phone:"), self.emergency_phone)
        self._add(form, "emergency_relationship", self.tr("Relationship:"), self.emergency_relationship)
        return box

    def _referral_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Referral from the force"), parent)
        form = QFormLayout(box)
        self.force = self._line(box)
        self.officer = self._line(box, self.tr("referring officer's name and collar number"))
        self.offence = self._line(box, self.tr("e.g. possession of a class B drug"))
        today = to_qdate(self._ctx.clock().date())
        self.offence_date = self._date(box, NOT_ENTERED)
        self.referral_date = self._date(box, today)
        self._add(form, "force", self.tr("F&orce:"), self.force)
        self._add(form, "officer", self.tr("O&fficer:"), self.officer)
        self._add(form, "offence", self.tr("Offen&ce:"), self.offence)
        self._add(form, "offence_date", self.tr("Offence &date:"), self.offence_date)
        self._add(form, "referral_date", self.tr("Referral da&te:"), self.referral_date)
        return box

    def _eligibility_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Eligibility (answer every question)"), parent)
        outer = QVBoxLayout(box)
        self.eligibility_warning = problem_label(box, self.tr("Eligibility warning"), warning=True)
        outer.addWidget(self.eligibility_warning)
        grid = QGridLayout()
        outer.addLayout(grid)
        self.answers: dict[str, QButtonGroup] = {}
        self.answer_notes: dict[str, QLabel] = {}
        for row, q in enumerate(ELIGIBILITY_QUESTIONS):
            text = QLabel(question_text(q), box)
            text.setWordWrap(True)
            yes, no = QRadioButton(self.tr("Yes"), box), QRadioButton(self.tr("No"), box)
            yes.setAccessibleName(self.tr("{0}: yes").format(question_text(q)))
            no.setAccessibleName(self.tr("{0}: no").format(question_text(q)))
            group = QButtonGroup(box)
            group.addButton(yes, 1)
            group.addButton(no, 0)
            group.idToggled.connect(self._on_eligibility_changed)
            note = QLabel(box)
            note.setMinimumWidth(150)
            grid.addWidget(text, row, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
            grid.addWidget(note, row, 3)
            self.answers[q.id], self.answer_notes[q.id] = group, note
        grid.setColumnStretch(0, 1)
        self.override_reason = QLineEdit(box)
        self.override_reason.setPlaceholderText(
            self.tr("why this person should be offered a contract anyway")
        )
        self.override_reason.setAccessibleName(self.tr("Manager override reason"))
        self.override_reason.textEdited.connect(self._on_eligibility_changed)
        self.override_label = QLabel(self.tr("Manager &override reason:"), box)
        self.override_label.setBuddy(self.override_reason)
        override_row = QGridLayout()
        override_row.addWidget(self.override_label, 0, 0)
        override_row.addWidget(self.override_reason, 0, 1)
        outer.addLayout(override_row)
        self.override_label.hide()
        self.override_reason.hide()
        self.problems["eligibility"] = problem_label(box, self.tr("Eligibility problem"))
        self._labels["eligibility"] = self.tr("Eligibility")
        outer.addWidget(self.problems["eligibility"])
        return box

    def _consent_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Consent"), parent)
        form = QFormLayout(box)
        self.sharing = QComboBox(box)
        for option in PoliceSharing:
            self.sharing.addItem(option.label, option.value)
        self.sharing.setAccessibleName(self.tr("Sharing with the police"))
        self.national = QCheckBox(self.tr("Agrees to national treatment reporting (NDTMS)"), box)
        self.agreement_ref = self._line(box, self.tr("data sharing agreement reference"))
        self.agreement_ref.setAccessibleName(self.tr("Sharing agreement reference"))
        form.addRow(self._label(self.tr("&Share with police:"), self.sharing, box), self.sharing)
        form.addRow(self._label("", self.national, box), self.national)
        form.addRow(self._label(self.tr("A&greement ref.:"), self.agreement_ref, box), self.agreement_ref)
        return box

    def _keyworker_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Keyworker"), parent)
        form = QFormLayout(box)
        self.keyworker = QComboBox(box)
        self.keyworker.setAccessibleName(self.tr("Keyworker"))
        me = self._ctx.services.user
        if me.role.sees_everyone:
            self.keyworker.addItem(self.tr("Unassigned"), None)
        else:
            self.keyworker.addItem(me.display_name, me.id)
            self.keyworker.setEnabled(False)
        form.addRow(self._label(self.tr("&Keyworker:"), self.keyworker, box), self.keyworker)
        return box

    def _on_users_loaded(self, result: Any) -> None:
        users, force_name = result
        if force_name and not self.force.text():
            self.force.setText(force_name)
        me = self._ctx.services.user
        if not me.role.sees_everyone:
            return
        for u in users:
            if u.role is Role.KEYWORKER and u.active:
                self.keyworker.addItem(u.display_name, u.id)

    # -- eligibility ---------------------------------------------------------------------------------------
    def answers_given(self) -> tuple[EligibilityAnswer, ...]:
        out = []
        for q in ELIGIBILITY_QUESTIONS:
            checked = self.answers[q.id].checkedId()
            if checked in (0, 1):
                out.append(EligibilityAnswer(q.id, bool(checked)))
        return tuple(out)

    def set_answer(self, question_id: str, answer: bool) -> None:
        self.answers[question_id].button(1 if answer else 0).setChecked(True)

    def answer_all_eligible(self) -> None:
        """Answer the questions the dates do not decide with the eligible answer (tests and demo data)."""
        for q in ELIGIBILITY_QUESTIONS:
            if q.id not in self.locked:
                self.set_answer(q.id, q.expected)

    def failed_answers(self) -> list[EligibilityAnswer]:
        return [a for a in self.answers_given() if not a.passes]

    @property
    def is_manager(self) -> bool:
        return self._ctx.services.user.role.sees_everyone

    def _on_dates_changed(self, *_args: object) -> None:
        """Answers the dates decide are filled in and locked, with the reason beside them."""
        facts = facts_from(
            self._entered(self.date_of_birth),
            self._entered(self.offence_date),
            self._entered(self.referral_date),
        )
        decided = facts.decided()
        self.locked = decided
        for q in ELIGIBILITY_QUESTIONS:
            group = self.answers[q.id]
            if q.id in decided:
                group.button(1 if decided[q.id] else 0).setChecked(True)
                tip = self.tr("Decided by the dates: {0}.").format(facts.reason(q.id))
            else:
                tip = ""
            for button in group.buttons():
                button.setEnabled(q.id not in decided)
                button.setToolTip(tip)
        self._on_eligibility_changed()

    def _on_eligibility_changed(self, *_args: object) -> None:
        self._mark_dirty()
        given = {a.question_id: a for a in self.answers_given()}
        for q in ELIGIBILITY_QUESTIONS:
            note = self.answer_notes[q.id]
            a = given.get(q.id)
            text = "" if a is None else (self.tr("OK") if a.passes else self.tr("⚠ Not eligible"))
            if q.id in self.locked and text:
                text += " " + self.tr("(from the dates)")
            note.setText(text)
            note.setStyleSheet(
                ""
                if a is None or a.passes
                else "color: #ffffff; background-color: #b3261e; border-radius: 3px; padding: 1px 4px;"
            )
        failed = self.failed_answers()
        can_override = bool(failed) and self.is_manager
        self.override_label.setVisible(can_override)
        self.override_reason.setVisible(can_override)
        overridden = can_override and bool(self.override_reason.text().strip())
        if failed and overridden:
            show_problem(
                self.eligibility_warning,
                self.tr(
                    "Manager override: %n failed answer(s) ({what}) will be let through with your reason, which the "
                    "audit log, the record and the contract start notice show.",
                    "",
                    len(failed),
                ).format(what="; ".join(question_text(a.question) for a in failed)),
            )
            self.save_button.setText(self.tr("Save (override)"))
        elif failed:
            show_problem(
                self.eligibility_warning,
                self.tr(
                    "Warning: %n answer(s) make this person ineligible: {what}. You can still save the referral; "
                    "the failed answers are recorded with it.",
                    "",
                    len(failed),
                ).format(what="; ".join(question_text(a.question) for a in failed))
                + (
                    ""
                    if not self.is_manager
                    else " " + self.tr("A manager can override them with a written reason.")
                ),
            )
            self.save_button.setText(self.tr("Save (not eligible)"))
        else:
            show_problem(self.eligibility_warning, "")
            self.save_button.setText(self.tr("Save"))

    def _answers_to_save(self) -> tuple[EligibilityAnswer, ...]:
        reason = self.override_reason.text().strip() if self.override_reason.isVisible() else ""
        if not reason:
            return self.answers_given()
        return tuple(a if a.passes else override(a, reason, self.is_manager) for a in self.answers_given())

    # -- saving --------------------------------------------------------------------------------------------
    @staticmethod
    def _entered(edit: DateField) -> date | None:
        try:
            return edit.value()
        except DateProblem:
            return None  # build() reports edit.problem()

    def build(self) -> tuple[Person, Referral, Consent, dict[str, str]]:
        """The domain objects the form describes, and the problems with it (empty when it can be saved)."""
        today = self._ctx.clock().date()
        dob, offence_on, referred_on = (
            self._entered(self.date_of_birth),
            self._entered(self.offence_date),
            self._entered(self.referral_date),
        )
        person = Person(
            self.first_name.text().strip(),
            self.last_name.text().strip(),
            dob or today,
            self.force_reference.text().strip(),
            keyworker_id=self.keyworker.currentData(),
            pnc_id=self.pnc_id.text().strip() or None,
            phone=self.phone.text().strip(),
            address=self.address.text().strip(),
            preferred_language=self.language.currentText().strip() or "English",
            sex=Sex(self.sex.currentData()),
            ethnicity=Ethnicity(self.ethnicity.currentData()),
            gender_identity=GenderIdentity(self.gender_identity.currentData()),
            disability=Disability(self.disability.currentData()),
            gp_practice=" ".join(self.gp_practice.text().split()),
            emergency_name=" ".join(self.emergency_name.text().split()),
            emergency_phone=self.emergency_phone.text().strip(),
            emergency_relationship=" ".join(self.emergency_relationship.text().split()),
        )
        referral = Referral(
            person.id,
            self.force.text().strip(),
            self.officer.text().strip(),
            self.offence.text().strip(),
            offence_on or today,
            referred_on or today,
            self._answers_to_save(),
        )
        consent = Consent(
            person.id,
            PoliceSharing(self.sharing.currentData()),
            self.national.isChecked(),
            today,
            self.agreement_ref.text().strip(),
        )
        problems: dict[str, str] = {}
        try:
            validate_new_referral(person, referral, today)
        except ValidationError as exc:
            problems.update(exc.problems)
        for key, value, edit in (
            ("date_of_birth", dob, self.date_of_birth),
            ("offence_date", offence_on, self.offence_date),
            ("referral_date", referred_on, self.referral_date),
        ):
            if edit.problem():
                problems[key] = edit.problem()
            elif value is None:
                problems[key] = Problem("required")
        for key, name_edit in (("first_name", self.first_name), ("last_name", self.last_name)):
            if name_problem(name_edit.text()) and key not in problems:
                problems[key] = name_problem(name_edit.text())
        if phone_problem(self.phone.text()):
            problems["phone"] = phone_problem(self.phone.text())
        problems.update(
            contact_problems(
                person.gp_practice,
                person.emergency_name,
                person.emergency_phone,
                person.emergency_relationship,
            )
        )
        if phone_problem(person.emergency_phone):
            problems["emergency_phone"] = phone_problem(person.emergency_phone)
        return person, referral, consent, problems

    def _check(self) -> bool:
        *_objects, problems = self.build()
        for key, label in self.problems.items():
            text = problems.get(key, "")
            if key == "eligibility" and text.startswith("unanswered"):
                text = self.tr("Answer every eligibility question ({0}).").format(problem_text(text))
            elif key == "eligibility" and text:
                text = self.tr("Refused: {0}.").format(problem_text(text))
            elif text:
                text = f"{self._labels[key]} {problem_text(text)}."
            show_problem(label, text)
        if problems:
            show_problem(
                self.message,
                self.tr(
                    "%n problem(s) to fix before saving: see the messages beside the fields.",
                    "",
                    len(problems),
                ),
            )
            first = next((k for k in self._fields if k in problems), None)
            if first:
                self._fields[first].setFocus()
        return not problems

    def _write(self) -> Callable[[], Any]:
        person, referral, consent, _problems = self.build()
        cases = self._ctx.services.cases
        return lambda: cases.add_referral(person, referral, consent)

    def _written(self, result: Any) -> None:
        self.created_person_id = result.id
        self.referral_created.emit(result.id)
