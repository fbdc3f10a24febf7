"""The Details tab: the person (editable), the referral (read-only, failed eligibility in words), consent (editable)."""

from __future__ import annotations

from dataclasses import replace
from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import ELIGIBILITY_QUESTIONS, Consent, Person, PoliceSharing, Referral
from desktop.domain.demographics import Disability, Ethnicity, GenderIdentity, Sex, contact_problems
from desktop.ui.labels import question_text
from desktop.ui.language import ui_label
from desktop.ui.qt_typed import py_date, to_qdate

from ..date_field import DateField
from ..demographics import (
    disability_combo,
    ethnicity_combo,
    gender_identity_combo,
    set_choice,
    sex_combo,
)
from ..dialogs.base import problem_label, show_problem
from ..validation import email_problem, name_problem, phone_problem
from .controller import LoadedCase, RecordController
from .onward_box import OnwardBox
from .style import fmt_date


class DetailsTab(QWidget):
    def __init__(self, controller: RecordController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._person: Person | None = None
        self._consent: Consent | None = None
        self._person_dirty = False
        self._consent_dirty = False
        body = QWidget(self)
        columns = QHBoxLayout(body)
        left = QVBoxLayout()
        left.addWidget(self._person_box(body))
        left.addWidget(self._consent_box(body))
        left.addStretch(1)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(self._referral_box(body), 1)
        self.onward = OnwardBox(controller, body)
        right.addWidget(self.onward)
        columns.addLayout(right, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        controller.loaded.connect(self._on_controller_loaded)

    # -- building ------------------------------------------------------------------------------------------
    def _line(self, parent: QWidget, name: str) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setAccessibleName(name)
        edit.textEdited.connect(self._on_person_edited)
        return edit

    def _person_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Person"), parent)
        form = QFormLayout(box)
        self.first_name = self._line(box, self.tr("First name"))
        self.last_name = self._line(box, self.tr("Last name"))
        self.date_of_birth = DateField(lambda: self._controller.now().date(), box, past_only=True)  # typed
        self.date_of_birth.setAccessibleName(self.tr("Date of birth"))
        self.date_of_birth.textEdited.connect(self._on_person_edited)
        self.force_reference = self._line(box, self.tr("Force reference"))
        self.pnc_id = self._line(box, self.tr("PNC ID"))
        self.phone = self._line(box, self.tr("Phone"))
        self.email = self._line(box, self.tr("Email"))
        self.address = self._line(box, self.tr("Address"))
        self.language = self._line(box, self.tr("Preferred language"))
        self.sex = sex_combo(box)
        self.sex.setAccessibleName(self.tr("Sex"))
        self.ethnicity = ethnicity_combo(box)
        self.ethnicity.setAccessibleName(self.tr("Ethnicity"))
        self.gender_identity = gender_identity_combo(box)
        self.gender_identity.setAccessibleName(self.tr("Gender identity"))
        self.disability = disability_combo(box)
        self.disability.setAccessibleName(self.tr("Disability"))
        for combo in (self.sex, self.ethnicity, self.gender_identity, self.disability):
            combo.currentIndexChanged.connect(self._on_person_edited)
        self.gp_practice = self._line(box, self.tr("GP practice"))
        self.emergency_name = self._line(box, self.tr("Emergency contact's name"))
        self.emergency_phone = self._line(box, self.tr("Emergency contact's phone"))
        self.emergency_relationship = self._line(box, self.tr("Emergency contact's relationship"))
        for label, widget in (
            (self.tr("First name:"), self.first_name),
            (self.tr("Last name:"), self.last_name),
            (self.tr("Date of birth:"), self.date_of_birth),
            (self.tr("Force reference:"), self.force_reference),
            (self.tr("PNC ID:"), self.pnc_id),
            (self.tr("Phone:"), self.phone),
            (self.tr("Email:"), self.email),
            (self.tr("Address:"), self.address),
            (self.tr("Language:"), self.language),
            (self.tr("Sex:"), self.sex),
            (self.tr("Ethnicity:"), self.ethnicity),
            (self.tr("Gender identity:"), self.gender_identity),
            (self.tr("Disability:"), self.disability),
            (self.tr("GP practice:"), self.gp_practice),
            (self.tr("Emergency contact:"), self.emergency_name),
            (self.tr("Their phone:"), self.emergency_phone),
            (self.tr("Relationship:"), self.emergency_relationship),
        ):
            form.addRow(label, widget)
        self.person_problem = problem_label(box, self.tr("Problem saving details"))
        self.save_person_button = QPushButton(self.tr("Save &details"), box)
        self.save_person_button.setAccessibleName(self.tr("Save personal details"))
        self.save_person_button.setEnabled(False)
        self.save_person_button.clicked.connect(self._on_save_person_clicked)
        form.addRow(self.person_problem)
        form.addRow("", self.save_person_button)
        return box

    def _consent_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Consent"), parent)
        form = QFormLayout(box)
        self.sharing = QComboBox(box)
        for option in PoliceSharing:
            self.sharing.addItem(ui_label(option), option.value)
        self.sharing.setAccessibleName(self.tr("Sharing with the police"))
        self.national = QCheckBox(self.tr("National treatment reporting (NDTMS)"), box)
        self.agreement_ref = QLineEdit(box)
        self.agreement_ref.setAccessibleName(self.tr("Sharing agreement reference"))
        self.consent_recorded = QLabel(box)
        self.sharing.currentIndexChanged.connect(self._on_consent_edited)
        self.national.toggled.connect(self._on_consent_edited)
        self.agreement_ref.textEdited.connect(self._on_consent_edited)
        form.addRow(self.tr("Police sharing:"), self.sharing)
        form.addRow("", self.national)
        form.addRow(self.tr("Agreement ref.:"), self.agreement_ref)
        form.addRow(self.tr("Recorded:"), self.consent_recorded)
        self.consent_problem = problem_label(box, self.tr("Problem saving consent"))
        self.save_consent_button = QPushButton(self.tr("Save &consent"), box)
        self.save_consent_button.setAccessibleName(self.tr("Save consent"))
        self.save_consent_button.setEnabled(False)
        self.save_consent_button.clicked.connect(self._on_save_consent_clicked)
        form.addRow(self.consent_problem)
        form.addRow("", self.save_consent_button)
        return box

    def _referral_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Referral (read-only)"), parent)
        layout = QVBoxLayout(box)
        self.referral_text = QLabel(box)
        self.referral_text.setWordWrap(True)
        self.referral_text.setAccessibleName(self.tr("Referral"))
        self.eligibility_text = QLabel(box)
        self.eligibility_text.setWordWrap(True)
        self.eligibility_text.setAccessibleName(self.tr("Eligibility answers"))
        layout.addWidget(self.referral_text)
        layout.addWidget(self.eligibility_text)
        layout.addStretch(1)
        return box

    # -- state ---------------------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self._person_dirty or self._consent_dirty

    def _on_person_edited(self, *_args: object) -> None:
        if self._person is not None:
            self._person_dirty = True
            self.save_person_button.setEnabled(True)

    def _on_consent_edited(self, *_args: object) -> None:
        if self._person is not None:
            self._consent_dirty = True
            self.save_consent_button.setEnabled(True)

    def _on_controller_loaded(self, loaded: LoadedCase) -> None:
        case = loaded.case
        if not self._person_dirty:
            self._fill_person(case.person)
        if not self._consent_dirty:
            self._fill_consent(case.consent or Consent(case.person.id))
        self._show_referral(case.referral)

    def _fill_person(self, p: Person) -> None:
        self._person = None  # no dirty marks while filling
        for edit, value in (
            (self.first_name, p.first_name),
            (self.last_name, p.last_name),
            (self.force_reference, p.force_reference),
            (self.pnc_id, p.pnc_id or ""),
            (self.phone, p.phone),
            (self.email, p.email),
            (self.address, p.address),
            (self.language, p.preferred_language),
            (self.gp_practice, p.gp_practice),
            (self.emergency_name, p.emergency_name),
            (self.emergency_phone, p.emergency_phone),
            (self.emergency_relationship, p.emergency_relationship),
        ):
            edit.setText(value)
        self.date_of_birth.setDate(to_qdate(p.date_of_birth))
        set_choice(self.sex, p.sex.value)
        set_choice(self.ethnicity, p.ethnicity.value)
        set_choice(self.gender_identity, p.gender_identity.value)
        set_choice(self.disability, p.disability.value)
        self._person = p
        self.save_person_button.setEnabled(False)

    def _fill_consent(self, c: Consent) -> None:
        person, self._person = self._person, None
        self.sharing.setCurrentIndex(self.sharing.findData(c.police_sharing.value))
        self.national.setChecked(c.national_reporting)
        self.agreement_ref.setText(c.sharing_agreement_ref)
        self.consent_recorded.setText(fmt_date(c.recorded_on) if c.recorded_on else self.tr("not recorded"))
        self._person, self._consent = person, c
        self.save_consent_button.setEnabled(False)

    def _show_referral(self, r: Referral | None) -> None:
        if r is None:
            self.referral_text.setText(self.tr("No referral recorded."))
            self.eligibility_text.setText("")
            return
        rows = [
            (self.tr("Force"), r.force),
            (self.tr("Officer"), r.officer),
            (self.tr("Offence"), r.offence),
            (self.tr("Offence date"), fmt_date(r.offence_date)),
            (self.tr("Referred"), fmt_date(r.referral_date)),
        ]
        if r.decision:
            rows.append((self.tr("Force's decision"), r.decision_label))
        self.referral_text.setText(
            "<table>"
            + "".join(f"<tr><td><b>{escape(k)}:</b>&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows)
            + "</table>"
        )
        lines = []
        for a in r.eligibility:
            answer = self.tr("Yes") if a.answer else self.tr("No")
            if a.passes:
                lines.append(f"<li>{escape(question_text(a.question))}: {answer}</li>")
            else:
                override = (
                    f" ({escape(self.tr('overridden by a manager'))}: {escape(a.override_reason)})"
                    if a.overridden
                    else ""
                )
                lines.append(
                    f"<li><span style='background-color: #b3261e; color: #ffffff'>&nbsp;"
                    f"{escape(self.tr('FAILED'))}&nbsp;</span> <b>{escape(question_text(a.question))}: {answer}"
                    f"</b>{override}</li>"
                )
        verdict = self.eligibility_verdict(r)
        self.eligibility_text.setText(
            f"<b>{escape(self.tr('Eligibility'))}</b><br>{escape(verdict)}<ul>{''.join(lines)}</ul>"
        )

    def eligibility_verdict(self, r: Referral) -> str:
        """No answers recorded is not a failed screen (referrals from the force arrive unscreened)."""
        failed = len(r.failed_eligibility)
        if failed and r.eligible:
            return self.tr("Eligible by manager override of %n failed answer(s).", "", failed)
        if failed:
            return self.tr("Not eligible: %n answer(s) failed (recorded at referral).", "", failed)
        if not r.eligibility:
            return self.tr("Eligibility not yet screened: no answers recorded.")
        if not r.eligible:
            return self.tr(
                "Eligibility screening incomplete: {0} of {1} questions answered, none failed."
            ).format(len({a.question_id for a in r.eligibility}), len(ELIGIBILITY_QUESTIONS))
        return self.tr("Eligible: every answer passes.")

    # -- saving --------------------------------------------------------------------------------------------
    def edited_person(self) -> Person | None:
        if self._person is None:
            return None
        return replace(
            self._person,
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            date_of_birth=py_date(self.date_of_birth.date()),
            force_reference=self.force_reference.text().strip(),
            pnc_id=self.pnc_id.text().strip() or None,
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            address=self.address.text().strip(),
            preferred_language=self.language.text().strip() or "English",
            sex=Sex(self.sex.currentData()),
            ethnicity=Ethnicity(self.ethnicity.currentData()),
            gender_identity=GenderIdentity(self.gender_identity.currentData()),
            disability=Disability(self.disability.currentData()),
            gp_practice=" ".join(self.gp_practice.text().split()),
            emergency_name=" ".join(self.emergency_name.text().split()),
            emergency_phone=self.emergency_phone.text().strip(),
            emergency_relationship=" ".join(self.emergency_relationship.text().split()),
        )

    def _on_save_person_clicked(self) -> None:
        if self.date_of_birth.problem() or not self.date_of_birth.text().strip():
            show_problem(
                self.person_problem,
                self.tr("Date of birth {0}.").format(self.tr(self.date_of_birth.problem() or "is required")),
            )
            return
        person = self.edited_person()
        if person is None:
            return
        missing = [
            n
            for n, v in (
                (self.tr("first name"), person.first_name),
                (self.tr("last name"), person.last_name),
                (self.tr("force reference"), person.force_reference),
            )
            if not v
        ]
        if missing:
            show_problem(self.person_problem, self.tr("Required: {0}.").format(", ".join(missing)))
            return
        if person.date_of_birth > self._controller.now().date():
            show_problem(self.person_problem, self.tr("Date of birth is in the future."))
            return
        for label, problem in (
            (self.tr("First name"), name_problem(person.first_name)),
            (self.tr("Last name"), name_problem(person.last_name)),
            (self.tr("Phone"), phone_problem(person.phone)),
            (self.tr("Email"), email_problem(person.email)),
            (self.tr("Emergency contact's phone"), phone_problem(person.emergency_phone)),
        ):
            if problem:
                show_problem(self.person_problem, f"{label} {self.tr(problem)}.")
                return
        contact_labels = {
            "gp_practice": self.tr("GP practice"),
            "emergency_name": self.tr("Emergency contact's name"),
            "emergency_phone": self.tr("Emergency contact's phone"),
            "emergency_relationship": self.tr("Relationship"),
        }
        for key, problem in contact_problems(
            person.gp_practice, person.emergency_name, person.emergency_phone, person.emergency_relationship
        ).items():
            show_problem(self.person_problem, f"{contact_labels[key]} {self.tr(problem)}.")
            return
        show_problem(self.person_problem, "")
        self.save_person_button.setEnabled(False)
        self._controller.save_person(
            person,
            self._on_person_saved,
            lambda msg: self._on_save_failed(self.person_problem, self.save_person_button, msg),
        )

    def _on_person_saved(self, person: Any) -> None:
        self._person_dirty = False
        self._fill_person(person)

    def _on_save_consent_clicked(self) -> None:
        if self._consent is None:
            return
        consent = replace(
            self._consent,
            police_sharing=PoliceSharing(self.sharing.currentData()),
            national_reporting=self.national.isChecked(),
            sharing_agreement_ref=self.agreement_ref.text().strip(),
            recorded_on=self._controller.now().date(),
        )
        show_problem(self.consent_problem, "")
        self.save_consent_button.setEnabled(False)
        self._controller.save_consent(
            consent,
            self._on_consent_saved,
            lambda msg: self._on_save_failed(self.consent_problem, self.save_consent_button, msg),
        )

    def _on_consent_saved(self, consent: Any) -> None:
        self._consent_dirty = False
        self._fill_consent(consent)

    def _on_save_failed(self, label: QLabel, button: QPushButton, message: str) -> None:
        show_problem(label, message)
        button.setEnabled(True)
