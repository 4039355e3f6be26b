"""Encryption at rest for a data folder (see ``folder_key`` and ``sealed_file``).

A folder is encrypted when it holds ``fieldkit.key``. Its random 256-bit data key is wrapped
(AES-256-GCM) by a key derived from the researcher's passphrase with Argon2id, and once more by
a printable recovery key. From the data key come, by HKDF, the SQLCipher raw key of the database
and the key of every sealed file (blobs, photos, thumbnails, recordings).
"""

from fieldkit.storage.crypto.folder_key import (
    KEY_FILE,
    FolderKey,
    change_passphrase,
    create_key,
    is_encrypted,
    unlock,
)

__all__ = ["KEY_FILE", "FolderKey", "change_passphrase", "create_key", "is_encrypted", "unlock"]
