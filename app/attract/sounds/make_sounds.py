#!/usr/bin/env python3
"""Writes the kiosk's short sounds (16-bit mono 16 kHz WAV, a few KB each) into this folder.

Run once by hand; the .wav files are committed, so no tool is needed at build time.
tap: a soft 880 Hz click (40 ms); success: two rising notes (C6, E6); error: two low falling
notes (A3, F3), gentle rather than alarming (older residents, a quiet hall).
"""
import math
import os
import struct
import wave

RATE = 16000


def tone(freq, ms, volume=0.5):
    n = int(RATE * ms / 1000)
    out = []
    for i in range(n):
        t = i / RATE
        attack = min(1.0, i / (RATE * 0.005))  # 5 ms: no click at the start
        decay = math.exp(-4.0 * i / n)  # a bell-like fade, no click at the end
        sample = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t)
        out.append(volume * attack * decay * sample / 1.25)
    return out


def silence(ms):
    return [0.0] * int(RATE * ms / 1000)


def write(name, samples):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))


write("tap.wav", tone(880, 40, 0.4))
write("success.wav", tone(1047, 110) + silence(20) + tone(1319, 180))
write("error.wav", tone(220, 140, 0.55) + silence(30) + tone(175, 180, 0.55))
