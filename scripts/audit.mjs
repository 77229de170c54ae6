// `npm audit` for CI, at the level that fits each part of the tree:
// - what the installers ship (dependencies): moderate and above fail;
// - the whole tree (build and test tools, and Electron, which electron-builder wants among the
//   devDependencies although it ships): high and above fail, the rest is listed.
// An advisory judged harmless here goes in `exceptions` with the reason; an exception that no
// longer matches anything is reported so that it gets removed.
// Where the registry's advisory service cannot be reached (a mirror that only serves packages),
// the audit is reported as not done and does not fail the run; PORTE_VOIX_AUDIT=required makes it fail.
//   node scripts/audit.mjs
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** GHSA id → why it is accepted (keep each reason checkable: which path, why unreachable). */
export const exceptions = {};

const severities = ['info', 'low', 'moderate', 'high', 'critical'];
const atLeast = (severity, level) => severities.indexOf(severity) >= severities.indexOf(level);

/** The advisories of an `npm audit --json` report, one row per advisory and package. */
export function advisories(report) {
  const rows = [];
  for (const [name, entry] of Object.entries(report.vulnerabilities ?? {})) {
    for (const via of entry.via ?? []) {
      if (typeof via === 'string') continue; // reached through another vulnerable package, listed there
      const id = /GHSA-[\w-]+/.exec(via.url ?? '')?.[0] ?? String(via.source);
      rows.push({ id, name, severity: via.severity, title: via.title, range: via.range });
    }
  }
  return rows;
}

/** The advisories that fail the run at `level`, those accepted, and the exceptions left unused. */
export function judge(report, level, accepted = exceptions) {
  const rows = advisories(report);
  const failing = rows.filter((row) => atLeast(row.severity, level) && !(row.id in accepted));
  const excused = rows.filter((row) => row.id in accepted);
  return { rows, failing, excused };
}

function npmAudit(args) {
  const run = spawnSync('npm', ['audit', '--json', ...args], { encoding: 'utf8' });
  try {
    return JSON.parse(run.stdout);
  } catch {
    return { error: { summary: run.stderr.trim() || `npm audit exited with ${run.status}` } };
  }
}

function main() {
  const parts = [
    { label: 'dependencies shipped in the app', args: ['--omit=dev'], level: 'moderate' },
    { label: 'whole tree (build and test tools, Electron)', args: [], level: 'high' },
  ];
  let failed = false;
  let done = 0;
  const used = new Set();
  for (const part of parts) {
    const report = npmAudit(part.args);
    if (report.error || !report.vulnerabilities) {
      const why = report.message ?? report.error?.summary ?? 'no report';
      console.warn(`npm audit (${part.label}): not done, the advisory service did not answer: ${why}`);
      if (process.env.PORTE_VOIX_AUDIT === 'required') failed = true;
      continue;
    }
    done += 1;
    const { rows, failing, excused } = judge(report, part.level);
    excused.forEach((row) => used.add(row.id));
    console.log(
      `npm audit (${part.label}, fails from ${part.level}): ${rows.length} advisories, ` +
        `${failing.length} failing, ${excused.length} accepted`,
    );
    for (const row of rows) {
      const mark = failing.includes(row) ? 'FAIL' : row.id in exceptions ? 'accepted' : 'listed';
      console.log(`  ${mark} ${row.severity} ${row.name} ${row.range ?? ''} ${row.id}: ${row.title}`);
    }
    if (failing.length > 0) failed = true;
  }
  const unused = done === parts.length ? Object.keys(exceptions).filter((id) => !used.has(id)) : [];
  for (const id of unused)
    console.log(`npm audit: exception ${id} matches nothing any more, remove it from scripts/audit.mjs`);
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) main();
