#!/usr/bin/env python3
"""Checks that each target's declared dependencies in Package.swift equal the modules its Swift files import.

    python3 scripts/check-imports.py [PACKAGE_DIR]     (default: the repository root)

Reads the package manifest as text (no SwiftPM needed): every `.target`, `.executableTarget` and `.testTarget`
with its `name`, `path` (default `Sources/<name>` or `Tests/<name>`), `exclude` and `dependencies` (target names
as strings, `.target(name:)`, `.byName(name:)`, `.product(name:package:)`; a product is taken to vend the module
of its name). Then reads every `import X` of the target's Swift files, with attributes (`@testable`,
`@preconcurrency`, `@_exported`, `@_implementationOnly`) and access levels (`public import`, `internal import`,
...), outside comments and string literals. Modules of the toolchain (Foundation, Glibc, Testing, ...) are not
declared and are ignored.

Prints one line per problem and exits 1 if there is any:

    Target: imports X but does not declare it
    Target: declares X but never imports it

A dependency on an executable target is a build dependency (tests run the built tool), so it need not be
imported. Exit 0 when every target agrees; 2 when the manifest cannot be read.
"""

import os
import re
import sys

# Modules that come with the Swift toolchain or the platform: never declared in Package.swift.
TOOLCHAIN_MODULES = {
    "Swift", "_Concurrency", "_StringProcessing", "_Differentiation", "SwiftShims", "Distributed", "Observation",
    "RegexBuilder", "Synchronization", "Cxx", "CxxStdlib",
    "Foundation", "FoundationEssentials", "FoundationInternationalization", "FoundationNetworking",
    "FoundationXML", "CoreFoundation", "Dispatch",
    "Glibc", "Musl", "Darwin", "Android", "Bionic", "WASILibc", "WinSDK", "ucrt", "CRT", "os",
    "XCTest", "Testing", "PackageDescription",
}

TARGET_KINDS = ("target", "executableTarget", "testTarget")


def strip_comments_and_strings(text):
    """The Swift source with comments removed and string literals emptied, line breaks kept."""
    out = []
    i, n = 0, len(text)
    while i < n:
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    if text[i] == "\n":
                        out.append("\n")
                    i += 1
        elif text[i] == '"' or (text[i] == "#" and re.match(r'#+"', text[i:])):
            hashes = len(re.match(r'#*', text[i:]).group(0))
            i += hashes
            quote = '"""' if text.startswith('"""', i) else '"'
            end = quote + "#" * hashes
            i += len(quote)
            while i < n and not text.startswith(end, i):
                if text[i] == "\\" and hashes == 0:
                    i += 1
                elif text[i] == "\n":
                    out.append("\n")
                i += 1
            i += len(end)
            out.append('""')
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


IMPORT_LINE = re.compile(
    r"^[ \t]*(?:@[A-Za-z_]+(?:\([^)]*\))?[ \t]+)*"
    r"(?:(?:public|package|internal|fileprivate|private)[ \t]+)?"
    r"import[ \t]+(?:(?:typealias|struct|class|enum|protocol|let|var|func)[ \t]+)?"
    r"([A-Za-z_][A-Za-z0-9_]*)",
    re.MULTILINE,
)


def imports_of(path):
    with open(path, encoding="utf-8") as f:
        return set(IMPORT_LINE.findall(strip_comments_and_strings(f.read())))


def matching(text, start, opening, closing):
    """The index just past the bracket that closes the one at `start`, skipping string literals."""
    depth, i = 0, start
    while i < len(text):
        c = text[i]
        if c == '"':
            i = text.index('"', i + 1)
        elif c == opening:
            depth += 1
        elif c == closing:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced {opening}{closing} from offset {start}")


def argument(call, label, opening="[", closing="]"):
    """The text of the bracketed argument `label: [...]` at the top level of a call, or None."""
    depth, i = 0, 0
    while i < len(call):
        c = call[i]
        if c == '"':
            i = call.index('"', i + 1)
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif depth == 1 and call.startswith(label + ":", i) and not (call[i - 1].isalnum() or call[i - 1] == "_"):
            j = i + len(label) + 1
            while call[j].isspace():
                j += 1
            if call[j] != opening:
                return None
            return call[j:matching(call, j, opening, closing)]
        i += 1
    return None


def string_argument(call, label):
    m = re.search(r'(?<![A-Za-z0-9_])' + label + r':\s*"([^"]*)"', call)
    return m.group(1) if m else None


def targets_of(manifest):
    """[(kind, name, path, excludes, dependencies)] of the manifest's Swift targets, in order."""
    text = strip_line_comments(manifest)
    targets = []
    for m in re.finditer(r"\.(" + "|".join(TARGET_KINDS) + r")\(", text):
        start = m.end() - 1
        call = text[start:matching(text, start, "(", ")")]
        # `.target(name: "X")` inside a dependency list is a dependency, not a target: it has no other members.
        name = string_argument(call, "name")
        if name is None or is_inside_dependencies(text, m.start()):
            continue
        kind = m.group(1)
        default_root = "Tests" if kind == "testTarget" else "Sources"
        path = string_argument(call, "path") or f"{default_root}/{name}"
        excludes = re.findall(r'"([^"]*)"', argument(call, "exclude") or "")
        deps = []
        for dep in split_top_level(argument(call, "dependencies") or "[]"):
            dep = dep.strip()
            if not dep:
                continue
            literal = re.fullmatch(r'"([^"]+)"', dep)
            named = re.match(r"\.(?:product|target|byName)\(", dep)
            if literal:
                deps.append(literal.group(1))
            elif named and string_argument(dep, "name"):
                deps.append(string_argument(dep, "name"))
            else:
                raise ValueError(f"{name}: cannot read the dependency {dep!r}")
        targets.append((kind, name, path, excludes, deps))
    return targets


def strip_line_comments(text):
    return re.sub(r"//[^\n]*", "", text)


def is_inside_dependencies(text, offset):
    """Whether `offset` lies inside some `dependencies: [...]` list."""
    for m in re.finditer(r"dependencies:\s*\[", text[:offset]):
        if matching(text, m.end() - 1, "[", "]") > offset:
            return True
    return False


def split_top_level(bracketed):
    """The comma-separated items of `[a, .b(c, d), "e"]`."""
    inner, items, depth, current, i = bracketed[1:-1], [], 0, "", 0
    while i < len(inner):
        c = inner[i]
        if c == '"':
            j = inner.index('"', i + 1)
            current += inner[i:j + 1]
            i = j + 1
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        if c == "," and depth == 0:
            items.append(current)
            current = ""
        else:
            current += c
        i += 1
    items.append(current)
    return items


def swift_files(root, excludes):
    excluded = [os.path.normpath(os.path.join(root, e)) for e in excludes]
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if os.path.normpath(os.path.join(folder, d)) not in excluded)
        for f in sorted(files):
            path = os.path.join(folder, f)
            if f.endswith(".swift") and os.path.normpath(path) not in excluded:
                yield path


def main(argv):
    package = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    manifest_path = os.path.join(package, "Package.swift")
    try:
        with open(manifest_path, encoding="utf-8") as f:
            targets = targets_of(f.read())
    except (OSError, ValueError) as error:
        print(f"{manifest_path}: {error}", file=sys.stderr)
        return 2
    if not targets:
        print(f"{manifest_path}: no targets found", file=sys.stderr)
        return 2
    executables = {name for kind, name, *_ in targets if kind == "executableTarget"}
    problems = []
    for kind, name, path, excludes, deps in targets:
        files = list(swift_files(os.path.join(package, path), excludes))
        if not files:
            continue  # a C target: its headers are not Swift imports
        imported = set()
        for f in files:
            imported |= imports_of(f)
        imported -= TOOLCHAIN_MODULES
        imported.discard(name)
        declared = set(deps)
        for module in sorted(imported - declared):
            problems.append(f"{name}: imports {module} but does not declare it")
        for module in sorted(declared - imported - executables):
            problems.append(f"{name}: declares {module} but never imports it")
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
