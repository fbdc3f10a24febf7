"""The data's whole life under UK GDPR: legal holds, erasure, the retention schedule and subject access."""
