#!/bin/sh
# A pull request's review of its scenario files, as the pull-request jobs of the GitHub Actions and
# GitLab CI examples beside this file run it: `relief diff` between the target branch and the
# head, written as Markdown, posted as ONE comment on the pull (merge) request and updated in
# place on every push (the comment is found by the marker line `relief diff` starts it with), then
# the gates on what changed.
#   sh examples/ci/relief-diff-comment.sh BASE [HEAD] [-- RELIEF-DIFF-OPTIONS...]
# BASE: the target branch as fetched (origin/main); HEAD: the pull request's head (default HEAD).
# Where the comment goes:
#   GitHub: GITHUB_REPOSITORY, PR_NUMBER and GH_TOKEN set, and the gh CLI: the issue comments API.
#   GitLab: CI_API_V4_URL, CI_PROJECT_ID, CI_MERGE_REQUEST_IID and RELIEF_GITLAB_TOKEN (a token
#     that may write notes), and curl and jq: the merge request notes API.
#   RELIEF_COMMENTS=DIR (tests, dry runs): each comment is a file in DIR; an existing file that
#     starts with the marker is the earlier comment, replaced.
# RELIEF names the binary (default: relief on PATH); RELIEF_DIFF_GATES the --fail-on-change
# options (default: "--fail-on-change verdict --fail-on-change acceptance"); RELIEF_OUT the
# output directory (default: relief-report). Exit status: relief's (0, 1 a gate tripped, ...).
set -eu
relief=${RELIEF:-relief}
out=${RELIEF_OUT:-relief-report}
base=$1
shift
head=HEAD
if [ $# -gt 0 ] && [ "$1" != "--" ]; then head=$1; shift; fi
[ $# -gt 0 ] && [ "$1" = "--" ] && shift
gates=${RELIEF_DIFF_GATES:-"--fail-on-change verdict --fail-on-change acceptance"}
mkdir -p "$out"
marker='<!-- relief-diff -->'

# The comment first, then the gates: a reviewer sees the changes even when the job fails.
status=0
# shellcheck disable=SC2086 # the gates are words
"$relief" diff "$base" "$head" "$@" -f markdown -o "$out/diff.md" $gates || status=$?
[ -s "$out/diff.md" ] || exit "$status"
head -n 1 "$out/diff.md" | grep -qxF "$marker" || { echo "relief diff wrote no marker" >&2; exit 70; }

if [ -n "${RELIEF_COMMENTS:-}" ]; then
  mkdir -p "$RELIEF_COMMENTS"
  earlier=$(grep -lxF "$marker" "$RELIEF_COMMENTS"/* 2>/dev/null | head -n 1 || true)
  if [ -n "$earlier" ]; then
    cp "$out/diff.md" "$earlier"
    echo "updated $earlier"
  else
    n=$(find "$RELIEF_COMMENTS" -type f | wc -l)
    cp "$out/diff.md" "$RELIEF_COMMENTS/comment-$((n + 1)).md"
    echo "posted $RELIEF_COMMENTS/comment-$((n + 1)).md"
  fi
elif [ -n "${GITHUB_REPOSITORY:-}" ] && [ -n "${PR_NUMBER:-}" ]; then
  id=$(gh api "repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments" --paginate \
    --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | head -n 1)
  if [ -n "$id" ]; then
    gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$id" -F "body=@$out/diff.md" >/dev/null
  else
    gh api --method POST "repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments" -F "body=@$out/diff.md" >/dev/null
  fi
elif [ -n "${CI_MERGE_REQUEST_IID:-}" ] && [ -n "${RELIEF_GITLAB_TOKEN:-}" ]; then
  api="$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests/$CI_MERGE_REQUEST_IID/notes"
  id=$(curl -fsS --header "PRIVATE-TOKEN: $RELIEF_GITLAB_TOKEN" "$api?per_page=100" |
    jq -r --arg m "$marker" '.[] | select(.body | startswith($m)) | .id' | head -n 1)
  body=$(jq -Rs '{body: .}' "$out/diff.md")
  if [ -n "$id" ]; then
    curl -fsS --request PUT --header "PRIVATE-TOKEN: $RELIEF_GITLAB_TOKEN" \
      --header "Content-Type: application/json" --data "$body" "$api/$id" >/dev/null
  else
    curl -fsS --request POST --header "PRIVATE-TOKEN: $RELIEF_GITLAB_TOKEN" \
      --header "Content-Type: application/json" --data "$body" "$api" >/dev/null
  fi
else
  echo "no pull request to comment on: the diff is in $out/diff.md" >&2
fi
exit "$status"
