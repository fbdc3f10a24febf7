"""Keys derived from the force's data key (the key its vault wraps), one per purpose, with HKDF-SHA-256.

- the SQLCipher key of DIR/force.db (SQLite);
- the passphrase of the force's signing key file (force-key.pem), so a user's vault passphrase opens it;
- AES-256-GCM for each personal field of a referral (the token names the row and column it belongs to, so a
  DBA cannot move a value from one person or field to another without the read failing);
- HMAC-SHA-256 blind indexes, one key per indexed field, so equal values can be found without decrypting;
- AES-256-GCM for return PDFs kept in DIR/returns/.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

TOKEN_PREFIX = "v1."
FILE_MAGIC = b"CPFORCE1"


class SealBroken(Exception):
    """A token or sealed file did not open: damaged, moved to another row, or made with another key."""


def _derive(data_key: bytes, purpose: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, f"checkpoint-force {purpose}".encode()).derive(data_key)


class ForceKeys:
    def __init__(self, data_key: bytes) -> None:
        if len(data_key) != 32:
            raise ValueError("the data key must be 32 bytes")
        self.sqlcipher_key = _derive(data_key, "sqlcipher")
        self._fields = AESGCM(_derive(data_key, "field encryption"))
        self._files = AESGCM(_derive(data_key, "return files"))
        self._index = _derive(data_key, "blind index")
        self._pem = _derive(data_key, "signing key file")
        self.key_check = hmac.new(
            _derive(data_key, "key check"), b"checkpoint-force", hashlib.sha256
        ).hexdigest()

    @property
    def key_file_passphrase(self) -> str:
        return base64.b64encode(self._pem).decode("ascii")

    # -- personal fields ------------------------------------------------------------------------------------
    def seal(self, value: str, where: str) -> str:
        """`where` is '<table>.<column>:<row id>'; it is authenticated, not stored."""
        nonce = os.urandom(12)
        sealed = self._fields.encrypt(nonce, value.encode("utf-8"), where.encode("utf-8"))
        return TOKEN_PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def unseal(self, token: str, where: str) -> str:
        if not token.startswith(TOKEN_PREFIX):
            raise SealBroken(f"{where.split(':')[0]} is not an encrypted value")
        try:
            raw = base64.urlsafe_b64decode(token[len(TOKEN_PREFIX) :].encode("ascii"))
            return self._fields.decrypt(raw[:12], raw[12:], where.encode("utf-8")).decode("utf-8")
        except (InvalidTag, ValueError, UnicodeError):
            raise SealBroken(
                f"{where.split(':')[0]} of a referral does not open: damaged, moved to another "
                "row, or written with another key"
            ) from None

    def blind(self, field: str, normalised: str) -> str:
        """The blind index of an already normalised value (see people.normalise)."""
        return hmac.new(self._index, f"{field}\x00{normalised}".encode(), hashlib.sha256).hexdigest()

    # -- files ----------------------------------------------------------------------------------------------
    def seal_file(self, data: bytes, name: str) -> bytes:
        nonce = os.urandom(12)
        return FILE_MAGIC + nonce + self._files.encrypt(nonce, data, name.encode("utf-8"))

    def open_file(self, sealed: bytes, name: str) -> bytes:
        if not sealed.startswith(FILE_MAGIC):
            raise SealBroken(f"returns/{name} is not a sealed file")
        body = sealed[len(FILE_MAGIC) :]
        try:
            return self._files.decrypt(body[:12], body[12:], name.encode("utf-8"))
        except InvalidTag:
            raise SealBroken(f"returns/{name} is damaged or was not written by this force") from None
