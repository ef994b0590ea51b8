#!/usr/bin/env python3
"""Writes the broken-document corpus: one valid base document per kind, broken in exactly one way per file, and a
manifest naming the JSON path at which both the shipped schema (checked by an independent validator) and the loader
must refuse it. Run from the repository root after changing a schema: python3 tests/corpus/make-corpus.py"""
import copy
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent.parent
out = root / "tests" / "corpus"

bases = {
    "civility-rulebook": json.loads((root / "src/Ruicheng.Civility/Data/ruicheng-civility-rulebook.json").read_text(encoding="utf-8")),
    "governance-rulebook": json.loads((root / "src/Ruicheng.Governance/Data/ruicheng-governance-rulebook.json").read_text(encoding="utf-8")),
    "economy-rulebook": json.loads((root / "src/Ruicheng.Economy/Data/ruicheng-economy-rulebook.json").read_text(encoding="utf-8")),
    "hierarchy": {
        "units": [
            {"id": "ruicheng", "code": "140830", "name": "芮城县", "kind": "county"},
            {"id": "dawang", "code": "140830106", "name": "大王镇", "kind": "town", "parent": "ruicheng"},
            {"id": "dawang.jinpen", "code": "140830106200", "name": "金盆村", "kind": "village", "parent": "dawang"},
            {"id": "dawang.jinpen.g1", "code": "140830106200001", "name": "一网格", "kind": "grid", "parent": "dawang.jinpen"},
        ],
        "households": [{"id": "H-101", "grid": "dawang.jinpen.g1"}],
        "memberships": [{"resident": "R-1011", "household": "H-101", "from": "2020-01-01"}],
    },
}

def at(doc, path):
    node = doc
    for key in path:
        node = node[key]
    return node

def setv(path, value):
    return lambda d: at(d, path[:-1]).__setitem__(path[-1], value)

def delete(path):
    return lambda d: at(d, path[:-1]).pop(path[-1])

def rename(path, new):
    def change(d):
        parent = at(d, path[:-1])
        parent[new] = parent.pop(path[-1])
    return change

def append_copy(path):
    return lambda d: at(d, path).append(copy.deepcopy(at(d, path)[0]))

# (kind, name, change, the JSON path both must name)
cases = [
    ("civility-rulebook", "header-missing", delete(["header"]), "$"),
    ("civility-rulebook", "header-version-pattern", setv(["header", "version"], "v1"), "$.header.version"),
    ("civility-rulebook", "header-jurisdiction-whitespace", setv(["header", "jurisdiction"], "rui cheng"), "$.header.jurisdiction"),
    ("civility-rulebook", "header-date-not-a-day", setv(["header", "effectiveFrom"], "2026-02-30"), "$.header.effectiveFrom"),
    ("civility-rulebook", "header-date-beyond-2199", setv(["header", "effectiveFrom"], "2200-01-01"), "$.header.effectiveFrom"),
    ("civility-rulebook", "categories-empty", setv(["categories"], []), "$.categories"),
    ("civility-rulebook", "category-unknown-property", setv(["categories", 0, "colour"], "red"), "$.categories[0]"),
    ("civility-rulebook", "name-in-wrong-case", rename(["expiry"], "Expiry"), "$"),
    ("civility-rulebook", "rule-points-zero", setv(["rules", 0, "points"], 0), "$.rules[0].points"),
    ("civility-rulebook", "rule-points-beyond-entry-limit", setv(["rules", 0, "points"], 1000000), "$.rules[0].points"),
    ("civility-rulebook", "rule-points-as-string", setv(["rules", 0, "points"], "5"), "$.rules[0].points"),
    ("civility-rulebook", "rule-unit-unknown", setv(["rules", 0, "unit"], "day"), "$.rules[0].unit"),
    ("civility-rulebook", "rule-id-empty", setv(["rules", 0, "id"], ""), "$.rules[0].id"),
    ("civility-rulebook", "rule-category-missing", delete(["rules", 0, "category"]), "$.rules[0]"),
    ("civility-rulebook", "cap-period-unknown", setv(["categories", 0, "caps", 0, "period"], "week"), "$.categories[0].caps[0].period"),
    ("civility-rulebook", "cap-negative", setv(["categories", 0, "caps", 0, "max"], -1), "$.categories[0].caps[0].max"),
    ("civility-rulebook", "honour-window-zero", setv(["expiry", "honourWindowMonths"], 0), "$.expiry.honourWindowMonths"),
    ("civility-rulebook", "reset-date-slash", setv(["expiry", "spendableResetsOn"], "12/31"), "$.expiry.spendableResetsOn"),
    ("civility-rulebook", "notice-beyond-a-year", setv(["publication", "noticeDays"], 400), "$.publication.noticeDays"),
    ("civility-rulebook", "money-as-number", setv(["covenant", 0, "maxBridePrice"], 20000), "$.covenant[0].maxBridePrice"),
    ("civility-rulebook", "money-three-decimals", setv(["covenant", 0, "maxBridePrice"], "20000.005"), "$.covenant[0].maxBridePrice"),
    ("civility-rulebook", "tier-unknown", setv(["credit", "tiers", 0, "tier"], "AAAA"), "$.credit.tiers[0].tier"),
    ("civility-rulebook", "base-score-as-string", setv(["credit", "baseScore"], "1000"), "$.credit.baseScore"),
    ("civility-rulebook", "discount-above-100", setv(["credit", "benefits", 0, "interestDiscountPercent"], 101), "$.credit.benefits[0].interestDiscountPercent"),
    ("civility-rulebook", "lists-period-unknown", setv(["lists", "period"], "week"), "$.lists.period"),
    ("governance-rulebook", "posts-empty", setv(["posts"], []), "$.posts"),
    ("governance-rulebook", "post-english-empty", setv(["posts", 0, "english"], ""), "$.posts[0].english"),
    ("governance-rulebook", "rest-day-unknown", setv(["calendar", "restDays", 0], "funday"), "$.calendar.restDays[0]"),
    ("governance-rulebook", "rest-days-every-day", setv(["calendar", "restDays"], ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]), "$.calendar.restDays"),
    ("governance-rulebook", "holiday-month-13", setv(["calendar", "holidays", 0], "2026-13-01"), "$.calendar.holidays[0]"),
    ("governance-rulebook", "limit-unit-unknown", setv(["ladders", 0, "acceptWithin", "unit"], "hours"), "$.ladders[0].acceptWithin.unit"),
    ("governance-rulebook", "limit-negative", setv(["ladders", 0, "tiers", 0, "limit", "days"], -1), "$.ladders[0].tiers[0].limit.days"),
    ("governance-rulebook", "limit-beyond-ten-years", setv(["ladders", 0, "tiers", 0, "limit", "days"], 4000), "$.ladders[0].tiers[0].limit.days"),
    ("governance-rulebook", "handler-unknown", setv(["ladders", 0, "tiers", 0, "handler"], "mayor"), "$.ladders[0].tiers[0].handler"),
    ("governance-rulebook", "extensions-beyond-ten", setv(["ladders", 0, "tiers", 0, "extensions"], 11), "$.ladders[0].tiers[0].extensions"),
    ("governance-rulebook", "case-type-ladder-missing", delete(["caseTypes", 0, "ladder"]), "$.caseTypes[0]"),
    ("governance-rulebook", "window-days-as-string", setv(["courtConfirmationWindow", "days"], "30"), "$.courtConfirmationWindow.days"),
    ("governance-rulebook", "ladders-missing", delete(["ladders"]), "$"),
    ("economy-rulebook", "plans-empty", setv(["plans"], []), "$.plans"),
    ("economy-rulebook", "reserve-missing-never-zero", delete(["plans", 0, "reservePercent"]), "$.plans[0]"),
    ("economy-rulebook", "plan-kind-unknown", setv(["plans", 0, "kind"], "llc"), "$.plans[0].kind"),
    ("economy-rulebook", "reserve-above-100", setv(["plans", 0, "reservePercent"], 120), "$.plans[0].reservePercent"),
    ("economy-rulebook", "floor-class-unknown", setv(["plans", 0, "floors", 0, "class"], "gold"), "$.plans[0].floors[0].class"),
    ("economy-rulebook", "floor-money-as-number", setv(["plans", 0, "floors", 0, "yuanPerUnit"], 800), "$.plans[0].floors[0].yuanPerUnit"),
    ("economy-rulebook", "share-price-three-decimals", setv(["plans", 0, "reinvestmentSharePrice"], "1.005"), "$.plans[0].reinvestmentSharePrice"),
    ("economy-rulebook", "ratio-with-dashes", setv(["plans", 0, "split", "ratio"], "8-1-1"), "$.plans[0].split.ratio"),
    ("economy-rulebook", "basis-unknown", setv(["plans", 0, "split", "parties", 0, "basis"], "luck"), "$.plans[0].split.parties[0].basis"),
    ("economy-rulebook", "weak-threshold-negative", setv(["collectiveIncome", "weakBelow"], "-5"), "$.collectiveIncome.weakBelow"),
    ("economy-rulebook", "member-cap-zero", setv(["plans", 0, "maxMemberSharePercent"], 0), "$.plans[0].maxMemberSharePercent"),
    ("economy-rulebook", "dividend-class-repeated", append_copy(["plans", 0, "dividendClasses"]), "$.plans[0].dividendClasses"),
    ("hierarchy", "units-empty", setv(["units"], []), "$.units"),
    ("hierarchy", "code-five-digits", setv(["units", 1, "code"], "12345"), "$.units[1].code"),
    ("hierarchy", "kind-unknown", setv(["units", 1, "kind"], "city"), "$.units[1].kind"),
    ("hierarchy", "name-empty", setv(["units", 1, "name"], ""), "$.units[1].name"),
    ("hierarchy", "household-grid-missing", delete(["households", 0, "grid"]), "$.households[0]"),
    ("hierarchy", "membership-date-not-a-day", setv(["memberships", 0, "from"], "2026-02-30"), "$.memberships[0].from"),
]

manifest = []
for kind, name, change, path in cases:
    document = copy.deepcopy(bases[kind])
    change(document)
    file = f"{kind}/{name}.json"
    (out / kind).mkdir(parents=True, exist_ok=True)
    (out / file).write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    manifest.append({"file": file, "kind": kind, "path": path})

(out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(out / "hierarchy-valid.json").write_text(json.dumps(bases["hierarchy"], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{len(manifest)} broken documents written")
