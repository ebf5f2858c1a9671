# Write the Debian changelog of the package: one entry for VERSION (cmake -P, with OUT and VERSION).
file(WRITE ${OUT} "relief (${VERSION}) unstable; urgency=medium

  * Release ${VERSION}; see the git history for the changes.

 -- relief maintainers <relief@example.org>  Sun, 29 Nov 2026 00:00:00 +0000
")
