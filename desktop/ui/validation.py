"""Sanity checks on what people type, each returning a one-line reason (or "" when fine), shared by the
referral dialog and the record's Details tab."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

MAX_NAME = 60  # long enough for any real name, short enough to keep the record header on screen
PHONE_EXTRA = frozenset(" +()-")
_EMAIL = re.compile(
    r"^[^@\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)


def email_problem(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    if len(text) > 254 or not _EMAIL.match(text) or ".." in text:
        return QCoreApplication.translate(
            "Validation", "is not an email address: one @, then a domain such as example.org.uk"
        )
    return ""


def phone_problem(text: str) -> str:
    text = text.strip()
    digits = sum(ch.isdigit() for ch in text)
    if text and (any(not (ch.isdigit() or ch in PHONE_EXTRA) for ch in text) or not 7 <= digits <= 15):
        return QCoreApplication.translate(
            "Validation", "is not a phone number: 7 to 15 digits, spaces, + ( ) - allowed"
        )
    return ""


def name_problem(text: str) -> str:
    length = len(text.strip())
    if length > MAX_NAME:
        return QCoreApplication.translate(
            "Validation", "is too long: at most {0} characters (this has {1})"
        ).format(MAX_NAME, length)
    return ""
