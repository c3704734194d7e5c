/** What an import tells the person, in their language: the problem and where it is, or what changed. */
import type { Translate } from '../i18n/translate';
import type { ImportPlan, ImportProblem, IssueKind } from './personal-data';

/** Zod's type names ("number", "array" …) in the reader's language. */
function typeName(expected: string, t: Translate): string {
  switch (expected) {
    case 'string':
      return t('catalogue.import.type.string');
    case 'number':
    case 'int':
      return t('catalogue.import.type.number');
    case 'object':
      return t('catalogue.import.type.object');
    case 'array':
      return t('catalogue.import.type.array');
    default:
      return expected;
  }
}

function issueText(issue: IssueKind, t: Translate): string {
  switch (issue.code) {
    case 'missing':
      return t('catalogue.import.issue.missing');
    case 'wrong-type':
      return t('catalogue.import.issue.wrongType', { expected: typeName(issue.expected, t) });
    case 'too-long':
      return t('catalogue.import.issue.tooLong', { maximum: issue.maximum });
    case 'too-many':
      return t('catalogue.import.issue.tooMany', { maximum: issue.maximum });
    case 'unknown-field':
      return t('catalogue.import.issue.unknownField', { keys: issue.keys });
    case 'bad-id':
      return t('catalogue.import.issue.badId');
    case 'bad-value':
      return t('catalogue.import.issue.badValue');
  }
}

export function importProblemMessage(problem: ImportProblem, fileName: string, t: Translate): string {
  switch (problem.kind) {
    case 'empty':
      return t('catalogue.import.empty', { file: fileName });
    case 'too-big':
      return t('catalogue.import.tooBig', { file: fileName, size: Math.round(problem.bytes / 1024 / 1024) });
    case 'not-json':
      return problem.at
        ? t('catalogue.import.notJsonAt', { file: fileName, line: problem.at.line, column: problem.at.column })
        : t('catalogue.import.notJson', { file: fileName });
    case 'too-deep':
      return t('catalogue.import.tooDeep', { file: fileName, limit: problem.limit });
    case 'foreign':
      return t('catalogue.import.foreign', { file: fileName, found: problem.found });
    case 'newer-version':
      return t('catalogue.import.newer', { file: fileName, version: problem.version });
    case 'invalid':
      return (
        t('catalogue.import.invalid', { file: fileName, path: problem.path || t('catalogue.import.topLevel'), issue: issueText(problem.issue, t) }) +
        (problem.count > 1 ? ' ' + t('catalogue.import.moreProblems', { count: problem.count - 1 }) : '')
      );
  }
}

export function importSummaryMessage(s: ImportPlan['summary'], t: Translate): string {
  const parts = [
    t('catalogue.import.done', { pins: s.pinsAdded, notes: s.notesAdded }),
    ...(s.notesMerged ? [t('catalogue.import.merged', { count: s.notesMerged })] : []),
    ...(s.pinsAlready + s.notesSame ? [t('catalogue.import.same', { count: s.pinsAlready + s.notesSame })] : []),
    ...(s.notesKept ? [t('catalogue.import.kept', { count: s.notesKept })] : []),
    ...(s.unknown.length ? [t('catalogue.import.unknown', { count: s.unknown.length, ids: s.unknown.join(', ') })] : []),
  ];
  return parts.join(' ');
}
