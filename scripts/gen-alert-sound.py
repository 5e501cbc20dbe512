#!/usr/bin/env python3
"""Writes the supervisor console's alert chime, resources/supervisor/alert.wav.

Two short tones (a rising fifth), 16-bit mono at 22,050 Hz with soft edges so they do not
click: clear over a hall's noise without startling anyone. Run again only to change the sound;
the file is committed so the build needs no Python.
"""

import math
import pathlib
import struct
import wave

RATE = 22050
TONES = [(880.0, 0.16), (1318.5, 0.24)]  # A5 then E6, seconds
GAP = 0.04
FADE = 0.015


def tone(frequency, seconds):
    count = int(RATE * seconds)
    fade = int(RATE * FADE)
    for i in range(count):
        envelope = min(1.0, i / fade, (count - i) / fade)
        yield 0.45 * envelope * math.sin(2 * math.pi * frequency * i / RATE)


def main():
    samples = []
    for frequency, seconds in TONES:
        samples.extend(tone(frequency, seconds))
        samples.extend([0.0] * int(RATE * GAP))
    out = pathlib.Path(__file__).resolve().parent.parent / "resources" / "supervisor" / "alert.wav"
    with wave.open(str(out), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))
    print(out)


if __name__ == "__main__":
    main()
