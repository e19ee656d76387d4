"""The road not taken: authenticated field encryption (AES-GCM, ``cryptography``).

Run: python benchmarks/bench_field_encryption.py [--records N]   (about a minute)

Encrypting each personal field in Python instead of the whole file (SQLCipher) costs little per
save, but the FTS5 trigram index can then hold only ciphertext, which no substring matches:
the queue search would have to decrypt every record's fields and compare in Python. This
prints both costs, the search one measured on ``--records`` records and scaled to 1,000,000,
next to what the trigram index answers in (see bench_search.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import (  # noqa: E402
    RESIDENT_EMAIL,
    RESIDENT_NAME,
    RESIDENT_PHONE,
    SECRET_DESCRIPTION,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    options = parser.parse_args()
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError:
        raise SystemExit("needs the cryptography package (pip install cryptography)") from None

    cipher = AESGCM(AESGCM.generate_key(bit_length=256))
    fields = [RESIDENT_NAME, RESIDENT_EMAIL, RESIDENT_PHONE, SECRET_DESCRIPTION, "On behalf of"]

    def seal(text: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + cipher.encrypt(nonce, text.encode(), None)

    save_us = []
    for _ in range(2000):
        started = time.perf_counter()
        for field in fields:
            seal(field)
        save_us.append((time.perf_counter() - started) * 1e6)

    sealed = [
        [seal(f"{field} {number}") for field in fields[:4]] for number in range(options.records)
    ]
    started = time.perf_counter()
    found = 0
    for record in sealed:
        for blob in record:
            if "snowplough" in cipher.decrypt(blob[:12], blob[12:], None).decode():
                found += 1
                break
    scan_seconds = time.perf_counter() - started
    assert found == options.records
    per_million = scan_seconds * 1_000_000 / options.records
    print(f"{'figure':<58}{'measured':>10}")
    print(f"{'encrypt 5 fields per save, median (µs)':<58}{statistics.median(save_us):>10.0f}")
    print(f"{'search by decrypting 4 fields per record, 1M records (s)':<58}{per_million:>10.1f}")
    print("(the trigram index on the SQLCipher file answers the same search in milliseconds)")


if __name__ == "__main__":
    main()
