from tests.storage.encrypted_demo import cheap_kdf, demo_copy, plain_demo  # noqa: F401
