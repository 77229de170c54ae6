// Lints code snippets at virtual paths with the project's ESLint configuration, through ESLint's
// Node API. Run as a child process: Jest's module sandbox cannot load the ESM config file.
// stdin: [{ filePath, code }]; stdout: [{ filePath, errors: [{ ruleId, message }] }].
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const cwd = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd });
const snippets = JSON.parse(readFileSync(0, 'utf8'));
const results = [];
for (const { filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push({
    filePath,
    errors: result.messages
      .filter((m) => m.severity === 2)
      .map((m) => ({ ruleId: m.ruleId, message: m.message })),
  });
}
process.stdout.write(JSON.stringify(results));
