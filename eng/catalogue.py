#!/usr/bin/env python3
"""Writes docs/violation-codes.md: every violation code the packages can report, with its meaning.

The codes are the stable keys hosts match on and translations use. They are collected from the source:
rule classes (`*/Rules/*.cs`: the class summary and its `RuleId.From`), validator rules (`WithErrorCode` with
the `WithMessage` that follows), named rule properties (`public static RuleId X { get; } = RuleId.From(...)`, events excluded)
and the document loader's structural codes. `--check` fails when the committed page is out of date (CI runs it).
"""
import pathlib, re, sys

root = pathlib.Path(__file__).resolve().parent.parent
out = root / "docs" / "violation-codes.md"

def clean(text):
    text = re.sub(r"<see cref=\"(?:[A-Za-z]:)?([^\"]+)\"\s*/>", lambda m: "`" + m.group(1).split(".")[-1].split("{")[0] + "`", text)
    text = re.sub(r"<c>(.*?)</c>", r"`\1`", text)
    text = re.sub(r"<paramref name=\"(\w+)\"\s*/>", r"`\1`", text)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\s+", " ", text).strip().replace("|", "\\|")

def summary_before(source, index):
    lines = source[:index].rstrip().split("\n")
    doc = []
    for line in reversed(lines):
        s = line.strip()
        if s.startswith("///"):
            doc.append(s[3:].strip())
        elif s.startswith("[") or s == "":
            continue
        else:
            break
    text = " ".join(reversed(doc))
    m = re.search(r"<summary>(.*?)</summary>", text)
    return clean(m.group(1)) if m else ""

codes = {}

def add(code, package, meaning, where):
    entry = codes.setdefault(code, {"package": package, "meanings": [], "where": set()})
    if meaning and meaning not in entry["meanings"]:
        entry["meanings"].append(meaning)
    entry["where"].add(where)

for path in sorted((root / "src").rglob("*.cs")):
    rel = path.relative_to(root).as_posix()
    if "/bin/" in rel or "/obj/" in rel or "/Events/" in rel:
        continue
    package = rel.split("/")[1].replace("Ruicheng.", "") if rel.startswith("src/Ruicheng.") else "all domain packages"
    source = path.read_text(encoding="utf-8")
    if "/Rules/" in rel:
        m = re.search(r"RuleId\.From\(\"([a-z0-9.-]+)\"\)", source)
        cls = re.search(r"public (?:static|sealed) class (\w+)", source)
        if m and cls:
            add(m.group(1), package, summary_before(source, cls.start()), cls.group(1))
        continue
    for m in re.finditer(r"WithErrorCode\(\"([a-z0-9.-]+)\"\)", source):
        # The message of the same rule: the next WithMessage before the statement ends, whatever its form.
        statement = source[m.end():source.find(";\n", m.end())]
        message = re.search(r"\.WithMessage\([^\"]*\$?\"((?:[^\"\\]|\\.)*)\"", statement)
        meaning = clean(re.sub(r"\{[^}]*\}", "…", message.group(1))) if message else ""
        if not meaning and m.group(1).endswith(".missing"):
            meaning = "A required section or value is missing."
        elif not meaning and m.group(1).endswith(".null"):
            meaning = "An element of the list is null."
        add(m.group(1), "all domain packages" if m.group(1).startswith("rulebook.") else package, meaning, path.stem)
    for m in re.finditer(r"public static RuleId (\w+) \{ get; \} = RuleId\.From\(\"([a-z0-9.-]+)\"\);", source):
        add(m.group(2), package, summary_before(source, m.start()), f"{path.stem}.{m.group(1)}")
    for m in re.finditer(r"\"(json\.[a-z-]+)\"", source):
        add(m.group(1), package, "", path.stem)

json_meanings = {
    "json.malformed": "The text is not strict JSON (RFC 8259); the path names the line.",
    "json.null-element": "An array holds a null element.",
    "json.duplicate-key": "A property name is repeated in one object.",
    "json.number-range": "A number is beyond what the document's field can hold (beyond `decimal`).",
}
for code, meaning in json_meanings.items():
    if code in codes:
        codes[code]["meanings"] = [meaning]

lines = [
    "# Violation codes",
    "",
    "Every code a `RuleViolation` can carry, generated from the source by `eng/catalogue.py` (CI fails when this page",
    "is out of date). A code is stable: hosts match on it and translations are keyed by it. Schema violations are",
    "`schema.<keyword>` for the JSON-schema keyword broken (`schema.required`, `schema.pattern`, `schema.maximum`, …),",
    "reported at the JSON path of the value (for `required` and `additionalProperties`, the object concerned).",
    "",
    "| Code | Package | Meaning | Defined by |",
    "|---|---|---|---|",
]
for code in sorted(codes):
    e = codes[code]
    lines.append(f"| `{code}` | {e['package']} | {' / '.join(e['meanings']) or '—'} | {', '.join(sorted(e['where']))} |")
text = "\n".join(lines) + "\n"

if "--check" in sys.argv:
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        sys.exit("docs/violation-codes.md is out of date: run python3 eng/catalogue.py")
    print(f"violation catalogue up to date ({len(codes)} codes)")
else:
    out.write_text(text, encoding="utf-8")
    print(f"violation catalogue written ({len(codes)} codes)")
