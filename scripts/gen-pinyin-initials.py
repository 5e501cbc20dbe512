#!/usr/bin/env python3
"""Generate resources/pinyin/initials.dat: the possible pinyin initial letters of every CJK
unified ideograph U+4E00..U+9FFF, for searching the service catalogue by initials (yyzz finds
营业执照).

Source: Unihan_Readings.txt from the Unicode database (Debian package unicode-data), fields
kMandarin, kHanyuPinyin, kXHC1983 and kTGHZ2013. Every reading of every field counts, so a
polyphonic character (行 xíng/háng) matches either initial; the first letter of a reading is
taken after stripping its tone mark (ǎ -> a, ḿ -> m, ê -> e).

Encoding (all integers little-endian). About 550 distinct letter sets occur, so a 16-bit index
per code point into a table of sets takes half the room of a 32-bit set per code point:

    offset  size        field
    0       4           magic "PYI1"
    4       4           first code point (0x4E00)
    8       4           number of code points N (0x5200)
    12      4           number of letter sets M
    16      4*M         letter sets: bit i set = letter 'a' + i; set 0 is empty (no reading)
    16+4*M  2*N         per code point, the index of its letter set

Usage: gen-pinyin-initials.py [--unihan PATH] [--output PATH]
"""

import argparse
import bz2
import collections
import pathlib
import struct
import unicodedata

FIRST = 0x4E00
LAST = 0x9FFF
FIELDS = {"kMandarin", "kHanyuPinyin", "kXHC1983", "kTGHZ2013"}
MAGIC = b"PYI1"


def readings(field, value):
    """The readings of one Unihan field value, tones still attached."""
    for token in value.split():
        # kHanyuPinyin, kXHC1983 and kTGHZ2013 prefix readings with dictionary positions
        # ("0442.080:háng"); kHanyuPinyin lists several readings per position, comma-separated.
        if ":" in token:
            token = token.split(":", 1)[1]
        for reading in token.split(","):
            if reading:
                yield reading


def initial_bit(reading):
    first = unicodedata.normalize("NFD", reading)[0].lower()
    if not "a" <= first <= "z":
        raise ValueError(f"reading {reading!r} does not start with a Latin letter")
    return 1 << (ord(first) - ord("a"))


def letter_sets(unihan_path):
    sets = collections.defaultdict(int)
    with bz2.open(unihan_path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code_point, field, value = line.rstrip("\n").split("\t", 2)
            if field not in FIELDS:
                continue
            c = int(code_point[2:], 16)
            if FIRST <= c <= LAST:
                for reading in readings(field, value):
                    sets[c] |= initial_bit(reading)
    return sets


def encode(sets):
    count = LAST - FIRST + 1
    # Frequent sets first, so the table reads like a histogram; ties by value keep the output
    # reproducible.
    frequency = collections.Counter(sets.values())
    table = [0] + sorted(frequency, key=lambda s: (-frequency[s], s))
    if len(table) > 0xFFFF:
        raise ValueError("too many distinct letter sets for 16-bit indices")
    index = {s: i for i, s in enumerate(table)}
    out = bytearray(MAGIC)
    out += struct.pack("<III", FIRST, count, len(table))
    out += b"".join(struct.pack("<I", s) for s in table)
    out += b"".join(struct.pack("<H", index[sets.get(c, 0)]) for c in range(FIRST, LAST + 1))
    return bytes(out)


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--unihan", default="/usr/share/unicode/Unihan_Readings.txt.bz2")
    parser.add_argument("--output", default=str(root / "resources/pinyin/initials.dat"))
    args = parser.parse_args()

    sets = letter_sets(args.unihan)
    data = encode(sets)
    pathlib.Path(args.output).write_bytes(data)
    print(f"{args.output}: {len(sets)} characters with readings, "
          f"{len(set(sets.values()))} letter sets, {len(data)} bytes")


if __name__ == "__main__":
    main()
