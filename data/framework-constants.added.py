#!/usr/bin/env python3
"""Adds the web frameworks of issue 26 to framework-constants.tsv, each parsed from its own source at a release.

Django REST framework (rest_framework/status.py), Starlette, which FastAPI re-exports as fastapi.status
(starlette/status.py), Werkzeug, whose exceptions Flask raises (src/werkzeug/exceptions.py), and Ktor's
HttpStatusCode companion (ktor-http/common/src/io/ktor/http/HttpStatusCode.kt) are read with
`git show TAG:PATH` from bare mirrors (MIRRORS/owner+name/repo); NestJS's HttpStatus enum is read from the published
@nestjs/common package (`npm pack @nestjs/common@VERSION`, enums/http-status.enum.d.ts), because the nestjs/nest
repository is over the size a mirror may have here. No cell is typed by hand.

Each column goes in before `notes`, in this order; its row in framework-constants.columns.tsv names the release,
repository and path. A code the registry lacks and the table has no row for is left out and printed.

    python3 framework-constants.added.py --mirrors MIRRORS --nest PATH/TO/http-status.enum.d.ts
"""
import argparse
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).parent

# id, label (as the site shows it), release, repository, path in it, how names are written
ADDED = [
    ('drf', '3.18.0', 'encode/django-rest-framework', 'rest_framework/status.py'),
    ('starlette', '0.47.3', 'encode/starlette', 'starlette/status.py'),
    ('werkzeug', '3.1.8', 'pallets/werkzeug', 'src/werkzeug/exceptions.py'),
    ('nestjs', '12.5.1', 'nestjs/nest', 'packages/common/enums/http-status.enum.ts'),
    ('ktor', '3.5.2', 'ktorio/ktor', 'ktor-http/common/src/io/ktor/http/HttpStatusCode.kt'),
]


def git_show(mirrors: Path, repo: str, tag: str, path: str) -> str:
    git_dir = mirrors / repo.replace('/', '+') / 'repo'
    return subprocess.run(['git', '-C', str(git_dir), 'show', f'{tag}:{path}'], check=True, capture_output=True, text=True).stdout


def status_module(text: str) -> dict[int, list[str]]:
    """`HTTP_429_TOO_MANY_REQUESTS = 429` lines, as `status.HTTP_...` (both projects document `from ... import status`)."""
    names: dict[int, list[str]] = {}
    for name, code in re.findall(r'^(HTTP_\d{3}_\w+) = (\d{3})$', text, re.M):
        names.setdefault(int(code), []).append(f'status.{name}')
    return names


def werkzeug_classes(text: str) -> dict[int, list[str]]:
    """Classes that set `code = N` in their own body and derive from HTTPException (or its private _RetryAfter)."""
    names: dict[int, list[str]] = {}
    for match in re.finditer(r'^class (\w+)\((\w+)\):\n((?:    .*\n|\n)*)', text, re.M):
        cls, base, body = match.groups()
        code = re.search(r'^    code = (\d{3})$', body, re.M)
        if code and base in ('HTTPException', '_RetryAfter') and not cls.startswith('_'):
            names.setdefault(int(code.group(1)), []).append(f'exceptions.{cls}')
    return names


def nest_enum(text: str) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    for name, code in re.findall(r'^\s+(\w+) = (\d{3}),?$', text, re.M):
        names.setdefault(int(code), []).append(f'HttpStatus.{name}')
    return names


def ktor_companion(text: str) -> dict[int, list[str]]:
    """`public val TooManyRequests: HttpStatusCode = HttpStatusCode(429, ...)`, a declaration may wrap after `=`."""
    if '@Deprecated' in text:
        raise SystemExit('HttpStatusCode.kt has deprecations now: note them before adding the column')
    names: dict[int, list[str]] = {}
    for name, code in re.findall(r'public val (\w+): HttpStatusCode =\s*HttpStatusCode\((\d{3}),', text):
        names.setdefault(int(code), []).append(f'HttpStatusCode.{name}')
    return names


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument('--mirrors', type=Path, required=True)
    parser.add_argument('--nest', type=Path, required=True)
    args = parser.parse_args()
    columns = {
        'drf': status_module(git_show(args.mirrors, *ADDED[0][2:0:-1], ADDED[0][3])),
        'starlette': status_module(git_show(args.mirrors, *ADDED[1][2:0:-1], ADDED[1][3])),
        'werkzeug': werkzeug_classes(git_show(args.mirrors, *ADDED[2][2:0:-1], ADDED[2][3])),
        'nestjs': nest_enum(args.nest.read_text()),
        'ktor': ktor_companion(git_show(args.mirrors, *ADDED[4][2:0:-1], ADDED[4][3])),
    }
    table = HERE / 'framework-constants.tsv'
    lines = table.read_text().rstrip('\n').split('\n')
    header = lines[0].split('\t')
    # Columns already there are rebuilt in place: the script can run again after a release.
    if 'drf' in header:
        first = header.index('drf')
        lines = ['\t'.join(c[:first] + c[header.index('notes'):]) for c in (line.split('\t') for line in lines)]
        header = lines[0].split('\t')
    at = header.index('notes')
    out = ['\t'.join(header[:at] + [c[0] for c in ADDED] + header[at:])]
    codes = set()
    notes_col = []
    for line in lines[1:]:
        cells = line.split('\t')
        code = int(cells[0])
        codes.add(code)
        added = []
        notes = [cells[at]] if cells[at] else []
        for id_, *_ in ADDED:
            names = columns[id_].get(code, [])
            added.append(names[0] if names else '')
            # A second name for one code (none today) is a note, as the first script writes them.
            notes += [f'{id_}: also {n}' for n in names[1:]]
        out.append('\t'.join(cells[:at] + added + ['; '.join(notes)]))
    for id_, names in columns.items():
        left = sorted(set(names) - codes)
        if left:
            print(f'{id_}: no row for {left} ({", ".join(n for c in left for n in names[c])})')
    table.write_text('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
