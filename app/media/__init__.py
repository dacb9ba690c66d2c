"""Media: what a master or cover really is, and what a DSP would reject about it.

Entry points (import the module you need; nothing heavy is imported here, so the GUI's start pays for
none of numpy/soundfile/Pillow):

- ``app.media.check``: ``inspect_file(path, full=)`` (kind by content), ``check_paths(paths, jobs=,
  full=, on_report=)`` (folders recursed, process pool, sorted reports), ``expand_paths``.
- ``app.media.audio``: ``inspect_audio(path, full=, atmos=)``; ``app.media.image``: ``inspect_image``.
- ``app.media.report``: ``MediaReport`` (``kind``, ``properties``, ``problems``, ``ok``, ``to_json()``);
  ``sniff_for``, the open-and-refuse-the-wrong-kind step both inspectors start with.
- ``app.media.tags``: ``read_tags(path) -> AudioTags`` for import.
- ``app.media.loudness``: the BS.1770-4 meter (loudness, true peak, silence, clipping) the audio QC uses.
- ``app.media.b64stream``: streaming base64 encoders for uploads.
"""
