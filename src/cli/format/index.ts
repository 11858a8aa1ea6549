import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

/** The output formats of `cmapi lint`, by `--format` name. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  text: (reports, context) => formatText(reports, context),
  json: (reports, context) => formatJson(reports, context),
  sarif: (reports, context) => formatSarif(reports, context),
  junit: (reports) => formatJunit(reports),
  github: (reports, context) => formatGithub(reports, context),
};
