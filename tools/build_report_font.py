"""Rebuild resources/fonts/FaltappSans-{Regular,Bold}.ttf, the one merged report font.

Merges Noto Sans (Latin, Greek, Cyrillic) with Noto Sans Arabic (Arabic and Persian), Ethiopic,
Thai and Math (arrows, − ≤ ≥) from Debian's ``fonts-noto-core`` so a name in any of those
scripts prints in one font (reportlab shapes a whole word with one font). Discretionary
ligatures (``dlig``) are removed: reportlab always asks harfbuzz for them, and then "Ångström"
would print and extract as "Ångﬆröm" (Latin ``liga`` goes as well, see FAMILIES).
Hinting is dropped because instructions do not survive a merge of differently hinted fonts.
Each later source keeps only the characters the earlier ones lack: for a character in two sources
the merger would add a ``locl`` substitution to the later source's own glyph (period, comma,
digits, space in an Arabic, Ethiopic or Thai word), a glyph with no code point, which reportlab
writes as a private-use character, so "ليلى ا." would read back without its period.

Run from the checkout (needs the ``fonts`` extra, fonttools):
    .venv/bin/python tools/build_report_font.py
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

SOURCE = Path("/usr/share/fonts/truetype/noto")
FAMILIES = {
    "NotoSans": {"dlig", "liga"},
    "NotoSansArabic": {"dlig"},
    "NotoSansEthiopic": {"dlig"},
    "NotoSansThai": {"dlig"},
    "NotoSansMath": {"dlig"},
}
"""Each source and the layout features dropped from it, merged in this order (for a character in
several fonts the first one wins, Latin first). Latin ``liga`` goes too: a shaped cell would print
"flickor" with an "ﬂ" glyph that extracts differently from the same word in an unshaped cell.
Noto Sans has no arrows and no mathematical operators (− ≤ ≥ →): Noto Sans Math gives them, in its
one weight for both (see ``source_file``)."""
WEIGHTS = ("Regular", "Bold")
FAMILY_NAME = "Faltapp Sans"
OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"

KEEP = (
    (0x0020, 0x024F),  # Basic Latin, Latin-1 (å ä ö é ü), Latin Extended-A and -B
    (0x0250, 0x036F),  # IPA, spacing modifiers, combining diacritics
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x052F),  # Cyrillic and its supplement
    (0x0600, 0x06FF),  # Arabic (Persian letters included)
    (0x0750, 0x077F),  # Arabic Supplement
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0x0E00, 0x0E7F),  # Thai
    (0x1200, 0x139F),  # Ethiopic and its supplement
    (0x1E00, 0x1EFF),  # Latin Extended Additional
    (0x2000, 0x206F),  # General punctuation: – — … ‘ ’ “ ” and the bidi marks
    (0x2070, 0x209F),  # Superscripts and subscripts (m², CO₂)
    (0x20A0, 0x20CF),  # Currency symbols (€)
    (0x2100, 0x214F),  # Letterlike symbols (№)
    (0x2150, 0x218F),  # Number forms (⅓, Roman numerals)
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical operators: − ≤ ≥ ≠ ≈
    (0x25CC, 0x25CC),  # Dotted circle (shapers show a lone mark on it)
    (0x2D80, 0x2DDF),  # Ethiopic Extended
    (0xAB00, 0xAB2F),  # Ethiopic Extended-A
    (0xFB50, 0xFDFF),  # Arabic presentation forms A
    (0xFE70, 0xFEFF),  # Arabic presentation forms B
)


def keep_unicodes() -> list[int]:
    """Every code point the merged font keeps (where a source font has it)."""
    return [cp for low, high in KEEP for cp in range(low, high + 1)]


def feature_tags(font: TTFont) -> set[str]:
    """Every layout feature tag in the font's GSUB and GPOS tables."""
    return {
        record.FeatureTag
        for tag in ("GSUB", "GPOS") if tag in font
        for record in font[tag].table.FeatureList.FeatureRecord
    }


def subset_font(source: Path, target: Path, dropped: set[str], unicodes: set[int]) -> None:
    """Write ``source`` reduced to ``unicodes``, every feature but ``dropped``, unhinted."""
    options = subset.Options()
    options.drop_tables += ["DSIG"]
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    font = subset.load_font(str(source), options)
    options.layout_features = sorted(feature_tags(font) - dropped)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    subset.save_font(font, str(target), options)


def rename(font: TTFont, weight: str) -> None:
    """Give the merged font its own name: the OFL reserves the original's for the original."""
    postscript = f"FaltappSans-{weight}"
    names = {
        1: FAMILY_NAME,
        2: weight,
        3: f"{postscript};faltapp",
        4: f"{FAMILY_NAME} {weight}" if weight != "Regular" else FAMILY_NAME,
        6: postscript,
    }
    table = font["name"]
    table.names = [record for record in table.names if record.nameID not in (*names, 16, 17)]
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)
    table.setName(
        "Merged from Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic, Noto Sans Thai and Noto "
        "Sans Math "
        "(Copyright 2015-2020 Google LLC) for faltapp's reports; dlig and Latin liga removed, "
        "unhinted.",
        10, 3, 1, 0x409)


def source_file(source: Path, family: str, weight: str) -> Path:
    """The family's file of ``weight``, or its Regular when it has only one (Noto Sans Math)."""
    path = source / f"{family}-{weight}.ttf"
    return path if path.is_file() else source / f"{family}-Regular.ttf"


def build(weight: str, source: Path, out: Path) -> Path:
    """Build one weight of the merged font and return its path."""
    with tempfile.TemporaryDirectory() as scratch:
        parts, covered = [], set()
        for family, dropped in FAMILIES.items():
            part = Path(scratch) / f"{family}-{weight}.ttf"
            wanted = set(keep_unicodes()) - covered
            subset_font(source_file(source, family, weight), part, dropped, wanted)
            covered |= set(TTFont(str(part)).getBestCmap())
            parts.append(str(part))
        merged = Merger().merge(parts)
    rename(merged, weight)
    # The sources' date, not today's: the same sources rebuild the same bytes.
    original = TTFont(str(source / f"NotoSans-{weight}.ttf"))["head"]
    merged.recalcTimestamp = False
    merged["head"].created, merged["head"].modified = original.created, original.modified
    target = out / f"FaltappSans-{weight}.ttf"
    merged.save(str(target))
    return target


def main(argv: list[str] | None = None) -> int:
    """Build both weights; print what was written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="folder with the Noto TTFs")
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write the fonts into")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for weight in WEIGHTS:
        target = build(weight, args.source, args.out)
        font = TTFont(str(target))
        print(f"{target}: {target.stat().st_size // 1024} KiB, "
              f"{len(font.getGlyphOrder())} glyphs, {len(font.getBestCmap())} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
