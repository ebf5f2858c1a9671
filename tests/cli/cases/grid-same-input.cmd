# grid: the same input twice
args: grid scenarios/potash-2025.yaml --vary credibility:0:1 --vary credibility
status: 64
--- stderr
relief: error: --vary names credibility twice: grid varies two different inputs
