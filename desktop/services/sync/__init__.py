"""File-based sync with the force: signed, encrypted `.cpbundle` files. No Qt; see docs/sync-format.md."""

from __future__ import annotations

from .bundle import (
    DEFAULT_MAX_SIZE,
    Attachment,
    BundleHeader,
    OpenedBundle,
    build_bundle,
    open_bundle,
    read_bundle_file,
    sha256_hex,
)
from .cms import display_fingerprint, fingerprint
from .errors import (
    BundleError,
    MalformedManifest,
    MalformedPayload,
    MalformedRecord,
    NotABundle,
    OversizedBundle,
    ReplayedBundle,
    TamperedBundle,
    TruncatedBundle,
    UnknownFormatVersion,
    UnpinnedSigner,
    UnsupportedAlgorithm,
    WrongRecipient,
)
from .identity import Identity, cert_pem, key_pem, load_cert, load_key, new_identity
from .manifest import FORMAT_VERSION, Manifest, Party
from .records import ALLOWED_TYPES, RECORD_TYPES, Direction, Record, json_schema, parse_records
from .sequence import SequenceKind, SequenceVerdict, check_sequence

__all__ = [
    "ALLOWED_TYPES",
    "DEFAULT_MAX_SIZE",
    "FORMAT_VERSION",
    "RECORD_TYPES",
    "Attachment",
    "BundleError",
    "BundleHeader",
    "Direction",
    "Identity",
    "MalformedManifest",
    "MalformedPayload",
    "MalformedRecord",
    "Manifest",
    "NotABundle",
    "OpenedBundle",
    "OversizedBundle",
    "Party",
    "Record",
    "ReplayedBundle",
    "SequenceKind",
    "SequenceVerdict",
    "TamperedBundle",
    "TruncatedBundle",
    "UnknownFormatVersion",
    "UnpinnedSigner",
    "UnsupportedAlgorithm",
    "WrongRecipient",
    "build_bundle",
    "cert_pem",
    "check_sequence",
    "display_fingerprint",
    "fingerprint",
    "json_schema",
    "key_pem",
    "load_cert",
    "load_key",
    "new_identity",
    "open_bundle",
    "parse_records",
    "read_bundle_file",
    "sha256_hex",
]
