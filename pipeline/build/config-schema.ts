// The config file's and front matter's schema (zod) and their validation. Kept apart from config.ts
// so that a build without a config file loads neither zod, nor the YAML parser, nor the cleanup
// rules (whose ids the schema checks).
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { pageSizes } from '../render/pdf/style.ts';
import { transforms } from '../transforms/index.ts';
import { ConfigError, pageSizeNamed } from './config.ts';

const ruleIds = transforms.map((transform) => transform.id);

/**
 * Options that shape one book: allowed in the config file and, per seed, under `ebook:` in front
 * matter. Adding an option is one line here (and one in `BuildSettings`, with the same name).
 */
const bookOptions = {
  /** Formats to write; default all three. */
  formats: z.array(z.enum(['markdown', 'epub', 'pdf'])).min(1, 'must list at least one format').optional(),
  /** PDF page size: A5 (default), A4 or Letter, in any case. */
  pageSize: z.preprocess((value) => (typeof value === 'string' ? (pageSizeNamed(value) ?? value) : value), z.enum(pageSizes)).optional(),
  /** Language of books whose seed does not say (BCP 47); default en. */
  language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as "en" or "pt-BR"').optional(),
  /** Photo captions: keep (default) or drop. */
  captions: z.enum(['keep', 'drop']).optional(),
  /** Cleanup rules switched on (true, the default) or off (false), by rule id. */
  transforms: z.record(z.string(), z.boolean()).optional(),
};

function checkRuleIds(options: { transforms?: Record<string, boolean> | undefined }, context: z.RefinementCtx): void {
  for (const id of Object.keys(options.transforms ?? {})) {
    if (!ruleIds.includes(id)) context.addIssue({ code: 'custom', path: ['transforms', id], message: `is not a cleanup rule id (known: ${ruleIds.join(', ')})` });
  }
}

const bookOptionsSchema = z.strictObject(bookOptions).superRefine(checkRuleIds);

const collectionSchema = z.strictObject({
  /** Output name of the anthology (out/<slug>.epub …). */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single dashes'),
  title: z.string().min(1),
  author: z.string().min(1).optional(),
  /** Seed files, relative to the project root, one chapter each, in this order. */
  seeds: z.array(z.string().min(1)).min(1, 'must list at least one seed'),
});

const configSchema = z.strictObject({
  /** Seed folders; default ["seeds"]. */
  seeds: z.array(z.string().min(1)).min(1).optional(),
  /** Output folder; default "out". */
  out: z.string().min(1).optional(),
  ...bookOptions,
  collections: z.array(collectionSchema).optional(),
  /** Spin repair: extra lexicon files (relative to the current folder), report only. --spin-lexicon and --spin-report-only override. */
  spin: z.strictObject({ lexicons: z.array(z.string().min(1)).optional(), reportOnly: z.boolean().optional() }).optional(),
}).superRefine(checkRuleIds);

export type BookOptions = z.infer<typeof bookOptionsSchema>;
export type Collection = z.infer<typeof collectionSchema>;
export type Config = z.infer<typeof configSchema>;

export function parseConfig(text: string, file: string): Config {
  let value: unknown;
  try {
    value = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigError(`${file}: is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`);
  }
  return validate(configSchema, value ?? {}, file);
}

/** The `ebook:` block of a seed's front matter, checked like the config file. */
export function parseSeedOverrides(value: unknown, seedPath: string): BookOptions {
  return value === undefined ? {} : validate(bookOptionsSchema, value, `${seedPath} (front matter "ebook")`);
}

function validate<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${describeIssue(issue)}`);
  throw new ConfigError(`${where}: ${problems.join('; ')}`);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  return issue.message;
}
