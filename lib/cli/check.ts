// npm run check: flags drafts from standard input, one per line, and prints one JSON object
// per line: {"text": ..., "flags": [{start, end, normId, category, severity}]}, the matcher's
// matches. With --judge it prints what the extension shows instead, from the same `judge` the
// extension calls, with default settings (pause at severity 2, smart detection on, untargeted
// swearing hidden): {"text", "nudge", "flags": [{start, end, normId, category, severity,
// aimed}], "model": {"flagged", "probability"}}.
//
//   npm run check -- [--judge] [--rewrite] [--preset <id>]... [--list <file>]...
//
// --rewrite adds "rewrite": the draft after each flag's first kinder alternative is put in, as
// the card's Replace would (null when there is nothing to replace). With --judge, flags the
// rewrite itself brings to light (a kinder phrase changes who a word left as it was is aimed
// at) are rewritten too.
//
// Without --preset or --list it uses the shipped default presets. Exits 2 with a message on an
// unknown preset, a bad list file or a bad option.
import { defaultJudgeSettings, judge, prepareJudge } from '../judgement';
import { compile } from '../matcher';
import type { NormTerm, NormsInput } from '../matcher/types';
import { defaultPresetIds, mergePresets, presets } from '../norms/presets';
import type { CategoryRewrites } from '../norms/format';
import { mergeRewrites, rewrittenDraft, rewrittenUntilQuiet } from '../rewrite';
import { readList } from './list-file';

const USAGE = `usage: npm run check -- [--judge] [--rewrite] [--preset <id>]... [--list <file>]...
Reads drafts from standard input, one per line; prints one JSON object per line.
--judge: print what the extension shows (nudge, flags with aimed, the model's opinion).
--rewrite: add "rewrite", the draft with the kinder wording put in (null: nothing to replace).
Presets: ${Object.keys(presets).join(', ')} (default: ${defaultPresetIds.join(', ')})`;

interface Options {
  presetIds: string[];
  lists: string[];
  judge: boolean;
  rewrite: boolean;
}

function fail(message: string): never {
  process.stderr.write(`sansi check: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { presetIds: [], lists: [], judge: false, rewrite: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') fail(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--preset') options.presetIds.push(value());
    else if (flag === '--list') options.lists.push(value());
    else if (flag === '--judge' && inline === undefined) options.judge = true;
    else if (flag === '--rewrite' && inline === undefined) options.rewrite = true;
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else fail(`unknown option ${arg}\n${USAGE}`);
  }
  return options;
}

function loadNorms(options: Options): NormsInput & { rewrites: CategoryRewrites } {
  const ids = options.presetIds.length === 0 && options.lists.length === 0 ? [...defaultPresetIds] : options.presetIds;
  for (const id of ids) {
    if (!(id in presets)) fail(`unknown preset "${id}" (known: ${Object.keys(presets).join(', ')})`);
  }
  const merged = mergePresets(ids);
  const terms = new Map<string, NormTerm>(merged.terms.map((t) => [t.id, t]));
  const allow = new Set(merged.allow ?? []);
  const rewriteLists: { rewrites?: CategoryRewrites }[] = ids.map((id) => presets[id]!);
  for (const path of options.lists) {
    const result = readList(path);
    if (!result.ok) fail(result.error);
    for (const t of result.norms.terms) terms.set(t.id, t);
    for (const a of result.norms.allow ?? []) allow.add(a);
    rewriteLists.push(result);
  }
  return { terms: [...terms.values()], allow: [...allow], rewrites: mergeRewrites(rewriteLists) };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const norms = loadNorms(options);
  let matcher;
  try {
    matcher = compile(norms);
  } catch (e) {
    fail((e as Error).message);
  }
  // The model loads only when asked for: plain matching stays as quick to start as it was.
  const scorer = options.judge ? (await import('../model')).scoreDraft : undefined;
  const deps = scorer ? prepareJudge({ matcher, norms, scorer }) : undefined;
  const input = await readStdin();
  const lines = input.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  for (let line of lines) {
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (deps) {
      const { nudge, flags, model } = judge(line, deps, defaultJudgeSettings);
      const shown = (text: string) => judge(text, deps, defaultJudgeSettings).flags;
      out.push(JSON.stringify({ text: line, nudge, flags, model, ...(options.rewrite ? { rewrite: flags.length === 0 ? null : rewrittenUntilQuiet(line, shown, norms) } : {}) }));
    } else {
      const flags = matcher.findAll(line).map(({ start, end, normId, category, severity }) => ({ start, end, normId, category, severity }));
      out.push(JSON.stringify({ text: line, flags, ...(options.rewrite ? { rewrite: rewrittenDraft(line, flags, norms) } : {}) }));
    }
    if (out.length >= 4096) {
      process.stdout.write(`${out.join('\n')}\n`);
      out.length = 0;
    }
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
