// What went wrong in a template file, with where: lint prints `file:line: reason`.

export type TemplateProblem = {
	path: string;
	/** 1-based; 0 when the problem concerns the whole file or folder. */
	line: number;
	reason: string;
	/** 'error': the file was not loaded; 'warning': it was loaded, but something in it looks wrong. */
	severity: 'error' | 'warning';
};

export function formatProblem(problem: TemplateProblem): string {
	const where = problem.line > 0 ? `${problem.path}:${problem.line}` : problem.path;
	return `${where}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.reason}`;
}
