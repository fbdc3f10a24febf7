"""Why a bundle was refused. Each refusal has its own class and a message that says which check failed.

Messages never quote record content: they name the check, the file's structure, sizes, sequence numbers,
bundle IDs and certificate fingerprints only.
"""

from __future__ import annotations


class BundleError(Exception):
    """A bundle was refused; nothing from it may be applied."""


class NotABundle(BundleError):
    """The file is not a CMS EnvelopedData at all (wrong file, or a different kind of CMS)."""


class TruncatedBundle(BundleError):
    """The file ends before its own declared length: a partial copy or an interrupted transfer."""


class OversizedBundle(BundleError):
    """The file, or what it unpacks to, is bigger than this receiver accepts."""


class WrongRecipient(BundleError):
    """The bundle is encrypted for, or addressed to, someone else."""


class TamperedBundle(BundleError):
    """Decryption or the sender's signature failed: the file was changed after it was made."""


class UnpinnedSigner(BundleError):
    """Signed by a certificate that is not one of this receiver's pinned partners."""


class UnsupportedAlgorithm(BundleError):
    """Signed or encrypted with an algorithm this receiver does not accept (e.g. SHA-1)."""


class UnknownFormatVersion(BundleError):
    """The payload's format version is not one this program understands."""


class MalformedPayload(BundleError):
    """Correctly signed, but the payload inside does not follow the format."""


class MalformedManifest(MalformedPayload):
    """manifest.json is missing, is not JSON, or has a missing or wrong field."""


class MalformedRecord(MalformedPayload):
    """A line of records.jsonl is not a valid record."""


class ReplayedBundle(BundleError):
    """Received before (same bundle ID or same sequence number): refused, and nothing changes."""
