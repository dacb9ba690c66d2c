"""The one list of media file suffixes: what may be audio or an image, and what the API accepts.

A suffix only says what a file claims to be; ``app/media/sniff.py`` reads its first bytes to know.
"""

from __future__ import annotations

# Every suffix an audio file may carry (dropped files, folders to import, files to check).
AUDIO_SUFFIXES = frozenset(
    {".flac", ".wav", ".wave", ".bwf", ".rf64", ".aif", ".aiff", ".aifc", ".mp3", ".m4a", ".aac", ".ogg",
     ".oga", ".opus", ".wma", ".alac", ".caf", ".w64", ".dsf", ".dff", ".ape", ".wv", ".mp2", ".ac3", ".eac3"}
)
# Every suffix an image may carry.
IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".heic", ".heif",
     ".avif", ".psd", ".jp2", ".ico", ".tga", ".dds", ".ppm", ".pgm", ".pbm", ".pnm", ".pfm", ".pcx", ".sgi",
     ".rgb", ".icns", ".qoi", ".xbm", ".xpm", ".jxl", ".fli", ".flc", ".gd", ".gd2", ".exr", ".hdr", ".cur",
     ".dcx", ".blp", ".ras", ".eps", ".im", ".msp", ".ftc", ".ftu"}
)
# Every suffix a video may carry (music videos, Motion Art).
VIDEO_SUFFIXES = frozenset(
    {".mp4", ".m4v", ".mov", ".qt", ".mkv", ".webm", ".avi", ".mxf", ".ts", ".m2ts", ".mts", ".mpg", ".mpeg",
     ".flv", ".wmv", ".3gp"}
)
# What the API takes as a video file: MP4 or QuickTime (docs/MEDIA.md, "Video rules").
UPLOAD_VIDEO_SUFFIXES = frozenset({".mp4", ".m4v", ".mov"})
# What the API takes as a master (FLAC or WAV) and as a cover (JPEG or PNG).
MASTER_SUFFIXES = frozenset({".flac", ".wav", ".wave"})
COVER_SUFFIXES = frozenset({".jpg", ".jpeg", ".png"})
