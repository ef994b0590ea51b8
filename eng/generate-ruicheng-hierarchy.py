#!/usr/bin/env python3
"""Writes src/Ruicheng.Governance/Data/ruicheng-hierarchy.json, the built-in Ruicheng hierarchy.

Names of the county, towns, townships, villages and communities are the article's. Division codes below the
county (140830) are illustrative: they follow the national 12-digit scheme but are not the official codes.
Dawang town's 11 villages besides Jinpen are sample units (the article names only Jinpen). Grids, households
and residents are synthetic: two grids per village or community, six households per grid, three residents each.
Run it again after changing this script; the output is deterministic."""
import json, pathlib

towns = [  # (id, name, kind, villages[(id, name, kind, origin, note)])
    ("guwei", "古魏镇", "town", [("yabao", "亚宝社区", "community", "real", None),
                                ("shousheng", "寿圣社区", "community", "real", None),
                                ("wangtian", "王天村", "village", "real", None)]),
    ("ximo", "西陌镇", "town", [("xingyao", "兴耀村", "village", "real",
                                "The article does not name 兴耀村's town; placing it under 西陌镇 is a sample choice.")]),
    ("xinan", "西南镇", "town", [("dongtian", "东天村", "village", "real", None)]),
    ("nancheng", "南埕镇", "town", [("dongzhanglian", "东张联村", "village", "real", None)]),
    ("donglu", "东炉乡", "township", [("donglv", "东吕村", "village", "real", None)]),
    ("xuezhang", "学张乡", "township", [("xiekou", "斜口村", "village", "real", None)]),
    ("dawang", "大王镇", "town", [("jinpen", "金盆村", "village", "real", "Host (飞入地) of the 200-mu toona park.")] +
        [(f"sample-{i:02}", f"大王镇示例村{i:02}", "village", "sample",
          "Sample village: the article says 11 other village branches of 大王镇 run the park but does not name them.")
         for i in range(1, 12)]),
    ("monan", "陌南镇", "town", [("zhuangshang", "庄上村", "village", "real", None)]),
    ("yongle", "永乐镇", "town", [("cai", "蔡村", "village", "real", None)]),
    ("yangcheng", "阳城镇", "town", [("zhulv", "朱吕村", "village", "real",
                                     "The article does not name 朱吕村's town; placing it under 阳城镇 is a sample choice.")]),
]

units = [{"id": "ruicheng", "code": "140830", "name": "芮城县", "kind": "county", "origin": "real",
          "note": "Statistical code 140830 (Yuncheng, Shanxi)."}]
households, memberships = [], []
for t, (tid, tname, tkind, villages) in enumerate(towns):
    tcode = f"140830{100 + t:03}"
    units.append({"id": tid, "code": tcode, "name": tname, "kind": tkind, "parent": "ruicheng", "origin": "real",
                  "note": "Name from the article; the code is illustrative."})
    for v, (vid, vname, vkind, origin, note) in enumerate(villages):
        vcode = f"{tcode}{(200 if vkind == 'village' else 1) + v:03}"
        unit = {"id": f"{tid}.{vid}", "code": vcode, "name": vname, "kind": vkind, "parent": tid, "origin": origin}
        if note:
            unit["note"] = note
        units.append(unit)
        for g in range(1, 3):
            gid = f"{tid}.{vid}.g{g}"
            units.append({"id": gid, "code": f"{vcode}{g:03}", "name": f"{vname}第{g}网格", "kind": "grid",
                          "parent": f"{tid}.{vid}", "origin": "sample", "note": "Synthetic grid."})
            for h in range(1, 7):
                hid = f"H-{vcode}-{g}{h:02}"
                households.append({"id": hid, "grid": gid, "synthetic": True})
                for r in range(1, 4):
                    memberships.append({"resident": f"R-{vcode}-{g}{h:02}{r}", "household": hid, "from": "2020-01-01"})

document = {
    "$schema": "hierarchy.schema.json",
    "description": "Ruicheng County (芮城县) as the article names it. Codes below the county are illustrative; "
                   "units with origin 'sample' and all households and residents are synthetic.",
    "units": units, "households": households, "memberships": memberships,
}
out = pathlib.Path(__file__).resolve().parent.parent / "src/Ruicheng.Governance/Data/ruicheng-hierarchy.json"
out.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{out}: {len(units)} units, {len(households)} households, {len(memberships)} memberships")
