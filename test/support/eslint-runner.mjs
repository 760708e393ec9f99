// Runs ESLint outside jest (its ESM config cannot load in jest's VM): lints the given folders and
// each virtual file, and prints the messages as JSON on stdout.
import { ESLint } from 'eslint';

const { cwd, folders, cases } = JSON.parse(process.argv[2]);
const eslint = new ESLint({ cwd });
const results = await eslint.lintFiles(folders);
const project = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.message}`));
const virtual = [];
for (const c of cases) {
  const [result] = await eslint.lintText(c.code, { filePath: `${cwd}/${c.filePath}` });
  virtual.push(result.messages.map((m) => m.message));
}
process.stdout.write(JSON.stringify({ project, virtual }));
