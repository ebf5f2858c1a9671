# --weights-space draws the weights itself
args: compare scenarios/potash-2025.yaml --weights-space --perspective all
status: 64
--- stderr
relief: error: --weights-space draws the weights itself: give one --perspective (whose weights written as distributions are drawn) or none
