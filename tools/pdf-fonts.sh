#!/bin/sh
# Makes the Latin fonts the PDFs embed (receipts, quarterly report): DejaVu Sans regular and bold,
# cut down to the Latin letters (Polish included), combining accents, punctuation and the euro sign,
# with no hinting and no ligatures (PDFBox would join "fi" into one glyph that copies as nothing).
# Needs fontTools (pip install fonttools) and Debian's fonts-dejavu-core. See docs/adr/0510.
set -eu
out="$(dirname "$0")/../src/main/resources/org/reportingcentre/desktop/fonts"
for f in DejaVuSans DejaVuSans-Bold; do
  pyftsubset "/usr/share/fonts/truetype/dejavu/$f.ttf" \
    --unicodes="U+0020-007E,U+00A0-024F,U+0300-036F,U+2010-2027,U+2030-203A,U+20AC,U+2122,U+2212,U+FFFD" \
    --layout-features='' --drop-tables+=GSUB,GPOS,GDEF,MATH,FFTM --no-hinting \
    --output-file="$out/$f.ttf"
done
