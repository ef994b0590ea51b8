#!/usr/bin/env python3
"""Record deliberate public API changes: builds a project, then adds every symbol the PublicApiAnalyzers
report as undeclared (RS0016) to its PublicAPI.Unshipped.txt and drops the ones reported as removed (RS0017).
Review the diff of the PublicAPI files before committing: that diff *is* the API change."""
import re, subprocess, sys, pathlib

for project in sys.argv[1:] or [str(p) for p in pathlib.Path("src").glob("*/*.csproj")]:
    folder = pathlib.Path(project).parent
    unshipped = folder / "PublicAPI.Unshipped.txt"
    if not unshipped.exists():
        continue
    out = subprocess.run(["dotnet", "build", project, "-nologo", "-clp:NoSummary", "--no-incremental"],
                         capture_output=True, text=True).stdout
    # Only this project's own diagnostics: a dependency's undeclared symbols belong in the dependency's file.
    own = "\n".join(l for l in out.splitlines() if l.rstrip().endswith(f"[{pathlib.Path(project).resolve()}]"))
    added = set(re.findall(r"error RS0016: Symbol '(.+?)' is not part of the declared public API", own))
    removed = set(re.findall(r"error RS0017: Symbol '(.+?)' is part of the declared API", own))
    lines = [l for l in unshipped.read_text().splitlines() if l and l not in removed and l != "#nullable enable"]
    lines = sorted(set(lines) | added)
    unshipped.write_text("#nullable enable\n" + "".join(l + "\n" for l in lines))
    print(f"{folder.name}: +{len(added)} -{len(removed)}")
