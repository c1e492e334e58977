"""End-to-end test support for homing-cli: local fake services and a harness.

Everything here talks to 127.0.0.1 only. See harness.py for the isolation
guard that refuses to run outside a private network namespace.
"""
