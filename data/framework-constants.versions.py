#!/usr/bin/env python3
"""Derive the first released version of every framework name, from the frameworks' own release tags.

For each ecosystem whose repository can be read as git (RELEASED below), this script lists the release tags
(milestones, betas and release candidates excluded), reads the source file at each tag with `git show`, and
records for every name the first and the last release tag that has it. A name found only in pre-release tags
is recorded with an empty first release and the pre-release tag that has it. It writes:

- framework-constants.versions.tsv: one row per (ecosystem, code, name) with its first release and the tag,
  repository and path it was read from (the provenance of every "since" note on the site);
- framework-constants.columns.tsv: one row per ecosystem: the released version the column is read from (its
  label), the tag or source, and the baseline: the oldest release line the site assumes readers still run.
  A name newer than its column's baseline gets a "since" note on the site, and a "before" note naming an
  older name for the same code where one exists.

With --table it also holds framework-constants.tsv to the column versions: a cell whose name is not in its
column's release is emptied (so the site never shows a pre-release name as a cell), the Servlet "@since"
notes (now derived here) are dropped, and every other cell is checked to be in its column's release tag.

    python3 framework-constants.versions.py --mirrors DIR [--table framework-constants.tsv] \
        [--older python=OLD/http/__init__.py --older go=OLD/net/http/status.go]

DIR holds bare git mirrors named owner+name/repo (github.com/owner/name), e.g. DIR/rack+rack/repo. Nothing is
run at build or test time; a maintainer reruns this after a framework release. Python 3.8+ standard library.
"""
import argparse
import ast
import importlib.util
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('build', os.path.join(HERE, 'framework-constants.build.py'))
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


# ---------------------------------------------------------------- parsers: source text -> [(code, name)]
def names_servlet(files):
    # Older releases spell the fields `public static final int`; build.parse_servlet reads only the newer form.
    return [(int(m.group(2)), 'HttpServletResponse.' + m.group(1))
            for m in re.finditer(r'\bint (SC_[A-Z_0-9]+) = (\d{3});', files[0])]


def names_spring(files):
    return [(int(m.group(2)), 'HttpStatus.' + m.group(1))
            for m in re.finditer(r'^\t([A-Z_0-9]+)\((\d{3}),', files[0], re.M)]


def names_symfony(files):
    return [(int(m.group(2)), 'Response::' + m.group(1))
            for m in re.finditer(r'const (HTTP_[A-Z_0-9]+) = (\d{3});', files[0])]


def names_rust(files):
    return [(int(m.group(1)), 'StatusCode::' + m.group(2))
            for m in re.finditer(r'^\s*\((\d{3}), ([A-Z_0-9]+), "', files[0], re.M)]


def names_rack(files):
    text = files[0]
    # The symbol rule is read from the file itself, as SYMBOL_TO_STATUS_CODE applies it at that tag.
    rule = re.search(r"message\.downcase\.gsub\(/(.+?)/, '_'\)", text)
    block = text.split('HTTP_STATUS_CODES = {', 1)[1].split('}', 1)[0]
    out = []
    for m in re.finditer(r"(\d{3})\s*=>\s*('(?:[^'\\]|\\.)*'|\"[^\"]*\")", block):
        message = ast.literal_eval(m.group(2))
        out.append((int(m.group(1)), ':' + re.sub(rule.group(1), '_', message.lower())))
    if 'OBSOLETE_SYMBOLS_TO_STATUS_CODES = {' in text:
        obs = text.split('OBSOLETE_SYMBOLS_TO_STATUS_CODES = {', 1)[1].split('}', 1)[0]
        out += [(int(c), ':' + s) for s, c in re.findall(r'(\w+): (\d{3})', obs)]
    return out


def names_zope(files):
    if 'status_reasons = {' not in files[0]:
        return []  # before HTTP exception classes carried a status
    names, _ = build.parse_zexceptions(files[0], files[1] if len(files) > 1 else '')
    return [(n.code, n.expr) for n in names if n.code]


# ---------------------------------------------------------------- ecosystems read from release tags
# release: the tags that are releases (group 1: the version); prerelease: milestones etc., kept apart;
# floor: the first version scanned (older tags are not read, so a first release equal to it means "or earlier");
# column: the release tag the site's column is read from; baseline: the release line readers are assumed to run.
RELEASED = {
    'jakarta_servlet': dict(
        repo='jakartaee/servlet', paths=['api/src/main/java/jakarta/servlet/http/HttpServletResponse.java'],
        release=r'^(\d+\.\d+\.\d+)-RELEASE$', prerelease=r'^(\d+\.\d+\.\d+-M\d+)(?:-RELEASE)?$',
        floor='5.0.0', column='6.1.0-RELEASE', baseline='6.0',
        why='6.0 is Jakarta EE 10, the platform release before 11 (which has Servlet 6.1)', parse=names_servlet),
    'java_spring': dict(
        repo='spring-projects/spring-framework', paths=['spring-web/src/main/java/org/springframework/http/HttpStatus.java'],
        release=r'^v(\d+\.\d+\.\d+)(?:\.RELEASE)?$', prerelease=r'^v(\d+\.\d+\.\d+-(?:M|RC)\d+)$',
        floor='4.0.0', column='v7.0.9', baseline='6.2', why='6.2.x is the line before 7.0', parse=names_spring),
    'php_symfony': dict(
        repo='symfony/symfony', paths=['src/Symfony/Component/HttpFoundation/Response.php'],
        release=r'^v(\d+\.\d+\.\d+)$', prerelease=r'^v(\d+\.\d+\.\d+-(?:BETA|RC)\d+)$',
        floor='4.0.0', column='v7.1.5', baseline='6.4', why='6.4 is the long-term-support line before 7.4',
        parse=names_symfony),
    'rust': dict(
        repo='hyperium/http', paths=['src/status.rs'], release=r'^v(\d+\.\d+\.\d+)$', prerelease=None,
        floor='0.1.0', column='v1.4.2', baseline='1.0', why='1.0 is the first stable http release',
        parse=names_rust),
    'ruby_rack': dict(
        repo='rack/rack', paths=['lib/rack/utils.rb'], release=r'^v?(\d+\.\d+(?:\.\d+)*)$',
        prerelease=r'^v?(\d+\.\d+\.\d+\.(?:alpha|beta\d*|rc\d+))$',
        floor='1.1', column='v3.2.7', baseline='2.2', why='2.2 is the last Rack 2 line', parse=names_rack),
    'zope': dict(
        repo='zopefoundation/zExceptions', paths=['src/zExceptions/__init__.py', 'src/zExceptions/unauthorized.py'],
        release=r'^(\d+\.\d+(?:\.\d+)?)$', prerelease=None,
        floor='3.0', column='6.0', baseline='5.0', why='zExceptions 5.0 is the release before 6.0',
        parse=names_zope),
}

# Ecosystems whose repository is too big to fetch here (over 500 MB): their column version comes from the
# release or commit framework-constants.md names, and their first versions are not derived from tags.
# The few first versions known from the project's own merged pull request are recorded in FROM_PULL_REQUESTS.
NOT_DERIVED = {
    'python': ('3.15', 'v3.15.2 (Debian libpython3.15-stdlib 3.15.2-1)', 'python/cpython', 'Lib/http/__init__.py'),
    'node': ('24', 'v24.22.2 (Debian libnode137)', 'nodejs/node', 'lib/_http_server.js'),
    'go': ('1.27', 'go1.27.3 (Debian golang-1.27-src)', 'golang/go', 'src/net/http/status.go'),
    'dotnet_enum': ('8', 'commit 8b9361fc; every member is in .NET 8 (see FROM_PULL_REQUESTS)', 'dotnet/runtime',
                    'src/libraries/System.Net.Primitives/src/System/Net/HttpStatusCode.cs'),
    'aspnetcore': ('8', 'commit 09e9cb2f; every member is in ASP.NET Core 8 (see FROM_PULL_REQUESTS)',
                   'dotnet/aspnetcore', 'src/Http/Http.Abstractions/src/StatusCodes.cs'),
}
NOT_DERIVED_BASELINE = {'dotnet_enum': ('6', '.NET 6 is the LTS line before 8'),
                        'aspnetcore': ('6', 'ASP.NET Core 6 is the LTS line before 8')}
# Older released files that every cell of a not-derived column is checked against with --older (a cell missing
# there must carry a "the only name before" note); what the check found is written as the column's baseline.
OLDER_RELEASES = {
    'python': ('3.11', 'every cell is in 3.11 (Debian libpython3.11-stdlib 3.11.2-6+deb12u6, Lib/http/__init__.py) or notes the name it had before 3.13',
               lambda text: {n.expr for n in build.parse_python(text)}),
    'go': ('1.19', 'every cell is in go1.19 (Debian golang-1.19-src 1.19.8-2, src/net/http/status.go)',
           lambda text: {n.expr for n in build.parse_go(text)}),
}
# (ecosystem, code, name, first release, pull request): merged into main while main was that release's
# previews. The member lists of 8b9361fc and of the older stored 16775de3 differ by UnprocessableContent alone.
FROM_PULL_REQUESTS = [
    ('dotnet_enum', 422, 'HttpStatusCode.UnprocessableContent', '8', 'dotnet/runtime#85841 (merged 2023-05)'),
    ('aspnetcore', 499, 'StatusCodes.Status499ClientClosedRequest', '8', 'dotnet/aspnetcore#46330 (merged 2023-02)'),
]


def vkey(v):
    return [int(p) if p.isdigit() else p for p in re.split(r'[.-]', v)]


def git(mirror, *args):
    r = subprocess.run(['git', '-C', mirror] + list(args), capture_output=True, text=True)
    return r.stdout if r.returncode == 0 else None


def derive(eco, cfg, mirror):
    tags = git(mirror, 'tag').split()
    rel = sorted(((re.match(cfg['release'], t).group(1), t) for t in tags if re.match(cfg['release'], t)),
                 key=lambda vt: vkey(vt[0]))
    rel = [(v, t) for v, t in rel if vkey(v) >= vkey(cfg['floor'])]
    pre = []
    if cfg['prerelease']:
        pre = sorted(((re.match(cfg['prerelease'], t).group(1), t) for t in tags if re.match(cfg['prerelease'], t)),
                     key=lambda vt: vkey(vt[0]))
    first, last, codes, pre_only = {}, {}, {}, {}
    for v, t in rel:
        files = [git(mirror, 'show', '%s:%s' % (t, p)) for p in cfg['paths']]
        if files[0] is None:
            continue
        for code, name in cfg['parse']([f or '' for f in files]):
            first.setdefault(name, (v, t))
            last[name] = (v, t)
            codes[name] = code
    column = vkey(release_of(cfg))
    for v, t in pre:
        if vkey(v) <= column:
            continue  # a pre-release of the column's release or an older one: its names are released or dropped
        files = [git(mirror, 'show', '%s:%s' % (t, p)) for p in cfg['paths']]
        if files[0] is None:
            continue
        for code, name in cfg['parse']([f or '' for f in files]):
            if name not in first:
                pre_only.setdefault(name, (v, t))
                codes[name] = code
    in_column = {n for n, (v, t) in last.items() if vkey(v) >= vkey(release_of(cfg))}
    rows = []
    for name in sorted(codes, key=lambda n: (codes[n], n)):
        if name in first:
            (fv, ft), (lv, lt) = first[name], last[name]
            rows.append([eco, str(codes[name]), name, fv, ft, lt, cfg['repo'], cfg['paths'][0]])
        else:
            pv, pt = pre_only[name]
            rows.append([eco, str(codes[name]), name, '', pt, '', cfg['repo'], cfg['paths'][0]])
    return rows, in_column, rel


def release_of(cfg):
    return re.match(cfg['release'], cfg['column']).group(1)


def line(v):
    return '.'.join(v.split('.')[:2])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--mirrors', required=True)
    ap.add_argument('--table')
    ap.add_argument('--older', action='append', default=[],
                    help='ECO=FILE: an older released source file every cell of a not-derived column is checked against')
    a = ap.parse_args()
    vrows, columns, in_column = [], [], {}
    for eco, cfg in RELEASED.items():
        mirror = os.path.join(a.mirrors, cfg['repo'].replace('/', '+'), 'repo')
        if not os.path.isdir(mirror):
            sys.exit('no mirror of %s at %s' % (cfg['repo'], mirror))
        rows, in_col, rel = derive(eco, cfg, mirror)
        if cfg['column'] not in [t for _, t in rel]:
            sys.exit('%s: column tag %s is not a release tag' % (eco, cfg['column']))
        vrows += rows
        in_column[eco] = in_col
        columns.append([eco, line(release_of(cfg)), cfg['column'], cfg['baseline'], cfg['why'], 'tags',
                        cfg['repo'], cfg['paths'][0]])
        print('%-16s %3d names from %d release tags (%s to %s); %d only in pre-releases'
              % (eco, len(rows), len(rel), rel[0][1], rel[-1][1], sum(1 for r in rows if not r[3])))
    for eco, code, name, fv, pr in FROM_PULL_REQUESTS:
        vrows.append([eco, str(code), name, fv, pr, '', NOT_DERIVED[eco][2], NOT_DERIVED[eco][3]])
    table = read_table(a.table) if a.table else []
    older = dict(o.split('=', 1) for o in a.older)
    for eco, (version, source, repo, path) in NOT_DERIVED.items():
        base, why = NOT_DERIVED_BASELINE.get(eco, ('', 'first versions not derived: repository too big to fetch'))
        if eco in older and table:
            base, why, parse = OLDER_RELEASES[eco]
            with open(older[eco], encoding='utf-8') as f:
                names = parse(f.read())
            missing = [r['code'] for r in table if r[eco] and r[eco] not in names
                       and not re.search(r'%s: also \S+ \([^)]*the only name before' % eco, r['notes'])]
            if missing:
                sys.exit('%s: cells not in %s and with no older name noted: %s' % (eco, older[eco], ', '.join(missing)))
            why += '; first versions not derived from tags: repository too big to fetch'
            print('%-16s every cell is in %s %s or notes its older name' % (eco, eco, base))
            base = ''  # a check, not a derivation: the site adds no notes for this column
        columns.append([eco, version, source, base, why, 'pull-requests' if base else 'none', repo, path])
    order = build.COLUMNS[3:-1]
    columns.sort(key=lambda c: order.index(c[0]))
    with open(os.path.join(HERE, 'framework-constants.versions.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('ecosystem\tcode\tname\tfirst_release\tfirst_tag\tlast_tag\trepo\tpath\n')
        for r in vrows:
            f.write('\t'.join(r) + '\n')
    with open(os.path.join(HERE, 'framework-constants.columns.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('ecosystem\tversion\tread_from\tbaseline\tbaseline_why\tfirst_versions\trepo\tpath\n')
        for r in columns:
            f.write('\t'.join(r) + '\n')
    if a.table:
        hold_table(a.table, in_column)


def read_table(path):
    with open(path, encoding='utf-8') as f:
        lines = f.read().rstrip('\n').split('\n')
    header = lines[0].split('\t')
    return [dict(zip(header, ln.split('\t'))) for ln in lines[1:]]


def hold_table(path, in_column):
    with open(path, encoding='utf-8') as f:
        lines = f.read().rstrip('\n').split('\n')
    header = lines[0].split('\t')
    out = [lines[0]]
    for ln in lines[1:]:
        cells = dict(zip(header, ln.split('\t')))
        notes = [n for n in cells['notes'].split('; ') if n] if cells['notes'] else []
        for eco, names in in_column.items():
            cell = cells[eco]
            if cell and cell not in names:
                if eco != 'jakarta_servlet':
                    print('CHECK %s %s: %s is not in the column release' % (cells['code'], eco, cell))
                    continue
                print('%s %s: %s is not in the column release; cell emptied' % (cells['code'], eco, cell))
                cells[eco] = ''
        # Servlet's @since notes and Spring's "new in 7.0" notes are now derived from the tags
        # (framework-constants.versions.tsv), for every ecosystem alike.
        notes = [n for n in notes if not re.match(r'^(jakarta_servlet: \S+ since Servlet |java_spring: \S+ is new in )', n)]
        cells['notes'] = '; '.join(notes)
        out.append('\t'.join(cells[c] for c in header))
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
