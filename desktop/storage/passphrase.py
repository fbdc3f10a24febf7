"""A passphrase strength check with a message that says what to do: long enough, not a well-known password,
not a run of one character or a keyboard or alphabet sequence, not the user's name or the product's name.

zxcvbn would score more patterns; this is the part of it that matters most for a store whose every file may be
copied and attacked offline, without a dependency. Argon2id makes each guess cost, so refusing the first few
thousand guesses an attacker tries covers most of the risk.
"""

from __future__ import annotations

import re

MIN_LENGTH = 8
# The most common passwords in public breach corpora (lower-cased), plus the words people reach for here.
COMMON = frozenset(
    [
        "password",
        "passw0rd",
        "p@ssw0rd",
        "p@ssword",
        "password1",
        "password12",
        "password123",
        "password1234",
        "passwordpassword",
        "123456",
        "1234567",
        "12345678",
        "123456789",
        "1234567890",
        "0123456789",
        "987654321",
        "0987654321",
        "11111111",
        "00000000",
        "12341234",
        "qwerty",
        "qwertyui",
        "qwertyuiop",
        "qwerty123",
        "qwerty1234",
        "asdfghjk",
        "asdfghjkl",
        "zxcvbnm",
        "zxcvbnm1",
        "1q2w3e4r",
        "1qaz2wsx",
        "qazwsxedc",
        "abc12345",
        "abcd1234",
        "abcdefgh",
        "iloveyou",
        "iloveyou1",
        "sunshine",
        "princess",
        "football",
        "baseball",
        "superman",
        "batman123",
        "trustno1",
        "letmein1",
        "letmein123",
        "welcome1",
        "welcome123",
        "welcome2",
        "changeme",
        "changeme1",
        "changeme123",
        "administrator",
        "admin123",
        "admin1234",
        "adminadmin",
        "secret123",
        "monkey123",
        "dragon123",
        "starwars",
        "michael1",
        "jennifer",
        "jordan23",
        "liverpool",
        "chelsea1",
        "arsenal1",
        "manchester",
        "computer",
        "internet",
        "whatever",
        "freedom1",
        "shadow123",
        "master123",
        "mustang1",
        "access14",
        "default1",
        "login123",
        "hello123",
        "helloworld",
        "newpassword",
        "mypassword",
        "temppass",
        "temp1234",
        "test1234",
        "testtest",
        "guest123",
        "summer2024",
        "summer2025",
        "summer2026",
        "winter2024",
        "winter2025",
        "winter2026",
        "spring2026",
        "autumn2026",
        "january1",
        "december",
        "checkpoint",
        "checkpoint1",
        "checkpoint123",
        "keyworker",
        "keyworker1",
        "manager1",
        "manager123",
        "navigator",
        "police123",
        "durham123",
    ]
)
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv")


class WeakPassphrase(ValueError):
    """The passphrase was refused; the message says why and what would do."""


def _is_sequence(text: str) -> bool:
    return any(text in seq or text in seq[::-1] for seq in _SEQUENCES)


def _core(text: str) -> str:
    """What is left after the usual decorations: trailing digits and symbols, a capital, leet spellings."""
    core = re.sub(r"[\d\W_]+\Z", "", text.lower())
    return core.translate(str.maketrans("@0134$5!", "aoleassi"))


def check_passphrase(passphrase: str, username: str = "") -> None:
    """Raise WeakPassphrase naming the problem; return quietly for an acceptable passphrase."""
    advice = "; try three or four unrelated words"
    if len(passphrase) < MIN_LENGTH:
        raise WeakPassphrase(f"a passphrase must be at least {MIN_LENGTH} characters{advice}")
    lowered = passphrase.lower()
    if lowered in COMMON or _core(passphrase) in COMMON or len(set(lowered)) <= 2:
        raise WeakPassphrase(f"that passphrase is one of the first an attacker tries{advice}")
    if lowered.isdigit() and len(lowered) < 16:
        raise WeakPassphrase(f"a passphrase of digits only must be at least 16 digits long{advice}")
    if _is_sequence(lowered):
        raise WeakPassphrase(f"a keyboard or alphabet sequence is not a passphrase{advice}")
    name = username.strip().lower()
    if name and len(name) >= 3 and (name in lowered and len(lowered) - len(name) < MIN_LENGTH):
        raise WeakPassphrase(f"the passphrase must not be mostly the user name{advice}")
