"""Deterministic demo data for trying the app and for benchmarks; pure Python, no Qt."""

from faltapp.demo.generator import DemoSpec, estimate_records, generate

__all__ = ["DemoSpec", "estimate_records", "generate"]
