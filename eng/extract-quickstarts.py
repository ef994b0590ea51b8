#!/usr/bin/env python3
"""Writes each package README's quick start (the first ```csharp block after "## Quick start") into the consumer
check as a class whose Run() holds the snippet, so CI compiles and runs exactly what the READMEs show."""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
out = root / "tests" / "Ruicheng.Consumer" / "Generated"
out.mkdir(exist_ok=True)
packages = ["Primitives", "Governance", "Economy", "Civility", "Storage"]
for package in packages:
    readme = (root / "src" / f"Ruicheng.{package}" / "README.md").read_text(encoding="utf-8")
    match = re.search(r"## Quick start.*?```csharp\n(.*?)```", readme, re.S)
    if not match:
        sys.exit(f"src/Ruicheng.{package}/README.md has no '## Quick start' with a csharp block")
    lines = match.group(1).splitlines()
    usings = [l for l in lines if l.startswith("using ")]
    body = [l for l in lines if not l.startswith("using ")]
    # A snippet that awaits becomes an async Task RunAsync(); the others stay synchronous.
    signature = "internal static async Task RunAsync()" if any("await " in l for l in body) else "internal static void Run()"
    code = "\n".join(usings) + f"\n\nnamespace QuickStarts;\n\n// Generated from src/Ruicheng.{package}/README.md by eng/extract-quickstarts.py.\ninternal static class {package}QuickStart\n{{\n    {signature}\n    {{\n"
    code += "\n".join(("        " + l) if l.strip() else "" for l in body) + "\n    }\n}\n"
    (out / f"{package}QuickStart.cs").write_text(code, encoding="utf-8")
print(f"quick starts extracted: {', '.join(packages)}")
