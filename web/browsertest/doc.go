// Package browsertest holds the browser tests of marsad's web interface: a
// real Chromium, driven through the DevTools protocol by chromedp, loads the
// pages that package web serves from a store built from the bundled sample
// corpus by the real analysis pipeline, and checks what a reader sees
// (direction and language, search results and their highlights, entity
// marks, the dyad chart, the ingest form). Each page is also saved as a
// full-page PNG screenshot for review.
//
// The package has no code of its own; its tests skip when no Chromium
// binary is found (set CHROMIUM to its path), except under CI=true, where
// they fail. Screenshots go to $MARSAD_TEST_OUTPUT, or else to
// marsad-browsertest under the system's temporary folder.
package browsertest
