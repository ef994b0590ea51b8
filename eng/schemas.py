#!/usr/bin/env python3
"""Writes the four shipped JSON schemas. One source for the shapes every loader checks first (ValidatedDocument):
run it after changing a document's shape, and keep each constraint the loaders enforce that a schema can state here.
Money is a decimal string (never a JSON number: no validator ever goes through floating point)."""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCORE = 1_000_000_000_000

common = {
    "id": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[^\\s\\u0000-\\u001f\\u007f]+$",
           "description": "An id: 1-64 characters without whitespace or control characters, compared ordinally."},
    "date": {"type": "string", "format": "date", "pattern": "^(19[0-9]{2}|2[01][0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
             "description": "A civil date yyyy-MM-dd from 1900-01-01 to 2199-12-31."},
    "money": {"type": "string", "pattern": "^[0-9]{1,16}(\\.[0-9]{1,2})?$",
              "description": "An amount of yuan as a decimal string: up to 16 integer digits and at most two decimals, e.g. \"1234.56\"."},
    "text": {"type": "string", "minLength": 1},
    "percent": {"type": "number", "minimum": 0, "maximum": 100},
}

def ref(name):
    return {"$ref": f"#/$defs/{name}"}

def optional_date():
    return {"type": ["string", "null"], "format": "date", "pattern": common["date"]["pattern"]}

header = {
    "type": "object", "additionalProperties": False,
    "required": ["id", "version", "title", "jurisdiction", "effectiveFrom"],
    "properties": {
        "id": ref("id"),
        "version": {"type": "string", "pattern": "^[1-9][0-9]*(\\.[0-9]+)?$", "description": "major.minor, from 1.0."},
        "title": ref("text"),
        "jurisdiction": ref("id"),
        "effectiveFrom": ref("date"),
        "effectiveTo": optional_date(),
        "source": {"type": "string"},
    },
}

def document(schema_id, title, description, required, properties, defs):
    return {
        "$schema": DRAFT, "$id": schema_id, "title": title, "description": description,
        "type": "object", "additionalProperties": False, "required": required,
        "properties": {"$schema": {"type": "string"}, **properties},
        "$defs": {**common, **defs},
    }

def array(items, **constraints):
    return {"type": "array", "items": items, **constraints}

def obj(required, properties, **extra):
    return {"type": "object", "additionalProperties": False, "required": required, "properties": properties, **extra}

TIERS = ["D", "C", "B", "A", "AA", "AAA"]
cap = obj(["period", "max"], {"period": {"enum": ["day", "month", "quarter", "year"]}, "max": {"type": "integer", "minimum": 0, "maximum": SCORE}})
score = {"type": "integer", "minimum": -SCORE, "maximum": SCORE}

civility = document(
    "civility-rulebook.schema.json", "Ruicheng.Civility rulebook",
    "Points categories and rules (with caps and effective dates), expiry, the public notice period, the village covenant's "
    "ceremony standards, the credit policy and the red and black lists. Cross-field rules (known categories and rules, unique "
    "ids, one cap per period, tier bands covering every score exactly once with ranks rising, non-overlapping rule versions) "
    "are enforced by CivilityRulebookFile.Load after this schema.",
    ["header", "categories", "rules", "expiry", "publication", "credit"],
    {
        "header": ref("header"),
        "categories": array(obj(["id", "chinese"], {"id": ref("id"), "chinese": ref("text"), "english": {"type": "string"}, "caps": array(cap)}), minItems=1),
        "rules": array(obj(["id", "category", "chinese", "points", "unit", "effectiveFrom"], {
            "id": ref("id"), "category": ref("id"), "chinese": ref("text"),
            "points": {"type": "integer", "minimum": -524287, "maximum": 524287, "not": {"enum": [0]}},
            "unit": {"enum": ["occurrence", "hour"]},
            "hourRounding": {"enum": ["whole-hours-only", "half-hour-up"]},
            "caps": array(cap),
            "reviewRequired": {"type": "boolean"},
            "effectiveFrom": ref("date"),
            "effectiveTo": optional_date(),
            "source": {"type": "string"},
        }, **{"if": {"properties": {"unit": {"enum": ["hour"]}}, "required": ["unit"]}, "then": {"required": ["hourRounding"]}}), minItems=1, maxItems=4096),
        "expiry": obj(["honourWindowMonths", "spendableResetsOn"], {
            "honourWindowMonths": {"type": "integer", "minimum": 1, "maximum": 120},
            "spendableResetsOn": {"type": "string", "pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},
        }),
        "publication": obj(["noticeDays"], {"noticeDays": {"type": "integer", "minimum": 0, "maximum": 365}, "objections": {"type": "string"}}),
        "covenant": array(obj(["kind", "breachRule"], {
            "kind": ref("id"), "chinese": {"type": "string"},
            "maxTables": {"type": "integer", "minimum": 0}, "maxCars": {"type": "integer", "minimum": 0},
            "maxCostPerTableRural": ref("money"), "maxCostPerTableUrban": ref("money"), "maxBridePrice": ref("money"),
            "maxGiftVillager": ref("money"), "maxGiftRelative": ref("money"),
            "registrationRequired": {"type": "boolean"}, "breachRule": ref("id"), "simpleCeremonyRule": ref("id"), "source": {"type": "string"},
        })),
        "credit": obj(["baseScore", "tiers"], {
            "baseScore": score,
            "tiers": array(obj(["tier"], {"tier": {"enum": TIERS}, "min": score, "max": score}), minItems=1, maxItems=6),
            "vetoes": array(obj(["code", "capTier"], {"code": ref("id"), "description": {"type": "string"}, "capTier": {"enum": TIERS}})),
            "benefits": array(obj(["tier"], {"tier": {"enum": TIERS}, "creditLine": ref("money"), "interestDiscountPercent": ref("percent"),
                                             "priorityServices": {"type": "boolean"}, "honours": {"type": "string"}}), maxItems=6),
            "source": {"type": "string"},
        }),
        "lists": obj(["period", "red", "black"], {
            "period": {"enum": ["month", "quarter", "year"]},
            "red": obj(["minHonourPoints", "honourRules"], {"minHonourPoints": {"type": "integer", "minimum": 1, "maximum": SCORE}, "honourRules": array(ref("id"), uniqueItems=True)}),
            "black": obj(["deductionRules"], {"deductionRules": array(ref("id"), minItems=1, uniqueItems=True)}),
            "source": {"type": "string"},
        }, description="Who may appear on the red and black lists (红黑榜), computed per period from the ledger."),
        "civicEvents": array(obj(["kind"], {"kind": ref("id"), "rule": ref("id"), "effect": {"enum": ["reverse-entry"]}},
                                 oneOf=[{"required": ["rule"]}, {"required": ["effect"]}]),
                             description="What each kind of civic event from another package does (the linkage contract): an entry under a "
                                         "points rule ('rule'), or the reversal of the ledger entry the event names ('effect': 'reverse-entry')."),
    },
    {"header": header},
)

limit = obj(["days", "unit"], {"days": {"type": "integer", "minimum": 0, "maximum": 3650}, "unit": {"enum": ["working-days", "calendar-days"]}})
named = obj(["id", "chinese", "english"], {"id": ref("id"), "chinese": ref("text"), "english": ref("text"), "note": {"type": "string"}})
ROLES = ["party", "resident", "grid-worker", "post-holder", "grid-mediator", "village-mediation-committee", "township-governance-centre",
         "county-governance-centre", "court", "petition-office", "petition-review-body",
         "moral-evaluation-council"]
governance = document(
    "governance-rulebook.schema.json", "Ruicheng.Governance rulebook",
    "Governance posts, issue categories, the working-day calendar, escalation ladders and dispute case types. Cross-field "
    "rules (unique ids, stage order, known case types, ladders and tiers, no date both a holiday and a working day) are "
    "enforced by GovernanceRulebookFile.Load after this schema.",
    ["header", "posts", "calendar", "ladders", "caseTypes", "courtConfirmationWindow"],
    {
        "header": ref("header"),
        "posts": array(ref("named"), minItems=1),
        "issueCategories": array(ref("named")),
        "calendar": obj(["years"], {
            "years": array({"type": "integer", "minimum": 1900, "maximum": 2199}, minItems=1, uniqueItems=True),
            "restDays": array({"enum": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]}, uniqueItems=True, maxItems=6),
            "holidays": array(ref("date"), uniqueItems=True), "adjustedWorkingDays": array(ref("date"), uniqueItems=True), "source": {"type": "string"},
        }, description="The years covered, with every public holiday and make-up working day (调休) of each; a working-day deadline needing another year is refused."),
        "ladders": array(obj(["id", "acceptWithin", "tiers"], {
            "id": ref("id"), "acceptWithin": ref("limit"), "source": {"type": "string"},
            "tiers": array(obj(["id", "body", "bodyChinese", "handler", "stage", "level"], {
                "id": ref("id"), "body": ref("text"), "bodyChinese": ref("text"), "handler": {"enum": ROLES},
                "stage": {"enum": ["negotiation", "administrative", "litigation"]}, "level": {"enum": ["county", "township", "village", "grid"]},
                "limit": ref("limit"), "extensions": {"type": "integer", "minimum": 0, "maximum": 10}, "extension": ref("limit"),
                "requestNextWithin": ref("limit"),
                "skippableFor": array(ref("id")),
            }), minItems=1),
        }), minItems=1),
        "caseTypes": array(obj(["id", "chinese", "ladder"], {
            "id": ref("id"), "chinese": ref("text"), "ladder": ref("id"), "entryTier": ref("id"),
            "appealsPointsEntry": {"type": "boolean", "description": "Cases of this type appeal a civility ledger entry (积分争议)."},
            "exemptStages": array({"enum": ["negotiation", "administrative"]}, uniqueItems=True),
            "complexityLimits": obj(["simple", "ordinary", "complex"], {"simple": ref("limit"), "ordinary": ref("limit"), "complex": ref("limit"), "source": {"type": "string"}},
                                    description="Limits at the accepting tier by complexity (繁简分流), chosen at acceptance."),
        }), minItems=1),
        "courtConfirmationWindow": ref("limit"),
    },
    {"header": header, "named": named, "limit": limit},
)

CLASSES = ["land", "guaranteed-floor", "pooled", "split", "reinvestment"]
economy = document(
    "economy-rulebook.schema.json", "Ruicheng.Economy rulebook",
    "Distribution plans (the waterfall: reserve, welfare, floors, reinvestment, ratio split, within-party basis) and "
    "collective-income thresholds. Cross-field rules (unique ids, one floor per class, reserve + welfare <= 100%, one "
    "party per ratio part, the patronage minimum of farmers' cooperatives) are enforced by EconomyRulebookFile.Load after "
    "this schema.",
    ["header", "plans", "collectiveIncome"],
    {
        "header": ref("header"),
        "plans": array(obj(["id", "title", "kind", "reservePercent", "welfarePercent", "reinvestmentPercent", "split"], {
            "id": ref("id"), "title": ref("text"), "kind": {"enum": ["farmers-cooperative", "joint-stock"]},
            "reservePercent": ref("percent"), "welfarePercent": ref("percent"),
            "floors": array(obj(["class"], {"class": {"enum": CLASSES}, "yuanPerUnit": ref("money"), "unitCapital": ref("money"),
                                             "yieldPercent": ref("percent"), "description": {"type": "string"}})),
            "shortfallPolicy": {"enum": ["pro-rata", "priority-by-class"]},
            "reinvestmentPercent": ref("percent"), "reinvestmentSharePrice": ref("money"),
            "dividendClasses": array({"enum": CLASSES}, uniqueItems=True),
            "split": obj(["ratio", "parties"], {
                "ratio": {"type": "string", "pattern": "^\\s*[0-9]{1,18}(\\s*[:\uff1a]\\s*[0-9]{1,18})*\\s*$"},
                "parties": array(obj(["id", "basis"], {"id": ref("id"), "basis": {"enum": ["shares", "patronage", "member", "retained"]},
                                                       "member": ref("id"), "classes": array({"enum": CLASSES}, uniqueItems=True)}), minItems=1),
            }),
            "maxMemberSharePercent": {"type": "number", "exclusiveMinimum": 0, "maximum": 100},
            "minPatronageReturnPercent": ref("percent"),
            "lossRule": {"enum": ["no-floors", "floors-from-reserves"]},
            "source": {"type": "string"},
        }), minItems=1),
        "collectiveIncome": obj(["weakBelow"], {"weakBelow": ref("money"), "milestones": array(ref("money")), "source": {"type": "string"}}),
        "enclaves": array(obj(["id", "name", "host", "area", "hostFeePerMu", "members", "returnMethod"], {
            "id": ref("id"), "name": ref("text"), "host": ref("id"),
            "area": {"type": "number", "exclusiveMinimum": 0},
            "hostFeePerMu": ref("money"),
            "members": array(obj(["village", "contribution"], {"village": ref("id"), "contribution": ref("money")}), minItems=1),
            "returnMethod": {"enum": ["by-contribution", "fixed-return"]},
            "fixedReturnPercent": ref("percent"),
            "source": {"type": "string"},
        }), description="Enclave-economy projects (飞地经济): a host village's land run by member villages of the same town."),
        "minimums": obj([], {
            "joint-stock": obj(["reservePercent", "welfarePercent"], {"reservePercent": ref("percent"), "welfarePercent": ref("percent")}),
            "farmers-cooperative": obj(["reservePercent", "welfarePercent"], {"reservePercent": ref("percent"), "welfarePercent": ref("percent")}),
            "source": {"type": "string"},
        }, description="The least each kind of cooperative's plans withhold for the reserve and the welfare fund, as the county sets it."),
    },
    {"header": header},
)

hierarchy = document(
    "hierarchy.schema.json", "Ruicheng.Governance hierarchy file",
    "A county's units (county -> town/township -> village/community -> grid), the households registered in grids and the "
    "residents' dated household memberships. Structure rules (one county root, levels, code prefixes, no cycles, unique ids "
    "and codes, non-overlapping memberships) are enforced by HierarchyFile.Load after this schema.",
    ["units"],
    {
        "description": {"type": "string"},
        "units": array(obj(["id", "code", "name", "kind"], {
            "id": ref("id"),
            "code": {"type": "string", "pattern": "^([0-9]{6}|[0-9]{9}|[0-9]{12}|[0-9]{15})$",
                     "description": "6 (county), 9 (township), 12 (village/community) or 15 (grid) digits; a child's code starts with its parent's significant prefix."},
            "name": ref("text"), "kind": {"enum": ["county", "town", "township", "village", "community", "grid"]},
            "parent": ref("id"), "origin": {"enum": ["real", "sample"]}, "note": {"type": "string"},
        }), minItems=1),
        "households": array(obj(["id", "grid"], {"id": ref("id"), "grid": ref("id"), "synthetic": {"type": "boolean"}})),
        "memberships": array(obj(["resident", "household", "from"], {"resident": ref("id"), "household": ref("id"), "from": ref("date"), "to": optional_date()})),
    },
    {},
)

calendar = document(
    "governance-calendar.schema.json", "Ruicheng.Governance calendar year",
    "One year of the working-day calendar as a county adds it: every public holiday and make-up working day (调休) of the "
    "year, citing the official notice. Cross-field rules (every date in the year, no day both holiday and working day) are "
    "enforced by CalendarYearFile.Load after this schema; GovernanceRulebook.WithCalendarYears merges it into a rulebook.",
    ["year", "holidays", "adjustedWorkingDays", "source"],
    {
        "year": {"type": "integer", "minimum": 1900, "maximum": 2199},
        "holidays": array(ref("date"), uniqueItems=True),
        "adjustedWorkingDays": array(ref("date"), uniqueItems=True),
        "source": ref("text"),
    },
    {},
)

STATES = ["reported", "in-mediation", "mediation-failed", "settled", "referred-to-court", "declined", "withdrawn", "closed"]
TRIGGERS = ["accept", "decline", "record-agreement", "record-failure", "escalate", "deadline-escalation", "grant-extension", "withdraw",
            "refer-to-court", "close", "change-complexity", "overdue", "uphold-appeal", "dismiss-appeal"]
instant = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$",
           "description": "An instant, ISO-8601 in UTC."}
nullable = lambda schema: {"anyOf": [schema, {"type": "null"}]}
explanation = obj(["rulebook", "steps"], {
    "rulebook": nullable(ref("rulebookReference")),
    "steps": array(obj(["rule", "summary", "figures"], {
        "rule": ref("id"), "summary": ref("text"), "key": {"type": "string"},
        "arguments": array(obj(["name", "value"], {"name": {"type": "string"}, "value": {"type": "string"}})),
        "figures": array(obj(["name", "value"], {"name": {"type": "string"}, "value": {"type": "string"}})),
    })),
}, description="Why: the rulebook applied and each step with its figures.")
actor = obj(["id", "role"], {"id": ref("id"), "role": {"enum": ROLES}, "household": nullable(ref("id"))})
dispute_case = document(
    "dispute-case.schema.json", "Ruicheng.Governance stored dispute case",
    "The stored form of a dispute case (format 1), written and read by DisputeCaseJson: everything needed to rebuild the "
    "case exactly, including the audit with explanations, the raised events and the deadlines already fired.",
    ["format", "id", "rulebook", "caseType", "unit", "parties", "summary", "reporter", "reportedAt", "acceptanceDeadline", "state",
     "extensionsUsed", "visitedStages", "complexityChanged", "audit", "events", "firedDeadlines"],
    {
        "format": {"const": 1},
        "id": ref("id"), "rulebook": ref("rulebookReference"), "caseType": ref("id"), "unit": ref("id"),
        "parties": array(obj(["resident"], {"resident": ref("id"), "household": nullable(ref("id"))}), minItems=1),
        "summary": {"type": "string"}, "claimKey": nullable({"type": "string"}),
        "reporter": actor, "reportedAt": instant, "acceptanceDeadline": instant,
        "state": {"enum": STATES}, "tier": nullable(ref("id")), "deadline": nullable(instant), "deadlineExplanation": nullable(ref("explanation")),
        "extensionsUsed": {"type": "integer", "minimum": 0, "maximum": 10},
        "agreement": nullable(obj(["terms", "seekCourtConfirmation"], {"terms": {"type": "string"}, "seekCourtConfirmation": {"type": "boolean"}, "confirmationDeadline": nullable(instant)})),
        "closure": nullable({"enum": ["resolved", "concluded", "disruptive-repeat-petitioning"]}),
        "visitedStages": array({"enum": ["negotiation", "administrative", "litigation"]}, uniqueItems=True),
        "complexity": nullable({"enum": ["simple", "ordinary", "complex"]}), "complexityChanged": {"type": "boolean"},
        "appealedEntry": nullable({"type": "string", "minLength": 1}),
        "incident": nullable(obj(["reporter", "post", "category", "reportedAt"], {
            "reporter": ref("id"), "post": ref("id"), "household": nullable(ref("id")), "unit": nullable(ref("id")), "category": ref("id"), "reportedAt": instant})),
        "audit": array(obj(["at", "trigger", "from", "to", "reason", "rulebook"], {
            "at": instant, "actor": nullable(actor), "trigger": {"enum": TRIGGERS}, "from": {"enum": STATES}, "to": {"enum": STATES},
            "fromTier": nullable(ref("id")), "toTier": nullable(ref("id")), "reason": {"type": "string"}, "rulebook": ref("rulebookReference"),
            "explanation": nullable(ref("explanation"))})),
        "events": array(obj(["type", "case", "at"], {
            "type": {"enum": ["mediation-settled", "disruptive-petitioning-recorded", "points-appeal-upheld", "incident-report-confirmed"]},
            "case": ref("id"), "at": instant, "mediator": ref("id"), "tier": ref("id"), "parties": array(ref("id")), "appellant": ref("id"),
            "entry": {"type": "string", "minLength": 1}, "correctedQuantity": {"type": "number", "exclusiveMinimum": 0}, "decidedBy": ref("id"),
            "reporter": ref("id"), "post": ref("id")})),
        "firedDeadlines": array(obj(["tier", "deadline"], {"tier": {"type": "string", "minLength": 1}, "deadline": instant})),
    },
    {"rulebookReference": {"type": "string", "pattern": "^[^\\s\\u0000-\\u001f\\u007f]{1,64}@[0-9]+\\.[0-9]+$", "description": "id@major.minor"},
     "explanation": explanation},
)

CLAIM_STATES = ["declared", "published", "objected", "confirmed", "rejected"]
points_claim = document(
    "points-claim.schema.json", "Ruicheng.Civility stored points claim",
    "The stored form of a points claim (format 1), written and read by PointsClaimJson: every field and the audit trail.",
    ["format", "id", "rulebook", "resident", "rule", "occurredOn", "quantity", "state", "audit"],
    {
        "format": {"const": 1},
        "id": ref("text"), "rulebook": ref("rulebookReference"), "resident": ref("id"), "household": nullable(ref("id")), "rule": ref("id"),
        "occurredOn": ref("date"), "quantity": {"type": "number"}, "state": {"enum": CLAIM_STATES},
        "noticeEnds": nullable(instant), "objection": nullable({"type": "string"}), "decision": nullable({"type": "string"}), "decidedAt": nullable(instant),
        "audit": array(obj(["at", "actor", "command", "to"], {
            "at": instant,
            "actor": obj(["id", "role"], {"id": ref("id"), "role": {"enum": ["resident", "grid-worker", "cadre", "council-member", "supermarket"]}, "household": nullable(ref("id"))}),
            "command": {"enum": ["declare", "publish", "object", "finalize", "review"]},
            "from": nullable({"enum": CLAIM_STATES}), "to": {"enum": CLAIM_STATES}, "note": nullable({"type": "string"})}), minItems=1),
    },
    {"rulebookReference": {"type": "string", "pattern": "^[^\\s\\u0000-\\u001f\\u007f]{1,64}@[0-9]+\\.[0-9]+$", "description": "id@major.minor"}},
)

share_register = document(
    "share-register.schema.json", "Ruicheng.Economy stored share register",
    "The stored form of a cooperative's share register (format 1), written and read by ShareRegisterJson; rows are then "
    "checked by ShareRegister.Create (members once, holdings of members, positive units, ordered dates).",
    ["format", "cooperative", "members", "holdings"],
    {
        "format": {"const": 1},
        "cooperative": ref("text"),
        "members": array(obj(["id", "kind", "name"], {"id": ref("id"), "kind": {"enum": ["household", "village-collective", "enterprise"]}, "name": {"type": "string"}})),
        "holdings": array(obj(["member", "class", "units", "from"], {
            "member": ref("id"), "class": {"enum": ["land", "guaranteed-floor", "pooled", "split", "reinvestment"]},
            "units": {"type": "number"}, "from": ref("date"), "to": ref("date")})),
    },
    {},
)

step = obj(["rule", "summary", "figures"], {
    "rule": ref("id"), "summary": ref("text"), "key": {"type": "string"},
    "arguments": array(obj(["name", "value"], {"name": {"type": "string"}, "value": {"type": "string"}})),
    "figures": array(obj(["name", "value"], {"name": {"type": "string"}, "value": {"type": "string"}})),
})
signed_money = {"type": "string", "pattern": "^-?[0-9]{1,17}(\\.[0-9]{1,2})?$", "description": "Yuan with at most two decimals, as a string; may be negative."}
distribution_result = document(
    "distribution-result.schema.json", "Ruicheng.Economy stored distribution result",
    "The stored form of a cooperative's distribution (format 1), written and read by DistributionResultJson: the income, "
    "every line (tranche, rule, recipient, amount, whether retained, why, and the reason as a message), the reinvestment "
    "shares issued, and the explanation. The lines sum to the income.",
    ["format", "income", "lines", "issuedShares", "explanation"],
    {
        "format": {"const": 1},
        "income": signed_money,
        "lines": array(obj(["tranche", "rule", "recipient", "amount", "retained", "why"], {
            "tranche": {"enum": ["reserve", "welfare", "floor", "reinvestment", "split", "carried-forward"]},
            "rule": ref("id"), "recipient": ref("id"), "member": ref("id"), "amount": signed_money,
            "retained": {"type": "boolean"}, "why": {"type": "string"}, "reason": step})),
        "issuedShares": array(obj(["member", "class", "units", "from"], {
            "member": ref("id"), "class": {"enum": ["land", "guaranteed-floor", "pooled", "split", "reinvestment"]},
            "units": {"type": "number"}, "from": ref("date"), "to": ref("date")})),
        "explanation": obj(["rulebook", "steps"], {
            "rulebook": {"anyOf": [{"type": "string", "pattern": "^[^\\s\\u0000-\\u001f\\u007f]{1,64}@[0-9]+\\.[0-9]+$"}, {"type": "null"}]},
            "steps": array(step)}),
    },
    {},
)

for path, schema in [("src/Ruicheng.Civility/Data/civility-rulebook.schema.json", civility),
                     ("src/Ruicheng.Governance/Data/governance-rulebook.schema.json", governance),
                     ("src/Ruicheng.Governance/Data/governance-calendar.schema.json", calendar),
                     ("src/Ruicheng.Governance/Data/dispute-case.schema.json", dispute_case),
                     ("src/Ruicheng.Civility/Data/points-claim.schema.json", points_claim),
                     ("src/Ruicheng.Economy/Data/share-register.schema.json", share_register),
                     ("src/Ruicheng.Economy/Data/distribution-result.schema.json", distribution_result),
                     ("src/Ruicheng.Economy/Data/economy-rulebook.schema.json", economy),
                     ("src/Ruicheng.Governance/Data/hierarchy.schema.json", hierarchy)]:
    (root / path).write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print("schemas written")
