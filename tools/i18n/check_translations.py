#!/usr/bin/env python3
"""Fail when a user-visible text has no translation.

Runs lupdate over the sources into copies of the .ts files (so a string added
to the code but missing from the .ts files counts as untranslated), then
checks every message of the complete languages:

  - a finished, non-empty translation (every plural form for %n texts);
  - the same placeholders (%1 ... %9, %n), HTML tags and **bold** markup;
  - one keyboard mnemonic (&) where the source has one.

The English file carries plural forms only; its %n messages are checked.

Usage:
  check_translations.py --cmake CMAKE --generator GenerateLUpdateProject.cmake
      --project-in keylink_engine_project.cmake --lupdate LUPDATE
      --complete keylink_de.ts keylink_fr.ts --plurals keylink_en.ts
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?[1-9])")
TAG = re.compile(r"</?([a-zA-Z0-9]+)[^>]*>")
MNEMONIC = re.compile(r"&(?!&)(?=[^\s&;])(?![a-z]+;)")


def refreshed_copies(args, files, workdir):
    """The .ts files as lupdate leaves them after reading today's sources."""
    copies = []
    for ts in files:
        copies.append(os.path.join(workdir, os.path.basename(ts)))
        shutil.copyfile(ts, copies[-1])
    project = os.path.join(workdir, "project.json")
    subprocess.run([args.cmake, f"-DIN_FILE={args.project_in}", f"-DOUT_FILE={project}", "-P", args.generator],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([args.lupdate, "-silent", "-no-obsolete", "-project", project, "-ts", *copies], check=True)
    return copies


def texts(element):
    forms = element.findall("numerusform")
    if forms:
        return [f.text or "" for f in forms]
    return [element.text or ""]


def compare(source, translation):
    """What is wrong with one translation of `source`, or None."""
    if not translation.strip():
        return "empty"
    if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(translation))):
        return f"placeholders {sorted(set(PLACEHOLDER.findall(source)))} became {sorted(set(PLACEHOLDER.findall(translation)))}"
    if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
        return "HTML tags differ"
    if source.count("**") != translation.count("**"):
        return "**bold** markup differs"
    if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(translation)):
        return "keyboard mnemonic (&) differs"
    return None


def check(path, plurals_only):
    problems = []
    checked = 0
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            if plurals_only and not numerus:
                continue
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name}: “{source[:70]}”"
            checked += 1
            kind = translation.get("type") if translation is not None else "missing"
            if translation is None or kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append(f"{where}: not translated")
                continue
            for text in texts(translation):
                wrong = compare(source, text)
                if wrong:
                    problems.append(f"{where}: {wrong}")
    return checked, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cmake", required=True)
    parser.add_argument("--generator", required=True)
    parser.add_argument("--project-in", required=True)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--complete", nargs="+", default=[])
    parser.add_argument("--plurals", nargs="*", default=[])
    args = parser.parse_args()

    failed = False
    with tempfile.TemporaryDirectory() as workdir:
        files = args.complete + args.plurals
        for copy, ts in zip(refreshed_copies(args, files, workdir), files):
            checked, problems = check(copy, plurals_only=ts in args.plurals)
            name = os.path.basename(ts)
            if problems:
                failed = True
                print(f"{name}: {len(problems)} of {checked} messages need work:")
                for p in problems:
                    print(f"  {p}")
            else:
                print(f"{name}: all {checked} messages translated")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
