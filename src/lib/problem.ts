/**
 * A problem found in a file: by validation (a content file), by the content-safety check (an
 * entry's body) or by a post-build check (a built page). One shape for all of them, so every
 * report, summary and GitHub annotation is printed the same way (scripts/lib/report.ts).
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path of the content file (from the project) or the built page (from the site folder). */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number | undefined;
  column?: number | undefined;
  /** The field of a content file ("members[3].country"), or the element or link a check is about. */
  field: string;
  /** What is wrong; for content, also how to fix it. */
  message: string;
  /** How to fix it, when the message does not say. */
  fix?: string | undefined;
  severity: Severity;
  /** The post-build check that found it. */
  check?: string | undefined;
}

/** A problem as a checker finds it, before the caller says in which file. */
export type FileProblem = Omit<Problem, 'file'>;
