// Checks of what instrgen puts on spans, for the toolchain test: code attributes that point at the function, error status.
import { spanName } from '../plan/inject';
import { Program } from '../symbols/program';
import { Span } from '../traces/spans';

/**
 * Problems with the `code.*` attributes of spans: each must name a function of the program (namespace and function
 * joined give its id) whose span name is the span's, in the file and at the line where it is declared.
 */
export function codeAttributeProblems(spans: Span[], program: Program): string[] {
  const problems: string[] = [];
  const modulePackages = new Set([...program.files.values()].map((f) => f.pkg));
  for (const s of spans) {
    const a = s.attributes;
    // A span the program starts itself with the OpenTelemetry API (a middleware's server span) is not instrgen's.
    if (!('code.function' in a) && !modulePackages.has(s.library)) continue;
    const id = `${String(a['code.namespace'])}.${String(a['code.function'])}`;
    const f = program.funcs
      .get(id)
      ?.find(
        (d) =>
          `${program.modulePath}/${d.file}` === String(a['code.filepath']) && d.pos.line === Number(a['code.lineno']),
      );
    if (!f) problems.push(`${s.name}: code attributes ${JSON.stringify(a)} name no function declared there`);
    else if (spanName(f) !== s.name)
      problems.push(`${s.name}: code attributes name ${f.id}, whose span is ${spanName(f)}`);
    if (!f || s.library !== f.pkg) problems.push(`${s.name}: instrumentation scope ${s.library}, not the package path`);
  }
  return [...new Set(problems)];
}

/** The names of the spans with status Error, sorted. */
export function errorSpanNames(spans: Span[]): string[] {
  return [...new Set(spans.filter((s) => s.statusCode === 'Error').map((s) => s.name))].sort();
}
