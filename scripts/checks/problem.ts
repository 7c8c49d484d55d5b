/** One thing an editor must fix, as a check reports it (Spanish message). */
export interface Problem {
  /** File or page where it is, relative to the project, e.g. `content/capsulas/x.mdx` or `/planes/x/`. */
  where: string;
  /** What is wrong and how to fix it, in Spanish. */
  message: string;
}

/** A named check that `npm run revisar` runs. */
export interface Check {
  /** Spanish name shown in the report, e.g. «Enlaces internos y anclas». */
  name: string;
  /** Runs the check; an empty list means it passed. */
  run: () => Promise<Problem[]>;
}
