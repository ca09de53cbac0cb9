"""Speed-ups for rendering the plan PDF that change nothing in the PDF itself.

Measured on the demo plan (43 pages, 3.3 s of CPU per render before) with bench/pdf.py; each
helper says what it saves. The print stylesheet saves another 0.2 s (see plan-print.css).
Patches of library code are tied to the version they were written for: a newer release
goes through its own, unpatched code.
"""
import contextlib
import gc
import re
import zlib


@contextlib.contextmanager
def one_garbage_collection():
    """Run the block with Python's cyclic garbage collector paused, then collect once.

    A render builds about a million objects that stay alive until the PDF is written, so the
    collector keeps scanning them: four full collections of the whole process (Django, fonts,
    WeasyPrint's caches) per render, about 0.7 s of 3.4 s. Collecting once at the end frees
    the render's garbage (250,000 objects in cycles, 0.25 s) before the next render starts.
    Everything made during the render is in the youngest generation then, so collecting that
    one suffices and spares a scan of the rest of the process.
    """
    if not gc.isenabled():  # someone up the stack manages the collector already
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)


# --- tinyhtml5 2.1: the parser's regex cache never hits -------------------------------------

class _CharactersUntilRegex(dict):
    """The cache tinyhtml5's chars_until() means to have, filled on a miss.

    tinyhtml5 2.1 stores each regex under the regex itself instead of under the characters it
    looks for (`characters = cache[(characters, opposite)] = regex` rebinds the name first), so
    every call builds and compiles it again: 9,000 times for our 160 KB of HTML. Building it here
    on a miss, exactly as chars_until() does, makes the lookup hit: parsing takes 0.06 s, not 0.11 s.
    """

    def __missing__(self, key):
        characters, opposite = key
        regex = "".join([f"\\x{ord(character):02x}" for character in characters])
        if not opposite:
            regex = f"^{regex}"
        self[key] = compiled = re.compile(f"[{regex}]+")
        return compiled


def cache_html_parser_regexes():
    import tinyhtml5
    from tinyhtml5 import inputstream

    if tinyhtml5.__version__.startswith("2.1.") and type(inputstream.characters_until_regex) is dict:
        inputstream.characters_until_regex = _CharactersUntilRegex()


# --- pydyf 0.13: streams compressed at zlib's level 9 --------------------------------------

class _ZlibAtDefaultLevel:
    """zlib for pydyf, with compressobj() at zlib's default level (6) instead of 9.

    Level 9 takes 0.13 s for the 2 MB of page content of the demo plan, level 6 0.03 s, for a
    PDF about 4 % larger. Only the compression changes: the decompressed streams are the same.
    """

    compress = staticmethod(zlib.compress)

    @staticmethod
    def compressobj(level=zlib.Z_DEFAULT_COMPRESSION, *args, **kwargs):
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, *args, **kwargs)


def compress_pdf_at_default_level():
    import pydyf

    if pydyf.__version__.startswith("0.13.") and pydyf.zlib is zlib:
        pydyf.zlib = _ZlibAtDefaultLevel


def patch_libraries():
    """Apply the patches above (each only to the version it was written for); cheap to repeat."""
    cache_html_parser_regexes()
    compress_pdf_at_default_level()
