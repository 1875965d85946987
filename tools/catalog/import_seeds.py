#!/usr/bin/env python3
"""Fill the seed-derived parts of the built-in provider catalog.

Some lists in resources/providers/*.json are facts that the source documents
already hold in machine-readable form. They are generated here instead of
being retyped, so they cannot drift from the documents:

  front.json     actions               <- the data-guide-actions-json attribute
                 permissions step      <- the step's data-guide-scopes attribute
  easyship.json  OAuth scopes          <- the "Create an Access Token" scope table
                 token-method scopes   <- the 2024-09 family of that table
                 scope-listing steps   <- every scope of their method

Usage:
  tools/catalog/import_seeds.py [--seeds DIR] [--check]

--check changes nothing and exits 1 when a catalog file differs from what the
seeds give, naming the list that differs.
"""

import argparse
import glob
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CATALOG = os.path.join(ROOT, "resources", "providers")
DEFAULT_SEEDS = os.path.join(os.path.dirname(ROOT), "shared", "seeds")


def seed_text(seeds, number):
    matches = glob.glob(os.path.join(seeds, f"{number:03d}_*.txt"))
    if len(matches) != 1:
        sys.exit(f"import_seeds: expected one seed {number:03d}_*.txt in {seeds}, found {len(matches)}")
    with open(matches[0], encoding="utf-8") as f:
        return f.read()


def front_actions(text):
    m = re.search(r'data-guide-actions-json="([^"]*)"', text)
    if not m:
        sys.exit("import_seeds: the Front seed has no data-guide-actions-json attribute")
    actions = json.loads(html.unescape(m.group(1)))
    return [{"id": a["id"], "label": a["label"], "scopes": list(a["scopes"])} for a in actions]


def front_permission_scopes(text):
    # The one step whose data-guide-scopes attribute is not empty.
    found = [s for s in re.findall(r'data-guide-step data-guide-scopes="([^"]*)"', text) if s]
    if len(found) != 1:
        sys.exit(f"import_seeds: expected one Front step with scopes, found {len(found)}")
    return html.unescape(found[0]).split(",")


# A row of the seed's table is the scope id run straight into its description:
# "public.address:readAddresses (read only) Public API (2024-09 and newer)".
SCOPE_ROW = re.compile(r"^(public\.[a-z0-9_]+:(?:read|write)|[a-z0-9_]+)([A-Z].*)$")


def easyship_scopes(text):
    table = text.split("ScopeDescription", 1)[1].split("Responses", 1)[0]
    scopes = []
    for line in table.strip().splitlines():
        m = SCOPE_ROW.match(line.strip())
        if not m:
            sys.exit(f"import_seeds: cannot read Easyship scope row {line!r}")
        scope, description = m.group(1), m.group(2).strip()
        modern = scope.startswith("public.")
        # "Addresses (read only) Public API (...)" / "Addresses API (...)" -> "Addresses"
        group = re.split(r" \(| API", description, maxsplit=1)[0]
        scopes.append({
            "id": scope,
            "group": group,
            "description": description,
            "family": "2024-09" if modern else "legacy",
        })
    return scopes


def method(provider, method_id):
    for m in provider["authMethods"]:
        if m["id"] == method_id:
            return m
    sys.exit(f"import_seeds: {provider['id']} has no auth method {method_id!r}")


def listing_steps(m):
    for section in m["guide"]["sections"]:
        for step in section["steps"]:
            if step.get("listScopes"):
                yield step


def build(seeds):
    """Returns {file name: provider dict} with the generated parts filled in."""
    out = {}
    with open(os.path.join(CATALOG, "front.json"), encoding="utf-8") as f:
        front = json.load(f)
    text = seed_text(seeds, 3)
    token = method(front, "api-token")
    token["actions"] = front_actions(text)
    for step in listing_steps(token):
        step["scopes"] = front_permission_scopes(text)
    out["front.json"] = front

    with open(os.path.join(CATALOG, "easyship.json"), encoding="utf-8") as f:
        easyship = json.load(f)
    table = easyship_scopes(seed_text(seeds, 4))
    oauth = method(easyship, "oauth-partner")
    oauth["scopes"] = table
    token = method(easyship, "api-token")
    # An access token always belongs to a 2024-09 integration, so it has no families.
    token["scopes"] = [{k: v for k, v in s.items() if k != "family"}
                       for s in table if s["family"] == "2024-09"]
    for m in (oauth, token):
        for step in listing_steps(m):
            step["scopes"] = [s["id"] for s in m["scopes"]]
    out["easyship.json"] = easyship
    return out


def dump(provider):
    return json.dumps(provider, indent=2, ensure_ascii=False) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", default=DEFAULT_SEEDS, help="folder with the source documents")
    parser.add_argument("--check", action="store_true", help="only compare, exit 1 on a difference")
    args = parser.parse_args()

    stale = []
    for name, provider in build(args.seeds).items():
        path = os.path.join(CATALOG, name)
        with open(path, encoding="utf-8") as f:
            current = f.read()
        wanted = dump(provider)
        if current == wanted:
            continue
        if args.check:
            stale.append(name)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(wanted)
            print(f"import_seeds: updated {name}")
    if stale:
        print(f"import_seeds: {', '.join(stale)} differ from the seeds; run tools/catalog/import_seeds.py",
              file=sys.stderr)
        return 1
    if args.check:
        print("import_seeds: catalog matches the seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
