#!/bin/sh
# test-ogrinfo.sh — GDAL must read every given GeoJSON file without error
#
# Copyright 2026 The Kuril Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -u

OGRINFO=${OGRINFO:-ogrinfo}
status=0

for file in "$@"; do
  # ogrinfo may exit 0 after printing ERROR lines, so look for them too.
  if ! output=$("$OGRINFO" -ro -al -so "$file" 2>&1); then
    echo "ogrinfo failed on $file:" >&2
    echo "$output" >&2
    status=1
  elif echo "$output" | grep -q -E '^(ERROR|FAILURE)'; then
    echo "ogrinfo reported errors on $file:" >&2
    echo "$output" >&2
    status=1
  elif ! echo "$output" | grep -q -E '^Feature Count: [1-9]'; then
    echo "ogrinfo found no features in $file" >&2
    status=1
  else
    echo "$file: $(echo "$output" | grep -E '^(Feature Count|Extent)' | tr '\n' ' ')"
  fi
done

exit $status
