"""Derive the gazetteers shipped in kg/data/gazetteers/ from ../shared/gazetteers/.

    python scripts/derive_gazetteers.py [--shared ../shared]

Writes (TSV, UTF-8, header line first):
  admin_areas.tsv   name, short, level (province|city|county), parent, code: every province,
                    prefecture and county of the PRC (JioNLP china_location, Apache-2.0)
  streets.tsv       name, county, city, province: every 街道 subdistrict of the PRC
                    (JioNLP china_location, Apache-2.0; modood, WTFPL)
  communities.tsv   name, street, county, city: every 社区 of Chongqing
                    (JioNLP china_location, Apache-2.0)
  communities_cn.txt  one name per line: every 社区 name of the PRC, four characters or more
                    (JioNLP china_location, Apache-2.0)
  towns.tsv         name, county, city, province: every town (镇) and township (乡) of the PRC
                    (JioNLP china_location, Apache-2.0; modood, WTFPL)
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "kg" / "data" / "gazetteers"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    args = ap.parse_args()
    src = args.shared / "gazetteers" / "cn_admin_divisions_5level_jionlp" / "china_location.txt"
    areas: dict[str, tuple[str, str, str, str]] = {}
    streets: set[tuple[str, str, str, str]] = set()
    towns: set[tuple[str, str, str, str]] = set()
    communities: set[tuple[str, str, str, str]] = set()
    national: set[str] = set()
    path: list[str] = ["", "", "", "", ""]
    with src.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line.strip():
                continue
            depth = len(line) - len(line.lstrip("\t"))
            cols = line.strip("\t").split("\t")
            name = cols[0].strip()
            path[depth] = name
            for d in range(depth + 1, 5):
                path[d] = ""
            if depth <= 2:
                level = ("province", "city", "county")[depth]
                short = cols[2].strip() if len(cols) > 2 else ""
                code = cols[1].strip() if len(cols) > 1 else ""
                parent = path[depth - 1] if depth else ""
                if depth == 1 and name == path[0]:
                    continue  # municipality listed again as its own city
                areas.setdefault(name, (short, level, parent, code))
            elif depth == 3 and name.endswith("街道"):
                streets.add((name, path[2], path[1], path[0]))
            elif depth == 3 and name.endswith(("镇", "乡")):
                towns.add((name, path[2], path[1], path[0]))
            elif depth == 4 and name.endswith("社区"):
                if len(name) >= 4:
                    national.add(name)
                if path[0] == "重庆市":
                    communities.add((name, path[3], path[2], path[1]))
    modood = args.shared / "gazetteers" / "cn_admin_divisions_modood"
    area_name = {r["code"]: r["name"] for r in csv.DictReader((modood / "areas.csv").open(encoding="utf-8"))}
    city_name = {r["code"]: r["name"] for r in csv.DictReader((modood / "cities.csv").open(encoding="utf-8"))}
    prov_name = {r["code"]: r["name"] for r in csv.DictReader((modood / "provinces.csv").open(encoding="utf-8"))}
    known = {s[0] + "|" + s[1] for s in streets | towns}
    for r in csv.DictReader((modood / "streets.csv").open(encoding="utf-8")):
        county = area_name.get(r["areaCode"], "")
        row = (r["name"], county, city_name.get(r["cityCode"], ""), prov_name.get(r["provinceCode"], ""))
        if f"{r['name']}|{county}" in known:
            continue
        if r["name"].endswith("街道"):
            streets.add(row)
        elif r["name"].endswith(("镇", "乡")):
            towns.add(row)
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "admin_areas.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("name\tshort\tlevel\tparent\tcode\n")
        for name, (short, level, parent, code) in sorted(areas.items()):
            fh.write(f"{name}\t{short}\t{level}\t{parent}\t{code}\n")
    with (OUT / "streets.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("name\tcounty\tcity\tprovince\n")
        for row in sorted(streets):
            fh.write("\t".join(row) + "\n")
    with (OUT / "towns.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("name\tcounty\tcity\tprovince\n")
        for row in sorted(towns):
            fh.write("\t".join(row) + "\n")
    with (OUT / "communities.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("name\tstreet\tcounty\tcity\n")
        for row in sorted(communities):
            fh.write("\t".join(row) + "\n")
    with (OUT / "communities_cn.txt").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Every 社区 (community) name of the PRC, four characters or more, derived by\n"
                 "# scripts/derive_gazetteers.py from JioNLP's china_location dictionary (Apache-2.0; 国家统计局\n"
                 "# 统计用区划代码). Read as a community's name where the text prints it as one (not looked up\n"
                 "# as a phrase); Chongqing's, with their streets, are in communities.tsv.\n")
        for name in sorted(national):
            fh.write(name + "\n")
    print(f"{len(areas)} areas, {len(streets)} streets, {len(towns)} towns, {len(communities)} communities, "
          f"{len(national)} community names of the PRC -> {OUT}")


if __name__ == "__main__":
    main()
