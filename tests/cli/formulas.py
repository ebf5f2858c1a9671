#!/usr/bin/env python3
"""An independent implementation of the formulas of relief-scenario(5) (EVALUATION, steps 1-11),
written from the man page, checked against `relief eval` and `relief timing` on random scenarios.

Usage: formulas.py RELIEF [COUNT [SEED]]. The model is read from `relief model -f json`; random
scenarios are written as JSON (which is YAML) documents of one file; every scenario is evaluated
under every perspective and every belief set (the model's `beliefs`, applied here from their
paths) and compared to 1e-9.
"""
import copy
import json
import math
import os
import random
import subprocess
import sys
import tempfile

relief = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20251128)


def run(*args):
    out = subprocess.run([relief, *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


central = run("model", "-f", "json")["model"]
model = central  # the belief set in force; evaluate() reads it
criteria = list(model["criteria"])
kind = {c: model["criteria"][c]["kind"] for c in criteria}
over_time = {c: model["criteria"][c]["over_time"] for c in criteria}


def mean(v):
    """The mean of a number or a distribution as the model's JSON writes it."""
    if not isinstance(v, dict):
        return v
    # the family and its parameters; the mean relief prints beside them is checked, not used
    (name, p), = [(k, x) for k, x in v.items() if k != "mean"]
    if name == "lognormal":
        m = math.exp(p[0] + p[1] ** 2 / 2)
    elif name == "triangular":
        m = sum(p) / 3
    elif name == "uniform":
        m = (p[0] + p[1]) / 2
    elif name == "beta":
        m = p[0] / (p[0] + p[1])
    elif name == "normal":
        m = p[0]
    else:
        raise ValueError(name)
    assert abs(m - v["mean"]) <= 1e-12 * max(1, abs(m)), (v, m)
    return m


def believed(name):
    """The model with belief set `name` applied: each of its numbers replaces the model's."""
    if name == "central":
        return central
    m = copy.deepcopy(central)
    for path, value in central["beliefs"][name]["assumptions"].items():
        parts = path.split(".")
        if parts[0] == "offsets":
            (o,) = [o for o in m["offsets"] if o["ask"] == parts[1]]
            o[parts[2]] = value
        elif parts[0] == "criteria":  # criteria.ID.value.concave
            m["criteria"][parts[1]]["value"] = {"concave": value}
        else:
            node = m
            for p in parts[:-1]:
                node = node[p]
            node[parts[-1]] = value
    return m


def D(t):
    return 0.5 ** (t / mean(model["half_life_months"]))


def E(t, rate):
    """e^(-rt) with r = ln(1 + rate) / 12 (step 3)."""
    return math.exp(-math.log(1 + rate) / 12 * t)


def F(t, rate=0.0):
    H = mean(model["horizon_months"])
    if t <= 0:
        return 1.0
    if rate == 0:
        return max(0.0, 1 - t / H)
    return max(0.0, (E(t, rate) - E(H, rate)) / (1 - E(H, rate)))


def evaluate(s, perspective, timing=None, ignore_context=False):
    """Steps 1-10; returns (benefits, costs, net, scores, weighted)."""
    timing = timing or s.get("timing", "now")
    tm = model["timings"][timing]
    war, ruler, t = tm["war"], tm["lukashenka_in_power"], mean(tm["delay_months"])
    ctx = {} if ignore_context else s.get("context", {})
    war = ctx.get("war", war)
    ruler = ctx.get("lukashenka_in_power", ruler)
    t = ctx.get("delay_months", t)
    p_deal = s.get("credibility", mean(model["default_credibility"]))
    rate = s.get("assumptions", {}).get("discount_rate", mean(model["discount_rate"]))
    v = mean(model["verification_months"])
    snap = mean(model["snapback_recovery"])
    raw = {c: 0.0 for c in criteria}
    for o in s.get("offer", []):
        m = model["measures"][o["measure"]]
        scope = o.get("scope", 1)
        g = p_deal if o.get("conditional") else (
            p_deal + (1 - p_deal) * (1 - snap) if o.get("reversible") else 1)
        for c, e in m["effects"].items():
            e = mean(e)
            if kind[c] == "cost" or (o.get("reversible") and not o.get("conditional")):
                raw[c] += scope * e * g  # snapback takes benefits and costs alike (step 4)
            else:
                x = scope * e
                if o.get("conditional"):
                    x *= p_deal
                    if over_time[c] == "decays":
                        x *= D(v) * E(v, rate)
                    elif over_time[c] == "flow":
                        x *= F(v, rate)
                raw[c] += x
    asked = {a["item"]: a for a in s.get("asks", [])}
    cp = model.get("counterpart")

    def credibility(a):  # p_a, capped by Moscow's veto: p_a x m_a (step 5)
        p = a.get("credibility", p_deal)
        return p * mean(cp["asks"][a["item"]]["moscow_allows"]) if cp else p

    def delivered(item):  # p_b x_b, 0 when not asked (step 5)
        if item not in asked:
            return 0.0
        b = asked[item]
        return credibility(b) * min(b["amount"], mean(model["asks"][item]["max_amount"]))

    for a in s.get("asks", []):
        d = model["asks"][a["item"]]
        x = min(a["amount"], mean(d["max_amount"]))
        p = credibility(a)
        kept = 1.0
        for o in model["offsets"]:
            if o["ask"] == a["item"]:
                kept = 1 - mean(o["share"]) * (1 - delivered(o["cancelled_by"]))
        for c, u in d["effects"].items():
            raw[c] += p * x * mean(u) * kept
    w = dict(model["perspectives"][perspective]["weights"])
    w.update(s.get("weights", {}))
    total = sum(w.values())
    benefits = costs = 0.0
    scores, weighted = {}, {}
    for c in criteria:
        r = raw[c]
        f = (F(t, rate) if over_time[c] == "flow" else
             D(t) * E(t, rate) if over_time[c] == "decays" and r > 0 else E(t, rate))
        score = r * f
        value = model["criteria"][c].get("value", "linear")
        if value != "linear":  # step 6: sign(x) 10 (1 - e^(-k|x|/10)) / (1 - e^(-k))
            k = mean(value["concave"])
            score = math.copysign(10 * (1 - math.exp(-k * abs(score) / 10)) / (1 - math.exp(-k)),
                                  score)
        score = max(-10.0, min(10.0, score))
        wc = w.get(c, 0) / total
        if kind[c] == "cost":
            k = 1.0
            if score != 0:  # cost scores of either sign (step 8)
                k = (mean(model["context"]["war"][war].get(c, 1)) *
                     mean(model["context"]["lukashenka_in_power"]["true" if ruler else "false"]
                          .get(c, 1)))
            costs += wc * score * k
            weighted[c] = wc * score * k
        else:
            benefits += wc * score
            weighted[c] = wc * score
        scores[c] = score
    # step 12: the regime's surplus; a package that asks nothing needs nobody's yes
    u = None
    accepted = True
    if cp:
        u = -mean(cp["timings"][timing]["reservation"])
        for o in s.get("offer", []):
            u += o.get("scope", 1) * mean(cp["measures"][o["measure"]]["value"])
        for a in s.get("asks", []):
            u -= min(a["amount"], mean(model["asks"][a["item"]]["max_amount"])) * \
                mean(cp["asks"][a["item"]]["cost"])
        accepted = not s.get("asks") or u >= 0
    return benefits, costs, benefits - costs, scores, weighted, u, accepted


def random_scenario(i):
    s = {"relief": 1, "name": f"random {i}", "timing": rng.choice(list(model["timings"])),
         "credibility": round(rng.random(), 3), "offer": [], "asks": []}
    if rng.random() < 0.4:
        s["context"] = {"delay_months": rng.choice([0, 6, 24, 59, 119, 120, 200])}
    for m in model["measures"]:
        if rng.random() < 0.35:
            o = {"measure": m, "scope": round(rng.random(), 3)}
            r = rng.random()
            if r < 0.25:
                o["conditional"] = True
            elif r < 0.5:
                o["reversible"] = True
            s["offer"].append(o)
    for a, d in model["asks"].items():
        if rng.random() < 0.5:
            ask = {"item": a, "amount": round(rng.random() * mean(d["max_amount"]), 3)}
            if rng.random() < 0.5:
                ask["credibility"] = round(rng.random(), 3)
            s["asks"].append(ask)
    if rng.random() < 0.3:
        s["weights"] = {rng.choice(criteria): round(rng.random(), 3)}
    if rng.random() < 0.3:
        s["assumptions"] = {"discount_rate": rng.choice([0.01, 0.03, 0.1, round(rng.random(), 3)])}
    return s


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


scenarios = [random_scenario(i) for i in range(count)]
failures = 0
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "random.yaml")
    with open(path, "w") as f:
        f.write("\n---\n".join(json.dumps(s) for s in scenarios))
    evals = run("eval", path, "--perspective", "all", "--beliefs", "all", "-f", "json",
                "-q")["results"]
    timings = run("timing", path, "--perspective", "all", "--beliefs", "all", "-f", "json",
                  "-q")["results"]

by_name = {s["name"]: s for s in scenarios}
checked = 0
beliefs_seen = set()
for r in evals:
    s = by_name[r["scenario"]]
    model = believed(r["beliefs"])
    beliefs_seen.add(r["beliefs"])
    b, c, net, scores, _, u, accepted = evaluate(s, r["perspective"])
    worth = net if accepted else 0.0
    if not ((u is None and r["regime_surplus"] is None) or
            (u is not None and close(r["regime_surplus"], u))) or r["acceptable"] != accepted \
            or not close(r["worth"], worth):
        failures += 1
        print(f"eval {s['name']} {r['perspective']}: regime {r['regime_surplus']}, "
              f"{r['acceptable']}, {r['worth']}; here {u}, {accepted}, {worth}")
    got = {x["criterion"]: x["score"] for x in r["criteria"]}
    if not (close(r["net"], net) and close(r["benefits"], b) and close(r["costs"], c) and
            all(close(got[k], scores[k]) for k in criteria)):
        failures += 1
        print(f"eval {s['name']} {r['perspective']}: relief {r['net']}, here {net}")
    arrives = mean(model["timings"][s.get("timing", "now")]["arrives"])
    if not close(r["expected_net"], arrives * net):
        failures += 1
        print(f"eval {s['name']}: expected_net {r['expected_net']}, here {arrives * net}")
    checked += 1

classes = ["once", "flow", "decays"]
for r in timings:
    s = by_name[r["scenario"]]
    model = believed(r["beliefs"])
    at = {}
    for t in model["timings"]:
        b, c, net, _, weighted, _, accepted = evaluate(s, r["perspective"], t,
                                                       ignore_context=True)
        # a refused package engages nothing: its benefits and costs count 0 (step 12)
        a = mean(model["timings"][t]["arrives"]) * (1 if accepted else 0)
        by_class = {k: sum(weighted[x] for x in criteria
                           if kind[x] == "benefit" and over_time[x] == k) for k in classes}
        at[t] = {"b": b, "c": c, "net": net, "a": a, "e": a * net, "cls": by_class,
                 "w": net if accepted else 0.0}
    now = at["now"]
    for t, want in at.items():
        got = r["timings"][t]
        ok = close(got["net"], want["net"]) and close(got["expected_net"], want["e"])
        if t != "now":
            for k in classes:
                forgone = now["a"] * now["cls"][k] - want["a"] * want["cls"][k]
                ok = ok and close(got["forgone"][k], forgone)
            ok = ok and close(got["saved"], now["a"] * now["c"] - want["a"] * want["c"])
            tie = now["e"] / want["w"] if want["w"] > 0 else None
            ok = ok and ((tie is None and got["tie_arrives"] is None) or
                         (tie is not None and close(got["tie_arrives"], tie)))
        if not ok:
            failures += 1
            print(f"timing {s['name']} {r['perspective']} {t}: relief {got}, here {want}")
    best = max(at, key=lambda t: (at[t]["e"], -list(at).index(t)))
    if r["best"] != best:
        failures += 1
        print(f"timing {s['name']} {r['perspective']}: best {r['best']}, here {best}")
    checked += 1

if beliefs_seen != {"central", *central["beliefs"]}:
    failures += 1
    print(f"eval --beliefs all gave {sorted(beliefs_seen)}")
print(f"{checked} evaluations and timings checked, {failures} disagree")
sys.exit(1 if failures else 0)
