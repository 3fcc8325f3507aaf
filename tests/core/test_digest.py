"""The content hash a bulk import computes from the canonical JSON it stores is exactly the
content hash of the export format (docs/export-format.md), for any payload."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from faltapp.core.digest import canonical_json, content_hash, content_hash_of


@settings(max_examples=200)
@given(payload=st.dictionaries(st.text(max_size=8), st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner,
                                                                 max_size=3),
    max_leaves=6), max_size=5), deleted=st.booleans())
def test_the_hash_from_ready_canonical_json_is_the_content_hash(payload: dict,
                                                                 deleted: bool) -> None:
    assert content_hash_of(canonical_json(payload), deleted) == content_hash(payload, deleted)
