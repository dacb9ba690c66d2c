#!/bin/sh
# The bundle job (separate from .ci/run, whose budget it would eat): build the one-folder bundle
# from this checkout, then run its self-test in English and in French. Exit status: the first failure.
#   sh packaging/check_bundle.sh          (after sh .ci/setup; installs PyInstaller into .venv)
set -eu
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install -q -e '.[package]'
.venv/bin/python packaging/build.py --max-mb 300  # the 200 MB goal is not met while SciPy is in (packaging/README.md)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
for lang in en fr; do
  echo "== self-test ($lang)"
  RELEASEDESK_HOME="$home" RELEASEDESK_LANG="$lang" QT_QPA_PLATFORM=offscreen \
    dist/releasedesk/releasedesk --self-test
done
