"""A CMS template for repeated PAdES B-B signatures by one RSA key: the main cost of pyHanko, removed safely.

Measured (benchmarks/returns.py): after the key fix, about three quarters of pyHanko's signing time was
asn1crypto building and encoding the same CMS structure again and again. For one signer, a PAdES B-B signature
container differs between documents in two places only: the 32-byte message digest and the RSA signature
(PKCS#1 v1.5: fixed length, deterministic). So pyHanko builds the container twice, with two digests and two
signing times; the template is kept only if

- the two containers differ nowhere but in those two places (no signing time or other varying attribute), and
- filling the template with the first digest reproduces pyHanko's first container byte for byte.

Otherwise (other key types, timestamps, other attributes) pyHanko's own path is used, unchanged.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from asn1crypto import cms


@dataclass(frozen=True, slots=True)
class CmsTemplate:
    der: bytes
    digest_at: int
    digest_len: int
    attrs_at: int
    attrs_len: int
    signature_at: int
    signature_len: int

    def fill(self, digest: bytes, sign: Callable[[bytes], bytes]) -> bytes:
        """The container for `digest`; `sign` signs the DER of the signed attributes (tagged as a SET)."""
        if len(digest) != self.digest_len:
            raise ValueError("digest length differs from the template's")
        out = bytearray(self.der)
        out[self.digest_at : self.digest_at + self.digest_len] = digest
        attrs = bytes(out[self.attrs_at : self.attrs_at + self.attrs_len])
        signature = sign(b"\x31" + attrs[1:])  # [0] IMPLICIT in SignerInfo, signed as SET OF (RFC 5652 5.4)
        if len(signature) != self.signature_len:
            raise ValueError("signature length differs from the template's")
        out[self.signature_at : self.signature_at + self.signature_len] = signature
        return bytes(out)


async def build_template(
    produce: Callable[[bytes, int], Awaitable[cms.ContentInfo]],
    digest_len: int,
    sign: Callable[[bytes], bytes],
) -> CmsTemplate | None:
    """Ask pyHanko (`produce(digest, variant)`) for two containers and derive a checked template, or None.

    `variant` 0 and 1 must differ in everything the caller can vary besides the digest (e.g. signing time).
    """
    first_digest, second_digest = os.urandom(digest_len), os.urandom(digest_len)
    first = (await produce(first_digest, 0)).dump()
    second = (await produce(second_digest, 1)).dump()
    if len(first) != len(second):
        return None
    info = cms.ContentInfo.load(first)
    signer_info = info["content"]["signer_infos"][0]
    attrs = signer_info["signed_attrs"].dump()
    signature = signer_info["signature"].native
    spans = []
    for needle in (first_digest, attrs, signature):
        at = first.find(needle)
        if at < 0 or first.find(needle, at + 1) >= 0:
            return None  # absent or ambiguous: do not guess
        spans.append((at, len(needle)))
    (digest_at, _), (attrs_at, attrs_len), (signature_at, signature_len) = spans
    if second[digest_at : digest_at + digest_len] != second_digest:
        return None
    varying = (range(digest_at, digest_at + digest_len), range(signature_at, signature_at + signature_len))
    if any(
        a != b and not any(i in span for span in varying)
        for i, (a, b) in enumerate(zip(first, second, strict=True))
    ):
        return None
    template = CmsTemplate(first, digest_at, digest_len, attrs_at, attrs_len, signature_at, signature_len)
    try:
        if template.fill(first_digest, sign) != first or template.fill(second_digest, sign) != second:
            return None
    except ValueError:
        return None
    return template
