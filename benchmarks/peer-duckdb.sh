#!/usr/bin/env bash
# Issue 19's process-level peer benchmark: `ruicheng score` against DuckDB (DuckDB.NET.Data.Full 1.5.6.1) running the
# same scoring as SQL, on the same generated county export (50 entries per resident, 40 rules in 8 categories,
# monthly caps, 24-month window). For each size: wall time and peak resident memory of each process
# (/usr/bin/time), and a byte-for-byte comparison of the two resident,score,tier files.
#
#   benchmarks/peer-duckdb.sh [ROWS...]        default: 1000000 4000000 20000000 64000000
#
# Exports are written to $RUICHENG_PEER_DIR (default /tmp/ruicheng-peer) and kept for reruns; ~27 bytes a row.
# Exits 1 when any pair of outputs differs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
dir="${RUICHENG_PEER_DIR:-/tmp/ruicheng-peer}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 4000000 20000000 64000000)
mkdir -p "$dir"

dotnet build "$root/src/Ruicheng.Cli/Ruicheng.Cli.csproj" -c Release -v q -nologo > /dev/null
dotnet build "$here/Ruicheng.Benchmarks/Ruicheng.Benchmarks.csproj" -c Release -v q -nologo > /dev/null
cli="$root/src/Ruicheng.Cli/bin/Release/net10.0/ruicheng.dll"
bench="$here/Ruicheng.Benchmarks/bin/Release/net10.0/Ruicheng.Benchmarks.dll"

measure() { # label, command...: prints "label wall_s peak_MiB"
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$dir/time.txt" "$@" > /dev/null
  read -r wall kib < "$dir/time.txt"
  printf '%s %s %s\n' "$label" "$wall" "$((kib / 1024))"
}

status=0
echo "| rows | ruicheng score: wall s | peak MiB | DuckDB 2 threads: wall s | peak MiB | DuckDB 1 thread: wall s | peak MiB | score / DuckDB-2 | outputs |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for rows in "${sizes[@]}"; do
  entries="$dir/entries-$rows.csv"
  [ -f "$entries" ] || dotnet "$bench" export "$rows" "$dir" > /dev/null
  # One untimed read first, so that every timed run starts from the same warm page cache.
  cat "$entries" > /dev/null
  read -r _ s_wall s_mib < <(measure score dotnet "$cli" score --rulebook "$dir/rulebook.json" --entries "$entries" --as-of 2026-06-30 --out "$dir/ours-$rows.csv" --json)
  read -r _ d2_wall d2_mib < <(measure duckdb2 dotnet "$bench" duckdb "$entries" "$dir/duckdb-$rows.csv" 2)
  read -r _ d1_wall d1_mib < <(measure duckdb1 dotnet "$bench" duckdb "$entries" "$dir/duckdb1-$rows.csv" 1)
  same="identical"
  cmp -s "$dir/ours-$rows.csv" "$dir/duckdb-$rows.csv" || { same="DIFFER"; status=1; }
  cmp -s "$dir/duckdb-$rows.csv" "$dir/duckdb1-$rows.csv" || { same="$same (DuckDB 1 vs 2 threads differ)"; status=1; }
  ratio=$(awk -v a="$s_wall" -v b="$d2_wall" 'BEGIN { printf "%.2f", a / b }')
  echo "| $rows | $s_wall | $s_mib | $d2_wall | $d2_mib | $d1_wall | $d1_mib | $ratio | $same |"
done
exit $status
