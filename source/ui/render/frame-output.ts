// Ink builds every frame from nothing: a new Output with empty caches tokenises and measures every line again, and
// fills a grid of 4,800 fresh cells at 120x40, though a j/k press changes two rows. The bundle hands Ink's renderer
// this subclass instead (scripts/ink-frame-plugin.mjs): the same frame, from what the last frame already worked out.

/** A cell of Ink's frame grid, as @alcalzone/ansi-tokenize makes it; never changed once made (Ink replaces cells). */
type Cell = {type: string; value: string; fullWidth: boolean; styles: readonly unknown[]};
type Operation = {type: 'write' | 'clip' | 'unclip'; clip?: Clip; x: number; y: number; text: string; transformers: Array<(line: string, index: number) => string>};
type Clip = {x1: number | undefined; x2: number | undefined; y1: number | undefined; y2: number | undefined};

/** Ink's per-Output caches (output.js's OutputCaches): what the subclass keeps across frames. */
type InkCaches = {
	widths: Map<string, number>;
	blockWidths: Map<string, number>;
	styledChars: Map<string, Cell[]>;
	getStyledChars(line: string): Cell[];
	getStringWidth(text: string): number;
	getWidestLine(text: string): number;
};

type InkOutput = {width: number; height: number};
export type InkOutputClass = new (options: {width: number; height: number}) => InkOutput;
type Internals = {operations: Operation[]; caches: InkCaches; applyWriteOperation(grid: Cell[][], operation: Operation, clip: Clip | undefined): void};

export type FrameTools = {styledCharsToString(cells: Cell[]): string};

const cacheNames = ['styledChars', 'widths', 'blockWidths'] as const;

/** Whether this Ink's Output has the insides the subclass relies on; an Ink that changed them is used as it is. */
function fits(Output: InkOutputClass): boolean {
	const probe = new Output({width: 1, height: 1}) as unknown as Partial<Internals>;
	const caches = probe.caches;
	return (
		Array.isArray(probe.operations) &&
		typeof probe.applyWriteOperation === 'function' &&
		caches !== undefined &&
		cacheNames.every(name => caches[name] instanceof Map) &&
		typeof caches.getStyledChars === 'function' &&
		typeof caches.getStringWidth === 'function' &&
		typeof caches.getWidestLine === 'function'
	);
}

/** Ink's caches for this frame, falling back to the last frame's: a line drawn again is not tokenised or measured again. */
function frameCaches(Caches: new () => InkCaches, tools: FrameTools) {
	let current = new Caches();
	let previous = new Caches();
	// A write's text split into its lines, each line's styles whole (Ink's first step of every write).
	let lines = new Map<string, string[]>();
	let linesBefore = new Map<string, string[]>();
	function known<Value>(name: (typeof cacheNames)[number], key: string): Value | undefined {
		const map = current[name] as Map<string, Value>;
		const here = map.get(key);
		if (here !== undefined) return here;
		const before = (previous[name] as Map<string, Value>).get(key);
		if (before !== undefined) map.set(key, before);
		return before;
	}
	const caches = {
		getStyledChars: (line: string) => known<Cell[]>('styledChars', line) ?? current.getStyledChars(line),
		getStringWidth: (text: string) => known<number>('widths', text) ?? current.getStringWidth(text),
		getWidestLine: (text: string) => known<number>('blockWidths', text) ?? current.getWidestLine(text),
	};
	return {
		/** A new frame: what the one before last used is let go, so the caches hold two frames at most. */
		nextFrame() {
			previous = current;
			current = new Caches();
			linesBefore = lines;
			lines = new Map();
		},
		linesOf(text: string): string[] {
			let known = lines.get(text) ?? linesBefore.get(text);
			if (known === undefined) {
				const split: Cell[][] = [[]];
				for (const cell of caches.getStyledChars(text)) {
					if (cell.value === '\n') split.push([]);
					else split.at(-1)!.push(cell);
				}
				known = split.map(cells => tools.styledCharsToString(cells));
			}
			lines.set(text, known);
			return known;
		},
		caches,
	};
}

const bound = (a: number | undefined, b: number | undefined, tighter: (a: number, b: number) => number) =>
	a === undefined ? b : b === undefined ? a : tighter(a, b);

/** Nested clips intersect, as in Ink's own get(). */
function intersect(outer: Clip | undefined, inner: Clip): Clip {
	if (!outer) return inner;
	return {x1: bound(outer.x1, inner.x1, Math.max), x2: bound(outer.x2, inner.x2, Math.min), y1: bound(outer.y1, inner.y1, Math.max), y2: bound(outer.y2, inner.y2, Math.min)};
}

const blankOf = (cell: Cell): Cell => ({...cell, value: ' ', fullWidth: false});

/** Ink's placing of one line's cells at column x (output.js): wide characters take their cells, halves are blanked. */
function placeCells(row: Cell[], cells: Cell[], x: number, caches: Pick<InkCaches, 'getStringWidth'>): void {
	if (cells.length === 0) return;
	let column = x;
	if (row[column]?.value === '' && column > 0 && caches.getStringWidth(row[column - 1]?.value ?? '') > 1) row[column - 1] = blankOf(row[column - 1]!);
	for (const cell of cells) {
		row[column] = cell;
		const width = Math.max(1, caches.getStringWidth(cell.value));
		// A wide character's trailing cells; one whose leading cell fell left of the frame keeps them visible.
		for (let offset = 1; offset < width; offset++) row[column + offset] = {type: 'char', value: column < 0 ? ' ' : '', fullWidth: false, styles: cell.styles};
		column += width;
	}
	if (row[column]?.value === '') row[column] = blankOf(row[column]!);
}

function sameCells(a: readonly Cell[], b: readonly Cell[]): boolean {
	if (a.length !== b.length) return false;
	for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
	return true;
}

/**
 * Ink's Output, drawing the same frame while keeping across frames: the caches of tokenised lines and widths (two
 * frames deep), one blank cell for the whole grid, and the text of each row whose cells are the very ones of last frame.
 */
export function frameOutput<Output extends InkOutputClass>(Output: Output, tools: FrameTools): Output {
	if (!fits(Output)) return Output;
	const shared = frameCaches((new Output({width: 1, height: 1}) as unknown as Internals).caches.constructor as new () => InkCaches, tools);
	const blank: Cell = Object.freeze({type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([])});
	let lastRows: Cell[][] = [];
	let lastLines: string[] = [];
	// Typed loosely on purpose: Ink's own class declares its insides private.
	const Base = Output as unknown as new (options: {width: number; height: number}) => InkOutput & Internals;
	class FrameOutput extends Base {
		constructor(options: {width: number; height: number}) {
			super(options);
			this.caches = shared.caches as InkCaches;
		}

		/** Ink's write, its lines from the cache; a clipped write (rare in the console) is left to Ink. */
		override applyWriteOperation(grid: Cell[][], operation: Operation, clip: Clip | undefined): void {
			if (clip) return super.applyWriteOperation(grid, operation, clip);
			const lines = shared.linesOf(operation.text);
			for (let index = 0; index < lines.length; index++) {
				const row = grid[operation.y + index];
				if (!row) continue;
				let line = lines[index]!;
				for (const transformer of operation.transformers) line = transformer(line, index);
				placeCells(row, this.caches.getStyledChars(line), operation.x, this.caches);
			}
		}

		get(): {output: string; height: number} {
			shared.nextFrame();
			const grid: Cell[][] = [];
			for (let y = 0; y < this.height; y++) grid.push(new Array<Cell>(this.width).fill(blank));
			const clips: Clip[] = [];
			for (const operation of this.operations) {
				if (operation.type === 'clip') clips.push(intersect(clips.at(-1), operation.clip!));
				else if (operation.type === 'unclip') clips.pop();
				else this.applyWriteOperation(grid, operation, clips.at(-1));
			}
			const lines: string[] = [];
			for (let y = 0; y < grid.length; y++) {
				const row = grid[y]!;
				if (lastRows[y] !== undefined && sameCells(lastRows[y]!, row)) {
					lines.push(lastLines[y]!);
					continue;
				}
				// A wide character written past the edge can leave holes, which Ink's own get() drops too.
				const cells = row.includes(undefined as unknown as Cell) ? row.filter(cell => cell !== undefined) : row;
				const line = tools.styledCharsToString(cells).trimEnd();
				lastRows[y] = row;
				lastLines[y] = line;
				lines.push(line);
			}
			lastRows.length = grid.length;
			lastLines.length = grid.length;
			return {output: lines.join('\n'), height: grid.length};
		}
	}
	return FrameOutput as unknown as Output;
}

/** A text measure (Ink's widestLine for each text node of each frame) that remembers the texts of the last frames. */
export function cachedWidth(measure: (text: string) => number, size = 1024): (text: string) => number {
	let current = new Map<string, number>();
	let previous = new Map<string, number>();
	return text => {
		let width = current.get(text);
		if (width !== undefined) return width;
		width = previous.get(text) ?? measure(text);
		if (current.size >= size) {
			previous = current;
			current = new Map();
		}
		current.set(text, width);
		return width;
	};
}
