// The public elements' tags for Node scripts (bench/size.mjs, scripts/build-package.mjs, …), read
// from the one list, widgets/src/public-elements.ts. Node 20 does not import .ts, so the file is
// parsed with the TypeScript compiler (a dependency already): the keys of its PUBLIC_ELEMENTS object.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './lib.mjs';

export const PUBLIC_ELEMENTS_FILE = 'widgets/src/public-elements.ts';

/** The tags in the list's order. Throws if the file no longer has the shape this reads. */
export function readPublicTags(root = ROOT) {
  const path = join(root, PUBLIC_ELEMENTS_FILE);
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  for (const statement of sf.statements.filter(ts.isVariableStatement)) {
    for (const d of statement.declarationList.declarations) {
      if (
        !ts.isIdentifier(d.name) ||
        d.name.text !== 'PUBLIC_ELEMENTS' ||
        !d.initializer ||
        !ts.isObjectLiteralExpression(d.initializer)
      )
        continue;
      return d.initializer.properties.map((p) => {
        if (!ts.isPropertyAssignment(p) || !ts.isStringLiteral(p.name))
          throw new Error(`${PUBLIC_ELEMENTS_FILE}: every entry is 'tag': () => import(…)`);
        return p.name.text;
      });
    }
  }
  throw new Error(`${PUBLIC_ELEMENTS_FILE} has no PUBLIC_ELEMENTS object literal`);
}

/** @type {readonly string[]} */
export const PUBLIC_TAGS = readPublicTags();
